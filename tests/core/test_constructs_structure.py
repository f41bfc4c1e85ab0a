"""Plan structure, one convention each: headings, paragraphs, page furniture, 专栏 and their items
and responsible bodies, regions, dates and the reading report, in small made-up plans.

Expected values are written from the input as a careful reader reads it.
"""
import pytest

from app.ingest import parse_text

TITLE = "某省人力资源和社会保障事业发展“十四五”规划"
P1 = ("“十三五”时期，全省人力资源和社会保障事业取得显著成就，城镇新增就业累计达到三百八十五万人，城镇登记失业率"
      "控制在百分之四点五以内，基本养老保险参保人数稳步增加，人才队伍建设成效明显，劳动关系总体和谐稳定。")
P2 = ("“十四五”时期是全面建设社会主义现代化国家新征程的第一个五年，我省就业总量压力和结构性矛盾并存，人口老龄化"
      "程度加深，社会保险基金长期平衡压力加大，新就业形态劳动者权益保障亟待加强。")
P3 = ("坚持以人民为中心的发展思想，把实现好、维护好、发展好最广大人民根本利益作为出发点和落脚点，不断增强人民群众"
      "的获得感、幸福感、安全感。")
RUNNING = "某省“十四五”人社规划"


def parse(*lines: str):
    return parse_text("\n".join(lines) + "\n")


def outline(plan) -> list[tuple]:
    return [(c.no, c.title, c.part_no, [(s.no, s.title) for s in c.sections]) for c in plan.chapters]


def paragraphs(plan) -> list[tuple[str, int]]:
    out = [(p.text, p.line) for p in plan.preamble]
    for chapter in plan.chapters:
        out += [(p.text, p.line) for p in chapter.paragraphs]
        for section in chapter.sections:
            out += [(p.text, p.line) for p in section.paragraphs]
            out += [(p.text, p.line) for sub in section.subsections for p in sub.paragraphs]
    return out


def kinds(plan) -> list[str]:
    return [i.kind for i in plan.issues if i.kind != "metadata_missing"]


def wrap(text: str, n: int = 30, indent: str = "") -> list[str]:
    """A paragraph hard-wrapped at n characters, as a PDF copy prints it."""
    out, line = [], indent
    for ch in text:
        if len(line) >= n:
            out.append(line)
            line = ""
        line += ch
    return out + [line]


def page_break(n: int, form: str = "— {n} —") -> list[str]:
    return [form.format(n=n), RUNNING]


# -- headings -----------------------------------------------------------------------------
def test_parts_chapters_and_sections_each_chapter_knowing_its_part():
    plan = parse(TITLE, "第一篇 发展基础与总体要求", "第一章 发展环境", "第一节 发展基础", "全省就业局势保持稳定。",
                 "第二节 面临形势", "机遇和挑战并存。", "第二章 总体要求", "第一节 指导思想", "坚持以人民为中心。",
                 "第二篇 主要任务", "第三章 促进高质量就业", "第一节 强化就业优先政策", "健全就业促进机制。")
    assert [(p.no, p.title, p.line) for p in plan.parts] == [(1, "发展基础与总体要求", 2), (2, "主要任务", 11)]
    assert outline(plan) == [(1, "发展环境", 1, [(1, "发展基础"), (2, "面临形势")]),
                             (2, "总体要求", 1, [(1, "指导思想")]), (3, "促进高质量就业", 2, [(1, "强化就业优先政策")])]
    assert kinds(plan) == []


@pytest.mark.parametrize("chapter, section", [("第{}部分 ", "{}、"), ("{}、", "（{}）")], ids=["bu_fen", "dun"])
def test_chapters_and_sections_numbered_without_zhang_and_jie(chapter, section):
    plan = parse(TITLE, chapter.format("一") + "发展基础", section.format("一") + "发展成就", "全省就业局势保持稳定。",
                 section.format("二") + "面临形势", "机遇和挑战并存。", chapter.format("二") + "主要任务",
                 section.format("一") + "促进高质量就业", "健全就业促进机制。")
    assert plan.parts == []
    assert outline(plan) == [(1, "发展基础", None, [(1, "发展成就"), (2, "面临形势")]),
                             (2, "主要任务", None, [(1, "促进高质量就业")])]
    assert paragraphs(plan)[1:] == [("全省就业局势保持稳定。", 4), ("机遇和挑战并存。", 6), ("健全就业促进机制。", 9)]


@pytest.mark.parametrize("between", [[], [""], ["", *page_break(3), ""]], ids=["next_line", "blank", "page_break"])
def test_a_chapter_number_alone_takes_its_title_from_the_next_line_with_text(between):
    plan = parse(TITLE, "第一章 发展环境", "第一节 发展基础", P1, *page_break(1), P2, *page_break(2),
                 "第二章", *between, "总体要求", "第一节 指导思想", P3)
    assert outline(plan) == [(1, "发展环境", None, [(1, "发展基础")]), (2, "总体要求", None, [(1, "指导思想")])]
    assert plan.chapters[1].line == 10 and plan.chapters[1].heading_present
    assert paragraphs(plan)[-1] == (P3, 13 + len(between))


def test_a_table_of_contents_with_dot_leaders_is_not_read_as_chapters():
    plan = parse(TITLE, "目  录", "第一章 发展环境……………………………………1", "第一节 发展基础……………………………………1",
                 "第二章 总体要求……………………………………3", "第一章 发展环境", "第一节 发展基础", "全省就业局势保持稳定。",
                 "第二章 总体要求", "第一节 指导思想", "坚持以人民为中心的发展思想。")
    assert outline(plan) == [(1, "发展环境", None, [(1, "发展基础")]), (2, "总体要求", None, [(1, "指导思想")])]
    assert [c.line for c in plan.chapters] == [6, 9]
    assert (plan.reading.set_aside, plan.reading.unplaced_lines) == (4, [])
    assert kinds(plan) == []


def test_a_heading_and_its_first_sentence_on_one_line():
    plan = parse(TITLE, "一、主要任务", "（一）强化就业优先政策。坚持经济发展就业导向，将稳定和扩大就业作为宏观调控的优先目标。",
                 "（二）完善社会保障体系。深入实施全民参保计划。", "二、保障措施", "（一）加强组织领导。各地要加强组织领导。")
    assert outline(plan) == [(1, "主要任务", None, [(1, "强化就业优先政策"), (2, "完善社会保障体系")]),
                             (2, "保障措施", None, [(1, "加强组织领导")])]
    assert paragraphs(plan)[1:] == [("坚持经济发展就业导向，将稳定和扩大就业作为宏观调控的优先目标。", 3),
                                    ("深入实施全民参保计划。", 4), ("各地要加强组织领导。", 6)]


# -- paragraphs and page furniture ----------------------------------------------------------
@pytest.mark.parametrize("indent", ["", "　　"], ids=["no_indent", "first_line_indent"])
def test_hard_wrapped_lines_are_joined_into_paragraphs_keeping_the_first_lines_number(indent):
    first, second, third = wrap(P1, 30, indent), wrap(P2, 30, indent), wrap(P3, 30, indent)
    plan = parse(TITLE, "第一章 发展环境", "第一节 发展基础", *first, *second, "第二节 指导思想", *third,
                 "第二章 主要任务", "第一节 促进就业", "健全就业促进机制。")
    second_at = 4 + len(first)
    third_at = second_at + len(second) + 1  # under 第二节
    assert paragraphs(plan)[1:] == [(P1, 4), (P2, second_at), (P3, third_at), ("健全就业促进机制。", third_at + len(third) + 2)]
    assert outline(plan)[0][3] == [(1, "发展基础"), (2, "指导思想")]


def furnished(form: str, blank: list[str] = ()) -> list[str]:
    """A wrapped plan whose page breaks cut a sentence, a table and an agency name."""
    w1 = wrap(P1)
    return [TITLE, "第一章 发展环境", "第一节 发展基础", *w1[:2], *blank, *page_break(1, form), *blank, *w1[2:],
            *wrap(P2), "第二节 指导思想", *wrap(P3), "专栏1 “十四五”时期主要指标", "指标\t单位\t2020年\t2025年\t属性",
            "城镇新增就业人数\t万人\t〔300〕\t〔＞280〕\t预期性", *page_break(2, form), "城镇调查失业率\t%\t5.2\t<5.5\t预期性",
            "注：〔〕内为五年累计数。", "第二章 主要任务", "第一节 促进就业", "健全就业促进机制。", "专栏2 就业促进工程",
            "1.零工市场建设行动。每年帮扶离校未就业高校毕业生一万人以上。（省人力资源社会保障厅、省乡村", *blank,
            *page_break(3, form), *blank, "振兴局）", "2.农民工职业技能提升计划。每年培训农民工十万人次。（省人力资源社会保障厅）",
            "第三章 保障措施", "第一节 加强组织领导", "各地要加强组织领导。"]


@pytest.mark.parametrize("form", ["— {n} —", "- {n} -", "第{n}页"])
def test_page_numbers_and_a_running_header_are_removed_where_they_cut_a_sentence_a_table_and_a_body_name(form):
    plan = parse(*furnished(form))
    texts = [t for t, _ in paragraphs(plan)]
    assert P1 in texts and P2 in texts and P3 in texts
    assert not [t for t in texts if RUNNING in t or form.format(n=1) in t or form.format(n=3) in t]
    assert [(r.name, [c.raw for c in r.cells]) for r in plan.boxes[0].rows] == [
        ("城镇新增就业人数", ["〔300〕", "〔＞280〕"]), ("城镇调查失业率", ["5.2", "<5.5"])]
    item = plan.boxes[1].items[0]
    assert (item.text, item.agencies) == ("每年帮扶离校未就业高校毕业生一万人以上。", ["省人力资源社会保障厅", "省乡村振兴局"])
    assert (plan.reading.set_aside, plan.reading.unplaced_lines) == (6, [])
    assert kinds(plan) == []


def test_a_page_break_with_blank_lines_around_its_furniture_still_cuts_nothing():
    plan = parse(*furnished("— {n} —", blank=["", ""]))
    assert P1 in [t for t, _ in paragraphs(plan)]
    assert plan.boxes[1].items[0].agencies == ["省人力资源社会保障厅", "省乡村振兴局"]


def test_a_section_heading_cut_by_a_page_break_is_one_heading():
    plan = parse(TITLE, "第一章 发展环境", "第一节 发展基础", *wrap(P1), *wrap(P2), "第二节 完善覆盖全民、统筹城乡的多层次社会",
                 *page_break(1), "保障体系", *wrap(P3), "第二章 主要任务", "第一节 促进就业", "健全就业促进机制。")
    assert outline(plan)[0][3] == [(1, "发展基础"), (2, "完善覆盖全民、统筹城乡的多层次社会保障体系")]
    assert P3 in [t for t, _ in paragraphs(plan)]


# -- 专栏 and their items --------------------------------------------------------------------
def boxed(*lines: str):
    return parse(TITLE, "第一章 主要任务", "第一节 促进就业", "健全就业促进机制，扩大就业容量，提升就业质量。", *lines,
                 "第二节 完善社会保障", "深入实施全民参保计划，扩大社会保险覆盖面。")


ITEMS = ["1.零工市场建设行动。建设一批零工市场。（省人力资源社会保障厅）",
         "2.农民工职业技能提升计划：每年培训农民工十万人次。（省人力资源社会保障厅）"]


@pytest.mark.parametrize("heading", [["专栏1 就业促进工程"], ["专栏 1 就业促进工程"], ["专栏一 就业促进工程"],
                                     ["专栏1：就业促进工程"], ["【专栏1】就业促进工程"], ["专栏1", "就业促进工程"]],
                         ids=["plain", "space", "chinese_numeral", "colon", "brackets", "title_on_next_line"])
def test_a_box_heading_in_any_of_its_printed_forms(heading):
    plan = boxed(*heading, *ITEMS)
    assert [(b.no, b.title, b.kind, b.line, b.chapter_no, b.section_no) for b in plan.boxes] == [
        (1, "就业促进工程", "programmes", 5, 1, 1)]
    assert [(i.seq, i.name) for i in plan.boxes[0].items] == [("1", "零工市场建设行动"), ("2", "农民工职业技能提升计划")]
    assert plan.chapters[0].sections[1].paragraphs[0].text == "深入实施全民参保计划，扩大社会保险覆盖面。"



@pytest.mark.parametrize("heading, label", [("专栏3-1　就业促进工程", "3-1 就业促进工程"),
                                            ("专栏 3.1 就业促进工程", "3.1 就业促进工程"),
                                            ("【专栏3—1】就业促进工程", "3—1 就业促进工程")],
                         ids=["hyphen", "dot", "dash_in_brackets"])
def test_a_sub_numbered_box_keeps_its_printed_number_and_is_not_numbered_3(heading, label):
    """'专栏3-1' is not 专栏3 (and its title does not start '-1'): the number is kept as printed,
    with no integer the reader could take for a different box's."""
    plan = boxed(heading, *ITEMS, "专栏3-2 技能提升工程", *ITEMS)
    assert [(b.no, b.kind, len(b.items)) for b in plan.boxes] == [(None, "programmes", 2), (None, "programmes", 2)]
    assert plan.boxes[0].title == label
    assert plan.boxes[1].title == "3-2 技能提升工程"


@pytest.mark.parametrize("first, second, seqs", [
    ("01 ", "02 ", ["01", "02"]), ("1.", "2.", ["1", "2"]), ("1．", "2．", ["1", "2"]), ("1、", "2、", ["1", "2"]),
    ("（1）", "（2）", ["1", "2"]), ("①", "②", ["1", "2"]), ("●", "●", [None, None]), ("■", "■", [None, None]),
    ("——", "——", [None, None])])
def test_an_item_number_is_kept_as_printed_and_its_title_is_the_text_before_a_colon_or_full_stop(first, second, seqs):
    plan = boxed("专栏1 就业促进工程", first + "高校毕业生就业创业推进行动。每年帮扶离校未就业高校毕业生一万人以上。",
                 second + "零工市场建设：在城乡社区建设一批零工市场，提供就近就业服务。")
    assert [(i.seq, i.name, i.text) for i in plan.boxes[0].items] == [
        (seqs[0], "高校毕业生就业创业推进行动", "每年帮扶离校未就业高校毕业生一万人以上。"),
        (seqs[1], "零工市场建设", "在城乡社区建设一批零工市场，提供就近就业服务。")]
    assert kinds(plan) == []


@pytest.mark.parametrize("sentence", [
    "每年开展“春风行动”“就业援助月”等专项活动，为就业困难人员提供精准帮扶。",
    "对就业困难人员实行实名制动态管理，确保零就业家庭动态清零。",
    "每年帮扶离校未就业高校毕业生一万人以上，提供实名制就业服务。",
    "每年组织开展专项招聘活动不少于50场。"],
    ids=["long_with_comma", "comma_no_title_word", "comma_ending_in_fuwu", "short_without_comma"])
def test_an_item_opening_with_a_sentence_has_no_title(sentence):
    plan = boxed("专栏1 就业促进工程", "1.零工市场建设行动。建设一批零工市场。", "2." + sentence)
    assert [(i.seq, i.name, i.text) for i in plan.boxes[0].items][1] == ("2", None, sentence)


LEAD, COOP = "lead", "cooperating"
HR, CIVIL, FIN = "省人力资源社会保障厅", "省民政厅", "省财政厅"


@pytest.mark.parametrize("lines, agencies, roles", [
    (["1.零工市场建设行动。建设一批零工市场。（省人力资源社会保障厅、省民政厅）"], [HR, CIVIL], [None, None]),
    (["1.零工市场建设行动。建设一批零工市场。（责任单位：省人力资源社会保障厅、省民政厅）"], [HR, CIVIL], [None, None]),
    (["1.零工市场建设行动。建设一批零工市场。", "责任单位：省人力资源社会保障厅、省民政厅"], [HR, CIVIL], [None, None]),
    (["1.零工市场建设行动。建设一批零工市场。", "牵头单位：省人力资源社会保障厅", "配合单位：省民政厅、省财政厅"],
     [HR, CIVIL, FIN], [LEAD, COOP, COOP]),
    (["1.零工市场建设行动。建设一批零工市场。（省人力资源社会保障厅牵头，省民政厅、省财政厅配合）"],
     [HR, CIVIL, FIN], [LEAD, COOP, COOP]),
    (["1.零工市场建设行动。建设一批零工市场。（牵头单位：省人力资源社会保障厅；配合单位：省民政厅、省财政厅）"],
     [HR, CIVIL, FIN], [LEAD, COOP, COOP]),
    (["1.零工市场建设行动。建设一批零工市场。（省人力资源社会保障厅、省民政厅牵头）"], [HR, CIVIL], [LEAD, LEAD]),
    (["1.零工市场建设行动。建设一批零工市场。省人力资源社会保障厅牵头，省民政厅、省财政厅配合。"],
     [HR, CIVIL, FIN], [LEAD, COOP, COOP]),
    (["1.零工市场建设行动。建设一批零工市场。（省人力资源社会保障厅、各县（市）人民政府）"],
     [HR, "各县（市）人民政府"], [None, None]),
    (["1.零工市场建设行动（省人力资源社会保障厅、省民政厅）", "建设一批零工市场。"], [HR, CIVIL], [None, None]),
    (["1.零工市场建设行动。建设一批零工市场。（市人力社保局牵头，市税务局、各镇街配合）"],
     ["市人力社保局", "市税务局", "各镇街"], [LEAD, COOP, COOP]),
    (["1.零工市场建设行动。建设一批零工市场。（省人力资源社会保障厅牵头，各设区市、有关部门配合）"],
     [HR, "各设区市", "有关部门"], [LEAD, COOP, COOP]),
    (["1.零工市场建设行动。建设一批零工市场。（省人力资源社会保障厅、省民政厅按职责分工负责）"], [HR, CIVIL], [None, None])],
    ids=["plain_list", "zeren_danwei", "zeren_line", "qiantou_peihe_lines", "a_lead_b_c_cooperate",
         "labelled_in_brackets", "two_leads", "clause_without_brackets", "name_with_brackets", "after_the_title",
         "every_township", "every_city_and_the_departments_concerned", "each_by_its_duties"])
def test_responsible_bodies_in_each_printed_form(lines, agencies, roles):
    item = boxed("专栏1 就业促进工程", *lines).boxes[0].items[0]
    assert (item.seq, item.name, item.text) == ("1", "零工市场建设行动", "建设一批零工市场。")
    assert (item.agencies, item.roles) == (agencies, roles)


def test_a_parenthesis_naming_no_body_stays_part_of_the_title():
    items = boxed("专栏1 信息化建设工程", "1.社会保障卡居民服务“一卡通”工程（金保工程二期）",
                  "2.人社信息平台建设（金保工程二期）。建设全省统一的人社信息平台。（省人力资源社会保障厅）").boxes[0].items
    assert [(i.name, i.text, i.agencies) for i in items] == [
        ("社会保障卡居民服务“一卡通”工程（金保工程二期）", None, []),
        ("人社信息平台建设（金保工程二期）", "建设全省统一的人社信息平台。", [HR])]


# -- metadata ------------------------------------------------------------------------------
BODY = ["第一章 总体要求", "第一节 指导思想", "坚持以人民为中心的发展思想。", "第二章 主要任务", "第一节 促进就业",
        "健全就业促进机制。"]
ZUNYI = "遵义市“十四五”人力资源和社会保障事业发展规划"
ZJ = "浙江省人力资源和社会保障事业发展“十四五”规划"


def notice(issuer: str, title: str, date: str = "2021年9月1日", *extra: str) -> list[str]:
    return [f"{issuer}关于印发{title}的通知", *extra, "各县（市、区）人民政府：", "现将规划印发给你们，请认真贯彻执行。",
            issuer, date, title]


@pytest.mark.parametrize("front, province, city, issues", [
    ([ZJ], "浙江省", None, []),
    (["重庆市人力资源和社会保障事业发展“十四五”规划"], "重庆市", None, []),
    (notice("贵州省遵义市人民政府", ZUNYI), "贵州省", "遵义市", []),
    (["绵阳市“十四五”人力资源和社会保障事业发展规划",
      "根据《四川省“十四五”人力资源和社会保障事业发展规划》，结合我市实际，制定本规划。"], "四川省", "绵阳市", []),
    (["绵阳市“十四五”人力资源和社会保障事业发展规划", "为推动全市人社事业高质量发展，制定本规划。"], "四川省", "绵阳市",
     ["province_from_table"]),
    (notice("黔东南州人民政府办公室", "黔东南州“十四五”人力资源和社会保障事业发展规划"), "贵州省", "黔东南苗族侗族自治州",
     ["province_from_table"]),
    (notice("浙江省义乌市人民政府", "义乌市人力资源和社会保障事业发展“十四五”规划"), "浙江省", "义乌市", []),
    (["昆山市“十四五”人力资源和社会保障事业发展规划", "为推动全市人社事业高质量发展，制定本规划。"], "江苏省", "昆山市",
     ["province_from_table"])],
    ids=["province", "municipality", "issuer_names_province", "cites_provincial_plan", "names_neither", "short_zhou",
         "county_level_city_issuer", "county_level_city_names_neither"])
def test_the_plans_province_and_city(front, province, city, issues):
    plan = parse(*front, *BODY)
    assert (plan.meta.province, plan.meta.city) == (province, city)
    assert kinds(plan) == issues


@pytest.mark.parametrize("front", [["附件：", ZJ], ["附件1", ZJ], ["附件：" + ZJ], ["附件1：" + ZJ], ["附件1 " + ZJ]],
                         ids=["colon_alone", "number_alone", "colon", "number_colon", "number_space"])
def test_an_attachment_prefix_is_not_part_of_the_title(front):
    plan = parse(*front, *BODY)
    assert (plan.meta.title, plan.meta.province) == (ZJ, "浙江省")



REVIEW = ["第一章 发展基础", "“十三五”时期，全省就业形势总体稳定，“十三五”规划目标全面完成。"]


@pytest.mark.parametrize("front, period, years", [
    (["山西省人力资源和社会保障事业发展规划（2021—2025年）"], "十四五", (2021, 2025)),
    (["山西省人力资源和社会保障事业发展规划（2016-2020年）"], "十三五", (2016, 2020)),
    (["山西省人力资源和社会保障事业发展规划", "为实现“十四五”时期人社事业高质量发展，制定本规划。"], "十四五", (2021, 2025)),
    (["山西省人力资源和社会保障事业发展规划", "“十三五”时期成绩显著。“十四五”时期是开启新征程的第一个五年。"], "十四五",
     (2021, 2025)),
    (["山西省人力资源和社会保障事业发展“十四五”规划"], "十四五", (2021, 2025))],
    ids=["years_in_title", "years_in_title_13th", "named_in_the_opening", "latest_named_in_the_opening",
         "named_in_title"])
def test_the_plans_period_comes_from_its_title_not_from_the_review_of_the_last_one(front, period, years):
    """A 14th-period plan reviews the 13th in its first chapter: that must not make it a 13th-period plan
    (the comparison would then set its targets against other plans' completion figures)."""
    plan = parse(*front, *REVIEW, *BODY[3:])
    assert (plan.meta.period, plan.meta.years) == (period, years)


def test_the_signed_date_under_the_signature_and_the_pages_published_date_are_kept_apart():
    plan = parse(*notice("浙江省人民政府办公厅", ZJ, "2021年8月20日", "发布时间：2021-09-03 10:21"), *BODY)
    meta = plan.meta
    assert (meta.issuer, meta.signed_date, meta.signed_date_damaged, meta.published_date) == (
        "浙江省人民政府办公厅", "2021-08-20", False, "2021-09-03")


def test_a_signed_date_at_the_end_of_the_plan():
    plan = parse(ZJ, *BODY, "浙江省人民政府办公厅", "2021年8月25日")
    meta = plan.meta
    assert (meta.signed_date, meta.signed_date_damaged, meta.published_date) == ("2021-08-25", False, None)


def test_a_damaged_signed_date_is_read_where_it_can_mean_one_day_and_reported():
    plan = parse(*notice("浙江省人民政府办公厅", ZJ, "2021825"), *BODY)
    assert (plan.meta.signed_date, plan.meta.signed_date_damaged) == ("2021-08-25", True)
    assert [(i.kind, i.message) for i in plan.issues] == [("damaged_date", "成文日期“2021825”在原文中残缺，读作2021-08-25")]


# -- the reading report --------------------------------------------------------------------
def test_a_clean_plan_is_recognised_whole():
    plan = boxed("专栏1 就业促进工程", *ITEMS)
    report = plan.reading
    assert (report.recognised_share, report.unplaced_lines, report.set_aside) == (1.0, [], 0)
    assert (report.lines, report.headings, report.paragraphs, report.boxes, report.items) == (9, 3, 3, 1, 2)


def test_the_lines_of_an_unreadable_table_are_listed_as_unplaced_with_their_text():
    plan = boxed("专栏1 “十四五”时期主要指标", "鎸囨爣\t鍗曚綅\t2020骞\t2025骞", "鎶鑳戒汉鎵嶆婚噺\t涓囦汉\t168.3\t200")
    report = plan.reading
    assert {6, 7} <= set(report.unplaced_lines) <= {5, 6, 7}
    assert dict(zip(report.unplaced_lines, report.unplaced_texts))[7] == "鎶鑳戒汉鎵嶆婚噺\t涓囦汉\t168.3\t200"
    assert report.recognised_share == 1 - len(report.unplaced_lines) / report.lines < 1
    assert "unread_table" in kinds(plan)


def test_an_item_broken_inside_a_figure_at_a_line_end_goes_on_in_the_box():
    """'…五年扶持返乡创业6' / '万人，带动就业20万人。（…）': the short sentence on the next line
    finishes the item's own sentence; it is no body paragraph that ends the box."""
    plan = boxed("专栏3 就业创业重点工程",
                 "1.赣鄱英才就业创业行动。每年开展专项活动。（省人力资源社会保障厅）",
                 "2.返乡创业示范工程。依托县域产业园区建设返乡创业园80个，五年扶持返乡创业6",
                 "万人，带动就业20万人。（省人力资源社会保障厅牵头，省发展改革委配合）",
                 "3.零工市场建设工程。建设规范化零工市场100个。（省人力资源社会保障厅牵头，省民政厅配合）")
    items = plan.boxes[0].items
    assert [(i.seq, i.name) for i in items] == [("1", "赣鄱英才就业创业行动"), ("2", "返乡创业示范工程"),
                                                ("3", "零工市场建设工程")]
    assert items[1].text.endswith("五年扶持返乡创业6万人，带动就业20万人。")
    assert list(zip(items[1].agencies, items[1].roles)) == [("省人力资源社会保障厅", "lead"), ("省发展改革委", "cooperating")]


def test_an_item_wrapped_at_the_boxs_width_goes_on_past_a_short_sentence_on_the_next_line():
    """A PDF copy wraps box text at the box's width: '…实施精准扩面，基本' / '养老保险参保率达到95%。（…）'
    is one sentence, though the second line opens like a body paragraph's lead; after a short
    title-only item, the same kind of line is the body text after the box."""
    plan = boxed("专栏4 社会保障重点工程",
                 "1.全民参保精准扩面工程。建立全民参保数据库，对未参保人员实施精准扩面，基本",
                 "养老保险参保率达到95%。（省人力资源社会保障厅牵头，省税务局配合）",
                 "2.工伤预防能力提升工程。以矿山、危险化学品、建筑施工等行业为重点，五年开展",
                 "工伤预防培训20万人次。（省人力资源社会保障厅牵头，省应急厅配合）")
    items = plan.boxes[0].items
    assert items[0].text.endswith("实施精准扩面，基本养老保险参保率达到95%。")
    assert items[1].text.endswith("五年开展工伤预防培训20万人次。")
    assert [len(i.agencies) for i in items] == [2, 2]
    short = boxed("专栏4 社会保障重点工程", "1.全民参保精准扩面工程：建立参保数据库", "2.工伤预防能力提升工程：开展培训",
                  "加强组织领导。各地要建立工作协调机制。")
    assert [(i.name, i.text) for i in short.boxes[0].items] == [("全民参保精准扩面工程", "建立参保数据库"),
                                                                  ("工伤预防能力提升工程", "开展培训")]
    assert short.chapters[0].sections[0].paragraphs[-1].text == "加强组织领导。各地要建立工作协调机制。"


def test_after_a_blank_line_a_body_paragraphs_lead_ends_the_box_even_after_a_cut_item():
    """A web copy cuts long lines ('…，围绕行业产') and puts a blank line between paragraphs: the
    paragraph after the blank line is the body's, not the rest of the item."""
    plan = boxed("专栏1 就业促进工程",
                 "1.组织就业形势调查研究（省人力资源社会保障厅）",
                 "根据全省人口规模变化、市场主体数量变化、失业率调查样本增加、大数据应用统计监测等，围绕行业产",
                 "",
                 "增强风险预警预判能力。健全就业形势科学研判机制，建立就业指导专家库。")
    assert plan.boxes[0].items[0].text.endswith("围绕行业产")
    assert plan.chapters[0].sections[0].paragraphs[-1].text == "增强风险预警预判能力。健全就业形势科学研判机制，建立就业指导专家库。"


@pytest.mark.parametrize("columns", ["one", "lead_and_cooperating"])
def test_a_programme_box_printed_as_a_table_gives_one_item_per_row(columns):
    """序号 | 工程名称 | 主要内容 | 责任单位 (or 牵头单位 | 配合单位): each row an item with its
    title, text and bodies; the header row is no item, the cells are not run together."""
    pytest.importorskip("bs4")
    if columns == "one":
        head = "<th>序号</th><th>工程名称</th><th>主要内容</th><th>责任单位</th>"
        rows = [("1", "高校毕业生就业促进工程", "每年开展就业见习。", "自治区人力资源社会保障厅、自治区教育厅"),
                ("2", "农牧民转移就业工程", "每年组织农牧民转移就业50万人次以上。", "各地市")]
        bodies = [[("自治区人力资源社会保障厅", None), ("自治区教育厅", None)], [("各地市", None)]]
    else:
        head = "<th>序号</th><th>工程名称</th><th>主要内容</th><th>牵头单位</th><th>配合单位</th>"
        rows = [("1", "高校毕业生就业促进工程", "每年开展就业见习。", "自治区人力资源社会保障厅", "自治区教育厅、团区委"),
                ("2", "农牧民转移就业工程", "每年组织农牧民转移就业50万人次以上。", "自治区人力资源社会保障厅", "")]
        bodies = [[("自治区人力资源社会保障厅", "lead"), ("自治区教育厅", "cooperating"), ("团区委", "cooperating")],
                  [("自治区人力资源社会保障厅", "lead")]]
    body = "".join("<tr>" + "".join(f"<td>{t}</td>" for t in row) + "</tr>" for row in rows)
    page = ('<html><head><meta charset="utf-8"></head><body>' + "".join(f"<p>{t}</p>" for t in [
        TITLE, "第一章 主要任务", "第一节 促进就业", "健全就业促进机制。", "专栏2 就业促进重点工程"]) +
        f'<table border="1"><tr>{head}</tr>{body}</table>' +
        "".join(f"<p>{t}</p>" for t in ["第二节 完善社会保障", "深入实施全民参保计划。"]) + "</body></html>")
    from app.ingest import parse_bytes
    plan = parse_bytes(page.encode(), "plan.html")
    (box,) = plan.boxes
    assert (box.no, box.kind) == (2, "programmes")
    assert [(i.seq, i.name, i.text) for i in box.items] == [(r[0], r[1], r[2]) for r in rows]
    assert [list(zip(i.agencies, i.roles)) for i in box.items] == bodies
    assert plan.chapters[0].sections[1].paragraphs[0].text == "深入实施全民参保计划。"


def test_a_web_pages_chrome_copied_as_text_is_not_the_plans_text():
    """The lines a government site prints around a plan (where you are, when and from where it
    was published, how often it was read, who runs the site) are set aside, whatever they hold."""
    chrome = ["首页 > 政务公开 > 政策文件 > 规划计划", "当前位置：首页 > 政务公开",
              "发布时间：2021-12-20 16:05　　来源：某市人力资源和社会保障局　　浏览次数：1024",
              "来源：某市人民政府办公室", "主办：某市人民政府办公室　　承办：某市大数据中心", "打印本页　关闭窗口"]
    plan = parse(TITLE, *chrome[:3], "第一章 主要任务", "第一节 促进就业", "健全就业促进机制。", *chrome[3:])
    texts = [p.text for c in plan.chapters for s in c.sections for p in s.paragraphs] + [
        p.text for p in plan.preamble] + [p.text for c in plan.chapters for p in c.paragraphs]
    assert texts and not [t for t in texts if any(word in t for word in ("首页", "浏览次数", "主办", "来源", "打印"))]
    assert plan.meta.published_date == "2021-12-20"


def test_a_long_section_title_without_a_full_stop_is_the_whole_heading():
    long_title = "健全统一开放竞争有序的人力资源市场体系，推动人力资源服务业向专业化和价值链高端延伸"
    plan = parse(TITLE, "第一章 主要任务", "第一节 促进就业", "健全就业促进机制。", f"第二节　{long_title}",
                 "破除妨碍劳动力、人才流动的体制机制障碍。")
    assert [(s.no, s.title) for s in plan.chapters[0].sections] == [(1, "促进就业"), (2, long_title)]
    assert plan.chapters[0].sections[1].paragraphs[0].text == "破除妨碍劳动力、人才流动的体制机制障碍。"
