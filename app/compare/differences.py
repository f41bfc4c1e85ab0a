"""What differs between up to four plans' figures for one indicator in one period.

Figures are compared only where that means something: the same unit, plain numbers or
bounds of the same kind (all '≥', all '<' …), and the same cumulative sense ('[275]' is a
five-year total, '350' may be a yearly figure). Otherwise the row says why not with a mark.
Target against actual (completion) is judged only where the direction is known.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.compare.change import is_rate, met
from app.compare.marks import Mark
from app.compare.values import PeriodValue, PeriodValues
from app.indicators.matching import normalise_unit

_BOUND_WORDS = {">": "下限", ">=": "下限", "<": "上限", "<=": "上限", "≈": "约数"}
_BOUND_WORDS_EN = {">": "lower bounds", ">=": "lower bounds", "<": "upper bounds", "<=": "upper bounds",
                   "≈": "approximate"}
_ROLE_WORDS = {"target": "目标", "actual": "完成数", "baseline": "基数"}
_ROLE_WORDS_EN = {"target": "Targets", "actual": "Actuals", "baseline": "Baselines"}


@dataclass(frozen=True)
class Difference:
    """The plans' figures of one role compared: who is highest and lowest, and by how much."""

    role: str  # target | actual
    unit: str | None
    comparator: str | None  # shared by all compared figures (all lower bounds: '>=')
    cumulative: bool
    values: tuple[float | None, ...]  # per plan; None where not compared
    highest: tuple[int, ...]  # plan indexes
    lowest: tuple[int, ...]
    text: str  # '湖南省高 65 万人（+9.6%）', '最高 湖南省 745，最低 湖北省 680，相差 65 万人'
    text_en: str = ""  # the same for the English interface; plan names and units stay as printed

    @property
    def same(self) -> bool:
        return not self.spread

    @property
    def spread(self) -> float:
        present = [v for v in self.values if v is not None]
        return max(present) - min(present)


def number(value: float) -> str:
    """745.0 → '745', 1724.76 → '1,724.76', 0.5 → '0.5'."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def amount(delta: float, low: float, unit: str | None, english: bool = False) -> str:
    """A difference in the unit's own sense: points for rates, amount and percent for counts."""
    if is_rate(unit):
        return f"{number(delta)} " + ("percentage points" if english else "个百分点")
    text = number(delta) + (f" {unit}" if unit else "")
    share = f"+{delta / low * 100:.1f}%"
    return text + ((f" ({share})" if english else f"（{share}）") if low > 0 else "")


def units_differ(values: tuple[PeriodValues | None, ...]) -> bool:
    return len({normalise_unit(v.unit) for v in values if v is not None}) > 1


def attributes_differ(values: tuple[PeriodValues | None, ...]) -> bool:
    """预期性 against 约束性 (printed as 约束 in some tables)."""
    return len({v.attribute[:2] for v in values if v is not None and v.attribute}) > 1


def comparable(values: tuple[PeriodValues | None, ...], role: str
               ) -> tuple[list[tuple[int, PeriodValue, float, str | None]], Mark | None]:
    """The plans' numeric figures of a role as (plan, value, number, unit), or the mark
    saying why they cannot be compared."""
    present = []
    for i, plan_values in enumerate(values):
        pv = getattr(plan_values, role) if plan_values is not None else None
        if plan_values is not None and pv is not None and pv.cell.kind == "number" and pv.value is not None:
            present.append((i, pv, pv.value, plan_values.unit))
    if len(present) < 2:
        return [], None
    if len({normalise_unit(unit) for *_, unit in present}) > 1:
        return [], Mark.DIFFERENT_UNIT
    if len({pv.cell.cumulative for _, pv, *_ in present}) > 1:
        return [], Mark.DIFFERENT_CUMULATIVE
    if len({pv.cell.comparator for _, pv, *_ in present}) > 1:
        return [], Mark.DIFFERENT_BOUND
    return present, None


def difference(values: tuple[PeriodValues | None, ...], role: str, names: tuple[str, ...]
               ) -> tuple[Difference | None, Mark | None]:
    """The comparison of one role's figures, or the mark saying why there is none."""
    present, why_not = comparable(values, role)
    if not present:
        return None, why_not
    numbers = [number for _, _, number, _ in present]
    high, low = max(numbers), min(numbers)
    highest = tuple(i for i, _, number, _ in present if number == high)
    lowest = tuple(i for i, _, number, _ in present if number == low)
    _, first, _, unit = present[0]
    per_plan: list[float | None] = [None] * len(values)
    for i, _, number, _ in present:
        per_plan[i] = number
    facts = (role, high, low, highest, lowest, names, unit, first.cell.comparator, len(present))
    return Difference(role, unit, first.cell.comparator, first.cell.cumulative, tuple(per_plan),
                      highest, lowest, _describe(*facts), _describe_en(*facts)), None


def _describe(role, high, low, highest, lowest, names, unit, comparator, count) -> str:
    word = _ROLE_WORDS.get(role, role)
    bound = f"（均为{_BOUND_WORDS[comparator]}）" if comparator in _BOUND_WORDS else ""
    shown = number(high) + (unit or "")
    if high == low:
        return f"{word}相同：{shown}{bound}"
    gap = amount(high - low, low, unit)
    if count == 2:
        return f"{word}：{'、'.join(names[i] for i in highest)}高 {gap}{bound}"
    return (f"{word}：最高 {'、'.join(names[i] for i in highest)} {number(high)}，"
            f"最低 {'、'.join(names[i] for i in lowest)} {number(low)}，相差 {gap}{bound}")


def _describe_en(role, high, low, highest, lowest, names, unit, comparator, count) -> str:
    word = _ROLE_WORDS_EN.get(role, role)
    bound = f" (all {_BOUND_WORDS_EN[comparator]})" if comparator in _BOUND_WORDS_EN else ""
    shown = number(high) + (f" {unit}" if unit else "")
    if high == low:
        return f"{word} the same: {shown}{bound}"
    gap = amount(high - low, low, unit, english=True)
    if count == 2:
        return f"{word}: {', '.join(names[i] for i in highest)} higher by {gap}{bound}"
    return (f"{word}: highest {', '.join(names[i] for i in highest)} {number(high)}, "
            f"lowest {', '.join(names[i] for i in lowest)} {number(low)}, a gap of {gap}{bound}")


def target_met(values: PeriodValues) -> bool | None:
    """Did the actual figure meet the target? None where it cannot be known: a figure missing,
    not a number or only a bound, cumulative against yearly, or a rate with no printed direction."""
    target, actual = values.target, values.actual
    if target is None or actual is None or target.value is None or actual.value is None:
        return None
    if target.cell.kind != "number" or actual.cell.kind != "number" or actual.cell.comparator \
            or target.cell.cumulative != actual.cell.cumulative:
        return None
    return met(target.cell.comparator, target.value, actual.value, values.unit)
