"""v04_ningxia_rl.pdf: 宁夏回族自治区 "十四五" plan typeset directly to PDF (reportlab).

Constructs: 第N部分 / 一、 headings; "专栏N：title" headings; rule-less tables whose columns are
separated only by wide gaps, a header printed over two lines ("“十三五”" / "规划目标"),
category rows （一）就业, a name wrapped onto a second line; items （1） with bodies as
"（A牵头，B、C配合）" (once "A、B牵头，C配合"); page numbers "- N -" and a running footer
on every page; signature and date at the end.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402
import v_rl as R  # noqa: E402

NAME = "v04_ningxia_rl"
TITLE = "宁夏回族自治区人力资源和社会保障事业发展“十四五”规划"
KW = dict(S="全区", P="宁夏回族自治区", D="自治区人力资源社会保障厅", G="自治区党委、政府")
HR = "自治区人力资源社会保障厅"
FOOTER = "宁夏回族自治区人力资源和社会保障厅编印"

C1 = ["2015年", "“十三五”规划目标", "2020年完成值"]
T1_ROWS = [
    ("城镇新增就业人数", "万人", ["〔38.6〕", "〔36〕", "〔40.2〕"]),
    ("城镇登记失业率", "%", ["4.0", "<4.5", "3.8"]),
    ("城乡居民基本养老保险参保人数", "万人", ["218", "225", "231.4"]),
    ("企业职工基本养老保险参保人数", "万人", ["136", "150", "162.7"]),
    ("失业保险参保人数", "万人", ["55.2", "60", "68.7"]),
    ("工伤保险参保人数", "万人", ["80.1", "90", "98.3"]),
    ("高技能人才总量", "万人", ["8.2", "10", "12.6"]),
]
T1 = {"columns": C1, "rows": [row(n, v, C1, unit=u) for n, u, v in T1_ROWS]}

C2 = ["2020年", "2025年"]
T2_ROWS = [
    ("就业", [
        (1, "城镇新增就业人数", "万人", ["〔40.2〕", "〔38〕"], "预期性"),
        (2, "城镇调查失业率", "%", ["5.9", "<5.5"], "预期性"),
        (3, "农村劳动力转移就业人数", "万人", ["81.6", ">80"], "预期性"),
        (4, "脱贫劳动力务工规模", "万人", ["30.5", ">30"], "约束性"),
    ]),
    ("社会保障", [
        (5, "基本养老保险参保率", "%", ["91", "95"], "预期性"),
        (6, "失业保险参保人数", "万人", ["68.7", "76"], "预期性"),
        (7, "工伤保险参保人数", "万人", ["98.3", "105"], "预期性"),
        (8, "企业职工基本养老保险基金累计结余可支付月数", "个月", ["11", ">10"], "预期性"),
    ]),
    ("人才队伍", [
        (9, "专业技术人才总量", "万人", ["38.5", "45"], "预期性"),
        (10, "高技能人才总量", "万人", ["12.6", "16"], "预期性"),
    ]),
    ("劳动关系", [
        (11, "企业劳动合同签订率", "%", ["93", ">95"], "预期性"),
        (12, "劳动人事争议仲裁结案率", "%", ["94", ">92"], "约束性"),
    ]),
]
T2 = {"columns": C2, "rows": [row(n, v, C2, unit=u, attribute=a, category=cat, seq=s)
                              for cat, rs in T2_ROWS for s, n, u, v, a in rs]}


def item(seq, name, text, lead, coop=(), sep="。"):
    leads = lead if isinstance(lead, list) else [lead]
    bodies = [(b, "lead") for b in leads] + [(c, "cooperating") for c in coop]
    tail = "、".join(leads) + "牵头" + ("，" + "、".join(coop) + "配合" if coop else "")
    return {"seq": seq, "name": name, "text": f"（{seq}）{name}{sep}{text}（{tail}）", "bodies": bodies}


BOX3 = [
    item("1", "闽宁劳务协作提升行动", "深化闽宁劳务协作，每年向区外转移就业脱贫劳动力5万人以上，建设劳务工作站30个。", HR, ["自治区乡村振兴局", "自治区财政厅"]),
    item("2", "高校毕业生就业帮扶行动", "实施“宁夏青年就业启航计划”，离校未就业高校毕业生实名帮扶率达到100%。", HR, ["自治区教育厅", "团区委"]),
    item("3", "创业担保贷款扩面行动", "五年发放创业担保贷款50亿元，扶持创业3万人，带动就业9万人。", [HR, "自治区财政厅"], ["人民银行银川中心支行"]),
]
BOX4 = [
    item("1", "全民参保计划深化行动", "以新就业形态从业人员、灵活就业人员为重点扩大参保覆盖面，基本养老保险参保率达到95%。", HR, ["自治区税务局"], sep="："),
    item("2", "养老保险待遇调整机制完善工程", "统筹调整企业和机关事业单位退休人员基本养老金，稳步提高城乡居民基础养老金标准。", HR, sep="："),
]
BOX5 = [
    item("1", "和谐劳动关系创建示范行动", "培育和谐劳动关系示范企业300家、示范工业园区20个。", HR, ["自治区总工会", "自治区工商联"]),
    item("2", "根治欠薪专项行动", "以工程建设领域为重点开展农民工工资支付专项检查，确保农民工工资基本无拖欠。", HR, ["自治区住房城乡建设厅", "自治区交通运输厅", "自治区水利厅"]),
]

BLOCKS = [
    ("chapter", 1, "发展环境"),
    ("section", 1, "“十三五”发展成就"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十三五”时期主要指标完成情况", T1),
    ("section", 2, "“十四五”面临的形势"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "发展目标"), ("p", "goal"), ("p", "goal2035"),
    ("tbox", 2, "“十四五”时期人力资源和社会保障事业发展主要指标", T2),
    ("chapter", 3, "实施就业优先战略"),
    ("section", 1, "强化就业优先政策"), ("p", "emp"),
    ("section", 2, "做好重点群体就业"), ("p", "emp_key"), ("p", "emp_biz"),
    ("box", 3, "就业创业重点工程", BOX3),
    ("chapter", 4, "完善社会保障体系"),
    ("section", 1, "健全养老保险制度"), ("p", "pension"),
    ("section", 2, "推进全民参保"), ("p", "insure"), ("p", "fund"),
    ("box", 4, "社会保障重点工程", BOX4),
    ("chapter", 5, "建设人才强区"),
    ("section", 1, "创新人才发展机制"), ("p", "talent"),
    ("section", 2, "加快技能人才队伍建设"), ("p", "skill"),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "健全工资分配制度"), ("p", "wage"),
    ("section", 2, "保障劳动者合法权益"), ("p", "labor"), ("p", "wageprot"),
    ("box", 5, "劳动关系治理能力提升工程", BOX5),
    ("chapter", 7, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "强化实施评估"), ("p", "monitor"),
]

# x anchors of the rule-less tables
X1 = [(80, "left"), (300, "center"), (368, "center"), (436, "center"), (504, "center")]
X2 = [(78, "center"), (96, "left"), (330, "center"), (390, "center"), (450, "center"), (510, "center")]


def render_t1(w):
    w.gap(4)
    w.row([(80, "指  标", "left"), (300, "单位", "center"), (368, "2015年", "center"),
           (436, "“十三五”", "center"), (504, "2020年", "center")])
    w.row([(436, "规划目标", "center"), (504, "完成值", "center")])
    w.gap(2)
    for n, u, v in T1_ROWS:
        w.row([(80, n, "left"), (300, u, "center")] + [(x, t, a) for (x, a), t in zip(X1[2:], v)])
    w.gap(4)


def render_t2(w):
    w.gap(4)
    w.row([(78, "序号", "center"), (96, "指    标", "left"), (330, "单位", "center"),
           (390, "2020年", "center"), (450, "2025年", "center"), (510, "属性", "center")])
    w.gap(2)
    for i, (cat, rs) in enumerate(T2_ROWS):
        w.row([(72, f"（{cn(i + 1)}）{cat}", "left")])
        for s, n, u, v, a in rs:
            name = n
            tail = ""
            if R.width(n, 10.5) > 220:
                name, tail = n[:14], n[14:]
            w.row([(78, str(s), "center"), (96, name, "left"), (330, u, "center"),
                   (390, v[0], "center"), (450, v[1], "center"), (510, a, "center")])
            if tail:
                w.row([(96, tail, "left")])
    w.gap(4)


def render():
    w = R.Writer(os.path.join(CORPUS, NAME + ".pdf"), footer=FOOTER, page_fmt="- {n} -")
    w.c.setAuthor("")
    w.gap(30)
    w.line("宁夏回族自治区人力资源和社会保障事业发展", 20, align="center", lead=2)
    w.line("“十四五”规划", 20, align="center", lead=2)
    w.gap(20)
    w.para(prose("intro", **KW))
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            w.gap(8)
            w.line(f"第{cn(b[1])}部分　{b[2]}", 15, align="center", lead=2)
        elif k == "section":
            w.line(f"{cn(b[1])}、{b[2]}", 13, x=R.LEFT + 24)
        elif k == "p":
            w.para(prose(b[1], **KW))
        elif k == "tbox":
            w.gap(6)
            w.line(f"专栏{b[1]}：{b[2]}", 12, align="center")
            (render_t1 if b[1] == 1 else render_t2)(w)
            w.line("注：〔〕内为五年累计数。", 9.5, x=R.LEFT)
        elif k == "box":
            w.gap(6)
            w.line(f"专栏{b[1]}：{b[2]}", 12, align="center")
            for it in b[3]:
                w.para(it["text"], 11, indent=2)
            w.gap(6)
    w.gap(30)
    w.line("宁夏回族自治区人力资源和社会保障厅", 12, align="right", x=30)
    w.line("2021年10月20日", 12, align="right", x=52)
    w.save()


def main():
    render()
    k = key(NAME + ".pdf", None,
            ["reportlab PDF, no ruling", "第N部分 chapters with 一、 sections",
             "专栏N：title headings", "rule-less tables, columns separated by wide gaps",
             "header printed over two lines (“十三五” / 规划目标)", "category rows （一）就业",
             "a name wrapped onto a second line", "items （1） with （A牵头，B、C配合）",
             "two leads: A、B牵头，C配合", "page numbers - N - and a running footer on every page",
             "title printed over two lines", "signature and date at the end"],
            meta("宁夏回族自治区", None, "十四五", TITLE, signed="2021-10-20"),
            BLOCKS, contains=CONTAINS, absent=ABSENT)
    write_key(NAME, k)


CONTAINS = [prose("env", **KW)]  # runs from page 1 onto page 2
ABSENT = ["- 2 -", "- 3 -", "- 4 -", FOOTER]

if __name__ == "__main__":
    main()
