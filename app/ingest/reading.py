"""How much of a document the parser understood: the reading report shown with every import.

Each line with text is accounted for: a heading, a paragraph inside the plan's structure,
a line of a programme box or an indicator table, or page furniture set aside (page
numbers, running headers, a table of contents, site chrome).  What is left, and the
lines of tables that could not be read, are listed, so an official sees at once that a
document was only partly understood ("本文件 96% 的行已识别").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.ingest.model import ParsedPlan
from app.ingest.scanner import CHROME_RE


@dataclass
class ReadingReport:
    lines: int = 0  # source lines with text
    headings: int = 0
    paragraphs: int = 0
    boxes: int = 0
    items: int = 0
    tables: int = 0
    table_rows: int = 0
    set_aside: int = 0  # page numbers, running headers, contents, site chrome
    unplaced_lines: list[int] = field(default_factory=list)  # 1-based, in order
    unplaced_texts: list[str] = field(default_factory=list)  # those lines as printed (trimmed)

    @property
    def recognised_share(self) -> float:
        """Share of the lines with text that the parser placed or set aside knowingly."""
        return 1.0 if not self.lines else 1 - len(self.unplaced_lines) / self.lines


def reading_report(plan: ParsedPlan, original: list[str], set_aside: set[int], ends: dict[int, int]) -> ReadingReport:
    """The report for a parsed plan; `original` are its lines as printed, `set_aside` the
    0-based lines blanked as furniture or contents, `ends` where each joined run ends."""
    placed: set[int] = set()

    def mark(line: int | None, last: int | None = None) -> None:
        if line is None:
            return
        last = last or line
        end = max(last, ends.get(line - 1, line - 1) + 1, ends.get(last - 1, last - 1) + 1)
        placed.update(range(line, end + 1))

    structured = bool(plan.chapters or plan.boxes)
    for part in plan.parts:
        mark(part.line)
    for chapter in plan.chapters:
        mark(chapter.line if chapter.heading_present else None)
        for section in chapter.sections:
            mark(section.line)
            for sub in section.subsections:
                mark(sub.line)
        for para in _paragraphs(chapter):
            mark(para.line)
    for para in plan.preamble if structured else []:
        mark(para.line)
    unread = {issue.line for issue in plan.issues if issue.kind == "unread_table"}
    for box in plan.boxes:
        if box.line not in unread:
            mark(box.line, box.end_line)
    texts = [k for k, raw in enumerate(original, 1) if raw.strip()]
    set_aside = set_aside | {k - 1 for k in texts if CHROME_RE.match(original[k - 1].strip())}
    report = ReadingReport(lines=len(texts), set_aside=sum(1 for k in texts if k - 1 in set_aside))
    report.headings = len(plan.parts) + sum(1 + len(c.sections) + sum(len(s.subsections) for s in c.sections)
                                            for c in plan.chapters if c.heading_present)
    report.paragraphs = sum(len(_paragraphs(c)) for c in plan.chapters) + len(plan.preamble)
    report.boxes = sum(1 for b in plan.boxes if b.kind == "programmes")
    report.items = sum(len(b.items) for b in plan.boxes)
    report.tables = sum(1 for b in plan.boxes if b.kind == "indicators" and b.rows)
    report.table_rows = len(plan.indicators)
    report.unplaced_lines = [k for k in texts if k not in placed and k - 1 not in set_aside]
    report.unplaced_texts = [original[k - 1].strip() for k in report.unplaced_lines]
    return report


def _paragraphs(chapter) -> list:
    paras = list(chapter.paragraphs)
    for section in chapter.sections:
        paras += section.paragraphs
        for sub in section.subsections:
            paras += sub.paragraphs
    return paras
