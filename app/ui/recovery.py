"""Opening the user's database at start, and what to do when it is damaged.

A damaged file is never overwritten or deleted: whatever the user chooses, it is first
moved aside under a dated name (and the message says where). The choices:
restore the newest sound automatic backup, start with an empty database, or carry on
with the bundled plans only and decide later (the default: nothing is touched).
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.db.migrations import MigrationError
from app.db.engine import PlanDatabaseError
from app.db.userdb import UserDatabaseDamaged, latest_sound_backup, open_user_database, restore_backup

RESTORE, START_EMPTY, LATER = "restore", "empty", "later"


# lupdate finds translate("Context", "literal") calls; a one-argument wrapper would hide them.
translate = QCoreApplication.translate


def ask_with_dialog(damage: UserDatabaseDamaged, backup: Path | None) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Recovery", "Your plans database is damaged"), translate("Recovery", 
        "The database holding the plans you imported and your corrections failed its check:\n{detail}\n\n"
        "{path}\n\nThe damaged file will be kept (renamed) whatever you choose.").format(
        detail=damage.detail, path=damage.path))
    restore = None
    if backup is not None:
        when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        restore = box.addButton(translate("Recovery", "Restore Backup of {when}").format(when=when),
                                QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(translate("Recovery", "Start with an Empty Database"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(translate("Recovery", "Continue without My Plans"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or later)
    box.exec()
    clicked = box.clickedButton()
    return RESTORE if clicked is restore and restore else START_EMPTY if clicked is empty else LATER


def open_or_recover(path: Path, ask=ask_with_dialog, tell=None):
    """The user database engine, or None (bundled plans only) if it stays unusable.

    `ask(damage, backup) -> RESTORE | START_EMPTY | LATER`; `tell(text)` shows a message.
    """
    tell = tell or _message
    try:
        return open_user_database(path)
    except UserDatabaseDamaged as damage:
        backup = latest_sound_backup(path)
        choice = ask(damage, backup)
        if choice == LATER:
            return None
        kept = restore_backup(path, backup if choice == RESTORE else None)
        tell(translate("Recovery", "The damaged database was kept as {kept}.").format(kept=kept))
        return _open_quietly(path, tell)
    except (MigrationError, PlanDatabaseError) as exc:
        tell(translate("Recovery", "Your imported plans cannot be opened: {error}\nThe bundled plans are shown.").format(error=exc))
        return None


def _open_quietly(path: Path, tell):
    try:
        return open_user_database(path)
    except Exception as exc:  # the restored copy failed too: bundled plans only, said plainly
        tell(translate("Recovery", "Your imported plans cannot be opened: {error}\nThe bundled plans are shown.").format(error=exc))
        return None


def _message(text: str) -> None:
    QMessageBox.information(None, translate("Recovery", "Plan Browser"), text)
