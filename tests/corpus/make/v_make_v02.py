"""v02_hebei_word.docx: 河北省 "十四五" plan as a Word file.

Constructs: 附件： before the title; 一、/（一） headings; 【专栏N】 headings; a completion table
with the row number inside the name ("1.城镇新增就业人数") and a 完成情况 column of words; an
indicator table whose first row is a merged title "专栏2 “十四五”时期主要指标", a header of two
rows (指标名称 merged down; 目标值 spanning 2020年 and 2025年), 单位 AFTER the values, 指标属性,
a 类别 column merged down, sub-rows （1）（2） under a parent row, "3‰", "2021-2025年累计450";
items 1./2. followed by a line "牵头单位：A；配合单位：B、C".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402
import v_docx as W  # noqa: E402

NAME = "v02_hebei_word"
TITLE = "河北省人力资源和社会保障事业发展“十四五”规划"
KW = dict(S="全省", P="河北省", D="省人力资源社会保障厅", G="省委、省政府")
HR = "省人力资源社会保障厅"

C1 = ["2015年", "“十三五”规划目标", "2020年完成", "完成情况"]
T1_ROWS = [
    (1, "城镇新增就业人数", "万人", ["〔428〕", "〔400〕", "〔462〕", "超额完成"]),
    (2, "城镇登记失业率", "%", ["3.6", "<4.5", "3.1", "完成"]),
    (3, "企业职工基本养老保险参保人数", "万人", ["1402", "1650", "1920", "超额完成"]),
    (4, "城乡居民基本养老保险参保人数", "万人", ["3650", "3680", "3703", "完成"]),
    (5, "失业保险参保人数", "万人", ["520", "560", "598", "超额完成"]),
    (6, "工伤保险参保人数", "万人", ["780", "850", "886", "超额完成"]),
    (7, "专业技术人才总量", "万人", ["260", "300", "312", "超额完成"]),
    (8, "高技能人才总量", "万人", ["118", "150", "146", "未完成"]),
    (9, "企业劳动合同签订率", "%", ["91", "90", "95.3", "完成"]),
]
T1 = {"columns": C1, "rows": [row(n, v, C1, unit=u, seq=s) for s, n, u, v in T1_ROWS]}

C2 = ["目标值2020年", "目标值2025年"]
# (category, printed seq, printed name, key name, values, unit, attribute)
T2_ROWS = [
    ("就业创业", [
        ("1", "城镇新增就业人数", "城镇新增就业人数", ["〔462〕", "2021-2025年累计450"], "万人", "预期性"),
        ("2", "城镇调查失业率", "城镇调查失业率", ["5.5", "<5.5"], "%", "预期性"),
        ("3", "农村劳动力转移就业人数", "农村劳动力转移就业人数", ["1105", "1150"], "万人", "预期性"),
        ("4", "补贴性职业技能培训", "补贴性职业技能培训", ["〔360〕", "〔300〕"], "万人次", "预期性"),
    ]),
    ("社会保障", [
        ("5", "基本养老保险参保人数", "基本养老保险参保人数", ["5623", "5900"], "万人", "预期性"),
        ("", "（1）企业职工基本养老保险参保人数", "企业职工基本养老保险参保人数", ["1920", "2150"], "万人", "预期性"),
        ("", "（2）城乡居民基本养老保险参保人数", "城乡居民基本养老保险参保人数", ["3703", "3750"], "万人", "预期性"),
        ("6", "失业保险参保人数", "失业保险参保人数", ["598", "650"], "万人", "预期性"),
        ("7", "工伤保险参保人数", "工伤保险参保人数", ["886", "950"], "万人", "预期性"),
        ("8", "工伤保险工亡事故发生率", "工伤保险工亡事故发生率", ["3.2‰", "<3‰"], "", "约束性"),
    ]),
    ("人才人事", [
        ("9", "专业技术人才总量", "专业技术人才总量", ["312", "360"], "万人", "预期性"),
        ("10", "高技能人才占技能人才比例", "高技能人才占技能人才比例", ["28", "30"], "%", "预期性"),
        ("11", "新增取得职业资格证书或职业技能等级证书人数", "新增取得职业资格证书或职业技能等级证书人数", ["—", "〔120〕"], "万人", "预期性"),
    ]),
    ("劳动关系", [
        ("12", "劳动人事争议仲裁结案率", "劳动人事争议仲裁结案率", ["96.2", ">95"], "%", "约束性"),
        ("13", "农民工工资拖欠案件按期结案率", "农民工工资拖欠案件按期结案率", ["98", "100"], "%", "约束性"),
    ]),
]
T2 = {"columns": C2, "rows": [
    row(kn, v, C2, unit=(u or None), attribute=a, category=cat, seq=(int(s) if s else None))
    for cat, rs in T2_ROWS for s, pn, kn, v, u, a in rs]}


def item(seq, name, text, lead, coop):
    bodies = [(lead, "lead")] + [(c, "cooperating") for c in coop]
    return {"seq": seq, "name": name, "text": text, "lead": lead, "coop": coop, "bodies": bodies}


BOX3 = [
    item("1", "高校毕业生就业启航计划", "每年组织开展“就选河北”系列招聘活动，面向离校未就业高校毕业生提供不少于3次岗位信息、1次职业指导。", HR, ["省教育厅", "团省委"]),
    item("2", "返乡入乡创业园建设工程", "支持各地建设返乡入乡创业园100个，孵化创业实体1万家，带动就业5万人。", HR, ["省农业农村厅", "省财政厅"]),
    item("3", "职业技能提升行动", "五年开展补贴性职业技能培训300万人次以上，其中农民工培训150万人次。", HR, ["省财政厅", "省教育厅", "省总工会"]),
]
BOX4 = [
    item("1", "全民参保扩面工程", "以中小微企业、灵活就业人员和新就业形态从业人员为重点，推动应保尽保。", HR, ["省税务局", "省市场监管局"]),
    item("2", "社保基金安全提升行动", "常态化开展基金管理风险排查，建立基金监督检查和经办稽核联动机制。", HR, ["省财政厅", "省公安厅"]),
]
BOX5 = [
    item("1", "燕赵英才汇聚行动", "围绕重点产业集群，五年引进培养高层次人才2000名。", "省委组织部", [HR, "省科技厅"]),
    item("2", "燕赵工匠培育计划", "每年评选“燕赵工匠”100名，建设技能大师工作室50个。", HR, ["省总工会"]),
]

BLOCKS = [
    ("chapter", 1, "发展基础和面临形势"),
    ("section", 1, "“十三五”时期取得的成就"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十三五”时期主要指标完成情况", T1),
    ("section", 2, "“十四五”时期面临的形势"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "发展目标"), ("p", "goal"),
    ("tbox", 2, "“十四五”时期主要指标", T2),
    ("p", "goal2035"),
    ("chapter", 3, "推动实现更加充分更高质量就业"),
    ("section", 1, "实施就业优先政策"), ("p", "emp"),
    ("section", 2, "统筹重点群体就业"), ("p", "emp_key"),
    ("section", 3, "健全终身职业技能培训制度"), ("p", "train"),
    ("box", 3, "就业创业重点项目", BOX3),
    ("chapter", 4, "健全多层次社会保障体系"),
    ("section", 1, "完善社会保险制度"), ("p", "pension"), ("p", "insure"),
    ("section", 2, "加强社会保险基金监管"), ("p", "fund"),
    ("box", 4, "社会保险重点项目", BOX4),
    ("chapter", 5, "建设高素质人才队伍"),
    ("section", 1, "加强专业技术人才队伍建设"), ("p", "talent"),
    ("section", 2, "加强技能人才队伍建设"), ("p", "skill"),
    ("box", 5, "人才发展重点项目", BOX5),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "深化工资收入分配制度改革"), ("p", "wage"),
    ("section", 2, "维护劳动者合法权益"), ("p", "labor"), ("p", "wageprot"),
    ("chapter", 7, "强化规划实施保障"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "加强监测评估"), ("p", "monitor"),
]


def render_t1(d):
    t = W.table(d, 1 + len(T1_ROWS), 6, [5.4, 1.4, 1.8, 2.9, 2.0, 2.2])
    for i, h in enumerate(["指标", "单位", "2015年", "“十三五”规划目标", "2020年完成", "完成情况"]):
        W.cell_text(t.rows[0].cells[i], h, bold=True)
    for r, (s, n, u, v) in enumerate(T1_ROWS, 1):
        W.cell_text(t.rows[r].cells[0], f"{s}.{n}", align="left")
        W.cell_text(t.rows[r].cells[1], u)
        for j, x in enumerate(v):
            W.cell_text(t.rows[r].cells[2 + j], x)


def render_t2(d):
    n = 3 + sum(len(rs) for _, rs in T2_ROWS)
    t = W.table(d, n, 7, [1.6, 0.9, 5.4, 2.0, 2.4, 1.6, 1.8])
    title = t.rows[0].cells[0].merge(t.rows[0].cells[6])
    W.cell_text(title, "专栏2　“十四五”时期主要指标", bold=True, size=12)
    h1, h2 = t.rows[1].cells, t.rows[2].cells
    for i, h in ((0, "类别"), (1, "序号"), (2, "指标名称"), (5, "单位"), (6, "指标属性")):
        m = h1[i].merge(h2[i])
        W.cell_text(m, h, bold=True)
    m = h1[3].merge(h1[4])
    W.cell_text(m, "目标值", bold=True)
    W.cell_text(t.rows[2].cells[3], "2020年", bold=True)
    W.cell_text(t.rows[2].cells[4], "2025年", bold=True)
    r = 3
    for cat, rs in T2_ROWS:
        first = r
        for s, pn, kn, v, u, a in rs:
            c = t.rows[r].cells
            W.cell_text(c[1], s)
            W.cell_text(c[2], pn, align="left")
            W.cell_text(c[3], v[0])
            W.cell_text(c[4], v[1])
            W.cell_text(c[5], u)
            W.cell_text(c[6], a)
            r += 1
        m = t.rows[first].cells[0].merge(t.rows[r - 1].cells[0])
        W.cell_text(m, cat)


def render():
    d = W.new_doc(font="仿宋", size=14)
    P = lambda text, **k: W.para(d, text, **k)  # noqa: E731
    P("河北省人民政府办公厅关于印发河北省人力资源和社会保障事业发展“十四五”规划的通知", bold=True, align="center", size=18)
    P("冀政办字〔2021〕142号", align="center")
    P("各市（含定州、辛集市）人民政府，雄安新区管委会，省政府各部门：", indent=False)
    P("《河北省人力资源和社会保障事业发展“十四五”规划》已经省政府同意，现印发给你们，请认真组织实施。")
    P("河北省人民政府办公厅", align="right")
    P("2021年11月2日", align="right")
    P("（此件公开发布）", indent=True)
    P("附件：" + TITLE, bold=True, align="center", size=18)
    P(prose("intro", **KW))
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            P(f"{cn(b[1])}、{b[2]}", bold=True, font="黑体", indent=True)
        elif k == "section":
            P(f"（{cn(b[1])}）{b[2]}", bold=True, font="楷体", indent=True)
        elif k == "p":
            P(prose(b[1], **KW))
        elif k == "tbox" and b[1] == 1:
            P(f"【专栏1】{b[2]}", bold=True, align="center")
            render_t1(d)
            P("注：〔〕内为五年累计数。", size=10.5, indent=False)
        elif k == "tbox" and b[1] == 2:
            render_t2(d)
            P("注：〔〕内为五年累计数。", size=10.5, indent=False)
        elif k == "box":
            P(f"【专栏{b[1]}】{b[2]}", bold=True, align="center")
            for it in b[3]:
                P(f"{it['seq']}.{it['name']}。{it['text']}")
                P(f"牵头单位：{it['lead']}；配合单位：{'、'.join(it['coop'])}", size=12)
    d.save(os.path.join(CORPUS, NAME + ".docx"))


def main():
    render()
    k = key(NAME + ".docx", None,
            ["Word .docx", "附件： prefix before the title", "一、/（一） headings", "【专栏N】 headings",
             "row number inside the name (1.城镇新增就业人数)", "完成情况 column of words",
             "merged title row 专栏2 as the table's first row",
             "two-row header: 指标名称 merged down, 目标值 spanning 2020年/2025年",
             "单位 column after the values", "指标属性 column", "类别 column merged down",
             "sub-rows （1）（2） under a parent row", "3‰ and 2021-2025年累计 cells", "empty unit cell",
             "items 1./2. with a following line 牵头单位：A；配合单位：B、C"],
            meta("河北省", None, "十四五", TITLE, signed="2021-11-02"),
            BLOCKS, contains=[prose("fund", **KW)], absent=[])
    for t in k["tables"]:
        pass
    write_key(NAME, k)


if __name__ == "__main__":
    main()
