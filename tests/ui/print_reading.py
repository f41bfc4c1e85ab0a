"""Reading printed PDFs back as users' tools do (pdftotext, pdfplumber), and what they should say.

The expected strings come from the database through the same queries the printout uses,
never from the HTML, so a string the PDF loses or changes is a difference the user would see.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

from app.compare import compare
from app.queries import indicator_tables, list_plans
from app.queries.labels import sources_line


def compact(text: str) -> str:
    return "".join(text.split())


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def footer_strings(footer: str, pages: int) -> list[str]:
    return [footer, "打印日期："] + [f"第 {n} 页 共 {pages} 页" for n in range(1, pages + 1)]


def plan_strings(engine, plan) -> list[str]:
    """Every string a plan's indicator printout shows: title block, headings, rows, footer source."""
    strings = [plan.display_title, *(p for p in (plan.province, plan.period, plan.doc_number, plan.issued_date) if p)]
    for table in indicator_tables(engine, plan.id):
        strings += [table.label, "序号", "指标", "单位", "属性", "未归位的值", *(c.heading for c in table.columns)]
        for row in table.rows:
            strings += [row.name, *(s for s in (row.category, row.unit, row.attribute) if s)]
            strings += [str(row.seq)] if row.seq is not None else []
            strings += ["—" if cell.kind == "missing" else cell.raw for cell in row.cells]
            strings += ["、".join(u.raw for u in row.unplaced)] if row.unplaced else []
    return strings


def comparison_strings(comparison) -> list[str]:
    """Every figure the comparison holds, read from its values (not from the printout's words)."""
    strings = ["规划指标比较", *comparison.names]
    for section in comparison.sections:
        strings.append(section.heading)
        for row in section.rows:
            strings.append(row.label)
            for k, values in enumerate(row.values):
                if values is None:
                    strings.append("未列此指标" if section.reporting[k] else "未列此期")
                    continue
                strings += [values.attribute] if values.attribute else []
                # a completion cell prints target · actual; a targets cell baseline → target
                completion = section.kind == "completion" and values.actual is not None
                figures = (values.target, values.actual) if completion else (values.baseline, values.target)
                strings += ["—" if v.cell.kind == "missing" else v.raw for v in figures if v is not None]
    return strings


def missing_from(text: str, strings: list[str]) -> list[str]:
    """The strings the extracted text does not hold. A name that wraps in its cell comes out
    in pieces: its first line (maybe followed on that line by the next cells), then the rest
    at the start of the following lines; such a string is found piece by piece, in order."""
    whole = compact(text)
    lines = [line.split() for line in text.splitlines() if line.strip()]
    return [s for s in dict.fromkeys(strings) if compact(s) not in whole and not _covered(compact(s), lines)]


def _covered(target: str, lines: list[list[str]]) -> bool:
    for start, tokens in enumerate(lines):
        for token in tokens:
            if len(token) < 2 or not target.startswith(token):
                continue
            done = len(token)
            for following in lines[start + 1:]:
                if target.startswith(following[0], done):
                    done += len(following[0])
                    if done == len(target):
                        return True
    return False


def print_jobs(engine, db_path: Path, folder: Path, landscape: bool = False) -> list[dict]:
    """One CLI print per bundled plan with indicator tables, and one comparison."""
    extra = ["--landscape"] if landscape else []
    jobs = []
    for plan in list_plans(engine):
        if plan.indicators:
            pdf = folder / f"plan-{plan.id}.pdf"
            jobs.append({"argv": ["print", "--plan", str(plan.id), "--db", str(db_path), "-o", str(pdf), *extra],
                         "pdf": pdf, "strings": plan_strings(engine, plan),
                         "footer": sources_line([plan.source_file])})
    plans = {p.province: p for p in list_plans(engine)}
    left, right = plans["黑龙江省"], plans["湖南省"]
    pdf = folder / "comparison.pdf"
    jobs.append({"argv": ["print", "--compare", str(left.id), str(right.id), "--db", str(db_path), "-o", str(pdf),
                          "--landscape"],
                 "pdf": pdf, "strings": comparison_strings(compare(engine, [left.id, right.id])),
                 "footer": sources_line([left.source_file, right.source_file])})
    return jobs
