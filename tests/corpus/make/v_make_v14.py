"""v14_xinjiang_raw.txt: 新疆维吾尔自治区 "十四五" plan as a text copy made by plain
`pdftotext` (NOT -layout) from a PDF.

Build: python v_make_v14.py  (typesets /tmp/v14/v14_xinjiang.pdf with reportlab, rule-less
tables drawn at column positions, then runs `pdftotext` in its default reading-order mode and
commits only the .txt; the PDF is not kept).

Constructs: what pdftotext's default mode makes of a PDF: body lines hard-wrapped as printed,
blank lines between text blocks; every table cell on its own line (blank lines between),
header cells one per line; a page break inside the first table (form feed, then the running
header line and a "第N页" line at the top of the next page: drawn "第 N 页", pdftotext drops the
spaces) with no repeated header; rows
printed with fewer cells than columns and nothing left to say which column is empty (key:
"cells": [] and the values in "unplaced"); 第N章/第N节; "专栏N　title" headings; items
"1." with a title before "：" and a following line "责任单位：A、B" (role null); items "（1）"
with trailing （A牵头，B、C配合）.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402
import v_rl as R  # noqa: E402

NAME = "v14_xinjiang_raw"
TITLE = "新疆维吾尔自治区人力资源和社会保障事业发展“十四五”规划"
KW = dict(S="全区", P="新疆维吾尔自治区", D="自治区人力资源社会保障厅", G="自治区党委、人民政府")
HR = "自治区人力资源社会保障厅"
HEADER = "新疆维吾尔自治区“十四五”专项规划汇编"
OUT = "/tmp/v14"

TEXT = {
    "base": "“十三五”时期，全区人力资源和社会保障系统坚决贯彻落实党中央决策部署和自治区党委工作要求，紧紧围绕社会稳定和长治久安总目标，全力推进稳就业、保民生各项工作。五年累计城镇新增就业235.6万人，农村富余劳动力转移就业1383万人次，城镇登记失业率控制在3.5%以内。",
    "base2": "社会保障体系更加健全，基本养老保险参保人数达到1605万人，失业保险、工伤保险参保人数分别达到312万人和386万人。南疆四地州劳动力转移就业规模持续扩大，技能人才总量达到245万人，劳动关系保持和谐稳定。",
    "digital": "建设全区集中的人力资源和社会保障信息系统，推进与各地州市数据共享和业务协同，提升大数据分析和风险防控能力。健全网络安全和数据安全保障体系，防范数据泄露风险。",
    "env": "“十四五”时期，新疆进入高质量发展的新阶段，丝绸之路经济带核心区建设深入推进，为扩大就业、集聚人才创造了有利条件。同时，全区就业总量压力和结构性矛盾并存，南疆地区农村富余劳动力转移就业任务依然繁重，社会保险基金长期平衡压力加大，人才总量不足、结构不优的问题仍较突出。",
}


def t(topic):
    return TEXT[topic] if topic in TEXT else prose(topic, **KW)


C1 = ["2015年", "规划目标", "2020年"]
T1_ROWS = [
    ("城镇新增就业人数", "万人", ["〔229〕", "〔200〕", "〔235.6〕"]),
    ("城镇登记失业率", "%", ["3.2", "<4.5", "2.9"]),
    ("农村富余劳动力转移就业", "万人次", ["〔1240〕", "〔1250〕", "〔1383〕"]),
    ("基本养老保险参保人数", "万人", ["1310", "1500", "1605"]),
    ("失业保险参保人数", "万人", ["268", "300", "312"]),
    ("高技能人才总量", "万人", ["38.5", "50", "52.4"]),
]
T1 = {"columns": C1, "rows": [row(n, v, C1, unit=u) for n, u, v in T1_ROWS]}

C2 = ["2020年", "2025年"]
# (seq, name, unit, [2020, 2025] with None = nothing printed, attribute)
T2_ROWS = [
    (1, "城镇新增就业人数", "万人", ["〔235.6〕", "〔>200〕"], "预期性"),
    (2, "城镇调查失业率", "%", ["4.8", "<5.5"], "预期性"),
    (3, "农村富余劳动力转移就业", "万人次", ["〔1383〕", "〔1300〕"], "预期性"),
    (4, "补贴性职业技能培训", "万人次", [None, "〔300〕"], "预期性"),
    (5, "基本养老保险参保率", "%", ["90.2", "95"], "预期性"),
    (6, "失业保险参保人数", "万人", ["312", "350"], "预期性"),
    (7, "工伤保险参保人数", "万人", ["386", "430"], "预期性"),
    (8, "社会保障卡持卡人口覆盖率", "%", ["94", "98"], "预期性"),
    (9, "专业技术人才总量", "万人", ["68.5", "80"], "预期性"),
    (10, "高技能人才总量", "万人", ["52.4", "70"], "预期性"),
    (11, "新增取得职业技能等级证书人数", "万人", [None, "〔60〕"], "预期性"),
    (12, "劳动人事争议仲裁结案率", "%", ["94.8", ">90"], "约束性"),
    (13, "劳动保障监察举报投诉案件结案率", "%", ["96", ">95"], "约束性"),
]


def t2_key_rows():
    out = []
    for s, n, u, v, a in T2_ROWS:
        if None in v:  # fewer cells than columns, nothing to say which is empty
            out.append(row(n, None, C2, unit=u, attribute=a, seq=s, unplaced=[x for x in v if x]))
        else:
            out.append(row(n, v, C2, unit=u, attribute=a, seq=s))
    return out


T2 = {"columns": C2, "rows": t2_key_rows()}


def item_resp(seq, name, text, bodies):
    return {"seq": seq, "name": name, "lines": [f"{seq}.{name}：{text}", f"责任单位：{'、'.join(bodies)}"],
            "bodies": [(b, None) for b in bodies]}


def item_lead(seq, name, text, lead, coop):
    tail = lead + "牵头，" + "、".join(coop) + "配合"
    return {"seq": seq, "name": name, "lines": [f"（{seq}）{name}。{text}（{tail}）"],
            "bodies": [(lead, "lead")] + [(c, "cooperating") for c in coop]}


BOX3 = [
    item_resp("1", "南疆富余劳动力转移就业工程", "五年组织南疆四地州农村富余劳动力转移就业100万人次以上，建设就业帮扶车间1000个。", [HR, "自治区乡村振兴局", "自治区农业农村厅"]),
    item_resp("2", "高校毕业生就业促进计划", "实施“三支一扶”、大学生基层就业岗位计划，每年开发基层就业岗位2万个。", [HR, "自治区教育厅", "自治区团委"]),
    item_resp("3", "援疆就业协作工程", "深化对口援疆省市劳务协作，建设对口援疆就业服务站50个。", [HR, "自治区发展改革委"]),
]
BOX4 = [
    item_lead("1", "全民参保扩面工程", "以农牧民、灵活就业人员和新就业形态从业人员为重点，基本养老保险参保率达到95%。", HR, ["自治区税务局", "自治区财政厅"]),
    item_lead("2", "社会保险基金安全监管工程", "建设社会保险基金风险防控信息系统，实现基金监管全覆盖。", HR, ["自治区财政厅", "自治区审计厅"]),
]
BOX5 = [
    item_lead("1", "天山英才培养计划", "五年培养支持各类优秀人才3000名，建设博士后科研工作站30个。", "自治区党委组织部", [HR, "自治区科技厅"]),
    item_lead("2", "技能新疆建设工程", "建设高技能人才培训基地40个、技能大师工作室100个，培养高技能人才20万人。", HR, ["自治区财政厅", "自治区总工会"]),
]

BLOCKS = [
    ("chapter", 1, "发展基础和面临形势"),
    ("section", 1, "“十三五”时期发展成就"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十三五”时期主要指标完成情况", T1),
    ("section", 2, "“十四五”时期面临形势"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "主要目标"), ("p", "goal"), ("p", "goal2035"),
    ("tbox", 2, "“十四五”时期人力资源和社会保障事业发展主要指标", T2),
    ("chapter", 3, "实施就业优先战略"),
    ("section", 1, "强化就业优先政策"), ("p", "emp"),
    ("section", 2, "促进重点群体就业"), ("p", "emp_key"), ("p", "emp_biz"),
    ("box", 3, "就业重点工程", BOX3),
    ("chapter", 4, "健全社会保障体系"),
    ("section", 1, "完善社会保险制度"), ("p", "pension"), ("p", "insure"),
    ("section", 2, "加强基金监管"), ("p", "fund"), ("p", "digital"),
    ("box", 4, "社会保障重点工程", BOX4),
    ("chapter", 5, "加强人才队伍建设"),
    ("section", 1, "深化人才发展体制机制改革"), ("p", "talent"),
    ("section", 2, "壮大技能人才队伍"), ("p", "skill"),
    ("box", 5, "人才队伍建设重点工程", BOX5),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "完善工资收入分配制度"), ("p", "wage"),
    ("section", 2, "维护劳动者合法权益"), ("p", "labor"), ("p", "wageprot"),
    ("chapter", 7, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "加强监测评估"), ("p", "monitor"),
]


class Writer(R.Writer):
    """Running header and "第 N 页" at the top of every page after the first."""

    def furniture(self):
        if self.n == 1:
            return
        c = self.c
        c.setFont(R.FONT, 9)
        c.drawString(R.W / 2 - R.width(HEADER, 9) / 2, R.H - 42, HEADER)
        c.setLineWidth(0.5)
        c.line(R.LEFT, R.H - 47, R.RIGHT, R.H - 47)
        num = f"第 {self.n} 页"
        c.setFont(R.FONT, 9)
        c.drawString(R.W / 2 - R.width(num, 9) / 2, R.H - 60, num)


LEAD = 2.2  # row pitch of the tables (x font size)
X1 = [(76, "left"), (290, "center"), (360, "center"), (430, "center"), (500, "center")]
X2 = [(82, "center"), (110, "left"), (330, "center"), (400, "center"), (460, "center"), (515, "center")]


def render_t1(w):
    w.row([(x, h, a) for (x, a), h in zip(X1, ["指标", "单位", "2015年", "规划目标", "2020年"])], lead=LEAD)
    w.gap(2)
    for n, u, v in T1_ROWS:
        w.row([(x, s, a) for (x, a), s in zip(X1, [n, u] + v)], lead=LEAD)
    w.gap(4)


def render_t2(w):
    w.row([(x, h, a) for (x, a), h in zip(X2, ["序号", "指标", "单位", "2020年", "2025年", "属性"])], lead=LEAD)
    w.gap(2)
    for s, n, u, v, a in T2_ROWS:
        w.row([(x, c or "", al) for (x, al), c in zip(X2, [str(s), n, u] + v + [a])], lead=LEAD)
    w.gap(4)


def render(pdf):
    w = Writer(pdf)
    w.c.setAuthor("")
    w.line("新疆维吾尔自治区人民政府办公厅关于印发新疆维吾尔自治区", 15, align="center", lead=1.9)
    w.line("人力资源和社会保障事业发展“十四五”规划的通知", 15, align="center", lead=1.9)
    w.line("新政办发〔2021〕84号", 12, align="center", lead=2)
    w.gap(6)
    w.line("伊犁哈萨克自治州，各州、市、县（市）人民政府，各行政公署，自治区人民政府各部门：", 11)
    w.para("《新疆维吾尔自治区人力资源和社会保障事业发展“十四五”规划》已经自治区人民政府同意，现印发给你们，请认真贯彻落实。")
    w.gap(8)
    w.line("新疆维吾尔自治区人民政府办公厅", 12, align="right", x=20)
    w.line("2021年11月26日", 12, align="right", x=50)
    w.gap(20)
    w.line(TITLE, 15, align="center", lead=2.2)
    w.gap(6)
    w.para(prose("intro", **KW))
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            w.gap(6)
            w.line(f"第{cn(b[1])}章 {b[2]}", 14, align="center", lead=2)
        elif k == "section":
            w.line(f"第{cn(b[1])}节 {b[2]}", 12.5, align="center", lead=1.9)
        elif k == "p":
            w.para(t(b[1]))
        elif k == "tbox":
            w.gap(6)
            w.line(f"专栏{b[1]} {b[2]}", 12, align="center")
            w.gap(4)
            (render_t1 if b[1] == 1 else render_t2)(w)
            w.line("注：〔〕内为五年累计数。", 9.5, x=R.LEFT)
        elif k == "box":
            w.gap(6)
            w.line(f"专栏{b[1]} {b[2]}", 12, align="center")
            for it in b[3]:
                for ln in it["lines"]:
                    w.para(ln, 11, indent=2)
            w.gap(6)
    w.save()


CONTAINS = [TEXT["env"], prose("goal2035", **KW)]  # hard-wrapped paragraphs (4 and 3 lines)
ABSENT = ["第2页", "第3页", "第4页", HEADER]  # drawn "第 N 页"; pdftotext prints "第N页"


def main():
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, "v14_xinjiang.pdf")
    render(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    with open(os.path.join(CORPUS, NAME + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    k = key(NAME + ".txt", "utf-8",
            ["plain `pdftotext` (default reading-order mode, NOT -layout) copy of a reportlab PDF",
             "body lines hard-wrapped as printed, blank lines between text blocks, form feeds between pages",
             "every table cell on its own line, header cells one per line, blank lines between cells",
             "page break inside the first table (专栏1, after 4 rows): form feed, running header line and a 第N页 line (drawn 第 N 页), no repeated header",
             "专栏2 title at the foot of a page, its table on the next; a box item separated from its 责任单位 line by a page break",
             "rows with fewer cells than columns and nothing to say which column is empty (专栏2 rows 4 and 11: cells [], values in unplaced)",
             "notice title over two lines, 文号, signature and 成文日期",
             "第N章 title / 第N节 title (centred, one space)", "专栏N title headings",
             "items 1. with a title before ： and a following line 责任单位：A、B (role null)",
             "items （1） with a title before 。 and trailing （A牵头，B、C配合）"],
            meta("新疆维吾尔自治区", None, "十四五", TITLE, signed="2021-11-26"),
            BLOCKS, contains=CONTAINS, absent=ABSENT)
    write_key(NAME, k)


if __name__ == "__main__":
    main()
