"""Settings in an ini file with an explicit path (tests pass a temporary one) and a version key."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1


class Settings:
    """A small typed wrapper over QSettings so no widget spells keys or types itself."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = self.integer("version", 0)  # a damaged value counts as no version
        if version < SETTINGS_VERSION:
            # Version 0 had no keys to migrate; future upgrades go here, one step at a time.
            self._qs.setValue("version", SETTINGS_VERSION)

    def sync(self) -> None:
        self._qs.sync()

    def bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    def set_text(self, key: str, value: str) -> None:
        self._qs.setValue(key, value)

    def integer(self, key: str, default: int = 0) -> int:
        try:
            return int(str(self._qs.value(key, default)))
        except (TypeError, ValueError):
            return default

    def set_integer(self, key: str, value: int) -> None:
        self._qs.setValue(key, int(value))

    def text_list(self, key: str) -> list[str]:
        value = self._qs.value(key, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def set_text_list(self, key: str, values: list[str]) -> None:
        self._qs.setValue(key, list(values))
