"""Full-text search: queries of one, two and many characters, and any input at all."""
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.db import load_plan
from app.db.search_index import normalise
from app.ingest.model import Paragraph
from app.queries import count_matches, search

ODD_QUERIES = ['"', "'", "*", "AND", "OR", "NOT", "(", ")", "NEAR(就 业)", "就业 OR 社保",
               "^", ":", "-", "{a b}", "😀", "", "   ", "\x00", "\\", "%", "_", "、。；",
               '"就业"', "就业*", "a" * 5000]


@pytest.mark.parametrize("query, where, marked", [
    ("保", "黑龙江省人力资源和社会保障事业发展“十四五”规划", "社会【保】障"),
    ("就业", "坚持就业优先，稳定和扩大就业。", "坚持【就业】优先，稳定和扩大【就业】。"),
    ("社保", "人口老龄化加快，社保基金长期平衡压力加大。", "【社保】基金"),
    ("城镇登记失业率控制在4.5%以内", "“十三五”时期，全省城镇新增就业282.9万人，城镇登记失业率控制在4.5%以内。",
     "【城镇登记失业率控制在4.5%以内】"),
])
def test_queries_of_any_length_find_and_mark_the_text(loaded, query, where, marked):
    engine, (hlj, _henan) = loaded
    hits = [hit for hit in search(engine, query, province="黑龙江省")
            if hit.snippet.replace("…", "") in where]
    assert hits, f"{query!r} not found in {where!r}"
    assert marked in hits[0].marked()
    assert hits[0].plan_id == hlj


def test_index_holds_one_character_per_token(loaded, db_path):
    """unicode61 would make a whole run of Chinese one token (就业创业 finds only 就业创业);
    one-character tokens are what let 保 and 就业 match inside longer words."""
    engine, _ids = loaded
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, search_index, row)")
        lengths = {len(term) for (term,) in conn.execute("SELECT term FROM temp.vocab")}
    assert lengths == {1}


def test_hits_say_where_they_are(loaded):
    engine, _ids = loaded
    (item,) = [hit for hit in search(engine, "社保", province="黑龙江省") if hit.kind == "item"]
    assert item.breadcrumb == ("黑龙江省 十四五", "二、（标题缺失）", "（一）促进高质量就业",
                               "专栏2 就业创业重点工程")
    assert item.line == 47


def test_filters_by_province_and_period(loaded):
    engine, (hlj, henan) = loaded
    assert {hit.plan_id for hit in search(engine, "就业")} == {hlj, henan}
    assert {hit.plan_id for hit in search(engine, "就业", period="十三五")} == {henan}
    assert search(engine, "就业", province="湖南省") == []


def test_limit_caps_hits_but_count_tells_the_total(loaded):
    engine, _ids = loaded
    total = count_matches(engine, "就业")
    assert total > 3
    assert len(search(engine, "就业", limit=3)) == 3
    assert len(search(engine, "就业", limit=1000)) == total


def test_width_and_case_do_not_matter(engine, make_plan):
    plan = make_plan()
    plan.preamble.append(Paragraph("全省GDP年均增长6.5%。", 5))
    load_plan(engine, plan)
    for query in ("gdp", "ＧＤＰ", "Gdp年均", "６.５"):
        (hit,) = search(engine, query)
        assert hit.line == 5, query


def test_odd_input_never_raises(loaded):
    engine, _ids = loaded
    for query in ODD_QUERIES:
        assert isinstance(search(engine, query), list), query
        assert count_matches(engine, query) >= 0, query


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=30))
def test_any_text_is_a_safe_query(loaded, query):
    engine, _ids = loaded
    search(engine, query, limit=5)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_search_finds_exactly_the_texts_containing_the_query(loaded, data):
    engine, _ids = loaded
    with engine.connect() as conn:
        originals = [row[0] for row in conn.execute(text("SELECT original FROM search_index"))]
    source = data.draw(st.sampled_from(originals))
    start = data.draw(st.integers(0, len(source) - 1))
    query = source[start:start + data.draw(st.integers(1, 12))]
    needle = normalise(query)
    expected = sum(1 for original in originals if needle and needle in normalise(original))
    assert count_matches(engine, query) == expected


def test_decimal_points_and_percent_signs_count(engine, make_plan):
    plan = make_plan()
    plan.preamble.append(Paragraph("参保人数增长245万人。", 5))
    load_plan(engine, plan)
    assert [hit.line for hit in search(engine, "4.5")] == [10]  # …控制在4.5%以内, not 245
    assert [hit.line for hit in search(engine, "4.5％")] == [10]
    assert [hit.line for hit in search(engine, "245")] == [5]
