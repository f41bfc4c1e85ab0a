"""The same indicator gets the same key in every plan, however it is printed."""
import pytest

from app.indicators import match_name, normalise_name


@pytest.mark.parametrize("name,unit,key", [
    ("城镇新增就业人数", "万人", "urban_new_jobs"),
    ("城镇新增就业", "万人", "urban_new_jobs"),
    ("其中：农民工参加职业培训人次", "万人次", "migrant_worker_training"),
    ("其中:农民工参加职业培训人次", "万人次", "migrant_worker_training"),
    ("城镇调查失业率", "％", "urban_surveyed_unemployment"),
    ("劳动保障监察举报投诉结案率", "%", "inspection_complaint_closure"),
    ("全省企业劳动合同签订率", "%", "labour_contract_rate"),
    ("城乡居民养老保险参保人数", "万人", "rural_urban_resident_pension_insured"),
    ("城镇新增就业人数①", "万人", "urban_new_jobs"),  # a footnote mark is not part of the measure
    ("城镇调查失业率★", "%", "urban_surveyed_unemployment"),
])
def test_printed_variants_share_a_key(name, unit, key):
    assert match_name(name, unit).key == key


def test_a_different_unit_blocks_the_match():
    # 万人 where the dictionary says 万人次: not the same measure, no key rather than a wrong one
    assert match_name("新增取得职业资格证书或职业技能等级证书人数", "万人") is None


def test_unknown_indicators_get_no_key():
    assert match_name("某项完全不同的指标", "个") is None
    assert match_name("", None) is None


def test_normalisation_removes_only_presentation():
    assert normalise_name("其中：申领电子社保卡人口覆盖率（%）") == "申领电子社保卡人口覆盖率"


def test_every_bundled_table_row_has_a_key(plans):
    rows = [row for plan in plans.values() for row in plan.indicators]
    assert rows and all(row.key for row in rows)
    keys = {row.key for row in rows if row.name == "城镇新增就业人数"}
    assert keys == {"urban_new_jobs"}
