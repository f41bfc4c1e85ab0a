"""Small hand-made plans, cells and rows for the comparison core's tests."""
from app.queries.boxes import CellView, IndicatorRowView, UnplacedView
from app.queries.plans import PlanSummary


def plan(period="十四五", years=(2021, 2025), province="湖南省", title="规划", city=None, plan_id=1):
    return PlanSummary(plan_id, province, period, *(years or (None, None)), title, None, None, None, None,
                       "x.txt", 100, 0, 0, 0, 0, 0, city=city)


def cell(heading, raw, year, role, value=None, kind="number", comparator=None, cumulative=False, line=1):
    if value is None and kind == "number":
        value = float(raw.strip("[]<>≤"))
    return CellView(heading, raw, kind, value, None, comparator, cumulative, False, year, role, line)


def indicator(name, cells, key=None, unit="万人", unplaced=()):
    return IndicatorRowView(1, None, None, name, unit, None, key, 1, 1, tuple(cells),
                            tuple(UnplacedView(raw, 1) for raw in unplaced), ())
