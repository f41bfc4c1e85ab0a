"""One renderer for screen preview, printer and PDF, so what is previewed is what prints.

The HTML (app.report.html) is laid out by a QTextDocument page by page; each page
gets a footer with the source, the date printed and “第 N 页 共 M 页”.  Table header
rows (<thead>) repeat on every page, and a row that does not fit at the foot of a page
moves to the next (app.ui.page_breaks).  PDFs are written to a temporary file first:
a file that cannot be written leaves nothing half-written; their text layer is corrected
before the file is put in place (app.report.pdf_text_layer).
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from app.safe_output import OutputRefused
from app.service import fix_text_layer
from app.ui.page_breaks import laid_out_without_split_rows

FOOTER_MM = 10.0
# OpenType substitutions swap in glyphs that no character maps to, and a PDF writer finds a
# glyph's character through the font's character map: such glyphs drop out of the text layer.
# Noto Sans CJK SC's 'locl' does it to 1, 3 and 7 after Latin letters (in file names).
# Chinese text needs none of these.
GLYPH_SUBSTITUTIONS = ("locl", "liga", "clig", "dlig", "hlig", "calt")


def printing_application():
    """The Qt application fonts and PDF writing need, made if there is none (the command
    line's print): without a display, the offscreen one."""
    from PySide6.QtWidgets import QApplication
    existing = QApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(sys.argv[:1])


def chinese_font(size: float = 10) -> QFont:
    """The printing font: the Simplified Chinese family, with no glyph substitutions."""
    from app.ui.fonts import chinese_font_family
    family = chinese_font_family()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(size)
    for tag in GLYPH_SUBSTITUTIONS:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def page_layout(landscape: bool = False, margins_mm: float = 15.0) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                       QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm), QPageLayout.Unit.Millimeter)


def render(html: str, device, footer: str) -> int:
    """Paint `html` onto a paged device (QPrinter or QPdfWriter); returns the page count."""
    paint_rect = device.pageLayout().paintRectPixels(device.resolution())
    footer_px = FOOTER_MM / 25.4 * device.resolution()
    body = QSizeF(paint_rect.width(), paint_rect.height() - footer_px)

    def laid_out(markup: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(chinese_font())
        document.documentLayout().setPaintDevice(device)
        document.setHtml(markup)
        document.setPageSize(body)
        return document

    document = laid_out_without_split_rows(html, laid_out)
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            _paint_page(painter, document, page, body, footer, pages)
    finally:
        painter.end()
    return pages


def _paint_page(painter: QPainter, document: QTextDocument, page: int, body: QSizeF, footer: str,
                pages: int) -> None:
    painter.save()
    painter.translate(0, -page * body.height())
    document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
    painter.restore()
    painter.setFont(chinese_font(8))
    footer_rect = QRectF(0, body.height(), body.width(), painter.device().height() - body.height())
    left = f"{footer}　打印日期：{date.today().isoformat()}"
    painter.drawText(footer_rect, 0x0001 | 0x0080, left)  # AlignLeft | AlignVCenter
    painter.drawText(footer_rect, 0x0002 | 0x0080, f"第 {page + 1} 页 共 {pages} 页")  # AlignRight


def write_pdf(html: str, path: str | Path, footer: str, title: str = "", landscape: bool = False) -> int:
    """A searchable PDF with embedded Chinese fonts; returns the page count."""
    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(f"the folder {path.parent} does not exist")
    from app.ui.fonts import NO_CHINESE_FONT, chinese_font_family
    if chinese_font_family() is None:  # Qt would draw every Chinese character as nothing, and say 0
        raise OutputRefused(NO_CHINESE_FONT)
    handle, temp = tempfile.mkstemp(suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temp)
        writer.setResolution(300)
        writer.setPageLayout(page_layout(landscape))
        writer.setTitle(title)
        writer.setCreator("规划浏览器 Plan Browser")
        pages = render(html, writer, footer)
        del writer  # the file is complete only when the writer is gone
        fix_text_layer(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return pages
