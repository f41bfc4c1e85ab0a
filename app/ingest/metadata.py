"""Plan metadata from the front matter: province, period, title, issuer, number, date, address."""
from __future__ import annotations

import re

from app.ingest.model import PlanMeta, SourceIssue
from app.ingest.text_utils import PERIOD_RE, PERIOD_YEARS, cn_to_int, has_cjk

# Provincial-level divisions: a gazetteer, so a plan from any of them is recognised.
PROVINCES = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
    "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区",
    "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "新疆生产建设兵团",
    "香港特别行政区", "澳门特别行政区",
)
_SHORT = {name: re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", name) for name in PROVINCES}
URL_RE = re.compile(r"https?://[^\s<>\"'，。）)]+")
DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号")
DAMAGED_DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}发\s*[〔\[［(（]\s*\d{4,8}\s*[〕\]］)）]?\s*\d{0,4}\s*号?")
LABELLED_DATE_RE = re.compile(r"(?:发布|印发|成文)?(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
DATE_LINE_RE = re.compile(r"^(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月"
                          r"\s*([\d一二三四五六七八九十]{1,3})\s*日$")
NOTICE_RE = re.compile(r"^(?P<issuer>.*?)关于印发\s*《?(?P<title>.+?)》?\s*的通知")
_FIELD_NAMES = {"province": "省份", "period": "规划时期", "title": "标题"}
_ISSUER_SUFFIX = ("办公厅", "人民政府", "厅", "局", "委员会", "办公室", "部")


def _province(*texts: str) -> str | None:
    for text in texts:
        if not text:
            continue
        hits = [(text.find(name), name) for name in PROVINCES if name in text]
        hits += [(text.find(short), name) for name, short in _SHORT.items() if short in text]
        if hits:
            return min(hits)[1]
    return None


def _cn_year(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    digits = "".join(str(cn_to_int(ch)) if cn_to_int(ch) is not None else "0" for ch in text)
    return int(digits) if digits.isdigit() else None


def _date(lines: list[str]) -> str | None:
    for line in lines:
        labelled = LABELLED_DATE_RE.search(line)
        if labelled:
            y, m, d = (int(g) for g in labelled.groups())
            return f"{y:04d}-{m:02d}-{d:02d}"
    for line in lines:
        match = DATE_LINE_RE.match(line.strip())
        if match:
            year, month, day = _cn_year(match.group(1)), cn_to_int(match.group(2)), cn_to_int(match.group(3))
            if year and month and day and 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _joined_front(lines: list[str]) -> list[str]:
    """Non-blank front lines, with a notice title broken over two lines joined up."""
    texts = [line.strip() for line in lines if line.strip()]
    joined: list[str] = []
    for text in texts:
        if joined and "关于印发" in joined[-1] and "通知" not in joined[-1] and len(text) <= 40:
            joined[-1] += text
        else:
            joined.append(text)
    return joined


_YEARS_RE = re.compile(r"(20\d{2})\s*[-—–~至]\s*(20\d{2})")


def _ends_like_title(text: str) -> bool:
    """'…规划' or '…规划（2021—2025年）'."""
    return bool(re.search(r"规划(?:纲要)?\s*(?:[（(]\s*20\d{2}\s*[-—–~至]\s*20\d{2}\s*年?\s*[）)])?$", text))


def _title_line(texts: list[str]) -> str | None:
    for index, text in enumerate(texts):
        if len(text) > 50 or "通知" in text or "印发" in text:
            continue
        if _ends_like_title(text) and (PERIOD_RE.search(text) or _YEARS_RE.search(text)) and len(text) >= 8:
            return text
        following = texts[index + 1] if index + 1 < len(texts) else ""
        if (DATE_LINE_RE.match(text) or text.endswith(_ISSUER_SUFFIX) or text[0] in "（("
                or DAMAGED_DOC_NUMBER_RE.search(text)):
            continue
        if len(text) <= 30 and _ends_like_title(following) and len(following) <= 40 and "通知" not in following:
            return text + following
    return None


def extract_metadata(front: list[str], all_lines: list[str], issues: list[SourceIssue]) -> PlanMeta:
    """Read metadata from the lines before the first chapter (and the first line of text)."""
    meta = PlanMeta()
    texts = _joined_front(front)
    head_text = "\n".join(all_lines[:15])
    url = URL_RE.search("\n".join(front) or head_text)
    meta.url = url.group(0) if url else None
    notice = next((m for m in (NOTICE_RE.search(t) for t in texts) if m), None)
    meta.title = _title_line(texts)
    if meta.title is None and notice:
        meta.title = notice.group("title").strip()
    if meta.title is None:
        first = next((t for t in texts if len(t) > 40 and has_cjk(t[:2])), "")
        lead = re.match(r"^(\S{4,60}?规划)[，,]", first)
        meta.title = lead.group(1) if lead else None
    meta.issuer = _issuer(texts, notice)
    meta.doc_number = _doc_number(texts, issues)
    meta.issued_date = _date(front)
    meta.province = _province(meta.title or "", meta.issuer or "", head_text)
    period = PERIOD_RE.search(meta.title or "") or PERIOD_RE.search(head_text) or PERIOD_RE.search(
        "\n".join(all_lines[:80]))
    meta.period = period.group(1) if period else None
    meta.years = PERIOD_YEARS.get(meta.period) if meta.period else None
    span = _YEARS_RE.search(meta.title or "")
    if span:
        meta.years = (int(span.group(1)), int(span.group(2)))
        if meta.period is None:  # '（2021—2025年）' without “十四五” in the title
            meta.period = next((name for name, years in PERIOD_YEARS.items() if years == meta.years), None)
    for field_name in ("province", "period", "title"):
        if getattr(meta, field_name) is None:
            issues.append(SourceIssue("metadata_missing", f"原文中未找到规划的{_FIELD_NAMES[field_name]}", None))
    return meta


def _issuer(texts: list[str], notice: re.Match | None) -> str | None:
    if notice and notice.group("issuer").strip():
        return notice.group("issuer").strip()
    for index, text in enumerate(texts):
        if text.startswith("关于印发") and index > 0 and texts[index - 1].endswith(_ISSUER_SUFFIX):
            return texts[index - 1]
    return None


def _doc_number(texts: list[str], issues: list[SourceIssue]) -> str | None:
    short = [t for t in texts if len(t) <= 40]
    for text in short:
        match = DOC_NUMBER_RE.search(text)
        if match:
            return re.sub(r"\s+", "", match.group(0))
    for text in short:
        damaged = DAMAGED_DOC_NUMBER_RE.search(text)
        if damaged:
            number = re.sub(r"\s+", "", damaged.group(0))
            issues.append(SourceIssue("damaged_doc_number",
                                      f"文号“{number}”在原文中残缺，按原样保留"))
            return number
    return None
