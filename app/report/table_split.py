"""Page breaks between table rows, made in the HTML a printout is laid out from.

Qt's text layout breaks a page between the lines of a cell, so a row whose name wraps can
start at the foot of one page and end on the next. The printing layer finds such a row
and asks for the table to be split before it: the rest of the table becomes a new table
that starts a new page and repeats the header rows, so every row is printed whole.
No Qt: plain text in, text out.
"""
from __future__ import annotations

import re

_TABLE = re.compile(r"<table\b[^>]*>", re.I)
_TABLE_END = re.compile(r"</table\s*>", re.I)
_ROW = re.compile(r"<tr\b[^>]*>", re.I)
_THEAD = re.compile(r"<thead\b[^>]*>(.*?)</thead\s*>", re.I | re.S)
_HEADING_END = re.compile(r"</h([1-6])\s*>\s*$", re.I)
_BREAK = "page-break-before: always"


def table_count(html: str) -> int:
    """How many tables the HTML holds (the caller checks they match the laid-out document)."""
    return len(_TABLE.findall(html))


def break_before_row(html: str, table_index: int, row_index: int, header_rows: int) -> str:
    """`html` with a page break before row `row_index` (counting header rows) of table
    `table_index`. A category row directly above stays with the rows it heads; breaking
    before the first row below the header moves the whole table, and its heading with it."""
    start, end = _table_span(html, table_index)
    rows = [m.start() for m in _ROW.finditer(html, start, end)]
    while row_index > header_rows and _is_category_row(html, rows[row_index - 1]):
        row_index -= 1
    if row_index <= header_rows:
        return _break_before_table(html, start)
    opening = _found(_TABLE.match(html, start)).group(0)
    head = _THEAD.search(html, start, end)
    split = rows[row_index]
    has_body = re.search(r"<tbody\b", html[start:split], re.I) is not None
    closing = ("</tbody>" if has_body else "") + "</table>"
    reopening = (_with_break(opening) + (f"<thead>{head.group(1)}</thead>" if head else "")
                 + ("<tbody>" if has_body else ""))
    return html[:split] + closing + reopening + html[split:]


def _table_span(html: str, table_index: int) -> tuple[int, int]:
    match = list(_TABLE.finditer(html))[table_index]
    end = _TABLE_END.search(html, match.end())
    return match.start(), end.end() if end else len(html)


def _is_category_row(html: str, row_start: int) -> bool:
    """A row that heads the rows below it (class 'cat' in app.report.html)."""
    tag = _found(_ROW.match(html, row_start)).group(0)
    return re.search(r"class\s*=\s*['\"]?cat\b", tag, re.I) is not None


def _break_before_table(html: str, start: int) -> str:
    """The page break goes on the table, or on the heading just above it so it moves too."""
    before = html[:start]
    heading = _HEADING_END.search(before)
    target = before.lower().rfind(f"<h{heading.group(1)}", 0, heading.start()) if heading else -1
    if target < 0:
        target = start
    tag_end = html.index(">", target)
    tag = _with_break(html[target:tag_end + 1])
    return html[:target] + tag + html[tag_end + 1:]


def _found(match: re.Match[str] | None) -> re.Match[str]:
    """A match the caller located already (a table or row start, a tag's name): never absent."""
    if match is None:
        raise ValueError("the HTML changed between finding a tag and reading it")
    return match


def _with_break(tag: str) -> str:
    """An opening tag with `page-break-before: always` added to its style attribute."""
    if _BREAK in tag:
        return tag
    style = re.search(r"\sstyle\s*=\s*(['\"])", tag, re.I)
    if style:
        at = style.end()
        return f"{tag[:at]}{_BREAK}; {tag[at:]}"
    name_end = _found(re.match(r"<\w+", tag)).end()
    return f"{tag[:name_end]} style='{_BREAK}'{tag[name_end:]}"
