"""A plan's boxes read in one batch are exactly the boxes read one by one.

The comparison pane reads boxes in a batch and the reading pane one at a time; a reader
comparing two plans must see the same items, agencies, notes and columns in both.
"""
from pathlib import Path

import pytest

from app.db import open_readonly
from app.db.library import Library
from app.queries import box_detail, box_details, boxes_by_id, list_plans, plan_structure

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "plans.sqlite"


@pytest.fixture(scope="module")
def bundled():
    engine = open_readonly(BUNDLED)
    yield engine
    engine.dispose()


def test_batch_equals_box_by_box_for_every_bundled_plan(bundled):
    plans = list_plans(bundled)
    assert len(plans) == 5
    for plan in plans:
        outline = plan_structure(bundled, plan.id)
        batch = box_details(bundled, plan.id)
        # every box, in source order, whatever its kind
        assert [box.id for box in batch] == [box.id for box in outline.boxes]
        assert list(batch) == [box_detail(bundled, box.id) for box in outline.boxes]


def test_batch_keeps_printed_order_and_children(bundled):
    batches = [box_details(bundled, plan.id) for plan in list_plans(bundled)]
    boxes = [box for batch in batches for box in batch]
    assert any(box.items and any(item.agencies for item in box.items) for box in boxes)
    assert any(box.columns and box.indicator_count for box in boxes)
    for box in boxes:
        assert [item.line for item in box.items] == sorted(item.line for item in box.items)
        assert all(box.line <= line <= box.end_line for _, line in box.notes)


def test_batch_through_a_library_and_for_a_missing_plan(bundled):
    plan = list_plans(bundled)[0]
    assert box_details(Library(bundled), plan.id) == box_details(bundled, plan.id)
    assert box_details(bundled, 987654) == ()


def test_boxes_asked_for_by_id_come_in_the_order_asked_as_read_one_by_one(bundled):
    """A chapter's reading view lists its boxes by id; each must read as in the box's own view."""
    plan = next(plan for plan in list_plans(bundled) if len(box_details(bundled, plan.id)) >= 3)
    ids = [box.id for box in box_details(bundled, plan.id)]
    asked = [ids[2], ids[0], 999_999, ids[1]]  # out of order, one that does not exist
    assert list(boxes_by_id(bundled, asked)) == [box_detail(bundled, i) for i in (ids[2], ids[0], ids[1])]
    assert boxes_by_id(bundled, []) == ()
