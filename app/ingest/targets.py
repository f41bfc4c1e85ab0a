"""Quantitative targets stated in the prose of the 主要目标 sections.

'城镇新增就业150万人以上' becomes a record (name, value, unit, comparator) with its
line, linked to the table indicator of the same name where there is one.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from app.ingest.model import IndicatorRow, Paragraph, ParsedPlan, ProseTarget
from app.ingest.text_utils import normalise

_UNITS = r"万人次|万人|万户|万个|万元|亿元|元|人次|人|个|家|所|倍|小时|天|项|%|％|‰"
VALUE_RE = re.compile(
    rf"(?P<pre>不低于|不少于|不超过|超过|低于|高于|约)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{_UNITS})"
    r"\s*(?P<suf>以上|以内|以下|左右)?")
_CLAUSE_SPLIT = re.compile(r"[，,；;。：:]")
_VERBS = ("分别达到", "分别为", "达到", "控制在", "保持在", "稳定在", "维持在", "提高到", "提高至", "增加到",
          "增长到", "实现", "超过", "不低于", "不少于", "力争", "累计", "为", "在")
_LEADING_NOISE = re.compile(r"^(?:到|至)?[“\"]?(?:十[一二三四五六]五)[”\"]?(?:时期|期间|期末|末)?"
                            r"|^到20\d{2}年(?:底|末)?"
                            r"|^(?:实现|其中|力争|努力|全年)")
_COMPARATORS = {"以上": ">=", "以内": "<=", "以下": "<=", "左右": "≈", "不低于": ">=", "不少于": ">=",
                "不超过": "<=", "超过": ">", "低于": "<", "高于": ">", "约": "≈"}
MEASURE_SUFFIXES = ("参保人数", "参保率", "人数", "总量", "比例", "覆盖率", "结案率", "签订率", "率")


def _clean_name(text: str) -> str:
    text = re.sub(r"[\s\u3000\xa0]+", "", text).strip("“”\"")
    for _ in range(2):
        text = _LEADING_NOISE.sub("", text).strip(" \u3000，,")
    for _ in range(2):  # '累计达到': both words go, neither is part of the name
        verb = next((v for v in sorted(_VERBS, key=len, reverse=True) if text.endswith(v)), None)
        if verb is None:
            break
        text = text[: -len(verb)].strip()
    return text.strip(" \u3000“”\"")


def _comparator(match: re.Match) -> str | None:
    return _COMPARATORS.get(match.group("suf") or "") or _COMPARATORS.get(match.group("pre") or "")


def _record(name: str, match: re.Match, para: Paragraph, sentence: str, cumulative: bool) -> ProseTarget:
    return ProseTarget(name=name, raw=match.group(0).strip(), value=float(match.group("num")),
                       unit=match.group("unit"), comparator=_comparator(match), cumulative=cumulative,
                       line=para.line, sentence=sentence.strip())


def _is_cumulative(name: str, clause_head: str, sentence_head: str, unit: str) -> bool:
    """A five-year total: '累计' in its own clause, or a '新增' count over '“十四五”期间'.
    A rate is never one, whatever the clause before it said."""
    if unit in _RATE_UNITS:
        return False
    return "累计" in clause_head or ("新增" in name and bool(re.search(r"时期|期间|五年", sentence_head)))


_RATE_UNITS = ("%", "％", "‰")


def targets_in_paragraph(para: Paragraph) -> list[ProseTarget]:
    found: list[ProseTarget] = []
    for clause in _CLAUSE_SPLIT.split(para.text):
        head = para.text[: para.text.find(clause) + len(clause)] if clause else ""
        matches = list(VALUE_RE.finditer(clause))
        if not matches:
            continue
        if "分别" in clause:
            found.extend(_respective(clause, matches, para, head))
            continue
        start = 0
        for match in matches:
            own = clause[start:match.start()]
            name = _clean_name(own)
            start = match.end()
            if len(re.findall(r"[\u4e00-\u9fff]", name)) >= 3:
                found.append(_record(name, match, para, clause,
                                     _is_cumulative(name, own, head, match.group("unit"))))
    return found


def _respective(clause: str, matches: list[re.Match], para: Paragraph, head: str) -> list[ProseTarget]:
    """'A、B、C参保人数分别达到 1万人、2万人、3万人' -> three targets with the suffix shared."""
    subject = _clean_name(clause[: clause.find("分别")])
    names = [n.strip() for n in subject.split("、") if n.strip()]
    if len(names) != len(matches):
        return []
    suffix = next((s for s in MEASURE_SUFFIXES if names[-1].endswith(s)), "")
    names = [n if n.endswith(suffix) else n + suffix for n in names]
    return [_record(n, m, para, clause, _is_cumulative(n, clause, head, m.group("unit")))
            for n, m in zip(names, matches)]


def _key(name: str) -> str:
    name = normalise(name)
    name = re.sub(r"^其中[:：]?", "", name)
    return re.sub(r"\(.*?\)|[\"'“”]", "", name)


def link_targets(targets: list[ProseTarget], rows: list[IndicatorRow]) -> None:
    """Link each prose target to the most similar table indicator (threshold 0.75)."""
    for target in targets:
        best, best_score = None, 0.0
        for row in rows:
            a, b = _key(target.name), _key(row.name)
            score = 1.0 if a == b else SequenceMatcher(None, a, b).ratio()
            if a and b and (a in b or b in a):
                score = max(score, 0.85)
            if score > best_score:
                best, best_score = row, score
        if best is not None and best_score >= 0.75:
            target.indicator_line, target.indicator_name = best.line, best.name


def goal_paragraphs(plan: ParsedPlan) -> list[Paragraph]:
    """Paragraphs of the sections (or chapters) whose title speaks of the plan's main goals."""
    paragraphs: list[Paragraph] = []
    for chapter in plan.chapters:
        if chapter.title and "目标" in chapter.title and not chapter.sections:
            paragraphs.extend(chapter.paragraphs)
        for section in chapter.sections:
            if "目标" in section.title and "远景" not in section.title:
                paragraphs.extend(section.paragraphs)
                for sub in section.subsections:
                    paragraphs.extend(sub.paragraphs)
    return paragraphs


def extract_targets(plan: ParsedPlan) -> list[ProseTarget]:
    targets = [t for para in goal_paragraphs(plan) for t in targets_in_paragraph(para)]
    main_rows = [r for b in plan.boxes if "完成" not in b.title for r in b.rows] or plan.indicators
    link_targets(targets, main_rows)
    return targets
