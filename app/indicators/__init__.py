"""Indicator identity across plans: a curated dictionary and automatic matching. No Qt."""
from app.indicators.dictionary import IndicatorEntry, load_dictionary
from app.indicators.matching import Match, match_name, normalise_name

__all__ = ["IndicatorEntry", "Match", "load_dictionary", "match_name", "normalise_name"]
