"""What the window says about a file it cannot import, in the interface's language.

The core raises ImportRefused with a stable `kind` and an English detail (the command
line prints that detail). The window leads with a translated sentence for the kind and
keeps the detail underneath, so nothing the core found is lost in translation.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


# lupdate finds translate("Context", "literal") calls; a one-argument wrapper would hide them.
translate = QCoreApplication.translate


def headline(kind: str) -> str:
    """One sentence for a kind of refusal (unknown kinds get the general one)."""
    texts = {
        "not_found": translate("ImportMessages", "The file no longer exists."),
        "unreadable": translate("ImportMessages", "The file cannot be read."),
        "too_large": translate("ImportMessages", "The file is larger than the import size limit."),
        "empty": translate("ImportMessages", "The file is empty."),
        "binary": translate("ImportMessages", "This is not a text document (it may be a picture or a program)."),
        "encoding": translate("ImportMessages", "The text is in an encoding Plan Browser does not recognise."),
        "unsupported": translate("ImportMessages",
                                 "This kind of file cannot be imported; use .txt, .docx, .html or a PDF with text."),
        "damaged": translate("ImportMessages", "The document is damaged or incomplete."),
        "encrypted": translate("ImportMessages", "The PDF is password-protected or forbids copying its text."),
        "no_text": translate("ImportMessages",
                             "No readable text was found (a scanned document has pictures, not text)."),
        "missing_package": translate("ImportMessages", "A component needed to read this format is not installed."),
        "save_failed": translate("ImportMessages", "The plan could not be saved; your database was left as it was."),
        "no_structure": translate("ImportMessages",
                                  "No plan structure (chapters, sections, 专栏 or indicator tables) was found."),
        "over_budget": translate("ImportMessages",
                                 "The document is larger or slower to read than the import limits allow."),
        "cancelled": translate("ImportMessages", "Reading was cancelled; nothing was saved."),
        "busy": translate("ImportMessages",
                          "Another Plan Browser is changing your database; try again when it has finished."),
    }
    return texts.get(kind, translate("ImportMessages", "The file cannot be imported."))


def refusal_text(name: str, kind: str, detail: str) -> str:
    """`name`: headline, then the core's detail on its own line."""
    text = translate("ImportMessages", "{name}: {headline}\n    {detail}")
    return text.format(name=name, headline=headline(kind), detail=detail)
