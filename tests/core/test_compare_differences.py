"""What a comparison row says differs, the marks' words, and text similarity — pure functions."""
from app.compare.across import AcrossRow, by_value
from app.compare.bigrams import TfIdf, bigrams, cosine
from app.compare.differences import difference, target_met
from app.compare.marks import Mark, legend
from app.compare.multi import short_names
from app.compare.programmes import OTHER_PERIOD, REVISION, diff_scope, group
from app.compare.values import PeriodValue, PeriodValues
from app.queries.boxes import CellView

from compare_helpers import plan

NAMES = ("甲省", "乙省", "丙省")


def value(raw, number, comparator=None, role="target", cumulative=False, kind="number"):
    return PeriodValue("十四五", role, CellView("c", raw, kind, number, None, comparator, cumulative, False,
                                               2025, role, 1), "专栏1")


def figures(target=None, actual=None, unit="万人", attribute=None):
    return PeriodValues("k", "指标", unit, attribute, "十四五", None, target, actual, None, (), 1)


def test_difference_of_two_counts_and_of_rates():
    found, why_not = difference((figures(value("745", 745.0)), figures(value("680", 680.0))), "target", NAMES)
    assert why_not is None and found.text == "目标：甲省高 65 万人（+9.6%）"
    assert (found.highest, found.lowest) == ((0,), (1,))
    rates, _ = difference((figures(value("95", 95.0), unit="%"), figures(value("90", 90.0), unit="％")),
                          "target", NAMES)
    assert rates.text == "目标：甲省高 5 个百分点"


def test_three_plans_name_the_highest_and_lowest():
    found, _ = difference((figures(value("330", 330.0)), figures(value("745", 745.0)),
                           figures(value("687", 687.0))), "target", NAMES)
    assert found.text == "目标：最高 乙省 745，最低 甲省 330，相差 415 万人（+125.8%）"


def test_figures_that_cannot_be_compared_say_why():
    cumulative = (figures(value("[325]", 325.0, cumulative=True)), figures(value("350", 350.0)))
    assert difference(cumulative, "target", NAMES) == (None, Mark.DIFFERENT_CUMULATIVE)
    bound = (figures(value("<4.5", 4.5, "<"), unit="%"), figures(value("5", 5.0), unit="%"))
    assert difference(bound, "target", NAMES) == (None, Mark.DIFFERENT_BOUND)
    units = (figures(value("50", 50.0), unit="万人"), figures(value("80", 80.0), unit="万人次"))
    assert difference(units, "target", NAMES) == (None, Mark.DIFFERENT_UNIT)
    assert difference((figures(value("—", None, kind="missing")), figures(value("5", 5.0))), "target",
                      NAMES) == (None, None)


def test_bounds_of_one_kind_are_compared_as_bounds():
    found, _ = difference((figures(value("<5", 5.0, "<"), unit="%"), figures(value("<4.5", 4.5, "<"), unit="%")),
                          "target", NAMES)
    assert found.text == "目标：甲省高 0.5 个百分点（均为上限）"


def test_target_met_only_where_the_direction_is_known():
    assert target_met(figures(value("≤4.6", 4.6, "<="), value("2.74", 2.74, role="actual"), unit="%")) is True
    assert target_met(figures(value("550", 550.0), value("442.6", 442.6, role="actual"))) is False
    assert target_met(figures(value("90", 90.0), value("94.6", 94.6, role="actual"), unit="%")) is None
    assert target_met(figures(value("[275]", 275.0, cumulative=True), value("282.9", 282.9, role="actual"))) is None


def test_every_mark_has_words_and_the_legend_keeps_one_order():
    for mark in Mark:
        assert mark.zh and mark.en and mark.explain_zh and mark.explain_en
    assert legend([Mark.FROM_TEXT, Mark.SAME_TARGET, Mark.FROM_TEXT]) == (Mark.SAME_TARGET, Mark.FROM_TEXT)
    assert Mark.NOT_LISTED.zh == "未列此指标" and Mark.SAME_TARGET.on_row and not Mark.FROM_TEXT.on_row


def test_short_names_stay_distinct():
    assert short_names([plan(province="湖南省"), plan(province="湖北省", plan_id=2)]) == ("湖南省", "湖北省")
    assert short_names([plan(), plan(period="十三五", years=(2016, 2020), plan_id=2)]) == (
        "湖南省 十四五", "湖南省 十三五")


def test_bigram_cosine():
    model = TfIdf([bigrams("建设零工市场"), bigrams("培育劳务品牌"), bigrams("建设公共实训基地")])
    same = model.vector(bigrams("建设零工市场"))
    assert abs(cosine(same, same) - 1) < 1e-9
    assert cosine(same, model.vector(bigrams("培育劳务品牌"))) == 0
    assert "，培" not in bigrams("市场，培育") and "场培" not in bigrams("市场，培育")


def test_groups_hold_one_text_per_plan():
    model = TfIdf([bigrams(t) for t in ("零工市场建设", "劳务品牌培育", "零工市场", "零工市场服务")])
    vectors = [[model.vector(bigrams("零工市场建设")), model.vector(bigrams("劳务品牌培育"))],
               [model.vector(bigrams("零工市场")), model.vector(bigrams("零工市场服务"))]]
    groups = group(vectors, 0.15)
    # Both of the second plan's texts are about 零工市场; the closer one joins, the other stands alone.
    assert [members for members, _ in groups] == [[0, 0], [1, None], [None, 1]]
    assert groups[0][1][1] > 0.5 and groups[1][1] == [None, None]


def test_character_diff_only_between_versions_of_one_regions_text():
    hunan, hubei = plan(province="湖南省"), plan(province="湖北省", plan_id=2)
    assert diff_scope(hunan, hubei) is None
    assert diff_scope(hunan, plan(period="十三五", years=(2016, 2020), plan_id=2)) == OTHER_PERIOD
    assert diff_scope(hunan, plan(plan_id=2)) == REVISION
    assert diff_scope(hunan, plan(title="就业促进规划", plan_id=2)) is None  # another plan, same period
    assert diff_scope(hunan, plan(city="长沙市", plan_id=2)) is None
    assert diff_scope(hunan, hunan) is None


def test_missing_values_sort_last_in_both_directions():
    def row(raw, number):
        return AcrossRow(plan(), "十四五", "target", raw, number, "万人", None, False, 1, False, "指标", "2025年", 2025)
    rows = [row("—", None), row("150", 150.0), row("0", 0.0), row("275", 275.0)]
    assert [r.raw for r in by_value(rows)] == ["275", "150", "0", "—"]
    assert [r.raw for r in by_value(rows, descending=False)] == ["0", "150", "275", "—"]
