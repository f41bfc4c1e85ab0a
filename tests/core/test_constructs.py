"""Each way a table or box arrives, in small made-up documents (no province named)."""
from app.ingest import parse_text

HEAD = "某某省“十四五”人力资源和社会保障事业发展规划\n\n一、总体要求\n\n（一）主要目标\n\n"


def table(body: str):
    plan = parse_text(HEAD + "专栏1　“十四五”时期主要指标\n" + body + "\n注：[]内为五年累计数。\n\n二、重点任务\n\n（一）就业\n\n正文。\n")
    return plan, plan.boxes[0]


def test_tab_separated_header_and_rows():
    plan, box = table("指标\t单位\t2020年\t2025年\t属性\n一、就业\n1.城镇新增就业人数\t万人\t[380]\t[300]\t预期性\n")
    r = box.rows[0]
    assert (r.category, r.name, r.unit, r.attribute) == ("就业", "城镇新增就业人数", "万人", "预期性")
    assert [c.column for c in r.cells] == ["2020年", "2025年"] and r.cells[1].cumulative


def test_one_cell_per_line_with_a_serial_number_column():
    body = "序号\n指标\n2020年\n2025年\n属性\n1\n城镇调查失业率（%）\n5.2\n<5.5\n预期性\n2\n失业保险参保人数（万人）\n300\n320\n约束性\n"
    _, box = table(body)
    assert [(r.seq, r.name, [c.raw for c in r.cells], r.attribute) for r in box.rows] == [
        (1, "城镇调查失业率", ["5.2", "<5.5"], "预期性"), (2, "失业保险参保人数", ["300", "320"], "约束性")]


def test_several_values_on_one_line_separated_by_spaces():
    _, box = table("指标 2020年 2025年\n1.专业技术人才总量（万人） 99 110\n")
    assert [c.value for c in box.rows[0].cells] == [99, 110]


def test_short_row_is_unplaced_and_reported():
    plan, box = table("指标\t2015年\t2020年\t2025年\n1.城镇新增就业人数（万人）\t400\t350\n")
    r = box.rows[0]
    assert r.cells == [] and r.unplaced == ["400", "350"]
    assert any(i.kind == "short_row" and i.line == r.line for i in plan.issues)


def test_category_column_before_the_row():
    _, box = table("类别\t指标\t2020年\t2025年\n就业\t1.城镇新增就业人数（万人）\t50\t[55]\n")
    assert box.rows[0].category == "就业" and box.rows[0].cells[1].cumulative


def test_table_without_a_box_under_a_caption():
    plan = parse_text(HEAD + "“十四五”时期主要指标\n指标\t2020年\t2025年\n1.城镇登记失业率（%）\t3\t<5\n\n正文继续，这是一段足够长的正文文字，用来结束表格，并且包含标点符号。\n")
    assert plan.boxes[0].no is None and plan.indicators[0].cells[1].comparator == "<"


def test_programme_items_with_colon_titles_and_agencies():
    text = HEAD + "专栏2　重大工程\n1.就业服务工程：建设零工市场。（省人力资源社会保障厅）\n2.技能提升工程（省财政厅、省教育厅）\n每年培训10万人次。\n\n正文段落。后面还有很多文字，结束了专栏。\n"
    plan = parse_text(text)
    items = plan.boxes[0].items
    assert (items[0].name, items[0].agencies) == ("就业服务工程", ["省人力资源社会保障厅"])
    assert (items[1].name, items[1].agencies, items[1].text) == ("技能提升工程", ["省财政厅", "省教育厅"], "每年培训10万人次。")
    body = [p.text for c in plan.chapters for p in c.paragraphs + [q for s in c.sections for q in s.paragraphs]]
    assert any(text.startswith("正文段落") for text in body)


def test_lost_chapter_heading_between_restarting_sections():
    text = "某省人社事业发展“十四五”规划\n第一章 总体要求\n第一节 发展基础\n正文。\n第二节 主要目标\n正文。\n第一节 强化就业\n正文。\n"
    plan = parse_text(text)
    assert [(c.no, c.title, c.heading_present) for c in plan.chapters] == [(1, "总体要求", True), (2, None, False)]
    assert any(i.kind == "lost_heading" for i in plan.issues)


def test_empty_and_unstructured_text_gives_issues_not_errors():
    plan = parse_text("只是一段没有任何结构的文字。")
    assert plan.chapters == [] and any(i.kind == "no_structure" for i in plan.issues)


def test_rows_with_single_spaces_and_no_numbers():
    _, box = table("指标 2020年 2025年 属性\n城镇新增就业人数（万人） 500 550 预期性\n失业保险参保人数（万人） 300 320 约束性\n")
    assert [(r.name, [c.raw for c in r.cells], r.attribute) for r in box.rows] == [
        ("城镇新增就业人数", ["500", "550"], "预期性"), ("失业保险参保人数", ["300", "320"], "约束性")]


def test_parenthesised_row_numbers():
    _, box = table("指标\t2020年\t2025年\n（1）城镇登记失业率（%）\t3.5\t<5\n（2）城镇调查失业率（%）\t5.2\t<5.5\n")
    assert [r.seq for r in box.rows] == [1, 2] and box.rows[1].cells[1].comparator == "<"


def test_box_numbered_with_chinese_numerals_and_parts_as_chapters():
    text = ("某省“十四五”就业促进规划\n第一部分 发展基础\n一、发展成就\n正文。\n二、面临形势\n正文。\n"
            "第二部分 主要任务\n一、稳定就业\n专栏一 重点工程\n1.就业服务工程。建设零工市场。\n\n正文段落。后面还有很多文字，结束了专栏。\n")
    plan = parse_text(text)
    assert [(c.no, c.title) for c in plan.chapters] == [(1, "发展基础"), (2, "主要任务")]
    assert [s.title for s in plan.chapters[0].sections] == ["发展成就", "面临形势"]
    assert plan.boxes[0].no == 1 and plan.boxes[0].items[0].name == "就业服务工程"


def test_title_with_years_and_no_period_marker():
    text = "某某省人力资源和社会保障事业发展规划（2021—2025年）\n\n第一章 总体要求\n正文。\n"
    meta = parse_text(text).meta
    assert meta.title == "某某省人力资源和社会保障事业发展规划（2021—2025年）"
    assert (meta.period, meta.years) == ("十四五", (2021, 2025))


def test_cumulative_said_in_words():
    from app.ingest.cells import parse_cell
    cell = parse_cell("累计550")
    assert (cell.kind, cell.value, cell.cumulative) == ("number", 550, True)
