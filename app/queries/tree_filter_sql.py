"""SQL prefilters for the tree filter: conditions that keep every row whose label could
contain the text (and, in practice, few others).

Correctness rests on one rule: each condition is a *superset* of the Python check
`text.lower() in label.lower()`; app.queries.tree_filter then builds the real label and
decides. So the expressions below only have to contain the label, not equal it:
- SQLite's LIKE folds ASCII case only: other letters with a case become `_` (any one
  character), and Python's check decides.
- Item labels collapse whitespace and shorten long text with "…": whitespace and "…" in
  the text become `%`.
- Chapter and section numbers are Chinese numerals (一、 （十二）), which SQL cannot
  spell; see `numbered_title_matches`.
"""
from __future__ import annotations

from sqlalchemy import ColumnElement, String, cast, func, literal, or_, true

from app.models import Box, BoxItem, Indicator, Subsection

ESCAPE = "\\"
# Characters chinese_number() writes (digits and "-" for numbers it cannot spell).
_NUMERALS = "零一二三四五六七八九十百0123456789-"


def like_body(text: str) -> str:
    """`text` as the inside of a LIKE pattern that matches at least what the label check does."""
    out = []
    for ch in text:
        if ch in "%_" + ESCAPE:
            out.append(ESCAPE + ch)
        elif ch.isspace() or ch == "…":
            out.append("%")
        elif not ch.isascii() and ch.lower() != ch.upper():
            out.append("_")
        else:
            out.append(ch)
    return "".join(out)


def contains(expression, text: str):
    """SQL: `expression` may contain `text`."""
    return expression.like(f"%{like_body(text)}%", escape=ESCAPE)


def numbered_title_matches(title, text: str, marks: str):
    """Chapters (一、规划背景) and sections (（一）发展基础): label = number prefix + title.

    The text is in the label if it is in the title, or if it starts inside the prefix:
    then it is some prefix characters (numerals and `marks`) followed by the start of the
    title. For each way of splitting such a leading run off, the rest must begin the
    title. A text made only of prefix characters (e.g. 一) may match any row.
    """
    conditions = [contains(title, text)]
    alphabet = _NUMERALS + marks
    lead = len(text) - len(text.lstrip(alphabet))
    for k in range(1, lead + 1):
        rest = text[k:]
        if not rest:
            return true()
        conditions.append(title.like(f"{like_body(rest)}%", escape=ESCAPE))
    return or_(*conditions)


def _text(column):
    return cast(column, String)


def label_matches(parts: list, text: str):
    """A label made of columns joined by fixed strings (`parts`, in printed order).

    A text containing none of the fixed characters (nor whitespace) cannot cross from one
    column into the next, so LIKE on each column suffices: cheaper than building the
    whole label for every row (bench/README.md). Otherwise LIKE on the whole label.
    """
    fixed = set("".join(part for part in parts if isinstance(part, str)))
    if fixed & set(text) or any(ch.isspace() for ch in text):
        whole: ColumnElement[str] = literal("")
        for part in parts:
            whole = whole + (literal(part) if isinstance(part, str) else func.coalesce(part, ""))
        return contains(whole, text)
    return or_(*(contains(part, text) for part in parts if not isinstance(part, str)))


def subsection_matches(text: str):
    """1. 实施就业优先政策"""
    return label_matches([_text(Subsection.no), ". ", Subsection.title], text)


def box_matches(text: str):
    """专栏2 就业创业重点工程 (专栏 就业… where the box has no number)."""
    return label_matches(["专栏", _text(Box.no), " ", Box.title], text)


def item_matches(text: str):
    """01 就业创业促进工程: the name, or where there is none the (shortened) text."""
    shown = func.coalesce(func.nullif(BoxItem.name, ""), BoxItem.text)
    return label_matches([BoxItem.seq, " ", shown], text)


def indicator_matches(text: str):
    """1. 城镇新增就业人数（万人）"""
    return label_matches([_text(Indicator.seq), ". ", Indicator.name, "（", Indicator.unit, "）"],
                         text)
