"""The import preview's reading report: how much of the document was understood.

"本文件 96% 的行已识别" with what the lines became, and every line the parser could not
place, by number and as printed, so an official sees at once what was not understood.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.service import ReadingReport

_SHOWN = 500  # lines listed; a document understood that badly is better read in its source


class ReadingPanel(QWidget):
    def __init__(self, report: ReadingReport, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.summary_text(report))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.unplaced = QPlainTextEdit()
        self.unplaced.setReadOnly(True)
        self.unplaced.setPlainText(self.unplaced_text(report))
        layout.addWidget(self.unplaced, 1)

    def summary_text(self, report: ReadingReport) -> str:
        share = f"{report.recognised_share:.0%}"
        text = self.tr("{share} of the lines in this file were recognised: {headings} headings, "
                       "{paragraphs} paragraphs, {boxes} 专栏 with {items} items, {tables} indicator tables "
                       "with {rows} rows; {aside} lines of page numbers, running headers, contents or site "
                       "furniture were set aside.").format(
            share=share, headings=report.headings, paragraphs=report.paragraphs, boxes=report.boxes,
            items=report.items, tables=report.tables, rows=report.table_rows, aside=report.set_aside)
        if report.unplaced_lines:
            text += " " + self.tr("{n} lines could not be placed; they are listed below.").format(
                n=len(report.unplaced_lines))
        return text

    def unplaced_text(self, report: ReadingReport) -> str:
        if not report.unplaced_lines:
            return self.tr("Every line was placed.")
        rows = [self.tr("Line {n}: {text}").format(n=n, text=text)
                for n, text in zip(report.unplaced_lines[:_SHOWN], report.unplaced_texts)]
        if len(report.unplaced_lines) > _SHOWN:
            rows.append(self.tr("… and {n} more lines").format(n=len(report.unplaced_lines) - _SHOWN))
        return "\n".join(rows)
