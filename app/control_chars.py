"""Control characters: never stored from an imported document, never printed raw on a terminal.

A document (or a file name, or a --title) can carry NUL bytes, terminal escape sequences
(ESC [ 2 J clears the screen, ESC ] 0 ; sets the window title) and bidirectional overrides
that make a line read differently from what it holds. The source file keeps them; the
library and the terminal do not. No Qt.
"""
from __future__ import annotations

import re

# C0 controls but tab, line feed and carriage return (line numbers depend on those) and form
# feed (pdftotext's page break, which the parser reads), DEL, C1.
_STORED = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# On a terminal: every control, line breaks included (one record, one line), and the
# bidirectional embeddings, overrides and isolates, and the line and paragraph separators.
_PRINTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_BREAKS = re.compile(r"[\t\n\r\v\f\u2028\u2029]")


def strip_stored(text: str) -> str:
    """`text` without the control characters a library should never hold."""
    return _STORED.sub("", text) if _STORED.search(text) else text


def has_controls(text: str) -> bool:
    return _STORED.search(text) is not None


def for_terminal(text: object) -> str:
    """One line safe to print: tabs and line breaks become spaces, other controls go."""
    text = str(text)
    return _PRINTED.sub("", _BREAKS.sub(" ", text))


def for_terminal_lines(text: object) -> str:
    """Like for_terminal, but line breaks are kept (a multi-line message)."""
    return "\n".join(for_terminal(line) for line in str(text).split("\n"))
