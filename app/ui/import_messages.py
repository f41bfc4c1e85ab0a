"""What the window says about a file it cannot import, in the interface's language.

The core raises ImportRefused with a stable `kind` and an English detail (the command
line prints that detail). The window leads with a translated sentence for the kind and
keeps the detail underneath, so nothing the core found is lost in translation.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportMessages", text)


def headline(kind: str) -> str:
    """One sentence for a kind of refusal (unknown kinds get the general one)."""
    texts = {
        "not_found": _t("The file no longer exists."),
        "unreadable": _t("The file cannot be read."),
        "too_large": _t("The file is larger than the import size limit."),
        "empty": _t("The file is empty."),
        "binary": _t("This is not a text document (it may be a picture or a program)."),
        "encoding": _t("The text is in an encoding Plan Browser does not recognise."),
        "unsupported": _t("This kind of file cannot be imported; use .txt, .docx, .html or a PDF with text."),
        "damaged": _t("The document is damaged or incomplete."),
        "encrypted": _t("The PDF is password-protected or forbids copying its text."),
        "no_text": _t("No readable text was found (a scanned document has pictures, not text)."),
        "missing_package": _t("A component needed to read this format is not installed."),
        "save_failed": _t("The plan could not be saved; your database was left as it was."),
        "no_structure": _t("No plan structure (chapters, sections, 专栏 or indicator tables) was found."),
    }
    return texts.get(kind, _t("The file cannot be imported."))


def refusal_text(name: str, kind: str, detail: str) -> str:
    """`name`: headline, then the core's detail on its own line."""
    return _t("{name}: {headline}\n    {detail}").format(name=name, headline=headline(kind), detail=detail)
