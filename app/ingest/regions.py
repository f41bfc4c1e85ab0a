"""Which province and city a plan is of, from the document, or else from a table of cities.

A plan is a province's (浙江省), a 直辖市's (重庆市: a province-level city) or a city's: a
地级市 (遵义市), an 自治州 (黔东南苗族侗族自治州), a 地区, a 盟 or a county-level city
(县级市: 义乌市).  The city is read from the
title or the issuing body; its province from the document's own words where it gives
them (the issuer '贵州省遵义市人民政府', a provincial plan it cites:《贵州省“十四五”…规划》),
otherwise from data/regions.csv (民政部's division codes; see scripts/make_regions.py).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from app import paths

# Provincial-level divisions: a gazetteer, so a plan from any of them is recognised.
PROVINCES = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
    "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区",
    "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "新疆生产建设兵团",
    "香港特别行政区", "澳门特别行政区",
)
SHORT_PROVINCES = {name: re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", name)
                   for name in PROVINCES}
_CITY_RE = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}(?:省|自治区))?(?P<city>[\u4e00-\u9fff]{2,5}?(?:市|自治州|地区|盟))"
                      r"(?=[\u4e00-\u9fff“\"《（]|$)")
_CITED_PLAN_RE = re.compile(r"《(?P<province>[\u4e00-\u9fff]{2,8}?(?:省|自治区))[^》]{0,40}规划")


def regions_path() -> Path:
    return paths.data_dir() / "regions.csv"


@lru_cache(maxsize=2)
def _rows(path: Path | None = None) -> tuple[dict, ...]:
    with open(path or regions_path(), encoding="utf-8") as source:
        return tuple(csv.DictReader(line for line in source if not line.startswith("#")))


def city_table() -> dict[str, str]:
    """City (full name) -> province."""
    return {row["city"]: row["province"] for row in _rows()}


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """Name as written -> full name: 遵义市 -> 遵义市, 黔东南州 -> 黔东南苗族侗族自治州.

    A bare short form (遵义, 吉林) is no alias: 吉林 is also a province."""
    out = {row["city"]: row["city"] for row in _rows()}
    out.update({row["short"]: row["city"] for row in _rows() if row["short"]})
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


def province_in(text: str) -> str | None:
    """The first province named in a text (full or short form), as its full name."""
    hits = [(text.find(name), name) for name in PROVINCES if name in text]
    hits += [(text.find(short), name) for name, short in SHORT_PROVINCES.items() if short in text]
    return min(hits)[1] if hits else None


def city_in(text: str) -> str | None:
    """The city a title or an issuing body opens with ('遵义市人力资源…', '黔东南州人民政府')."""
    text = re.sub(r"^附件\s*\d*\s*[:：]?\s*", "", text.strip())
    province = next((name for name in PROVINCES if text.startswith(name)), None)
    rest = text[len(province):] if province else text
    for written, city in aliases().items():  # longest first
        if rest.startswith(written):
            return city
    match = _CITY_RE.match(rest)
    if match and match.group("city") not in PROVINCES and not (province and province in PROVINCES[:4]):
        return match.group("city")
    return None


def province_of_city(city: str, lines: list[str], issuer: str | None) -> tuple[str | None, str]:
    """A city's province and where it came from ('document' or 'table'; '' when unknown)."""
    for text in filter(None, [issuer, *lines[:3]]):
        before = text.split(city[:2], 1)[0] if city[:2] in text else ""
        found = province_in(before) if before else None
        if found:
            return found, "document"
    cited = [m.group("province") for line in lines for m in _CITED_PLAN_RE.finditer(line)]
    cited = [province_in(name) for name in cited if province_in(name)]
    if cited:
        return max(set(cited), key=cited.count), "document"
    table = city_table().get(city)
    return (table, "table") if table else (None, "")
