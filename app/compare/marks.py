"""The one vocabulary of marks a comparison puts on its rows, with the words for a legend.

Every mark the comparison core sets is a member of `Mark`; the window, the exports and
the printout show the same marks with the same words (`Mark.zh`, `Mark.en`, and
`Mark.explain_zh` / `Mark.explain_en` for a legend). Row marks describe the row as a
whole; plan marks describe one plan's figures in that row.
"""
from __future__ import annotations

from enum import StrEnum


class Mark(StrEnum):
    """A mark on a comparison row. The value is a stable identifier (exports, settings)."""

    # -- on a row ------------------------------------------------------------------------
    SAME_TARGET = "same_target"
    DIFFERENT_UNIT = "different_unit"
    DIFFERENT_CUMULATIVE = "different_cumulative"
    DIFFERENT_BOUND = "different_bound"
    DIFFERENT_ATTRIBUTE = "different_attribute"
    ONLY_SOME = "only_some"
    # -- on one plan's figures in a row ---------------------------------------------------
    HIGHEST_TARGET = "highest_target"
    LOWEST_TARGET = "lowest_target"
    FROM_TEXT = "from_text"
    TARGET_MET = "target_met"
    TARGET_MISSED = "target_missed"
    UNPLACED = "unplaced"
    NOT_LISTED = "not_listed"
    PERIOD_NOT_REPORTED = "period_not_reported"

    @property
    def zh(self) -> str:
        return _WORDS[self][0]

    @property
    def en(self) -> str:
        return _WORDS[self][1]

    @property
    def explain_zh(self) -> str:
        return _WORDS[self][2]

    @property
    def explain_en(self) -> str:
        return _WORDS[self][3]

    @property
    def on_row(self) -> bool:
        """True for marks about the row as a whole, False for marks about one plan's figures."""
        return self in ROW_MARKS


ROW_MARKS = frozenset({Mark.SAME_TARGET, Mark.DIFFERENT_UNIT, Mark.DIFFERENT_CUMULATIVE,
                       Mark.DIFFERENT_BOUND, Mark.DIFFERENT_ATTRIBUTE, Mark.ONLY_SOME})

NOT_LISTED_TEXT = "未列此指标"

_WORDS: dict[Mark, tuple[str, str, str, str]] = {
    Mark.SAME_TARGET: ("目标相同", "same target",
                       "各规划的目标值相同", "every plan sets the same figure"),
    Mark.DIFFERENT_UNIT: ("单位不同", "different unit",
                          "计量单位不同，不作比较", "units differ: not compared"),
    Mark.DIFFERENT_CUMULATIVE: ("口径不同", "cumulative vs annual",
                                "一方为累计值〔〕、一方为年度值，不作比较",
                                "a cumulative figure [ ] against a yearly one: not compared"),
    Mark.DIFFERENT_BOUND: ("表述不同", "different bound",
                           "一方为上限或下限（＞、≤、左右），一方不是，不作比较",
                           "a bound (>, ≤, about) against a plain figure or another kind of bound: not compared"),
    Mark.DIFFERENT_ATTRIBUTE: ("属性不同", "different attribute",
                               "一方为预期性、一方为约束性", "one plan's figure is expected, the other's binding"),
    Mark.ONLY_SOME: ("部分列出", "not in every plan",
                     "并非每个规划都列出此指标", "not every plan lists this indicator"),
    Mark.HIGHEST_TARGET: ("目标最高", "highest target",
                          "目标值在所比较的规划中最高（两个规划时即较高者）",
                          "the highest target among the plans compared (of two: the higher)"),
    Mark.LOWEST_TARGET: ("目标最低", "lowest target",
                         "目标值在所比较的规划中最低（两个规划时即较低者）",
                         "the lowest target among the plans compared (of two: the lower)"),
    Mark.FROM_TEXT: ("据正文", "from the text",
                     "目标取自规划正文（主要目标），附原文行号",
                     "the target is stated in the plan's text, with its line"),
    Mark.TARGET_MET: ("已完成", "target met",
                      "完成数达到规划目标", "the actual figure reached the target"),
    Mark.TARGET_MISSED: ("未完成", "target missed",
                         "完成数未达到规划目标", "the actual figure fell short of the target"),
    Mark.UNPLACED: ("数值待核", "value not placed",
                    "原文此行数值少于列数，无法确定所属列", "the source row has fewer values than columns"),
    Mark.NOT_LISTED: (NOT_LISTED_TEXT, "not listed",
                      "该规划未列此指标", "the plan does not list this indicator"),
    Mark.PERIOD_NOT_REPORTED: ("未列此期", "period not reported",
                               "该规划没有这一时期的数值", "the plan gives no figures for this period"),
}


def legend(marks) -> tuple[Mark, ...]:
    """The marks given, once each, in the vocabulary's order (for a legend under the table)."""
    found = set(marks)
    return tuple(mark for mark in Mark if mark in found)
