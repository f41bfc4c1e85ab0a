"""Correcting an indicator's match to the dictionary; saved in the user's database."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from app.db.overrides import plan_sha256, save_override
from app.indicators import load_dictionary
from app.queries.boxes import IndicatorRowView

NONE_LABEL = "（不对应任何标准指标）"


def choices() -> list[tuple[str, str | None]]:
    return [(NONE_LABEL, None)] + [(f"{e.name_zh}（{e.unit or '—'}）· {e.key}", e.key) for e in load_dictionary()]


def correct_indicator_key(window, plan_id: int, row: IndicatorRowView, pick=None) -> str | None:
    """Ask which standard indicator a row is (pick: for tests), save it, return the chosen key."""
    options = choices()
    labels = [label for label, _ in options]
    current = next((i for i, (_, key) in enumerate(options) if key == row.key), 0)
    if pick is None:
        label, ok = QInputDialog.getItem(
            window, QCoreApplication.translate("Corrections", "Correct indicator match"),
            QCoreApplication.translate("Corrections", "“{name}” is the same indicator as:").format(name=row.name),
            labels, current, False)
        if not ok:
            return row.key
    else:
        label = pick
    key = dict(options)[label]
    sha = plan_sha256(window.library, plan_id)
    if sha is not None:
        save_override(window.user_engine(), sha, row.name, key)
        window.statusBar().showMessage(QCoreApplication.translate(
            "Corrections", "Saved in your own database; comparisons use it from now on."), 8000)
    return key
