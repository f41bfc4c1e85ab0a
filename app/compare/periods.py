"""Five-year periods and which period and role each printed value belongs to.

A value's period and role are decided from its column's role and year, never from the
words of a table's title:

- a target or actual whose year is a period's end year belongs to that period
  (2020 → 十三五, 2025 → 十四五);
- a baseline whose year is the year before a period starts belongs to that period
  (2020 → the base of 十四五, 2015 → the base of 十三五);
- a column with a year and no role is a target if the year is the plan's end year, a
  baseline if it is the year before the plan's start; otherwise it is left out;
- nothing is placed in a period that ends after the plan's own (a 十四五 plan's 2035
  vision is not a 十六五 target).

So 湖南 十四五's completion table (十二五基数 / 十三五规划数 / 2020年完成数) gives 十三五
baseline, target and actual, and its main table (2020年 / 2025年) 十四五 baseline and target.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.queries.plans import PlanSummary

BASELINE, TARGET, ACTUAL = "baseline", "target", "actual"
ROLES = (BASELINE, TARGET, ACTUAL)

# 六五 (1981–1985) onwards the periods follow one another every five years.
_FIRST_REGULAR_END = 1985
_DIGITS = "零一二三四五六七八九"
_NAME_RE = re.compile(r"([一二三四五六七八九十]+)五")


@dataclass(frozen=True)
class Period:
    """A plan period: 十四五 is Period('十四五', 2021, 2025)."""

    name: str
    start: int
    end: int

    @property
    def base_year(self) -> int:
        """The year a period's baselines are given for (the year before it starts)."""
        return self.start - 1

    @property
    def english(self) -> str:
        number = five_year_number(self)
        if number is None:
            return f"{self.start}–{self.end}"
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix} Five-Year Plan ({self.start}–{self.end})"


def _numeral(number: int) -> str:
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _DIGITS[tens] + "十"
    return head + (_DIGITS[ones] if ones else "")


def _number(numeral: str) -> int | None:
    if "十" not in numeral:
        return _DIGITS.index(numeral) if len(numeral) == 1 and numeral in _DIGITS else None
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(ones) if ones else 0)


def five_year_period(end: int | None) -> Period | None:
    """The five-year period ending in `end` (2025 → 十四五), or None if no period ends then."""
    if end is None or end < _FIRST_REGULAR_END or end % 5:
        return None
    number = (end - 1955) // 5
    return Period(f"{_numeral(number)}五", end - 4, end)


def five_year_number(period: Period) -> int | None:
    """14 for 十四五; None for a period that is not a regular five-year period."""
    regular = five_year_period(period.end)
    return (period.end - 1955) // 5 if regular == period else None


def period_named(name: str | None) -> Period | None:
    """十四五 → Period('十四五', 2021, 2025); None for anything else."""
    match = _NAME_RE.fullmatch((name or "").strip("“”\"' "))
    number = _number(match.group(1)) if match else None
    return five_year_period(1955 + 5 * number) if number else None


def own_period(plan: PlanSummary) -> Period | None:
    """The period a plan sets targets for: its years (a three-year plan keeps its own span),
    else its period's name; None where neither is known."""
    years = plan.years
    if years is None:
        return period_named(plan.period)
    regular = five_year_period(years[1])
    if regular is not None and regular.start == years[0]:
        return regular
    return Period(plan.period or f"{years[0]}–{years[1]}", years[0], years[1])


def place(year: int | None, role: str | None, own: Period | None) -> tuple[Period, str] | None:
    """The (period, role) a value printed under a column of this year and role belongs to,
    for a plan whose own period is `own`; None where it belongs to no period."""
    if role is None:
        if own is not None and year == own.end:
            return own, TARGET
        if own is not None and year == own.base_year:
            return own, BASELINE
        return None
    if year is None:
        return _place_without_year(role, own)
    if own is not None and year == (own.base_year if role == BASELINE else own.end):
        return own, role
    period = five_year_period(year + 5 if role == BASELINE else year)
    if period is None or (own is not None and period.end > own.end):
        return None
    return period, role


def _place_without_year(role: str, own: Period | None) -> tuple[Period, str] | None:
    """A role with no year: a plan's targets and baselines are its own period's; an actual
    can only be of the period before (a plan's own period has not ended when it is issued)."""
    if own is None:
        return None
    if role == ACTUAL:
        previous = five_year_period(own.base_year)
        return (previous, ACTUAL) if previous else None
    return own, role


def period_order(periods, own: Period | None) -> list[Period]:
    """Own period first, then the others newest first."""
    return sorted(set(periods), key=lambda p: (p != own, -p.end, p.name))
