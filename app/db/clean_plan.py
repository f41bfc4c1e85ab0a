"""A parsed plan without control characters, before it is stored or previewed.

The parser keeps every character it is given, as it should: line numbers and tables depend
on them. But NUL bytes, terminal escapes and other controls in a title or paragraph end up
printed by `plan-browser list`, sent to a terminal or an Excel cell, and they mean nothing in
a plan. They are removed from every text of the ParsedPlan here, after parsing, so what the
parser found is unchanged; the source file keeps them. No Qt.
"""
from __future__ import annotations

import dataclasses

from app.control_chars import has_controls, strip_stored
from app.ingest.model import ParsedPlan


def without_controls(parsed: ParsedPlan) -> ParsedPlan:
    """The same plan, its texts cleaned in place (cheap when there is nothing to clean)."""
    if not has_controls(parsed.text) and not _grid_or_meta_controls(parsed):
        return parsed
    _clean(parsed, set())
    return parsed


def longest_text(parsed: ParsedPlan) -> int:
    """The length of the longest text the plan will store apart from its source text (a
    paragraph, a heading, a table row): what the search index and the views handle at once."""
    longest = 0
    stack = [getattr(parsed, f.name) for f in dataclasses.fields(parsed) if f.name != "text"]
    seen: set[int] = set()
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            longest = max(longest, len(value))
        elif id(value) in seen:
            continue
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            seen.add(id(value))
            stack.extend(getattr(value, f.name) for f in dataclasses.fields(value))
        elif isinstance(value, (list, tuple, set, frozenset)):
            seen.add(id(value))
            stack.extend(value)
        elif isinstance(value, dict):
            seen.add(id(value))
            stack.extend(value.values())
    return longest


def _grid_or_meta_controls(parsed: ParsedPlan) -> bool:
    # Corrections and front ends can bring text that is not in the source text itself.
    meta = parsed.meta
    values = [getattr(meta, f.name) for f in dataclasses.fields(meta)] if meta is not None else []
    return any(isinstance(v, str) and has_controls(v) for v in values)


def _clean(value, seen: set[int]):
    """Clean every str reachable from `value` (dataclasses, lists, tuples, dicts); returns
    the cleaned value for containers that cannot be changed in place."""
    if isinstance(value, str):
        return strip_stored(value)
    if id(value) in seen:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        seen.add(id(value))
        for field in dataclasses.fields(value):
            current = getattr(value, field.name)
            cleaned = _clean(current, seen)
            if cleaned is not current:
                object.__setattr__(value, field.name, cleaned)  # frozen ones too
        return value
    if isinstance(value, list):
        seen.add(id(value))
        value[:] = [_clean(item, seen) for item in value]
        return value
    if isinstance(value, tuple):
        cleaned = tuple(_clean(item, seen) for item in value)
        return value if all(a is b for a, b in zip(cleaned, value)) else cleaned
    if isinstance(value, dict):
        seen.add(id(value))
        for key in list(value):
            value[key] = _clean(value[key], seen)
        return value
    if isinstance(value, (set, frozenset)):
        return type(value)(_clean(item, seen) for item in value)
    return value
