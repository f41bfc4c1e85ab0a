"""Entry points: a file, bytes or text in, a ParsedPlan out."""
from __future__ import annotations

import hashlib
from pathlib import Path

from app.ingest.assemble import build_tree, repair_lost_chapters
from app.ingest.decode import MAX_BYTES_DEFAULT, decode_text
from app.ingest.formats import extract, is_rich_format
from app.ingest.furniture import blank_furniture
from app.ingest.reading import reading_report
from app.ingest.reflow import reflow
from app.ingest.grid import Grid
from app.ingest.metadata import extract_metadata
from app.ingest.model import ParsedPlan, SourceIssue
from app.ingest.scanner import Scanner
from app.ingest.targets import extract_targets
from app.indicators.matching import FOOTNOTE_MARK_RE, match_name


def split_lines(text: str) -> list[str]:
    """Lines as an editor numbers them (only \\n, \\r\\n and \\r end a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _front_lines(lines: list[str], plan: ParsedPlan) -> list[str]:
    first = min([c.line for c in plan.chapters if c.line] + [b.line for b in plan.boxes] + [len(lines) + 1])
    return lines[: max(first - 1, 0)] or lines[:20]


def parse_text(text: str, source_file: str = "<text>", sha256: str | None = None,
               grids: dict[int, Grid] | None = None) -> ParsedPlan:
    """Parse decoded plan text. Never raises on any text: problems become issues.

    `grids` are the real tables of a Word, web or PDF document, by the 0-based index of
    the line their first row is printed on (see app.ingest.formats).
    """
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    text = text.lstrip("\ufeff")
    printed = split_lines(text)
    lines, furniture = blank_furniture(printed)  # page numbers and running headers, blanked
    lines, ends, contents = reflow(lines, furniture)  # wrapped lines joined; every line keeps its number
    issues: list[SourceIssue] = []
    # The period (and so the plan's years) is needed to read column headings such as '2025年'.
    first_meta = extract_metadata(lines[:40], lines, [])
    plan = ParsedPlan(meta=first_meta, source_file=source_file, sha256=sha256, line_count=len(lines),
                      text=text)
    blocks = Scanner(lines, plan.meta.years, issues, grids).scan()
    blocks = repair_lost_chapters(blocks, issues)
    build_tree(plan, blocks)
    plan.meta = extract_metadata(_front_lines(lines, plan), lines, issues)
    plan.targets = extract_targets(plan)
    _assign_indicator_keys(plan)
    issues.extend(_box_numbering_gaps(plan))
    if not plan.chapters and not plan.boxes:
        issues.append(SourceIssue("no_structure", "未能在文本中识别出章、节或专栏"))
    plan.issues = sorted(issues, key=lambda i: (i.line is None, i.line or 0))
    plan.reading = reading_report(plan, printed, furniture | contents, ends)
    return plan


def _assign_indicator_keys(plan: ParsedPlan) -> None:
    """The canonical key shared by the same indicator in every plan, where one is known.

    A footnote mark after the name ('城镇新增就业人数①') is kept apart: it is printed with
    the name, but it is no part of the indicator's name."""
    for row in plan.indicators:
        mark = FOOTNOTE_MARK_RE.search(row.name)
        if mark and mark.start() > 0:
            row.name, row.note_mark = row.name[:mark.start()].rstrip(), mark.group().strip()
        match = match_name(row.name, row.unit)
        row.key = match.key if match else None


def _box_numbering_gaps(plan: ParsedPlan) -> list[SourceIssue]:
    """A jump in 专栏 numbers means a box (and usually text around it) was lost."""
    found = []
    numbered = [(b.no, b.line) for b in plan.boxes if b.no is not None]
    for (before, _), (after, line) in zip(numbered, numbered[1:]):
        if after > before + 1:
            missing = "、".join(str(n) for n in range(before + 1, after))
            found.append(SourceIssue("lost_box", f"专栏{missing}缺失：专栏编号从"
                                     f"专栏{before}跳到专栏{after}", line))
    return found


def parse_bytes(data: bytes, source_file: str, max_bytes: int = MAX_BYTES_DEFAULT) -> ParsedPlan:
    """Any supported file's bytes: Word, web pages and PDF go through their front ends first."""
    grids = None
    if is_rich_format(data, source_file):
        extracted = extract(data, source_file, max_bytes)
        text, grids = extracted.text, extracted.grids
    else:
        text = decode_text(data, source_file, max_bytes)
    return parse_text(text, source_file, hashlib.sha256(data).hexdigest(), grids)


def parse_file(path: str | Path, max_bytes: int = MAX_BYTES_DEFAULT) -> ParsedPlan:
    path = Path(path)
    return parse_bytes(path.read_bytes(), path.name, max_bytes)
