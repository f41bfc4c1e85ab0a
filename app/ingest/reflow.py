"""Text as printed, but whole: wrapped lines joined back into paragraphs, before parsing.

A copy of a PDF breaks every line at the page width and puts page furniture between
pages (app.ingest.furniture blanks it).  The document shows its own wrap width: most of
its prose lines are equally wide.  A prose line that reaches that width goes on in the
next line, unless the next one starts something (a heading, an item, a new indented
paragraph, a table).  Across a page break, an unclosed bracket or an unfinished heading
goes on too.  A heading number alone on its line ("第一章", "专栏1") takes the title
printed under it.  A table of contents (dot leaders and page numbers) is not text.

The joined text is put on the first line of the run and the other lines are blanked, so
every line keeps its number; `ends` tells where each joined run ends.
"""
from __future__ import annotations

import re
from collections import Counter

from app.ingest.boxes import ITEM_RE
from app.ingest.gridheader import word_kind
from app.ingest.headings import BOX_RE, DUN_RE, PAREN_RE, is_structural_heading
from app.ingest.tablelex import NOTE_RE
from app.ingest.text_utils import SENTENCE_END, has_cjk
from app.ingest.textlayout import display_width

_TOC_ENTRY_RE = re.compile(r"(?:[…．.·・•。]{3,}|\.{2,}|…+|-{4,})\s*\d{1,3}\s*$")
_TOC_TITLE_RE = re.compile(r"^目\s*录$")
_BARE_NUMBER_RE = re.compile(r"^(第\s*[一二三四五六七八九十百零〇\d]+\s*[篇章节]"
                             r"|第\s*[一二三四五六七八九十百零〇\d]+\s*部分"
                             r"|【?专栏\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})】?)\s*[:：]?$")
_BULLET_RE = re.compile(r"^(?:[●■◆▲•·]|——|[①-⑳]|[（(]\d{1,2}[）)]|\d{1,2}[.．、])")
_OPENERS, _CLOSERS = "（(【〔[“", "）)】〕]”"
_WRAP_TOLERANCE = 4  # display columns: a line may stop a character or two short of the width
_MIN_WRAPPED = 6


def is_toc_line(text: str) -> bool:
    return bool(_TOC_TITLE_RE.match(text.replace("\u3000", " ").strip()) or _TOC_ENTRY_RE.search(text))


def _is_prose(raw: str) -> bool:
    text = raw.strip()
    return bool(text) and "\t" not in text and not re.search(r"\S[ \u3000]{2,}\S", text) and has_cjk(text)


def _measures(line: str) -> tuple[int, int]:
    """A line's width as a fixed-width screen shows it and in characters, indent included
    (a printed line is as wide as the page whatever it starts with)."""
    text = line.rstrip()
    return display_width(text), len(text)


def wrap_width(lines: list[str]) -> tuple[int, int] | None:
    """(measure, width) a document's prose is wrapped at, if it is: most long lines are that wide.

    measure 0 counts display columns, 1 counts characters (a typesetter's half-width digits
    let a line hold more characters; a tool that wraps text counts them)."""
    prose = [_measures(line) for line in lines if _is_prose(line) and len(line.strip()) >= 12]
    if len(prose) < _MIN_WRAPPED:
        return None
    best = None
    for measure in (0, 1):
        counts = Counter(p[measure] for p in prose)
        width = max(counts, key=lambda w: (sum(counts[v] for v in range(w - 2, w + 1)), w))
        near = sum(counts[v] for v in range(width - 2, width + 1))
        if near >= max(_MIN_WRAPPED, 0.3 * len(prose)) and width >= 20 * (2 - measure):
            if best is None or near > best[0]:
                best = (near, measure, width)
    return (best[1], best[2]) if best else None


def _tolerance(measure: int) -> int:
    """How far short of the wrap width a wrapped line may stop, in the width's own measure."""
    return _WRAP_TOLERANCE if measure == 0 else _WRAP_TOLERANCE // 2


def _indent(raw: str) -> int:
    return display_width(raw[:len(raw) - len(raw.lstrip())])


def _starts_something(raw: str, previous: str) -> bool:
    """Does this line open something of its own: a heading, an item, a table's cell, a note,
    or a paragraph (indented further than the line before it)?"""
    text = raw.strip()
    return (is_structural_heading(text) or bool(DUN_RE.match(text) or PAREN_RE.match(text) or BOX_RE.match(text))
            or bool(NOTE_RE.match(text)) or bool(ITEM_RE.match(text)) or bool(_BULLET_RE.match(text))
            or word_kind(text) is not None or not _is_prose(raw) or _indent(raw) > _indent(previous) + 1)


def _unclosed(text: str) -> bool:
    return sum(text.count(c) for c in _OPENERS) > sum(text.count(c) for c in _CLOSERS)


def _join(a: str, b: str) -> str:
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b


class _Reflow:
    def __init__(self, lines: list[str], furniture: set[int]):
        self.original = lines
        self.lines = list(lines)
        self.furniture = furniture
        self.width = wrap_width(lines)
        self.ends: dict[int, int] = {}
        self.absorbed: set[int] = set()  # lines joined into the one above them
        self.contents: set[int] = set()  # lines of a table of contents

    def next_content(self, i: int, through_blanks: bool) -> tuple[int | None, bool]:
        """The next line with text after what line i holds so far, and whether a page break
        lies between (a run of blank lines with page furniture in it, as pdftotext prints one)."""
        j, paged = self.ends.get(i, i) + 1, False
        while j < len(self.lines) and not self.lines[j].strip():
            run_end = j
            while run_end < len(self.lines) and not self.lines[run_end].strip():
                run_end += 1
            gap = range(j, run_end)
            paged = paged or any(k in self.furniture for k in gap)
            if not (through_blanks or paged or all(k in self.absorbed for k in gap)):
                return None, False  # a blank line of the source ends a paragraph
            j = run_end
        return (j, paged) if j < len(self.lines) else (None, paged)

    def run(self) -> list[str]:
        for i, raw in enumerate(self.lines):
            if raw.strip() and is_toc_line(raw):
                self.lines[i] = ""
                self.contents.add(i)
        i = 0
        while i < len(self.lines):
            if self.lines[i].strip():
                self._extend(i)
            i += 1
        return self.lines

    def _extend(self, i: int) -> None:
        """Join the lines that go on from line i into it."""
        while True:
            j = self._continuation(i)
            if j is None:
                return
            head, tail = self.lines[i].rstrip(), self.lines[j].strip()
            numbered = _BARE_NUMBER_RE.match(head.strip())
            self.lines[i] = head + " " + tail if numbered else _join(head, tail)
            self.lines[j] = ""
            self.absorbed.add(j)
            self.ends[i] = j

    def _continuation(self, i: int) -> int | None:
        text = self.lines[i].strip()
        if _BARE_NUMBER_RE.match(text):  # '第一章' / '专栏1' alone: its title is on the next line
            j, _ = self.next_content(i, through_blanks=True)
            return j if j is not None and self._is_title(self.lines[j]) else None
        j, paged = self.next_content(i, through_blanks=False)
        if j is None or _starts_something(self.lines[j], self._last_piece(i)) or not _is_prose(self.lines[i]):
            return None
        if _unclosed(self._last_piece(i)):
            return j  # '（省人社厅牵' / '头，省乡村振兴局配合）': a bracket goes on in the next line
        if not self.width:
            return None
        measure, wrap_at = self.width
        if _indent(self.lines[i]) * 4 > wrap_at * (2 - measure):
            return None  # centred or right-aligned (a title, a signature, a date): no wrapped text
        reach = _measures(self._last_piece(i))[measure]
        if reach >= wrap_at - _tolerance(measure):
            return j
        # A line stopping short mid-sentence in a wrapped document (a narrower box, a page
        # break): it goes on, unless it is short enough to be a heading.
        unfinished = not text.endswith(tuple(SENTENCE_END + "。”）)"))
        return j if unfinished and (paged or reach >= 0.6 * wrap_at) else None

    def _last_piece(self, i: int) -> str:
        """The last printed line of what has been joined into line i so far."""
        return self.original[self.ends.get(i, i)]

    @staticmethod
    def _is_title(raw: str) -> bool:
        text = raw.strip()
        return (0 < len(text) <= 40 and not re.search(r"[。；;]", text[:-1]) and not _BARE_NUMBER_RE.match(text)
                and not is_structural_heading(text) and "\t" not in text and not re.search(r"\S\s{2,}\S", text))


def reflow(lines: list[str], furniture: set[int]) -> tuple[list[str], dict[int, int], set[int]]:
    """The lines with wrapped runs joined (on their first line; the rest blanked), the
    last line of each joined run by its first, and the lines of a table of contents."""
    work = _Reflow(lines, furniture)
    return work.run(), work.ends, work.contents
