"""Loading a ParsedPlan: everything stored, in one transaction, never twice."""
import pytest
from sqlalchemy.orm import Session

import app.db.loader as loader
from app.db import load_plan
from app.db.build import table_counts
from app.ingest import parse_text
from app.queries import count_matches, list_plans, plan_structure, plan_targets


def test_a_loaded_plan_shows_its_whole_outline(engine, make_plan):
    plan_id = load_plan(engine, make_plan()).plan_id

    outline = plan_structure(engine, plan_id)
    assert [c.label for c in outline.chapters] == ["一、规划背景", "二、（标题缺失）"]
    first, second = outline.chapters
    assert [s.title for s in first.sections] == ["发展基础", "面临形势"]
    assert [s.title for s in second.sections[0].subsections] == ["实施就业优先政策"]
    assert outline.preamble_paragraphs == 1
    # The box without a chapter is kept, not dropped.
    assert [b.title for b in outline.boxes if b.id in outline.unplaced_box_ids] == ["重大改革事项"]


def test_a_prose_target_is_linked_to_its_table_row(engine, make_plan):
    plan_id = load_plan(engine, make_plan()).plan_id
    (target,) = plan_targets(engine, plan_id)
    assert target.raw == "275万人以上" and target.indicator_id is not None


def test_the_same_file_twice_is_stored_once(engine, make_plan):
    first = load_plan(engine, make_plan())
    hits_before = count_matches(engine, "就业")
    again = load_plan(engine, make_plan())

    assert not first.already_present
    assert again.already_present and again.plan_id == first.plan_id
    assert len(list_plans(engine)) == 1
    assert count_matches(engine, "就业") == hits_before  # no duplicate search hits


def test_a_failure_mid_load_leaves_no_half_plan(engine, monkeypatch, make_plan):
    def broken(*_args):
        raise RuntimeError("disk full")

    # Fails after every plan row was flushed, just before the search entries.
    monkeypatch.setattr(loader, "add_entries", broken)
    with pytest.raises(RuntimeError):
        load_plan(engine, make_plan())

    assert list_plans(engine) == []
    assert all(count == 0 for name, count in table_counts(engine) if name != "meta")
    monkeypatch.undo()
    assert not load_plan(engine, make_plan()).already_present


def test_a_callers_transaction_decides(engine, make_plan):
    with Session(engine) as session:
        session.begin()
        load_plan(session, make_plan())
        session.rollback()
    assert list_plans(engine) == []


def test_a_plan_without_metadata_is_listed_by_file_name(engine):
    load_plan(engine, parse_text("一些无法识别的文字。\n第二行。", "notes.txt"))
    (plan,) = list_plans(engine)
    assert plan.province is None and plan.display_title == "notes.txt"
