"""Hand-built ParsedPlan objects and small databases for the database-layer tests.

The plans imitate the real documents (a 专栏 indicator table with cumulative,
ratio, missing and unplaced values; a programme box with agencies; a lost chapter
heading) without depending on the parser's progress.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.db import load_plan, open_database
from app.ingest.model import (
    Box, BoxItem, Cell, Chapter, Column, IndicatorRow, Paragraph, ParsedPlan, PlanMeta,
    ProseTarget, Section, SourceIssue, Subsection,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_NAME = "plan-export.schema.json"


def schema_path() -> Path:
    """The shared contract if this checkout sits next to shared/, else the tests' copy."""
    shared = REPO_ROOT / ".." / "shared" / "contracts" / SCHEMA_NAME
    return shared if shared.is_file() else REPO_ROOT / "tests" / "contracts" / SCHEMA_NAME


def load_schema() -> dict:
    return json.loads(schema_path().read_text(encoding="utf-8"))


def _indicator_box() -> Box:
    columns = [Column("2015年", 2015, "baseline"), Column("“十三五”规划目标", 2020, "target"),
               Column("2020年完成数", 2020, "actual")]
    jobs = IndicatorRow(1, "就业", 1, "城镇新增就业人数", "万人", cells=[
        Cell("2015年", "[380]", "number", 380.0, cumulative=True, year=2015, role="baseline",
             line=16),
        Cell("“十三五”规划目标", "[275]", "number", 275.0, cumulative=True, year=2020,
             role="target", line=16),
        Cell("2020年完成数", "[282.9]", "number", 282.9, cumulative=True, year=2020,
             role="actual", line=16)],
        attribute="预期性", line=16, end_line=16, key="urban_new_jobs")
    unemployment = IndicatorRow(1, "就业", 2, "城镇登记失业率", "%", cells=[
        Cell("2015年", "4.48", "number", 4.48, year=2015, role="baseline", line=18),
        Cell("“十三五”规划目标", "<4.5", "number", 4.5, comparator="<", year=2020,
             role="target", line=18),
        Cell("2020年完成数", "3.37", "number", 3.37, year=2020, role="actual", line=18)],
        attribute="约束性", line=18, end_line=18)
    ratio = IndicatorRow(1, "社会保障", 3, "基金收支比", None, cells=[
        Cell("2015年", "1:1.3", "ratio", None, ratio=[1.0, 1.3], year=2015, role="baseline",
             line=20),
        Cell("“十三五”规划目标", "—", "missing", year=2020, role="target", uncertain=True,
             line=21)],
        unplaced=["97"], unplaced_lines=[22], line=20, end_line=22)
    return Box(1, "“十三五”时期主要指标完成情况", "indicators", 12, 24, chapter_no=1,
               section_no=1, columns=columns, rows=[jobs, unemployment, ratio])


def _programme_box() -> Box:
    return Box(2, "就业创业重点工程", "programmes", 46, 52, chapter_no=2, section_no=1, items=[
        BoxItem("01", "就业创业促进工程", "实施高校毕业生就业创业促进计划，每年开展社保政策宣传。",
                ["省人力资源社会保障厅", "省财政厅"], 47, 48),
        BoxItem("02", None, "建设一批基层社会保障服务站点。", [], 49, 50)],
        notes=[Paragraph("注：以上项目由各市组织实施。", 52)])


def build_plan(province: str | None = "黑龙江省", period: str | None = "十四五",
              years: tuple[int, int] | None = (2021, 2025), title: str | None = None,
              source_file: str = "hlj.txt", sha256: str | None = None) -> ParsedPlan:
    """A small but complete plan; vary province/period/sha256 to load several."""
    if title is None and province and period:
        title = f"{province}人力资源和社会保障事业发展“{period}”规划"
    text = "\n".join(f"第{n}行" for n in range(1, 71))
    digest = sha256 or hashlib.sha256(f"{province}{period}{title}".encode()).hexdigest()
    chapters = [
        Chapter(1, "规划背景", True, 6, sections=[
            Section(1, "发展基础", 8, box_nos=[1], paragraphs=[Paragraph(
                "“十三五”时期，全省城镇新增就业282.9万人，城镇登记失业率控制在4.5%以内。", 10)]),
            Section(2, "面临形势", 30, paragraphs=[Paragraph(
                "人口老龄化加快，社保基金长期平衡压力加大。", 32)]),
        ]),
        Chapter(2, None, False, 40, paragraphs=[Paragraph("坚持就业优先，稳定和扩大就业。", 40)],
                sections=[Section(1, "促进高质量就业", 42, box_nos=[2],
                                  paragraphs=[Paragraph("完善就业公共服务体系。", 43)],
                                  subsections=[Subsection(1, "实施就业优先政策", 44, paragraphs=[
                                      Paragraph("强化就业优先政策，保持就业局势总体稳定。", 45)])])]),
    ]
    stray = Box(None, "重大改革事项", "programmes", 60, 62,
                items=[BoxItem("1", "养老保险全国统筹", None, [], 61, 61)])
    return ParsedPlan(
        meta=PlanMeta(province=province, period=period, years=years, title=title,
                      issuer="省人力资源和社会保障厅", doc_number="黑人社发〔2021〕1号",
                      issued_date="2021-12-01", url="https://example.gov.cn/plan.html"),
        source_file=source_file, sha256=digest, line_count=70, text=text,
        preamble=[Paragraph("本规划根据国家《人力资源和社会保障事业发展“十四五”规划》编制。", 4)],
        chapters=chapters, boxes=[_indicator_box(), _programme_box(), stray],
        targets=[ProseTarget("城镇新增就业", "275万人以上", 275.0, "万人", ">=", True, 10,
                             "城镇新增就业275万人以上。", indicator_line=16,
                             indicator_name="城镇新增就业人数")],
        issues=[SourceIssue("lost_heading", "第二章的标题在原文中缺失", 40),
                SourceIssue("short_row", "该行的数值少于列数", 21)])


@pytest.fixture(scope="session")
def export_schema() -> dict:
    """The plan-export/1 JSON schema."""
    return load_schema()


@pytest.fixture
def make_plan():
    """The plan factory: `make_plan("河南省", "十三五", (2016, 2020))`."""
    return build_plan


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plans.sqlite"


@pytest.fixture
def engine(db_path: Path):
    """An empty writable plan database."""
    engine = open_database(db_path)
    yield engine
    engine.dispose()


@pytest.fixture
def loaded(engine):
    """A database holding two plans (黑龙江省 十四五, 河南省 十三五); yields (engine, ids)."""
    first = load_plan(engine, build_plan()).plan_id
    second = load_plan(engine, build_plan("河南省", "十三五", (2016, 2020),
                                          source_file="henan.txt")).plan_id
    return engine, (first, second)
