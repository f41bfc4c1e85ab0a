"""Opening the user's database at start, and what to do when it or its search index is damaged.

A damaged file is never overwritten or deleted: whatever the user chooses, it is first
moved aside under a dated name (and the message says where). The choices: restore the
backup that holds the most plans (the newest of those; the dialog says what it holds and
what restoring it would lose), start with an empty database, or carry on with the bundled
plans only and decide later (the default: nothing is touched). A damaged search index
(the plans are sound, searching them is not) is offered a rebuild from the plans.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.service import (MigrationError, PlanDatabaseError, RecoveryOffer, UserDatabaseDamaged, open_user_database,
                         rebuild_search_index, recovery_offer, restore_backup, search_index_problem)

RESTORE, START_EMPTY, LATER = "restore", "empty", "later"
_LOST_SHOWN = 8  # titles listed before "and N more"


# lupdate finds translate("Context", "literal") calls; a one-argument wrapper would hide them.
translate = QCoreApplication.translate


def offer_text(offer: RecoveryOffer) -> str:
    """What the offered backup holds and what restoring it would lose, in the interface's language."""
    backup = offer.backup
    if backup is None:
        return translate("Recovery", "There is no sound backup to restore.")
    when = f"{backup.taken:%Y-%m-%d %H:%M}"
    if backup.latest_title:
        imported = (backup.latest_imported or "")[:16].replace("T", " ")
        holds = translate("Recovery", "The backup of {when} holds {n} plans; newest import: {title}, {imported}.")
        holds = holds.format(when=when, n=backup.plans, title=backup.latest_title, imported=imported)
    else:
        holds = translate("Recovery", "The backup of {when} holds {n} plans.").format(when=when, n=backup.plans)
    if offer.lost:
        shown = "、".join(offer.lost[:_LOST_SHOWN])
        more = len(offer.lost) - _LOST_SHOWN
        lost = translate("Recovery", "Restoring it would lose: {titles}").format(titles=shown)
        if more > 0:
            lost += translate("Recovery", " and {n} more").format(n=more)
    elif offer.damaged_readable:
        lost = translate("Recovery", "Every plan in the damaged file is in this backup.")
    else:
        lost = translate("Recovery", "The damaged file cannot be read, so anything changed after {when} would be lost.")
        lost = lost.format(when=when)
    return holds + "\n" + lost


def ask_with_dialog(damage: UserDatabaseDamaged, offer: RecoveryOffer) -> str:
    text = translate(
        "Recovery", "The database holding the plans you imported and your corrections failed its check:\n{detail}\n\n"
        "{path}\n\n{offer}\n\nThe damaged file will be kept (renamed) whatever you choose.")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Recovery", "Your plans database is damaged"),
                      text.format(detail=damage.detail, path=damage.path, offer=offer_text(offer)))
    restore = None
    if offer.backup is not None:
        restore = box.addButton(translate("Recovery", "Restore Backup of {when}").format(
            when=f"{offer.backup.taken:%Y-%m-%d %H:%M}"), QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(translate("Recovery", "Start with an Empty Database"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(translate("Recovery", "Continue without My Plans"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or later)
    box.exec()
    clicked = box.clickedButton()
    return RESTORE if clicked is restore and restore else START_EMPTY if clicked is empty else LATER


def ask_rebuild_with_dialog(problem: str) -> bool:
    answer = QMessageBox.question(
        None, translate("Recovery", "The search index is damaged"),
        translate("Recovery", "The search index of your imported plans is damaged ({problem}): searches would miss "
                  "them or fail.\n\nRebuild it from your plans now? Your plans are not changed, and a backup is made "
                  "first.").format(problem=problem),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def open_or_recover(path: Path, ask=ask_with_dialog, tell=None, ask_rebuild=ask_rebuild_with_dialog):
    """The user database engine, or None (bundled plans only) if it stays unusable.

    `ask(damage, offer) -> RESTORE | START_EMPTY | LATER`; `ask_rebuild(problem) -> bool`;
    `tell(text)` shows a message.
    """
    tell = tell or _message
    try:
        engine = open_user_database(path)
    except UserDatabaseDamaged as damage:
        offer = recovery_offer(path)
        choice = ask(damage, offer)
        if choice == LATER:
            return None
        kept = restore_backup(path, offer.backup.path if choice == RESTORE and offer.backup else None)
        tell(translate("Recovery", "The damaged database was kept as {kept}.").format(kept=kept))
        return _open_quietly(path, tell)
    except (MigrationError, PlanDatabaseError) as exc:
        tell(_cannot_open(exc))
        return None
    _check_search_index(engine, path, ask_rebuild, tell)
    return engine


def _check_search_index(engine, path: Path, ask_rebuild, tell) -> None:
    problem = search_index_problem(engine)
    if problem is None or not ask_rebuild(problem):
        return
    try:
        entries = rebuild_search_index(engine, path)
    except Exception as exc:  # the old index stays; said plainly
        tell(translate("Recovery", "The search index could not be rebuilt: {error}").format(error=exc))
        return
    tell(translate("Recovery", "The search index was rebuilt from your plans ({n} entries).").format(n=entries))


def _open_quietly(path: Path, tell):
    try:
        return open_user_database(path)
    except Exception as exc:  # the restored copy failed too: bundled plans only, said plainly
        tell(_cannot_open(exc))
        return None


def _cannot_open(error: Exception) -> str:
    text = translate("Recovery", "Your imported plans cannot be opened: {error}\nThe bundled plans are shown.")
    return text.format(error=error)


def _message(text: str) -> None:
    QMessageBox.information(None, translate("Recovery", "Plan Browser"), text)
