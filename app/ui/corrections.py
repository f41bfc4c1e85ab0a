"""Correcting an indicator's match to the dictionary; saved in the user's database."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from app.service import IndicatorRowView, PlanLibrary, load_dictionary

NONE_LABEL = "（不对应任何标准指标）"


def choices() -> list[tuple[str, str | None]]:
    return [(NONE_LABEL, None)] + [(f"{e.name_zh}（{e.unit or '—'}）· {e.key}", e.key) for e in load_dictionary()]


def correct_indicator_key(parent, library: PlanLibrary, plan_id: int, row: IndicatorRowView,
                          pick=None) -> tuple[str | None, bool]:
    """Ask which standard indicator a row is (pick: for tests) and save it in the user's
    database; returns the chosen key and whether it was saved."""
    options = choices()
    labels = [label for label, _ in options]
    current = next((i for i, (_, key) in enumerate(options) if key == row.key), 0)
    if pick is None:
        label, ok = QInputDialog.getItem(
            parent, QCoreApplication.translate("Corrections", "Correct indicator match"),
            QCoreApplication.translate("Corrections", "“{name}” is the same indicator as:").format(name=row.name),
            labels, current, False)
        if not ok:
            return row.key, False
    else:
        label = pick
    key = dict(options)[label]
    return key, library.correct_match(plan_id, row.name, key)


def saved_message() -> str:
    return QCoreApplication.translate("Corrections", "Saved in your own database; comparisons use it from now on.")
