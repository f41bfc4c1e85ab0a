"""Programme boxes (专栏) of two to four plans paired by what they contain, item to item.

Boxes are paired by the TF-IDF cosine of the character bigrams of their titles, item titles
and item texts (bigrams.py), not by their titles alone: 湖南's 专栏3 就业创业提升行动计划 and
湖北's 专栏3 促进就业工程 share no title words but hold the same kind of items. Inside each
group of paired boxes, items are paired the same way. Pairing is greedy, most similar
first, each box (item) in at most one group, and only above a threshold.

A character diff is offered only between two versions of the same region's text (two
periods of one province's plan, or an imported revision of it): between two provinces'
boxes it marks nearly every character and tells the reader nothing.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from app.compare.bigrams import TfIdf, Vector, bigrams, cosine
from app.compare.periods import own_period
from app.compare.textdiff import DiffSpan, char_diff
from app.db.library import Source
from app.queries import box_details, get_plan
from app.queries.boxes import BoxDetail, ItemView
from app.queries.plans import PlanSummary

BOX_THRESHOLD = 0.15  # bundled plans: true pairs 0.16–0.41, the best wrong ones 0.11 or less
ITEM_THRESHOLD = 0.15
REVISION, OTHER_PERIOD = "revision", "other_period"


@dataclass(frozen=True)
class ItemRow:
    """Items of the plans' paired boxes that are about the same thing (None: no such item)."""

    items: tuple[ItemView | None, ...]  # per plan
    similarity: tuple[float | None, ...]  # per plan: cosine with the item it was paired to


@dataclass(frozen=True)
class ProgrammeRow:
    """Boxes of the plans that hold the same kind of programmes (None: no such box)."""

    boxes: tuple[BoxDetail | None, ...]  # per plan
    similarity: tuple[float | None, ...]  # per plan: cosine with the box it was paired to
    items: tuple[ItemRow, ...]

    @property
    def score(self) -> float | None:
        """The weakest link of the group; None for a box no other plan's box pairs with."""
        found = [s for s in self.similarity if s is not None]
        return min(found) if found else None


@dataclass(frozen=True)
class ProgrammeComparison:
    plans: tuple[PlanSummary, ...]
    rows: tuple[ProgrammeRow, ...]  # the first plan's boxes in order, then the others' extras


def box_document(box: BoxDetail) -> str:
    """What a box is about: its title, its items' titles and texts (not the bodies responsible,
    which every province names alike)."""
    return "。".join([box.title] + [item_document(item) for item in box.items])


def item_document(item: ItemView) -> str:
    return f"{item.name or ''}。{item.text or ''}"


def group(vectors: list[list[Vector]], threshold: float) -> list[tuple[list[int | None], list[float | None]]]:
    """Groups holding at most one text per plan: (index per plan, similarity per plan).

    Plan by plan, each text joins the existing group it is most similar to (its best member),
    greedily from the most similar pair down; a text that joins none starts a group.
    """
    plans = len(vectors)
    groups: list[tuple[list[int | None], list[float | None]]] = []
    for plan, texts in enumerate(vectors):
        scored = sorted(((-_best(vectors, members, text), g, j)
                         for g, (members, _) in enumerate(groups) for j, text in enumerate(texts)))
        taken_groups, taken_texts = set(), set()
        for negative, g, j in scored:
            if -negative < threshold or g in taken_groups or j in taken_texts:
                continue
            groups[g][0][plan], groups[g][1][plan] = j, -negative
            taken_groups.add(g)
            taken_texts.add(j)
        for j in range(len(texts)):
            if j not in taken_texts:
                members: list[int | None] = [None] * plans
                members[plan] = j
                groups.append((members, [None] * plans))
    return groups


def _best(vectors: list[list[Vector]], members: list[int | None], text: Vector) -> float:
    return max((cosine(vectors[p][i], text) for p, i in enumerate(members) if i is not None), default=0.0)


def pair_programmes(boxes: list[list[BoxDetail]]) -> list[ProgrammeRow]:
    """Programme boxes of each plan (in source order) grouped by content, items paired inside."""
    boxes = [[b for b in plan if b.kind == "programmes"] for plan in boxes]
    # Each item's bigrams once: they make the idf, the item's vector and (summed) its box's.
    grams = {item.id: bigrams(item_document(item)) for plan in boxes for box in plan for item in box.items}
    # Idf from every item compared: a pair frequent in these plans' items says little.
    model = TfIdf(grams.values())
    item_vectors = {item_id: model.vector(counts) for item_id, counts in grams.items()}
    vectors = [[model.vector(_box_grams(box, grams)) for box in plan] for plan in boxes]
    rows = []
    for members, similarity in group(vectors, BOX_THRESHOLD):
        chosen = tuple(boxes[p][i] if i is not None else None for p, i in enumerate(members))
        rows.append(ProgrammeRow(chosen, tuple(similarity), _pair_items(chosen, item_vectors)))
    return rows


def _box_grams(box: BoxDetail, grams: dict[int, Counter]) -> Counter:
    """The bigrams of `box_document(box)`: its title's and its items' (no pair spans two)."""
    total = bigrams(box.title)
    for item in box.items:
        total.update(grams[item.id])
    return total


def _pair_items(chosen: tuple[BoxDetail | None, ...], item_vectors: dict[int, Vector]) -> tuple[ItemRow, ...]:
    items = [list(box.items) if box is not None else [] for box in chosen]
    vectors = [[item_vectors[item.id] for item in plan] for plan in items]
    return tuple(ItemRow(tuple(items[p][i] if i is not None else None for p, i in enumerate(members)),
                         tuple(similarity))
                 for members, similarity in group(vectors, ITEM_THRESHOLD))


def compare_programmes(source: Source, plan_ids: list[int] | tuple[int, ...]) -> ProgrammeComparison | None:
    """The plans' programme boxes paired by content; None if a plan no longer exists."""
    found = [get_plan(source, plan_id) for plan_id in plan_ids]
    plans = [plan for plan in found if plan is not None]
    if len(plans) < len(found):
        return None
    rows = pair_programmes([list(box_details(source, plan_id)) for plan_id in plan_ids])
    return ProgrammeComparison(tuple(plans), tuple(rows))


def _plain(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in text if not ch.isspace() and ch not in "“”\"'‘’《》")


def _region(plan: PlanSummary) -> tuple[str, str]:
    return _plain(plan.province).rstrip("省"), _plain(plan.city)


def diff_scope(a: PlanSummary, b: PlanSummary) -> str | None:
    """Whether a character diff of these two plans' texts means something, and why:
    OTHER_PERIOD (the same province's, and city's, plan for two periods), REVISION (same
    region, period and title: an imported revision), or None (two regions, or two different
    plans of one region and period, or a plan with itself)."""
    if a.id == b.id or not a.province or _region(a) != _region(b):
        return None
    period_a, period_b = own_period(a), own_period(b)
    if period_a is not None and period_b is not None and period_a != period_b:
        return OTHER_PERIOD
    if period_a == period_b and _plain(a.title) == _plain(b.title):
        return REVISION
    return None


def text_diff(a: PlanSummary, b: PlanSummary, left: str, right: str) -> list[DiffSpan] | None:
    """The character diff of two texts of these plans, or None where it would mean nothing."""
    return char_diff(left, right) if diff_scope(a, b) else None


def box_diff(a: PlanSummary, b: PlanSummary, left: BoxDetail, right: BoxDetail) -> list[DiffSpan] | None:
    """Two paired boxes as a reader sees them (title, one line per item), diffed where meaningful."""
    return text_diff(a, b, left.readable_text, right.readable_text)
