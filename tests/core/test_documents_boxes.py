"""Programme boxes: items, titles, agencies and unmarked box ends, per document."""
from plan_helpers import SOURCES


def box(plan, no):
    return next(b for b in plan.boxes if b.no == no)


def test_heilongjiang_inline_items_with_two_digit_numbers(plans):
    items = box(plans["heilongjiang"], 3).items
    assert [i.seq for i in items] == ["01", "02", "03", "04", "05"]
    assert items[0].name == "离校未就业高校毕业生就业创业服务体系"
    assert items[0].text.startswith("完善精细化、差异化就业服务机制")


def test_heilongjiang_box_between_heading_and_body_ends_at_the_body(plans):
    plan = plans["heilongjiang"]
    b = box(plan, 15)
    assert (b.line, b.end_line, len(b.items)) == (537, 538, 1)
    section = plan.chapters[7].sections[3]
    assert section.paragraphs[0].line == 540


def test_hunan_box_ends_where_body_numbering_resumes(plans):
    plan = plans["hunan"]
    b = box(plan, 3)
    assert [i.name for i in b.items] == ["高校毕业生“三支一扶”计划", "就业创业示范市县建设", "促进就业创业行动"]
    assert b.end_line == 270
    b7 = box(plan, 7)
    assert len(b7.items) == 5 and b7.end_line == 417  # '4.巩固农民工工作机制…' is body text again


def test_hunan_parenthesis_that_is_not_an_agency_stays_in_the_title(plans):
    item = box(plans["hunan"], 8).items[0]
    assert item.name == "人力资源社会保障信息化建设工程（金保工程二期）" and item.agencies == []


def test_hubei_item_without_title_or_number(plans):
    items = box(plans["hubei"], 9).items
    assert len(items) == 1 and items[0].seq is None and items[0].name is None
    assert items[0].text.startswith("建立全省劳动力市场工资价位信息体系")


def test_hubei_parenthesis_inside_a_title_is_not_an_agency(plans):
    item = box(plans["hubei"], 7).items[6]
    assert item.seq == "7" and item.agencies == []
    assert item.name == "湖北铁道运输职业学院(武汉铁路技师学院)新校园建设项目"


def test_liaoning_agencies_in_parentheses(plans):
    items = box(plans["liaoning"], 3).items
    assert items[2].name == "引导高校毕业生到基层干事创业"
    assert items[2].agencies == ["省人力资源社会保障厅", "省教育厅", "省卫生健康委", "省民政厅", "省工业和信息化厅"]
    funding = box(plans["liaoning"], 4).items[2]
    assert funding.agencies == ["省财政厅", "省农业农村厅", "省金融监管局", "人民银行沈阳分行"]


def test_liaoning_unmarked_box_end_returns_to_body_text(plans):
    plan = plans["liaoning"]
    b = box(plan, 2)
    assert len(b.items) == 4 and b.end_line == 137
    section = plan.chapters[1].sections[1]
    assert any(p.line == 139 and p.text.startswith("加强脱贫人口就业帮扶") for p in section.paragraphs)


def test_item_counts_per_document(plans):
    counts = {name: sum(len(b.items) for b in p.boxes) for name, p in plans.items()}
    assert counts == {"heilongjiang": 31, "henan": 0, "hunan": 28, "hubei": 41, "liaoning": 70}
    # the counts are those of the bundled documents: every one of them is read here
    assert {plan.source_file for plan in plans.values()} == {f.name for f in SOURCES.glob("*.txt")}
