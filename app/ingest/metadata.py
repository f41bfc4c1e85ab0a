"""Plan metadata from the front matter: province, period, title, issuer, number, date, address."""
from __future__ import annotations

import re

from app.ingest.model import PlanMeta, SourceIssue
from app.ingest.regions import city_in, province_in, province_of_city
from app.ingest.text_utils import PERIOD_RE, PERIOD_YEARS, cn_to_int, has_cjk

URL_RE = re.compile(r"https?://[^\s<>\"'，。）)]+")
DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号")
DAMAGED_DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}发\s*[〔\[［(（]\s*\d{4,8}\s*[〕\]］)）]?\s*\d{0,4}\s*号?")
LABELLED_DATE_RE = re.compile(r"(?P<label>发布|印发|成文)?(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-./年]"
                              r"\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
DAMAGED_DATE_RE = re.compile(r"^(20\d{2})(\d{1,2})(\d{1,2})$")  # '2021825': 年, 月, 日 lost
ATTACHMENT_RE = re.compile(r"^附\s*件\s*\d{0,2}\s*[:：.．、]?\s*(?:\d\s*[.．、]\s*)?")
DATE_LINE_RE = re.compile(r"^(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月"
                          r"\s*([\d一二三四五六七八九十]{1,3})\s*日$")
NOTICE_RE = re.compile(r"^(?P<issuer>.*?)关于印发\s*《?(?P<title>.+?)》?\s*的通知")
_FIELD_NAMES = {"province": "省份", "period": "规划时期", "title": "标题"}
_ISSUER_SUFFIX = ("办公厅", "人民政府", "厅", "局", "委员会", "办公室", "部")


def _province(*texts: str) -> str | None:
    for text in texts:
        found = province_in(text) if text else None
        if found:
            return found
    return None


def _cn_year(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    digits = "".join(str(cn_to_int(ch)) if cn_to_int(ch) is not None else "0" for ch in text)
    return int(digits) if digits.isdigit() else None


def _ymd(y: int | None, m: int | None, d: int | None) -> str | None:
    if y and m and d and 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _tail(lines: list[str]) -> list[str]:
    """The last few lines with text: where a plan issued without a notice is signed."""
    return [line for line in lines if line.strip()][-4:]


def _date(lines: list[str]) -> str | None:
    """The date the app has always shown as the plan's: a labelled one first, else a date line."""
    for line in lines:
        labelled = LABELLED_DATE_RE.search(line)
        if labelled:
            return _ymd(*(int(g) for g in labelled.groups()[1:]))
    for line in lines:
        match = DATE_LINE_RE.match(line.strip())
        if match:
            date = _ymd(_cn_year(match.group(1)), cn_to_int(match.group(2)), cn_to_int(match.group(3)))
            if date:
                return date
    return None


def _published(lines: list[str]) -> str | None:
    """The page's date: '发布时间：2021-09-03 10:21', '日期：2021-09-03'."""
    for line in lines:
        labelled = LABELLED_DATE_RE.search(line)
        if labelled and labelled.group("label") != "成文":
            return _ymd(*(int(g) for g in labelled.groups()[1:]))
    return None


def _signed(lines: list[str], issues: list[SourceIssue]) -> tuple[str | None, bool]:
    """The 成文日期: labelled, or a date alone on its line under the signature; a date printed
    with its 年/月/日 lost ('2021825') is read where it can only mean one date, and reported."""
    for line in lines:
        labelled = LABELLED_DATE_RE.search(line)
        if labelled and labelled.group("label") == "成文":
            return _ymd(*(int(g) for g in labelled.groups()[1:])), False
    for k, line in enumerate(lines):
        text = line.strip()
        match = DATE_LINE_RE.match(text)
        if match:
            return _ymd(_cn_year(match.group(1)), cn_to_int(match.group(2)), cn_to_int(match.group(3))), False
        damaged = DAMAGED_DATE_RE.match(text)
        if damaged:
            return _damaged_date(text, k, issues), True
    return None, False


def _damaged_date(text: str, index: int, issues: list[SourceIssue]) -> str | None:
    year, rest = int(text[:4]), text[4:]
    readings = {_ymd(year, int(rest[:cut]), int(rest[cut:])) for cut in range(1, len(rest))} - {None}
    date = readings.pop() if len(readings) == 1 else None
    issues.append(SourceIssue("damaged_date", f"成文日期“{text}”在原文中残缺"
                              + (f"，读作{date}" if date else "，无法确定是哪一天")))
    return date


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
    texts = [ATTACHMENT_RE.sub("", text) for text in texts]
    texts = [text for text in texts if text]
    for index, text in enumerate(texts):
        if len(text) > 50 or "通知" in text or "印发" in text:
            continue
        if _ends_like_title(text) and (PERIOD_RE.search(text) or _YEARS_RE.search(text)) and len(text) >= 8:
            return text
        following = texts[index + 1] if index + 1 < len(texts) else ""
        if (DATE_LINE_RE.match(text) or text.endswith(_ISSUER_SUFFIX) or text[0] in "（("
                or DAMAGED_DOC_NUMBER_RE.search(text) or DAMAGED_DATE_RE.match(text)):
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
    if meta.title:
        meta.title = ATTACHMENT_RE.sub("", meta.title).strip()
    meta.issuer = _issuer(texts, notice)
    meta.doc_number = _doc_number(texts, issues)
    meta.signed_date, meta.signed_date_damaged = _signed(front, issues)
    if meta.signed_date is None and not meta.signed_date_damaged:  # signed at the end of the plan
        meta.signed_date, meta.signed_date_damaged = _signed(_tail(all_lines), issues)
    meta.published_date = _published(all_lines[:60])
    meta.issued_date = _date(front)
    _region(meta, texts, head_text, all_lines, issues)
    meta.period, meta.years = _period(meta.title or "", head_text + "\n" + "\n".join(all_lines[:80]))
    for field_name in ("province", "period", "title"):
        if getattr(meta, field_name) is None:
            issues.append(SourceIssue("metadata_missing", f"原文中未找到规划的{_FIELD_NAMES[field_name]}", None))
    return meta


def _period(title: str, opening: str) -> tuple[str | None, tuple[int, int] | None]:
    """The plan's own period and years: from its title ('“十四五”', '（2021—2025年）') when it
    says; else the latest period its opening names, since a plan reviews the period before
    its own ('“十三五”时期…') and names its own, but not the next one."""
    named = PERIOD_RE.search(title)
    span = _YEARS_RE.search(title)
    years = (int(span.group(1)), int(span.group(2))) if span else None
    if named:
        return named.group(1), years or PERIOD_YEARS[named.group(1)]
    if years:
        return next((name for name, span_years in PERIOD_YEARS.items() if span_years == years), None), years
    mentioned = {match.group(1) for match in PERIOD_RE.finditer(opening)}
    if not mentioned:
        return None, None
    latest = max(mentioned, key=lambda name: PERIOD_YEARS[name])
    return latest, PERIOD_YEARS[latest]


def _region(meta: PlanMeta, texts: list[str], head_text: str, lines: list[str],
            issues: list[SourceIssue]) -> None:
    """Province, and city for a city's plan; say so when the province comes from the table."""
    meta.city = city_in(meta.title or "") or city_in(meta.issuer or "")
    if meta.city is None:
        meta.province = _province(meta.title or "", meta.issuer or "", head_text)
        return
    meta.province, source = province_of_city(meta.city, lines[:120], meta.issuer)
    if source == "table":
        issues.append(SourceIssue("province_from_table", f"原文未写明{meta.city}所属省份；"
                                  f"按行政区划表认定为{meta.province}"))


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
