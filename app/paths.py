"""Where things live: the source tree or a PyInstaller bundle, and the user's own files.

Nothing here creates folders on import; callers that write ask for
`ensure_user_data_dir()`.  No Qt.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "plan-browser"
#: Overrides the per-user data folder (tests and portable installs use it).
DATA_DIR_ENV = "PLAN_BROWSER_DATA_DIR"
USER_DB_NAME = "user.sqlite"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder holding `data/` and `resources/`.

    In a PyInstaller bundle that is `sys._MEIPASS` (read-only in practice);
    from source it is the project root, the folder above `app/`.
    """
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The shipped data folder (sources and the bundled database)."""
    return bundle_root() / "data"


def sources_dir() -> Path:
    """The plan documents shipped with the app, byte for byte as collected."""
    return data_dir() / "sources"


def bundled_db_path() -> Path:
    """The database built from `sources_dir()`; always opened read-only."""
    return data_dir() / "plans.sqlite"


def resources_dir() -> Path:
    """Icons, translations and other files the window loads."""
    return bundle_root() / "resources"


def user_data_dir() -> Path:
    """The user's own folder (imported plans), or $PLAN_BROWSER_DATA_DIR if set."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    # Imported lazily: only commands that touch user data pay for it.
    from platformdirs import user_data_dir as platform_user_data_dir

    return Path(platform_user_data_dir(APP_NAME, appauthor=False))


def user_db_path() -> Path:
    """The database of plans the user imported."""
    return user_data_dir() / USER_DB_NAME


def ensure_user_data_dir() -> Path:
    """Create the user folder if needed and return it."""
    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder
