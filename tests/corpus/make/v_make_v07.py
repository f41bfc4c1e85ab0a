"""v07_yibin_boxes.txt: 宜宾市 "十四五" plan as a UTF-8 (with BOM) text copy whose tables are drawn
with box characters.

Constructs: a table of contents (目录 with dotted leaders and page numbers) before the body;
第N篇 parts over 第N章 chapters and 第N节 sections; box-character tables (┌─┬─┐ │ ├─┼─┤ └─┴─┘)
with a header cell printed over two lines (2020年 / 完成值), a header of two rows with 2025年
spanning 目标值 and 累计, category rows spanning the table; an indicator 专栏 whose table lost
its cell separators (numbers run together: unreadable); items ■ with （A牵头，B、C配合）,
"（A、B按职责分工负责）" (no roles) and "（A牵头，B参与）".
"""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402

NAME = "v07_yibin_boxes"
TITLE = "宜宾市“十四五”人力资源和社会保障事业发展规划"
KW = dict(S="全市", P="宜宾市", D="市人力资源社会保障局", G="市委、市政府", Q="四川省")
HR = "市人力资源社会保障局"


def dw(s):
    return sum(1 if ord(ch) < 0x80 else 2 for ch in s)


def pad(s, w, align="center"):
    gap = w - dw(s)
    if align == "left":
        return s + " " * gap
    left = gap // 2
    return " " * left + s + " " * (gap - left)


def rule(widths, l, m, r):
    return l + m.join("─" * (w // 2) for w in widths) + r


def line(cells, widths, aligns):
    return "│" + "│".join(pad(c, w, a) for c, w, a in zip(cells, widths, aligns)) + "│"


# ---- 专栏1 -------------------------------------------------------------------------------
C1 = ["2015年", "规划目标", "2020年完成值"]
T1_ROWS = [
    ("城镇新增就业人数", "万人", ["〔14.2〕", "〔13〕", "〔15.6〕"]),
    ("城镇登记失业率", "%", ["3.8", "<4.2", "3.6"]),
    ("农村劳动力转移就业人数", "万人", ["168", "170", "176.3"]),
    ("城乡居民基本养老保险参保人数", "万人", ["215", "220", "226.8"]),
    ("企业职工基本养老保险参保人数", "万人", ["82", "100", "113.5"]),
    ("高技能人才总量", "万人", ["6.8", "9", "10.2"]),
]
T1 = {"columns": C1, "rows": [row(n, v, C1, unit=u) for n, u, v in T1_ROWS]}


def draw_t1():
    W = [30, 6, 10, 10, 12]
    A = ["left", "center", "center", "center", "center"]
    out = [rule(W, "┌", "┬", "┐"),
           line(["指标", "单位", "2015年", "规划目标", "2020年"], W, ["center"] * 5),
           line(["", "", "", "", "完成值"], W, ["center"] * 5),
           rule(W, "├", "┼", "┤")]
    for i, (n, u, v) in enumerate(T1_ROWS):
        out.append(line([n, u] + v, W, A))
        out.append(rule(W, "├", "┼", "┤") if i < len(T1_ROWS) - 1 else rule(W, "└", "┴", "┘"))
    return out


# ---- 专栏2 -------------------------------------------------------------------------------
C2 = ["2020年", "2025年目标值", "2025年累计"]
T2_ROWS = [
    ("就业创业", [
        (1, "城镇新增就业人数", "万人", ["3.1", "3", "〔15〕"], "预期性"),
        (2, "城镇调查失业率", "%", ["5.7", "<5.5", "—"], "预期性"),
        (3, "农村劳动力转移就业人数", "万人", ["176.3", "180", "—"], "预期性"),
        (4, "补贴性职业技能培训", "万人次", ["4.6", "4", "〔20〕"], "预期性"),
    ]),
    ("社会保障", [
        (5, "基本养老保险参保率", "%", ["90", "95", "—"], "预期性"),
        (6, "失业保险参保人数", "万人", ["31.2", "36", "—"], "预期性"),
        (7, "工伤保险参保人数", "万人", ["48.5", "55", "—"], "预期性"),
    ]),
    ("人才和劳动关系", [
        (8, "新增高技能人才", "万人", ["—", "—", "〔3〕"], "预期性"),
        (9, "劳动人事争议仲裁结案率", "%", ["95.2", ">95", "—"], "约束性"),
        (10, "欠薪案件动态清零率", "%", ["100", "100", "—"], "约束性"),
    ]),
]
T2 = {"columns": C2, "rows": [row(n, v, C2, unit=u, attribute=a, category=cat, seq=s)
                              for cat, rs in T2_ROWS for s, n, u, v, a in rs]}


def draw_t2():
    W = [6, 28, 8, 8, 10, 8, 8]
    A = ["center", "left", "center", "center", "center", "center", "center"]
    left4 = W[:4]
    span = W[4] + 2 + W[5]
    head1 = "│" + "│".join(pad(h, w) for h, w in zip(["序号", "指标", "单位", "2020年"], left4)) + \
        "│" + pad("2025年", span) + "│" + pad("属性", W[6]) + "│"
    head2 = "│" + "│".join(" " * w for w in left4) + "├" + "─" * (W[4] // 2) + "┬" + \
        "─" * (W[5] // 2) + "┤" + " " * W[6] + "│"
    head3 = line(["", "", "", "", "目标值", "累计", ""], W, ["center"] * 7)
    top = "┌" + "┬".join("─" * (w // 2) for w in left4) + "┬" + "─" * (span // 2) + "┬" + "─" * (W[6] // 2) + "┐"
    full = sum(W) + len(W) - 1
    out = [top, head1, head2, head3]
    for cat, rs in T2_ROWS:
        out.append(rule(W, "├", "┴", "┤"))
        out.append("│" + pad(cat, full, "left") + "│")
        out.append(rule(W, "├", "┬", "┤"))
        for j, (s, n, u, v, a) in enumerate(rs):
            if j:
                out.append(rule(W, "├", "┼", "┤"))
            out.append(line([str(s), n, u] + v + [a], W, A))
    out.append(rule(W, "└", "┴", "┘"))
    return out


# ---- 专栏6: the cell separators were lost in this copy ------------------------------------
T6_LINES = [
    "指标单位2020年2025年属性",
    "专业技术人才总量万人52.660预期性",
    "高技能人才总量万人10.214预期性",
    "博士后科研工作站数个815预期性",
    "技能大师工作室数个2436预期性",
    "每万名劳动力中高技能人才数人3.745预期性",
]


def item(name, sep, text, bodies, tail):
    return {"seq": None, "name": name, "sep": sep, "text": text, "bodies": bodies, "tail": tail}


L_, C_ = "lead", "cooperating"
BOX3 = [
    item("就业容量拓展工程", "。", "依托动力电池、晶硅光伏等产业发展扩大就业容量，五年新增城镇就业15万人。",
         [(HR, L_), ("市发展改革委", C_), ("市经济和信息化局", C_)], "（市人力资源社会保障局牵头，市发展改革委、市经济和信息化局配合）"),
    item("重点群体就业帮扶工程", "。", "做好高校毕业生、退役军人、脱贫劳动力等重点群体就业，城镇零就业家庭动态清零。",
         [(HR, L_), ("市教育和体育局", C_), ("市退役军人事务局", C_)], "（市人力资源社会保障局牵头，市教育和体育局、市退役军人事务局配合）"),
    item("“创业宜宾”行动", "。", "建设市级创业孵化基地10个，发放创业担保贷款10亿元。",
         [(HR, None), ("市财政局", None)], "（市人力资源社会保障局、市财政局按职责分工负责）"),
]
BOX4 = [
    item("全民参保攻坚行动", "：", "推动新就业形态从业人员和灵活就业人员参加社会保险，基本养老保险参保率达到95%。",
         [(HR, L_), ("市税务局", C_)], "（市人力资源社会保障局牵头，市税务局配合）"),
    item("社会保险经办能力提升工程", "：", "推进社会保险经办服务“一网通办”，建设15分钟社保服务圈。",
         [(HR, L_)], "（市人力资源社会保障局牵头）"),
]
BOX5 = [
    item("“宜宾英才”计划", "。", "面向重点产业引进培育高层次人才和急需紧缺人才3000名。",
         [("市委组织部", L_), (HR, C_), ("市科技局", C_)], "（市委组织部牵头，市人力资源社会保障局、市科技局配合）"),
    item("技能宜宾行动", "。", "建设高技能人才培训基地5个、技能大师工作室20个，五年新增高技能人才3万人。",
         [(HR, L_), ("市总工会", C_)], "（市人力资源社会保障局牵头，市总工会参与）"),
]

BLOCKS = [
    ("part", 1, "发展基础与总体要求"),
    ("chapter", 1, "发展基础和发展环境"),
    ("section", 1, "发展基础"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十三五”时期主要指标完成情况", T1),
    ("section", 2, "发展环境"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "主要目标"), ("p", "goal"),
    ("tbox", 2, "“十四五”时期主要指标", T2),
    ("part", 2, "主要任务"),
    ("chapter", 3, "促进更加充分更高质量就业"),
    ("section", 1, "强化就业优先政策"), ("p", "emp"),
    ("section", 2, "促进重点群体就业"), ("p", "emp_key"), ("p", "emp_biz"),
    ("box", 3, "就业创业重点工程", BOX3),
    ("chapter", 4, "健全多层次社会保障体系"),
    ("section", 1, "完善社会保险制度"), ("p", "pension"), ("p", "insure"),
    ("section", 2, "加强基金监管"), ("p", "fund"),
    ("box", 4, "社会保障重点工程", BOX4),
    ("chapter", 5, "打造高素质人才队伍"),
    ("section", 1, "集聚创新人才"), ("p", "talent"),
    ("section", 2, "壮大技能人才队伍"), ("p", "skill"),
    ("box", 5, "人才和技能重点工程", BOX5),
    ("utbox", 6, "“十四五”时期人才发展主要指标", 5),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "完善工资分配制度"), ("p", "wage"),
    ("section", 2, "维护劳动者合法权益"), ("p", "labor"), ("p", "wageprot"),
    ("part", 3, "保障措施"),
    ("chapter", 7, "强化规划实施保障"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "强化监测评估"), ("p", "monitor"),
]

TOC = [("part", 1, 1), ("chapter", 1, 1), ("chapter", 2, 3), ("part", 2, 5), ("chapter", 3, 5),
       ("chapter", 4, 7), ("chapter", 5, 8), ("chapter", 6, 10), ("part", 3, 11), ("chapter", 7, 11)]


def render():
    L = ["宜宾市人民政府", "关于印发《宜宾市“十四五”人力资源和社会保障事业发展规划》的通知",
         "宜府发〔2022〕3号", "",
         "各县（区）人民政府，临港经开区、三江新区管委会，市级各部门：",
         "    现将《宜宾市“十四五”人力资源和社会保障事业发展规划》印发给你们，请认真组织实施。", "",
         "                                        宜宾市人民政府",
         "                                       2022年1月14日", "", "",
         TITLE, "", "目    录", ""]
    titles = {(b[0], b[1]): b[2] for b in BLOCKS if b[0] in ("part", "chapter")}
    for kind, no, page in TOC:
        t = titles[(kind, no)]
        head = f"第{cn(no)}篇  {t}" if kind == "part" else f"  第{cn(no)}章  {t}"
        L.append(head + "…" * max(4, (52 - dw(head)) // 2) + str(page))
    L += ["", "", "    " + prose("intro_city", **KW), ""]
    for b in BLOCKS:
        k = b[0]
        if k == "part":
            L += ["", f"第{cn(b[1])}篇  {b[2]}", ""]
        elif k == "chapter":
            L += [f"第{cn(b[1])}章  {b[2]}", ""]
        elif k == "section":
            L += [f"    第{cn(b[1])}节  {b[2]}"]
        elif k == "p":
            L += ["    " + prose(b[1], **KW), ""]
        elif k == "tbox":
            L += [f"专栏{b[1]}  {b[2]}"] + (draw_t1() if b[1] == 1 else draw_t2())
            L += ["注：〔〕内为五年累计数。", ""]
        elif k == "utbox":
            L += [f"专栏{b[1]}  {b[2]}"] + T6_LINES + [""]
        elif k == "box":
            L += [f"专栏{b[1]}  {b[2]}"]
            for it in b[3]:
                L.append(f"■{it['name']}{it['sep']}{it['text']}{it['tail']}")
            L += [""]
    with open(os.path.join(CORPUS, NAME + ".txt"), "w", encoding="utf-8-sig", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    render()
    k = key(NAME + ".txt", "utf-8-sig",
            ["UTF-8 text with BOM", "table of contents with dotted leaders before the body",
             "第N篇 parts over 第N章 chapters and 第N节 sections", "notice with signature and 成文日期",
             "box-character tables (┌─┬─┐ │ ├─┼─┤)", "header cell over two lines (2020年 / 完成值)",
             "header of two rows, 2025年 spanning 目标值 and 累计", "category rows spanning the table",
             "专栏N title headings", "an indicator 专栏 whose cells run together (unreadable)",
             "items ■ with （A牵头，B、C配合）", "（A、B按职责分工负责） without roles", "（A牵头，B参与）"],
            meta("四川省", "宜宾市", "十四五", TITLE, signed="2022-01-14"),
            BLOCKS, contains=[prose("emp_key", **KW)], absent=[])
    write_key(NAME, k)


if __name__ == "__main__":
    main()
