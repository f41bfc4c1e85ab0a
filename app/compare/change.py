"""The arithmetic of figures, in one place: what a change means, and whether a target was met.

A rate changes in percentage points, a count by an amount and a percent. Nothing is computed
with a figure that is missing, not a number or only a bound, nor between a five-year total
and a yearly figure. Whether a target was met is known only where the direction is: printed
as a bound (≥, <), or a count (more is the aim); a rate with no printed direction is not
judged (an unemployment rate is met by staying low).
"""
from __future__ import annotations

from app.indicators.matching import normalise_unit
from app.queries.boxes import CellView

RATE_UNITS = frozenset({"%", "‰"})


def is_rate(unit: str | None) -> bool:
    return normalise_unit(unit) in RATE_UNITS


def plain_number(cell: CellView | None) -> float | None:
    """A value usable in arithmetic: a number with no comparator."""
    if cell is None or cell.kind != "number" or cell.value is None or cell.comparator:
        return None
    return cell.value


def describe_change(baseline: CellView | None, target: CellView | None, unit: str | None,
                    english: bool = False) -> str | None:
    """Baseline to target: '+1.63 个百分点', '+104 万人（+16.2%）' ('+1.63 percentage points',
    '+104 万人 (+16.2%)' in English); None where not computable."""
    start, end = plain_number(baseline), plain_number(target)
    if baseline is None or target is None or start is None or end is None or baseline.cumulative != target.cumulative:
        return None
    delta = end - start
    if is_rate(unit):
        return f"{delta:+.2f}".rstrip("0").rstrip(".") + (" percentage points" if english else " 个百分点")
    text = f"{delta:+,.2f}".rstrip("0").rstrip(".") + (f" {unit}" if unit else "")
    if start:
        share = f"{delta / start * 100:+.1f}%"
        text += f" ({share})" if english else f"（{share}）"
    return text


def met(comparator: str | None, goal: float, got: float, unit: str | None) -> bool | None:
    """Did `got` meet a target of `goal` printed with `comparator`? None where that cannot be known."""
    if comparator == "<":
        return got < goal
    if comparator == "<=":
        return got <= goal
    if comparator == ">":
        return got > goal
    if comparator == ">=":
        return got >= goal
    if comparator or is_rate(unit):
        return None  # 'about' a figure, or a rate: higher is not always better
    return got >= goal
