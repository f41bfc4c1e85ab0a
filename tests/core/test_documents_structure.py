"""Chapters, sections and boxes of each bundled document, as read by hand."""


def chapter_titles(plan):
    return [(c.no, c.title) for c in plan.chapters]


def test_heilongjiang_chapters_and_sections(plans):
    plan = plans["heilongjiang"]
    assert [c.no for c in plan.chapters] == list(range(1, 10))
    assert plan.chapters[0].title == "规划背景"
    assert [s.title for s in plan.chapters[1].sections] == ["指导思想", "基本原则", "主要目标"]
    assert sum(len(c.sections) for c in plan.chapters) == 44
    assert all(c.heading_present for c in plan.chapters)


def test_henan_uses_zhang_and_jie(plans):
    plan = plans["henan"]
    assert chapter_titles(plan)[0] == (1, "指导思想和主要目标")
    assert chapter_titles(plan)[-1] == (9, "强化综合保障措施")
    assert [len(c.sections) for c in plan.chapters] == [3, 6, 5, 4, 3, 2, 3, 5, 7]
    assert plan.boxes == [] and plan.indicators == []


def test_hunan_sections_with_run_on_text_and_numbered_subheadings(plans):
    plan = plans["hunan"]
    assert chapter_titles(plan) == [(1, "发展基础"), (2, "指导思想和主要目标"), (3, "主要指标"), (4, "重点任务"),
                                    (5, "强化措施保障，全面完成目标任务")]
    last = plan.chapters[4].sections[0]
    assert last.title == "加强组织领导"  # '（一）加强组织领导。加强规划实施…' keeps only the lead as title
    assert last.paragraphs[0].text.startswith("加强规划实施的统筹协调")
    employment = plan.chapters[3].sections[0]
    assert [s.no for s in employment.subsections] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert employment.subsections[5].title == "加强就业失业统计与失业风险防范管理"


def test_hubei_chapter_headings_without_their_number_are_chapters(plans):
    plan = plans["hubei"]
    assert chapter_titles(plan) == [
        (1, "指导思想和主要目标"), (2, "推动实现更加充分更高质量就业"), (3, "健全多层次社会保障体系"),
        (4, "推进人才队伍高质量发展"), (5, "深化企事业工资收入分配制度改革"), (6, "构建和谐劳动关系"),
        (7, "公共服务能力和质量"), (8, "保障措施")]
    numbered = [i for i in plan.issues if i.kind == "heading_without_number"]
    assert [i.line for i in numbered] == [446, 498, 536, 629, 673, 699]


def test_liaoning_lost_chapter_is_recorded_not_invented(plans):
    plan = plans["liaoning"]
    lost = plan.chapters[3]
    assert (lost.no, lost.title, lost.heading_present) == (4, None, False)
    assert [(s.no, s.title) for s in lost.sections] == [(3, "推进基本公共服务均等化标准化建设"),
                                                        (4, "推进基本公共服务信息化建设")]
    assert plan.chapters[4].title == "实施更加有力保障措施"
    kinds = {i.kind for i in plan.issues}
    assert {"lost_heading", "lost_sections", "lost_box"} <= kinds


def test_liaoning_box_after_the_gap_belongs_to_the_lost_chapter(plans):
    boxes = {b.no: b for b in plans["liaoning"].boxes}
    assert 17 not in boxes
    assert boxes[16].chapter_no == 3 and boxes[18].chapter_no == 4 and boxes[19].chapter_no == 4


def test_box_counts_and_kinds(plans):
    counts = {name: (sum(b.kind == "indicators" for b in p.boxes), sum(b.kind == "programmes" for b in p.boxes))
              for name, p in plans.items()}
    assert counts == {"heilongjiang": (2, 13), "henan": (0, 0), "hunan": (2, 6), "hubei": (2, 10),
                      "liaoning": (1, 17)}


def test_every_piece_has_a_line_inside_the_document(plans):
    for plan in plans.values():
        lines = [c.line for c in plan.chapters] + [b.line for b in plan.boxes]
        lines += [p.line for c in plan.chapters for s in c.sections for p in s.paragraphs]
        lines += [r.line for r in plan.indicators] + [t.line for t in plan.targets]
        assert all(1 <= line <= plan.line_count for line in lines)


def test_web_page_footer_is_not_body_text(plans):
    last_section = plans["hubei"].chapters[-1].sections[-1]
    assert all("版权所有" not in p.text and "网站地图" not in p.text for p in last_section.paragraphs)
