"""Type-to-filter in SQL: the titles a reader sees in the tree that contain the typed text,
each with the branch that leads to it."""
import shutil
from pathlib import Path

import pytest

from app.db import load_plan, open_readonly
from app.db.library import USER_ID_BASE, Library
from app.db.userdb import open_user_database
from app.queries import tree_children
from app.queries.tree import ROOT_REF, NodeRef, tree_levels
from app.queries.tree_filter import filter_tree

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "data" / "plans.sqlite"
USER_V1 = ROOT / "tests" / "data" / "user-v1.sqlite"  # one imported plan (Hunan)


@pytest.fixture(scope="module")
def bundled():
    engine = open_readonly(BUNDLED)
    yield engine
    engine.dispose()


def whole_tree(source) -> list[tuple[tuple[NodeRef, ...], str]]:
    """Every node as a reader meets it expanding everything: (path, label), in display order."""
    nodes = []

    def walk(ref, path):
        for node in tree_children(source, ref):
            nodes.append((path + (node.ref,), node.label))
            if node.child_count:
                walk(node.ref, path + (node.ref,))
    walk(ROOT_REF, ())
    return nodes


@pytest.fixture(scope="module")
def tree(bundled):
    return whole_tree(bundled)


def labels_of(tree):
    return {path[-1]: label for path, label in tree}


def test_yanglao_finds_every_title_containing_it_with_its_branch(bundled, tree):
    result = filter_tree(bundled, "养老")
    assert not result.capped
    # exactly the titles a reader would find by expanding everything, in the same order
    assert list(result.paths) == [path for path, label in tree if "养老" in label]
    label = labels_of(tree)
    shown = {tuple(label[ref] for ref in path) for path in result.paths}
    # a section title, a box inside it and the box's programme items, in Liaoning
    liaoning = ("辽宁省", next(label[p[1]] for p in result.paths if label[p[0]] == "辽宁省"),
                "三、建立完善覆盖全民的社会保障体系", "（一）建立健全多层次养老保险体系")
    assert liaoning in shown
    assert liaoning + ("专栏9 完善养老保险制度",) in shown
    assert liaoning + ("专栏9 完善养老保险制度", "1 建立多层次养老保险体系") in shown
    # an indicator row, under its table, section, chapter, plan and province
    assert any(names[0] == "黑龙江省" and names[-2] == "专栏2 “十四五”时期主要指标"
               and names[-1] == "6. 基本养老保险参保率（%）" for names in shown)
    assert {path[-1].kind for path in result.paths} >= {"section", "box", "item", "indicator"}


def test_every_path_is_a_real_branch_from_a_province_down(bundled):
    result = filter_tree(bundled, "就业")
    assert result.paths
    for path in result.paths:
        assert path[0].kind == "province"
        parent = ROOT_REF
        for ref in path:
            assert ref in [child.ref for child in tree_children(bundled, parent)], path
            parent = ref


@pytest.mark.parametrize("typed", ["四、（", "（标题缺失）", "专栏1", "（一）", "1. ", "（%）", "前言", "十四五"])
def test_what_the_tree_prints_around_titles_is_matched_too(bundled, tree, typed):
    """Numbers, marks and placeholders the tree adds to titles are part of what one types."""
    expected = [path for path, label in tree if typed in label]
    assert expected
    assert list(filter_tree(bundled, typed, limit=10_000).paths) == expected


def test_a_lost_heading_is_found_by_what_the_tree_shows_for_it(bundled, tree):
    (path,) = filter_tree(bundled, "标题缺失").paths
    assert labels_of(tree)[path[-1]] == "四、（标题缺失）"


def test_one_character_is_capped_and_says_so(bundled, tree):
    everything = [path for path, label in tree if "就" in label]
    result = filter_tree(bundled, "就", limit=5)
    assert result.capped
    assert list(result.paths) == everything[:5]  # the first five, in the order of the tree
    assert not filter_tree(bundled, "就", limit=len(everything)).capped


def test_nothing_typed_or_nothing_found(bundled):
    assert filter_tree(bundled, "").paths == () and not filter_tree(bundled, "").capped
    nothing = filter_tree(bundled, "量子计算机")
    assert nothing.paths == () and not nothing.capped


def test_ascii_letters_match_whatever_their_case(engine, make_plan):
    plan = make_plan()
    plan.boxes[1].title = "App 就业服务工程"
    load_plan(engine, plan)
    for typed in ("app", "APP", "aPp 就业"):
        (path,) = filter_tree(engine, typed).paths
        assert path[-1].kind == "box"


def test_imported_plans_are_filtered_with_the_bundled_ones(bundled, tmp_path):
    shutil.copy(USER_V1, tmp_path / "user.sqlite")
    library = Library(bundled, open_user_database(tmp_path / "user.sqlite"))
    expected = [path for path, label in whole_tree(library) if "养老" in label]
    result = filter_tree(library, "养老", limit=10_000)
    assert list(result.paths) == expected
    plans = {path[1].id for path in result.paths}
    assert USER_ID_BASE + 1 in plans and any(plan < USER_ID_BASE for plan in plans)


def test_many_levels_at_once_are_the_levels_one_at_a_time(bundled, tree):
    refs = [ROOT_REF] + [path[-1] for path, _ in tree]
    levels = tree_levels(bundled, refs)
    assert all(levels[ref] == tree_children(bundled, ref) for ref in refs)
