"""HTML for the reading view: text exactly as printed, boxes set off as boxes.

Each paragraph links to its source line ("line:N"), so every sentence and number
can be followed back to the original document.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.service import BoxDetail, TextView

STYLE = """
<style>
 body { line-height: 160%; }
 h2 { margin-bottom: 2px; }
 .crumb { color: #666; }
 .line { color: #999; font-size: small; text-decoration: none; }
 .box { background: #f6f8fb; border: 1px solid #9aa9bd; }
 .agency { color: #555; }
 .mark { background: #ffe58a; }
</style>
"""


def _line_link(line: int | None) -> str:
    if not line:
        return ""
    label = QCoreApplication.translate("ReadingView", "line {n}").format(n=line)
    return f' <a class="line" href="line:{line}">[{label}]</a>'


def _highlight(text: str, term: str | None) -> str:
    if not term or term not in text:
        return escape(text)
    parts = text.split(term)
    return f'<span class="mark">{escape(term)}</span>'.join(escape(p) for p in parts)


def text_view_html(view: TextView, boxes: list[BoxDetail], term: str | None = None) -> str:
    """A chapter or section: breadcrumb, title, paragraphs and sub-headings, then its boxes."""
    crumb = " › ".join(escape(c) for c in view.breadcrumb)
    parts = [STYLE, f'<p class="crumb">{crumb}</p>', f"<h2>{escape(view.title)}{_line_link(view.line)}</h2>"]
    box_by_line = sorted(boxes, key=lambda b: b.line)
    for block in view.blocks:
        while box_by_line and block.line and box_by_line[0].line < block.line:
            parts.append(box_html(box_by_line.pop(0), term))
        if block.kind == "heading":
            parts.append(f"<h3>{_highlight(block.text, term)}{_line_link(block.line)}</h3>")
        else:
            parts.append(f"<p>{_highlight(block.text, term)}{_line_link(block.line)}</p>")
    parts += [box_html(b, term) for b in box_by_line]
    if not view.blocks and not boxes:
        empty = QCoreApplication.translate("ReadingView", "No text under this heading in the source.")
        parts.append(f"<p><i>{empty}</i></p>")
    return "".join(parts)


def box_html(box: BoxDetail, term: str | None = None) -> str:
    """A 专栏 as a framed block: its items (title, text, agencies) or a pointer to its table."""
    rows = [f'<tr><td><b>{escape(box.label)}</b>{_line_link(box.line)}</td></tr>']
    for item in box.items:
        seq = escape(item.seq or "")
        title = f"{seq} <b>{_highlight(item.name, term)}</b>" if item.name else seq
        agencies = (f' <span class="agency">（{escape(item.bodies_label)}）</span>'
                    if item.agencies else "")
        text = f"<br>{_highlight(item.text, term)}" if item.text else ""
        rows.append(f"<tr><td>{title}{agencies}{text}{_line_link(item.line)}</td></tr>")
    if box.kind == "indicators":
        note = QCoreApplication.translate("ReadingView",
                                          "Indicator table: {n} rows. Open it from the tree under 主要指标.")
        rows.append(f"<tr><td><i>{note.format(n=box.indicator_count)}</i></td></tr>")
    for text, line in box.notes:
        rows.append(f"<tr><td><small>{escape(text)}</small>{_line_link(line)}</td></tr>")
    return f'<table class="box" width="100%" cellpadding="8" cellspacing="0">{"".join(rows)}</table><br>'
