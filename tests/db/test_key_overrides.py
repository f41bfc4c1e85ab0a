"""A user's correction of an indicator match is kept in their own database and survives rebuilds."""
from pathlib import Path

from app.compare import compare_plans
from app.db import build_database, open_database, open_readonly
from app.db.overrides import load_overrides, plan_sha256, save_override
from app.queries import list_plans

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"


def test_correction_changes_the_comparison_and_survives_a_rebuild(tmp_path):
    bundled = tmp_path / "plans.sqlite"
    build_database(bundled, SOURCES)
    engine = open_readonly(bundled)
    ids = {p.province: p.id for p in list_plans(engine)}
    user = open_database(tmp_path / "user.sqlite")
    hunan = plan_sha256(engine, ids["湖南省"])
    # Say Hunan's 高技能人才总量 is not the same indicator as Heilongjiang's 高技能人才总数.
    save_override(user, hunan, "高技能人才总量", None)
    before = compare_plans(engine, ids["黑龙江省"], ids["湖南省"])
    assert any(r.key == "high_skilled_total" and r.left and r.right for r in before.indicators)

    engine.dispose()
    build_database(bundled, SOURCES)  # the bundled database is rebuilt, ids and all
    engine = open_readonly(bundled)
    user.dispose()
    user = open_database(tmp_path / "user.sqlite")  # and the app restarts
    after = compare_plans(engine, ids["黑龙江省"], ids["湖南省"], load_overrides(user))
    matched = [r for r in after.indicators if r.key == "high_skilled_total"]
    assert matched and matched[0].right is None  # no longer paired with Hunan's row
    assert any(r.label == "高技能人才总量" and r.left is None for r in after.indicators)


def test_the_bundled_database_is_never_written(tmp_path):
    bundled = tmp_path / "plans.sqlite"
    build_database(bundled, SOURCES)
    before = bundled.read_bytes()
    engine = open_readonly(bundled)
    user = open_database(tmp_path / "user.sqlite")
    save_override(user, plan_sha256(engine, 1), "城镇新增就业人数", "urban_new_jobs")
    assert bundled.read_bytes() == before and load_overrides(user)
