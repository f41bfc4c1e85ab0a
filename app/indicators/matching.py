"""Matching a printed indicator name to a dictionary key.

Names are printed differently in each plan (城镇新增就业 / 城镇新增就业人数, units in
（）or (), full or half width, '其中：' prefixes).  Matching normalises, tries the
dictionary's names exactly, then falls back to a fuzzy ratio above a threshold.
A unit that contradicts the dictionary's unit blocks the match: no arithmetic is
ever done across different units.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from app.indicators.dictionary import IndicatorEntry, load_dictionary

FUZZY_THRESHOLD = 88.0
_PREFIX_RE = re.compile(r"^(其中|含|包括)[:：]?|^(全省|我省|全市|我市|全区|全国|本省)")
_PARENS_RE = re.compile(r"[（(][^（）()]*[）)]?")
#: A footnote mark after a name ('城镇新增就业人数①', '…★', '…[1]'): it points at a note under
#: the table and is printed with the name, but it is not part of the measure.
FOOTNOTE_MARK_RE = re.compile(r"\s*(?:[①-⑳★☆＊*※▲△#＃¹²³⁴⁵⁶⁷⁸⁹]+|[\[［]\d{1,2}[\]］])$")
_UNIT_EQUIVALENTS = {"％": "%", "万人次": "万人次", "万人": "万人"}


@dataclass(frozen=True)
class Match:
    key: str
    score: float  # 100 for an exact (normalised) name, else the fuzzy ratio
    method: str  # exact | fuzzy


def normalise_name(name: str) -> str:
    """The matching form of a printed name: NFKC, no '其中：', no brackets, no spaces or quotes."""
    text = unicodedata.normalize("NFKC", FOOTNOTE_MARK_RE.sub("", name.strip()))
    text = _PREFIX_RE.sub("", text.strip())
    text = _PARENS_RE.sub("", text)
    return re.sub(r"[\s\"'“”‘’、,，]", "", text)


def normalise_unit(unit: str | None) -> str | None:
    if not unit:
        return None
    text = unicodedata.normalize("NFKC", unit).strip("()（） ")
    return _UNIT_EQUIVALENTS.get(text, text)


def _units_agree(unit: str | None, entry: IndicatorEntry) -> bool:
    return unit is None or entry.unit is None or normalise_unit(unit) == normalise_unit(entry.unit)


def _choices(entries: tuple[IndicatorEntry, ...]) -> dict[str, IndicatorEntry]:
    return {normalise_name(name): entry for entry in entries for name in entry.all_names}


def match_name(name: str, unit: str | None = None,
               entries: tuple[IndicatorEntry, ...] | None = None) -> Match | None:
    """The dictionary key for a printed indicator name, or None when nothing is close enough."""
    entries = load_dictionary() if entries is None else entries
    choices = _choices(entries)
    wanted = normalise_name(name)
    if not wanted:
        return None
    exact = choices.get(wanted)
    if exact is not None and _units_agree(unit, exact):
        return Match(exact.key, 100.0, "exact")
    best = process.extractOne(wanted, list(choices), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
    if best is None:
        return None
    entry = choices[best[0]]
    return Match(entry.key, float(best[1]), "fuzzy") if _units_agree(unit, entry) else None
