"""v09_shanxi_boxcell.docx: 山西省 "十四五" plan as a Word file.

Constructs: a notice (文号, signature, 成文日期) before the plan; 第N章/第N节 headings typed
in the text; an indicator table as a real Word table headed 类别 | 指标名称 | 单位 |
2020年基期值 | 2025年目标值 | 年均增速〔累计〕 | 指标属性 with the 类别 cell merged down
(w:vMerge), "—" cells, 〔〕 cumulative values; programme 专栏 drawn as ONE-CELL bordered
tables holding the box title paragraph and its items; the items numbered by Word AUTOMATIC
numbering (numbering.xml, numFmt decimal, lvlText "%1.", restarted in each box), so "1." is
not in the text runs; after each item its bodies on their own paragraphs "牵头单位：…" and
"配合单位：…" (one item with 牵头单位 only).

The key is written from the same data and was then read against the document (python-docx
dump of body paragraphs and table cells, numbering.xml) by hand.
Run: /work/main/.venv/bin/python tests/corpus/make/v_make_v09.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Pt  # noqa: E402

from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402
import v_docx as W  # noqa: E402

NAME = "v09_shanxi_boxcell"
TITLE = "山西省“十四五”人力资源和社会保障事业发展规划"
KW = dict(S="全省", P="山西省", D="省人力资源社会保障厅", G="省委、省政府")
HR = "省人力资源社会保障厅"

TEXT = {
    "base": "“十三五”时期，全省人力资源和社会保障系统坚决贯彻省委、省政府决策部署，统筹推进稳就业、保民生、促改革各项工作，主要目标任务全面完成。五年累计城镇新增就业262.5万人，城镇登记失业率控制在4.2%以内，零就业家庭保持动态清零。",
    "base2": "社会保障覆盖面持续扩大，企业职工基本养老保险参保人数达到856万人，城乡居民基本养老保险参保人数达到1498万人，社会保障卡持卡人数达到3412万人。“吕梁山护工”“天镇保姆”等劳务品牌影响不断扩大，技能人才总量达到370万人。",
    "env": "“十四五”时期，山西转型发展进入关键期，能源革命综合改革试点深入推进，新兴产业加快成长，对人力资源开发提出了更高要求。同时，全省就业总量压力和结构性矛盾并存，资源型地区转岗职工安置任务较重，养老保险基金收支平衡压力持续加大。",
}


def t(topic):
    return TEXT[topic] if topic in TEXT else prose(topic, **KW)


# ---- 专栏1: the indicator table --------------------------------------------------------
HEAD = ["类别", "指标名称", "单位", "2020年基期值", "2025年目标值", "年均增速〔累计〕", "指标属性"]
C1 = HEAD[3:6]
T1_ROWS = [
    ("就业", [
        ("城镇新增就业人数", "万人", ["〔262.5〕", "—", "〔>225〕"], "预期性"),
        ("城镇调查失业率", "%", ["6.1", "<5.5", "—"], "预期性"),
        ("农村劳动力转移就业人数", "万人", ["520", "550", "1.1%"], "预期性"),
        ("补贴性职业技能培训", "万人次", ["〔280〕", "—", "〔250〕"], "预期性"),
    ]),
    ("社会保障", [
        ("基本养老保险参保率", "%", ["91.2", "95", "—"], "预期性"),
        ("企业职工基本养老保险参保人数", "万人", ["856", "960", "2.3%"], "预期性"),
        ("城乡居民基本养老保险参保人数", "万人", ["1498", "1520", "0.3%"], "预期性"),
        ("失业保险参保人数", "万人", ["312", "345", "2.0%"], "预期性"),
        ("工伤保险参保人数", "万人", ["498", "540", "1.6%"], "预期性"),
        ("社会保障卡持卡人数", "万人", ["3412", "3550", "0.8%"], "预期性"),
        ("电子社会保障卡签发人数", "万人", ["1105", "2600", "18.7%"], "预期性"),
    ]),
    ("人才队伍", [
        ("专业技术人才总量", "万人", ["168", "195", "3.0%"], "预期性"),
        ("高技能人才总量", "万人", ["98", "130", "5.8%"], "预期性"),
        ("高技能人才占技能人才比例", "%", ["26.5", "30", "—"], "预期性"),
        ("新增取得职业资格证书或职业技能等级证书人数", "万人", ["—", "—", "〔60〕"], "预期性"),
    ]),
    ("劳动关系", [
        ("劳动人事争议调解成功率", "%", ["68", ">60", "—"], "预期性"),
        ("劳动人事争议仲裁结案率", "%", ["95.1", ">90", "—"], "约束性"),
        ("劳动保障监察举报投诉案件结案率", "%", ["96", ">95", "—"], "约束性"),
    ]),
    ("公共服务", [
        ("人社政务服务事项网上可办率", "%", ["85", "100", "—"], "预期性"),
    ]),
]
T1 = {"columns": C1, "rows": [row(n, v, C1, unit=u, attribute=a, category=cat)
                              for cat, rs in T1_ROWS for n, u, v, a in rs]}


def item(name, text, lead, coop):
    bodies = [(lead, "lead")] + [(c, "cooperating") for c in coop]
    return {"seq": None, "name": name, "text": text, "lead": lead, "coop": coop, "bodies": bodies}


BOX2 = [
    item("高校毕业生就业创业推进计划", "每年组织“三晋英才”专场招聘活动不少于100场，离校未就业高校毕业生实名服务率达到100%，就业见习岗位募集1万个以上。", HR, ["省教育厅", "团省委"]),
    item("劳务品牌培育工程", "围绕家政、护理、建筑等领域，五年培训“吕梁山护工”“天镇保姆”等劳务品牌从业人员10万人次，打造省级劳务品牌20个。", HR, ["省商务厅", "省乡村振兴局"]),
    item("返乡入乡创业促进工程", "建设省级返乡入乡创业示范基地50个，扶持创业5万人，带动就业15万人。", HR, ["省农业农村厅", "省财政厅"]),
]
BOX3 = [
    item("全民参保计划深化工程", "以灵活就业人员、新就业形态从业人员为重点推进精准扩面，基本养老保险参保率达到95%。", HR, ["省税务局", "省医保局"]),
    item("社会保险基金安全防控工程", "建设社会保险基金监管信息系统，实现基金风险防控全流程信息化，每年开展基金管理风险专项排查。", HR, ["省财政厅", "省公安厅", "省审计厅"]),
]
BOX4 = [
    item("三晋英才支持计划", "五年遴选支持拔尖骨干人才、青年优秀人才等各类优秀人才2000名。", "省委组织部", [HR, "省科技厅"]),
    item("技能大师工作室建设工程", "建设国家级技能大师工作室20个、省级技能大师工作室100个，带动培养高技能人才2万人。", HR, ["省财政厅", "省总工会"]),
    item("博士后创新平台建设工程", "新设博士后科研工作站、创新实践基地60个，五年招收博士后研究人员500名。", HR, []),
]
for box in (BOX2, BOX3, BOX4):
    for i, it in enumerate(box, 1):
        it["seq"] = str(i)

BLOCKS = [
    ("chapter", 1, "发展基础和面临形势"),
    ("section", 1, "“十三五”时期发展成就"), ("p", "base"), ("p", "base2"),
    ("section", 2, "“十四五”时期面临的形势"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "主要目标"), ("p", "goal"), ("p", "goal2035"),
    ("tbox", 1, "山西省“十四五”时期人力资源和社会保障事业发展主要指标", T1),
    ("chapter", 3, "实施就业优先战略"),
    ("section", 1, "强化就业优先政策"), ("p", "emp"),
    ("section", 2, "促进重点群体就业"), ("p", "emp_key"), ("p", "emp_biz"),
    ("section", 3, "提升劳动者技能素质"), ("p", "train"),
    ("box", 2, "就业创业重点工程", BOX2),
    ("chapter", 4, "健全多层次社会保障体系"),
    ("section", 1, "完善社会保险制度"), ("p", "pension"), ("p", "insure"),
    ("section", 2, "加强社会保险基金监管"), ("p", "fund"),
    ("box", 3, "社会保障重点工程", BOX3),
    ("chapter", 5, "建设高素质人才队伍"),
    ("section", 1, "深化人才发展体制机制改革"), ("p", "talent"), ("p", "personnel"),
    ("section", 2, "加强技能人才队伍建设"), ("p", "skill"),
    ("box", 4, "人才队伍建设重点工程", BOX4),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "完善工资收入分配制度"), ("p", "wage"),
    ("section", 2, "维护劳动者合法权益"), ("p", "labor"), ("p", "wageprot"),
    ("chapter", 7, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "强化监测评估"), ("p", "monitor"),
]

# ---- Word automatic numbering for the box items -----------------------------------------
ABSTRACT_ID = "31"
ABSTRACT = """<w:abstractNum %s w:abstractNumId="%s">
  <w:nsid w:val="5D2E11A7"/>
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:tmpl w:val="0F3A6B12"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%%1."/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="420"/></w:pPr>
  </w:lvl>
</w:abstractNum>""" % (nsdecls("w"), ABSTRACT_ID)


def add_abstract(doc):
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    absn = parse_xml(ABSTRACT)
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)


def new_list(doc, num_id):
    """A w:num on the shared abstractNum, restarted at 1 (what Word writes for 'restart at 1')."""
    numbering = doc.part.numbering_part.element
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%s"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        % (nsdecls("w"), num_id, ABSTRACT_ID)))


def cell_para(cell, text, first=False, bold=False, align=None, size=11, indent=True, num_id=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pf = p.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    if num_id is not None:
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()  # inserted in schema order
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id
    elif indent and align is None:
        pf.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    W.set_font(r, "黑体" if bold else "仿宋", size, bold)
    return p


def render_box(d, no, title, items, num_id):
    new_list(d, num_id)
    tb = W.table(d, 1, 1, [15.8])
    c = tb.rows[0].cells[0]
    cell_para(c, f"专栏{no}　{title}", first=True, bold=True, align="center", size=12)
    for it in items:
        cell_para(c, f"{it['name']}。{it['text']}", num_id=num_id)
        cell_para(c, f"牵头单位：{it['lead']}")
        if it["coop"]:
            cell_para(c, f"配合单位：{'、'.join(it['coop'])}")
    d.add_paragraph()


def render_t1(d):
    n = 1 + sum(len(rs) for _, rs in T1_ROWS)
    tb = W.table(d, n, 7, [1.5, 5.2, 1.4, 2.0, 2.0, 2.1, 1.6])
    for i, h in enumerate(HEAD):
        W.cell_text(tb.rows[0].cells[i], h, bold=True, size=10.5)
    r = 1
    for cat, rs in T1_ROWS:
        first = r
        for name, unit, vals, attr in rs:
            c = tb.rows[r].cells
            W.cell_text(c[1], name, align="left", size=10.5)
            W.cell_text(c[2], unit, size=10.5)
            for j, v in enumerate(vals):
                W.cell_text(c[3 + j], v, size=10.5)
            W.cell_text(c[6], attr, size=10.5)
            r += 1
        top = tb.rows[first].cells[0]
        if r - 1 > first:
            top = top.merge(tb.rows[r - 1].cells[0])
        W.cell_text(top, cat, size=10.5)


def render():
    d = W.new_doc(font="仿宋", size=14)
    W.page_number_footer(d.sections[0])
    add_abstract(d)
    P = lambda text, **k: W.para(d, text, **k)  # noqa: E731
    P("山西省人民政府办公厅关于印发山西省“十四五”人力资源和社会保障事业发展规划的通知", bold=True, align="center", size=18)
    P("晋政办发〔2021〕96号", align="center")
    P("各市人民政府，省人民政府各委、办、厅、局：", indent=False)
    P("《山西省“十四五”人力资源和社会保障事业发展规划》已经省人民政府同意，现印发给你们，请认真贯彻落实。")
    P("山西省人民政府办公厅", align="right")
    P("2021年10月12日", align="right")
    P("（此件公开发布）")
    d.add_page_break()
    P(TITLE, bold=True, align="center", size=20)
    P("为深入贯彻落实党中央、国务院和省委、省政府关于人力资源和社会保障工作的决策部署，推动全省人力资源和社会保障事业高质量发展，根据《山西省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》和《人力资源和社会保障事业发展“十四五”规划》，制定本规划。规划期为2021—2025年。")
    num_id = 40
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            P(f"第{cn(b[1])}章　{b[2]}", bold=True, align="center", size=16, font="黑体")
        elif k == "section":
            P(f"第{cn(b[1])}节　{b[2]}", bold=True, size=15, font="楷体")
        elif k == "p":
            P(t(b[1]))
        elif k == "tbox":
            P(f"专栏{b[1]}　{b[2]}", bold=True, align="center", size=12)
            render_t1(d)
            P("注：〔〕内为五年累计数。", size=10.5, indent=False)
        elif k == "box":
            num_id += 1
            render_box(d, b[1], b[2], b[3], num_id)
    d.save(os.path.join(CORPUS, NAME + ".docx"))


CONTAINS = [TEXT["env"]]
ABSENT = []


def main():
    render()
    k = key(NAME + ".docx", None,
            ["Word .docx", "notice with 文号, signature and 成文日期, page break before the plan",
             "第N章/第N节 headings typed in the text",
             "indicator table as a Word table: 类别 | 指标名称 | 单位 | 2020年基期值 | 2025年目标值 | 年均增速〔累计〕 | 指标属性",
             "类别 column merged down (w:vMerge)", "growth-rate cells (2.3%) and 〔〕/〔>225〕 cumulative cells, — cells",
             "programme 专栏 drawn as one-cell bordered tables (title and items inside the single cell)",
             "box items numbered by Word AUTOMATIC numbering (numFmt decimal, lvlText %1., restarted per box): numbers not in the text runs",
             "bodies on their own paragraphs after the item: 牵头单位：… / 配合单位：…; one item with 牵头单位 only",
             "footer page number — PAGE — (field)"],
            meta("山西省", None, "十四五", TITLE, signed="2021-10-12"),
            BLOCKS, contains=CONTAINS, absent=ABSENT)
    write_key(NAME, k)


if __name__ == "__main__":
    main()
