"""A footnote mark printed after an indicator's name ('城镇新增就业人数（万人）①'): the table
shows it where the source prints it, while matching and exports see the name alone."""
import shutil
import sqlite3

import jsonschema

from app.db import load_plan
from app.db.export import export_json
from app.db.migrations import upgrade
from app.ingest import parse_text
from app.models import SCHEMA_VERSION
from app.queries import indicator_tables
from app.queries.boxes import rows_with_key

MARKED = """安徽省“十四五”人力资源和社会保障事业发展规划
第一章 发展基础
全省就业形势总体稳定。
专栏1 主要指标
序号\t指标\t2020年\t2025年\t属性
1\t城镇新增就业人数（万人）①\t〔345〕\t〔＞300〕\t预期性
2\t城镇调查失业率（%）\t5.3\t≤5.5\t预期性
注：①为五年累计数。
第二章 保障措施
加强组织领导。
"""


def test_the_table_prints_the_mark_after_the_name_and_matching_ignores_it(engine):
    plan_id = load_plan(engine, parse_text(MARKED, "anhui.txt")).plan_id
    (table,) = indicator_tables(engine, plan_id)
    assert [(row.name, row.unit, row.key) for row in table.rows] == [
        ("城镇新增就业人数①", "万人", "urban_new_jobs"), ("城镇调查失业率", "%", "urban_surveyed_unemployment")]
    (keyed,) = rows_with_key(engine, "urban_new_jobs")
    assert keyed.row.name == "城镇新增就业人数①"  # the chart's and comparison's label, as printed


def test_the_export_gives_the_name_alone_and_the_mark_beside_it(engine, export_schema):
    load_plan(engine, parse_text(MARKED, "anhui.txt"))
    data = export_json(engine)
    jsonschema.validate(data, export_schema)
    rows = [(i["name"], i["note_mark"]) for p in data["plans"] for i in p["indicators"]]
    assert rows == [("城镇新增就业人数", "①"), ("城镇调查失业率", None)]


def test_an_older_user_database_gains_the_mark_column_and_keeps_its_names(tmp_path):
    path = tmp_path / "user.sqlite"
    shutil.copy("tests/data/user-v1.sqlite", path)
    with sqlite3.connect(path) as conn:
        names = conn.execute("SELECT name FROM indicator ORDER BY id").fetchall()
    assert upgrade(path)[-1] == SCHEMA_VERSION == 4
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM indicator ORDER BY id").fetchall() == names
        assert {row[0] for row in conn.execute("SELECT DISTINCT note_mark FROM indicator")} <= {None}
