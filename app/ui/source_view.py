"""The source document as printed, with a line highlighted: where every number comes from."""
from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


class SourceView(QPlainTextEdit):
    """Read-only source text; `show_line(n)` scrolls to line n and highlights it."""

    def __init__(self, text: str, source_file: str, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlainText(text)
        self.source_file = source_file
        self.highlighted_line: int | None = None

    def show_line(self, line: int) -> None:
        # findBlockByLineNumber counts wrapped lines; blocks are the source's lines.
        block = self.document().findBlockByNumber(max(line - 1, 0))
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor("#ffe58a"))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = QTextCursor(block)
        selection.cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        self.setExtraSelections([selection])
        self.highlighted_line = line

    def highlighted_text(self) -> str:
        if self.highlighted_line is None:
            return ""
        return self.document().findBlockByNumber(self.highlighted_line - 1).text()
