"""Exports: JSON that meets the shared contract, CSV that Excel opens in Chinese."""
import csv
import json

from jsonschema import Draft202012Validator

from app.db import export_csv, export_json, load_plan
from app.ingest import parse_text


def _validate(schema, data):
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=str)
    assert not errors, errors[0].message


def test_json_export_meets_the_contract(loaded, export_schema):
    engine, _ids = loaded
    data = export_json(engine)
    _validate(export_schema, data)
    assert data["format"] == "plan-export/1"
    assert [p["province"] for p in data["plans"]] == ["黑龙江省", "河南省"]


def test_json_export_keeps_what_the_source_says(loaded):
    engine, (hlj, _henan) = loaded
    plan = next(p for p in export_json(engine)["plans"] if p["id"] == hlj)
    assert plan["years"] == [2021, 2025] and plan["source"]["file"] == "hlj.txt"
    lost = plan["chapters"][1]
    assert (lost["title"], lost["heading_present"]) == (None, False)
    jobs, _unemployment, ratio = plan["indicators"]
    assert (jobs["cells"][2]["raw"], jobs["cells"][2]["value"], jobs["cells"][2]["cumulative"]) == (
        "[282.9]", 282.9, True)
    assert ratio["cells"][0]["ratio"] == [1.0, 1.3] and ratio["unplaced"] == ["97"]
    items = plan["boxes"][1]["items"]
    assert items[0]["agencies"] == ["省人力资源社会保障厅", "省财政厅"]
    assert plan["targets"][0]["raw"] == "275万人以上"


def test_json_export_is_valid_even_without_metadata(engine, export_schema):
    load_plan(engine, parse_text("无法识别的文字", "unknown.txt"))
    data = export_json(engine)
    _validate(export_schema, data)
    assert data["plans"][0]["title"] == ""


def test_csv_has_a_bom_and_round_trips_chinese(loaded, tmp_path):
    engine, _ids = loaded
    path = tmp_path / "indicators.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        written = export_csv(engine, handle)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == written == 2 * (3 + 3 + 2 + 1)  # cells + unplaced, two plans
    jobs = [r for r in rows if r["indicator"] == "城镇新增就业人数" and r["province"] == "黑龙江省"]
    assert [(r["column"], r["raw"], r["value"], r["cumulative"]) for r in jobs] == [
        ("2015年", "[380]", "380", "1"), ("“十三五”规划目标", "[275]", "275", "1"),
        ("2020年完成数", "[282.9]", "282.9", "1")]
    (unplaced,) = [r for r in rows if r["placed"] == "0" and r["province"] == "黑龙江省"]
    assert (unplaced["raw"], unplaced["column"], unplaced["source_line"]) == ("97", "", "22")
    assert json.dumps(rows, ensure_ascii=False).count("城镇登记失业率") == 6
