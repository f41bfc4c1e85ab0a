"""A user's correction of an indicator match is kept in their own database and survives rebuilds."""
from pathlib import Path

from app.compare import compare
from app.db import build_database, open_database, open_readonly
from app.db.overrides import load_overrides, plan_sha256, save_override
from app.queries import list_plans

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"


def rows_of(comparison):
    return [row for section in comparison.sections for row in section.rows]


def hunan_names(comparison, key):
    """The printed names of Hunan's (the second plan's) values that stand in `key`'s rows."""
    return {r.values[1].name for r in rows_of(comparison) if r.key == key and r.values[1] is not None}


def test_correction_changes_the_comparison_and_survives_a_rebuild(tmp_path):
    bundled = tmp_path / "plans.sqlite"
    build_database(bundled, SOURCES)
    engine = open_readonly(bundled)
    ids = {p.province: p.id for p in list_plans(engine)}
    user = open_database(tmp_path / "user.sqlite")
    hunan = plan_sha256(engine, ids["湖南省"])
    # Say Hunan's 高技能人才总量 is not the same indicator as Heilongjiang's 高技能人才总数.
    save_override(user, hunan, "高技能人才总量", None)
    before = compare(engine, [ids["黑龙江省"], ids["湖南省"]])
    assert hunan_names(before, "high_skilled_total") == {"高技能人才总量", "我省高技能人才总量"}

    engine.dispose()
    build_database(bundled, SOURCES)  # the bundled database is rebuilt, ids and all
    engine = open_readonly(bundled)
    user.dispose()
    user = open_database(tmp_path / "user.sqlite")  # and the app restarts
    after = compare(engine, [ids["黑龙江省"], ids["湖南省"]], load_overrides(user))
    # The corrected table row is no longer paired; the sentence of 主要目标, named otherwise, still is.
    assert hunan_names(after, "high_skilled_total") == {"我省高技能人才总量"}
    assert any(r.label == "高技能人才总量" and r.values[0] is None for r in rows_of(after))


def test_the_bundled_database_is_never_written(tmp_path):
    bundled = tmp_path / "plans.sqlite"
    build_database(bundled, SOURCES)
    before = bundled.read_bytes()
    engine = open_readonly(bundled)
    user = open_database(tmp_path / "user.sqlite")
    save_override(user, plan_sha256(engine, 1), "城镇新增就业人数", "urban_new_jobs")
    assert bundled.read_bytes() == before and load_overrides(user)
