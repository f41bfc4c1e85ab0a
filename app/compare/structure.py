"""Two plans' chapters and programme boxes side by side, aligned by topic.

Topics are recognised from titles with keyword lists (data, not rules about any
plan); within a topic, similar programme boxes of the two plans are paired by
text similarity, greedily from the most similar pair down.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from app.queries.boxes import BoxDetail
from app.queries.plans import PlanStructure

TOPICS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("employment", "就业创业", ("就业", "创业", "职业技能", "职业培训", "人力资源市场", "人力资源服务")),
    ("social_insurance", "社会保障", ("社会保障", "社会保险", "养老", "失业保险", "工伤", "医疗保障", "社保", "救助", "福利", "优抚")),
    ("talent", "人才队伍", ("人才", "专业技术", "技能人才", "博士后", "人事", "事业单位", "表彰", "公务员")),
    ("wages", "工资收入分配", ("工资", "收入分配", "薪酬")),
    ("labour_relations", "劳动关系", ("劳动关系", "劳动人事争议", "劳动保障监察", "农民工", "调解仲裁")),
    ("public_services", "公共服务", ("公共服务", "信息化", "一卡通", "行风", "经办", "乡村振兴", "脱贫")),
    ("implementation", "规划实施", ("保障措施", "实施", "组织领导", "监测评估", "宣传", "法治")),
    ("overview", "总体要求", ("指导思想", "主要目标", "发展基础", "发展环境", "总体要求", "形势", "基本原则")),
)
PAIR_THRESHOLD = 0.35


@dataclass(frozen=True)
class StructurePair:
    left: BoxDetail | None
    right: BoxDetail | None
    similarity: float


@dataclass(frozen=True)
class TopicRow:
    topic: str
    label: str
    left_chapters: tuple[str, ...]
    right_chapters: tuple[str, ...]
    boxes: tuple[StructurePair, ...]


# The department's own name says nothing about a topic.
_GENERIC = ("人力资源和社会保障", "人力资源社会保障", "就业和社会保障")


def topic_of(title: str | None) -> str:
    """The topic whose keywords a title mentions most (longer keywords weigh more); 'other' if none."""
    if not title:
        return "other"
    for phrase in _GENERIC:
        title = title.replace(phrase, "")
    scores = [(sum(len(word) * title.count(word) for word in words), key) for key, _, words in TOPICS]
    best = max(scores)
    return best[1] if best[0] else "other"


def box_text(box: BoxDetail) -> str:
    return box.title + "".join((item.name or "") + (item.text or "") for item in box.items)


def readable_box_text(box: BoxDetail) -> str:
    """The box as a reader sees it: title, then one line per item (number, title, text)."""
    lines = [box.title]
    for item in box.items:
        head = " ".join(part for part in (item.seq, item.name) if part)
        lines.append(f"{head}：{item.text}" if head and item.text else head or item.text or "")
    return "\n".join(lines)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def box_similarity(a: BoxDetail, b: BoxDetail) -> float:
    """0..1: the better of title similarity and shared two-character words in titles and item names."""
    return _similarity(a, b, _name_grams(a), _name_grams(b))


def _name_grams(box: BoxDetail) -> set[str]:
    return _bigrams(box.title + "".join(item.name or "" for item in box.items))


def _similarity(a: BoxDetail, b: BoxDetail, grams_a: set[str], grams_b: set[str]) -> float:
    dice = 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b)) if grams_a and grams_b else 0.0
    return max(fuzz.ratio(a.title, b.title) / 100, dice)


def pair_boxes(left: list[BoxDetail], right: list[BoxDetail]) -> list[StructurePair]:
    """Most similar pairs first; boxes without a partner stand alone."""
    # Every box meets every box of the other side: its bigrams are made once, not per pair.
    grams_left, grams_right = [_name_grams(b) for b in left], [_name_grams(b) for b in right]
    scored = sorted(((_similarity(a, b, grams_left[i], grams_right[j]), i, j)
                     for i, a in enumerate(left) for j, b in enumerate(right)), reverse=True)
    used_left, used_right, pairs = set(), set(), []
    for score, i, j in scored:
        if score < PAIR_THRESHOLD or i in used_left or j in used_right:
            continue
        used_left.add(i)
        used_right.add(j)
        pairs.append(StructurePair(left[i], right[j], score))
    pairs += [StructurePair(b, None, 0.0) for i, b in enumerate(left) if i not in used_left]
    pairs += [StructurePair(None, b, 0.0) for j, b in enumerate(right) if j not in used_right]
    return sorted(pairs, key=lambda p: (p.left.line if p.left else 10**9, p.right.line if p.right else 0))


def _headings_by_topic(structure: PlanStructure) -> dict[str, list[str]]:
    """Chapters by their topic; a chapter of mixed content ('重点任务') is split by its sections."""
    found: dict[str, list[str]] = {}
    for chapter in structure.chapters:
        topic = topic_of(chapter.title)
        if topic in ("other", "overview") and chapter.sections:
            for section in chapter.sections:
                found.setdefault(topic_of(section.title), []).append(section.label)
        else:
            found.setdefault(topic, []).append(chapter.label)
    return found


def _box_topic(box: BoxDetail, structure: PlanStructure) -> str:
    """The section's topic if it has one, else the box title's, else the chapter's."""
    chapter = next((c for c in structure.chapters if c.no == box.chapter_no), None)
    section = next((s for s in chapter.sections if s.no == box.section_no), None) if chapter else None
    for title in (section.title if section else None, box.title, chapter.title if chapter else None):
        topic = topic_of(title)
        if topic not in ("other", "overview"):
            return topic
    return "other"


def align_structure(left: PlanStructure, right: PlanStructure, left_boxes: list[BoxDetail],
                    right_boxes: list[BoxDetail]) -> list[TopicRow]:
    """One row per topic that either plan covers, chapters and paired programme boxes."""
    rows = []
    left_headings, right_headings = _headings_by_topic(left), _headings_by_topic(right)
    # Each box's topic once (topic_of scans every keyword list), not once per topic row.
    left_topics = _programmes_by_topic(left_boxes, left)
    right_topics = _programmes_by_topic(right_boxes, right)
    for key, label, _ in TOPICS + (("other", "其他", ()),):
        lb, rb = left_topics.get(key, []), right_topics.get(key, [])
        lc, rc = tuple(left_headings.get(key, ())), tuple(right_headings.get(key, ()))
        if lb or rb or lc or rc:
            rows.append(TopicRow(key, label, lc, rc, tuple(pair_boxes(lb, rb))))
    return rows


def _programmes_by_topic(boxes: list[BoxDetail], structure: PlanStructure) -> dict[str, list[BoxDetail]]:
    """Programme boxes by topic, each list in the boxes' given (source) order."""
    found: dict[str, list[BoxDetail]] = {}
    for box in boxes:
        if box.kind == "programmes":
            found.setdefault(_box_topic(box, structure), []).append(box)
    return found
