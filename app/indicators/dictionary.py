"""The curated indicator dictionary (data/indicators.csv): key, names, unit, synonyms."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app import paths


@dataclass(frozen=True)
class IndicatorEntry:
    key: str
    name_zh: str
    name_en: str
    unit: str | None
    synonyms: tuple[str, ...]

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name_zh, *self.synonyms)


def dictionary_path() -> Path:
    return paths.data_dir() / "indicators.csv"


@lru_cache(maxsize=4)
def load_dictionary(path: Path | None = None) -> tuple[IndicatorEntry, ...]:
    """Entries in file order; a missing or unreadable file gives an empty dictionary."""
    path = path or dictionary_path()
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError:
        return ()
    return tuple(IndicatorEntry(row["key"].strip(), row["name_zh"].strip(), row["name_en"].strip(),
                                row["unit"].strip() or None,
                                tuple(s.strip() for s in (row.get("synonyms") or "").split("|") if s.strip()))
                 for row in rows if row.get("key"))
