"""Every Qt model passes qtmodeltester, and shows what a user needs to see."""
from app.queries import indicator_tables, list_plans, plan_issues, search, tree_children
from app.ui.indicator_table_model import IndicatorTableModel
from app.ui.navigator import add_indicator_nodes
from app.ui.problems_panel import ProblemsListModel
from app.ui.search_panel import SearchResultsModel
from app.ui.tree_model import PlanTreeModel


def plan_id(engine, province):
    return next(p.id for p in list_plans(engine) if p.province == province)


def _tree(engine):
    return PlanTreeModel(lambda ref: add_indicator_nodes(engine, ref, tree_children(engine, ref)))


def test_tree_model_is_a_valid_lazy_model_before_it_fetches_anything(qtmodeltester, engine):
    model = _tree(engine)
    assert model.rowCount() == 0  # nothing read until a view asks
    qtmodeltester.check(model, force_py=True)  # the tester itself fetches, level by level


def test_tree_model_is_valid_part_fetched(qtmodeltester, engine):
    """Checked with only the provinces read, and again with one plan open and nothing under
    its chapters (the tester goes on fetching as it walks, as a view does)."""
    provinces_only = _tree(engine)
    provinces_only.fetchMore(provinces_only.index(-1, 0))
    assert provinces_only.canFetchMore(provinces_only.index(0, 0))
    qtmodeltester.check(provinces_only, force_py=True)
    one_plan = _tree(engine)
    one_plan.fetchMore(one_plan.index(-1, 0))
    province = one_plan.index(0, 0)
    one_plan.fetchMore(province)
    plan = one_plan.index(0, 0, province)
    one_plan.fetchMore(plan)
    chapter = one_plan.index(1, 0, plan)
    assert one_plan.rowCount(plan) > 1 and one_plan.canFetchMore(chapter)
    qtmodeltester.check(one_plan, force_py=True)


def test_tree_model_is_valid_when_everything_is_fetched(qtmodeltester, engine):
    model = _tree(engine)
    model.fetch_all()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5


def test_tree_fetches_only_what_is_expanded(engine):
    calls = []

    def load(ref):
        calls.append(ref.kind)
        return tree_children(engine, ref)

    model = PlanTreeModel(load)
    assert model.rowCount() == 0 and model.canFetchMore(model.index(-1, 0))
    model.fetchMore(model.index(-1, 0))
    assert calls == ["root"] and model.rowCount() == 5
    assert model.hasChildren(model.index(0, 0)) and model.rowCount(model.index(0, 0)) == 0


def test_indicator_table_model_marks(qtmodeltester, engine):
    table = indicator_tables(engine, plan_id(engine, "湖北省"))[1]
    model = IndicatorTableModel(table)
    qtmodeltester.check(model, force_py=True)
    rows = {model.data(model.index(r, 1)): r for r in range(model.rowCount())}
    short = rows["城镇调查失业率"]
    assert model.data(model.index(short, model.columnCount() - 1)) == "6"  # unplaced, visible
    assert model.data(model.index(short, 3)) == ""  # no guessed value in any column
    assert "fewer values" in model.data(model.index(short, 3), 3) or "少于" in model.data(model.index(short, 3), 3)


def test_missing_and_cumulative_have_tooltips(engine):
    table = indicator_tables(engine, plan_id(engine, "黑龙江省"))[1]
    model = IndicatorTableModel(table)
    rows = {model.data(model.index(r, 1)): r for r in range(model.rowCount())}
    jobs = rows["城镇新增就业人数"]
    assert model.data(model.index(jobs, 4)) == "[150]"
    assert "五年累计" in model.data(model.index(jobs, 4), 3) or "cumulative" in model.data(model.index(jobs, 4), 3)
    survey = rows["城镇调查失业率"]
    assert model.data(model.index(survey, 3)) == "—"


def test_copy_gives_tab_separated_text(engine):
    table = indicator_tables(engine, plan_id(engine, "辽宁省"))[0]
    model = IndicatorTableModel(table)
    indexes = [model.index(1, c) for c in range(1, 5)]
    assert model.copy_text(indexes) == "城镇新增就业人数\t万人\t45.2\t—"


def test_search_and_problem_models(qtmodeltester, engine):
    results = SearchResultsModel()
    results.set_hits(search(engine, "就业", limit=20))
    qtmodeltester.check(results, force_py=True)
    problems = ProblemsListModel()
    problems.set_issues(plan_issues(engine, plan_id(engine, "辽宁省")))
    qtmodeltester.check(problems, force_py=True)
    assert problems.rowCount() >= 3
