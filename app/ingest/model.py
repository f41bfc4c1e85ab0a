"""Plain dataclasses for a parsed plan: the parser's only output.

Every piece carries the 1-based line numbers it came from, so that any number the
user sees can be traced back to the source text.  No Qt, no database here.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SourceIssue:
    """A problem found in the source text (lost heading, short row, ...)."""

    kind: str  # e.g. "lost_heading", "short_row", "unreadable_cell"
    message: str
    line: int | None = None


@dataclass
class Paragraph:
    text: str  # as printed, trimmed
    line: int


@dataclass
class Cell:
    column: str  # the column heading as printed (whitespace collapsed)
    raw: str  # the cell text as printed, trimmed
    kind: str  # number | ratio | missing | text
    value: float | None = None
    ratio: list[float] | None = None
    comparator: str | None = None  # < <= > >= ≈
    cumulative: bool = False
    uncertain: bool = False
    year: int | None = None
    role: str | None = None  # baseline | target | actual
    line: int | None = None


@dataclass
class IndicatorRow:
    box_no: int | None
    category: str | None
    seq: int | None
    name: str
    unit: str | None
    cells: list[Cell] = field(default_factory=list)
    attribute: str | None = None
    unplaced: list[str] = field(default_factory=list)
    unplaced_lines: list[int | None] = field(default_factory=list)  # None where the source gives no line
    line: int | None = None  # where the row starts
    end_line: int | None = None
    key: str | None = None  # canonical indicator key, filled by matching later
    note_mark: str | None = None  # a footnote mark printed after the name ('①', '★'), pointing at a note


@dataclass
class Column:
    heading: str  # as printed, whitespace collapsed
    year: int | None = None
    role: str | None = None


@dataclass
class BoxItem:
    seq: str | None  # as printed: "01", "1"
    name: str | None  # short title, None where the source gives none
    text: str | None  # the item's text (without the title)
    agencies: list[str] = field(default_factory=list)  # responsible bodies, each once, as printed
    line: int = 0
    end_line: int = 0
    roles: list[str | None] = field(default_factory=list)  # per body: lead | cooperating | None


@dataclass
class Box:
    """A 专栏: either an indicator table or a list of programme items."""

    no: int | None
    title: str
    kind: str  # indicators | programmes
    line: int
    end_line: int
    chapter_no: int | None = None
    section_no: int | None = None
    columns: list[Column] = field(default_factory=list)
    rows: list[IndicatorRow] = field(default_factory=list)
    items: list[BoxItem] = field(default_factory=list)
    notes: list[Paragraph] = field(default_factory=list)

    @property
    def called(self) -> str:
        """How a message names it: 专栏3, 专栏3-1 (a sub-number lives in the title), or “its title”."""
        if self.no is not None:
            return f"专栏{self.no}"
        label = self.title.split(" ", 1)[0]
        return f"专栏{label}" if label[:1].isdigit() else f"“{self.title}”"


@dataclass
class Subsection:
    """A numbered sub-heading (1. ...) that a document uses as a heading."""

    no: int
    title: str
    line: int
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Section:
    no: int | None
    title: str
    line: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    subsections: list[Subsection] = field(default_factory=list)
    box_nos: list[int | None] = field(default_factory=list)


@dataclass
class Part:
    """A 篇: a group of chapters (第一篇 发展基础与总体要求); chapters keep their own numbers."""

    no: int
    title: str
    line: int


@dataclass
class Chapter:
    no: int
    title: str | None  # None where the heading was lost
    heading_present: bool
    line: int | None  # the heading's line; where lost, the first line of its content
    paragraphs: list[Paragraph] = field(default_factory=list)  # before the first section
    sections: list[Section] = field(default_factory=list)
    box_nos: list[int | None] = field(default_factory=list)
    part_no: int | None = None  # the 篇 it stands in, where the plan has parts


@dataclass
class ProseTarget:
    """A quantitative target stated in the prose of a 主要目标 section."""

    name: str  # the indicator phrase as printed
    raw: str  # the value as printed, e.g. "500万人以上"
    value: float | None
    unit: str | None
    comparator: str | None
    cumulative: bool
    line: int
    sentence: str
    indicator_line: int | None = None  # source_line of the linked table row, if any
    indicator_name: str | None = None


@dataclass
class PlanMeta:
    province: str | None = None
    city: str | None = None  # for a city's plan: 遵义市, 黔东南苗族侗族自治州
    period: str | None = None  # 十三五 / 十四五
    years: tuple[int, int] | None = None
    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    issued_date: str | None = None  # YYYY-MM-DD: a labelled date, else a date line (kept as it was)
    url: str | None = None
    signed_date: str | None = None  # 成文日期, the date under the signature
    signed_date_damaged: bool = False  # printed with characters lost ('2021825'), read as best it can be
    published_date: str | None = None  # the web page's 发布日期/发布时间


@dataclass
class ParsedPlan:
    meta: PlanMeta
    source_file: str
    sha256: str
    line_count: int
    preamble: list[Paragraph] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    targets: list[ProseTarget] = field(default_factory=list)
    issues: list[SourceIssue] = field(default_factory=list)
    text: str = ""  # the decoded source text, for provenance views
    reading: object | None = None  # app.ingest.reading.ReadingReport: how much was understood

    @property
    def indicators(self) -> list[IndicatorRow]:
        return [row for box in self.boxes for row in box.rows]
