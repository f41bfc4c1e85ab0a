"""v10_jiangxi_ruled.pdf: 江西省 "十四五" plan typeset directly to PDF (reportlab, embedded CJK
font) with tables ruled by drawn lines.

Constructs: a notice (文号, signature, 成文日期) on the first page; 一、/（一） headings; a
"十三五" completion table (专栏1) headed 指标 | 单位 | “十三五”规划目标 | 2020年实际完成 |
完成情况 whose 完成情况 cells are words (完成, 超额完成, 未完成) and whose two wrapped header
cells ("“十三五”" / "规划目标", "2020年" / "实际完成") sit inside one ruled cell each; a separate
"十四五" table (专栏2) headed 序号 | 指标 | 2020年 | 2025年 | 属性 with the unit inside the name;
footnote marks after some indicator names ("城镇新增就业人数（万人）①", "…★", "…②") and a
note line "注：①…；★…" under each table; programme 专栏 framed by a drawn rectangle, items
"1." with trailing bodies （A牵头，B、C配合）; a running header (the gazette's name and issue)
on every page after the first, and page numbers "- N -" at the foot of every page.

The key is written from the same data and was then read against `pdftotext -layout` output
and the page images by hand.
Run: /work/main/.venv/bin/python tests/corpus/make/v_make_v10.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402
import v_rl as R  # noqa: E402

NAME = "v10_jiangxi_ruled"
TITLE = "江西省人力资源和社会保障事业发展“十四五”规划"
KW = dict(S="全省", P="江西省", D="省人力资源社会保障厅", G="省委、省政府")
HR = "省人力资源社会保障厅"
HEADER = "江西省人民政府公报　　　　　　　　　　　　　　　　　　　　2021年第19期"

TEXT = {
    "base": "“十三五”时期，全省人力资源和社会保障系统紧紧围绕省委、省政府决策部署，坚持稳中求进工作总基调，各项事业取得显著成效。五年城镇新增就业243.6万人，农村劳动力新增转移就业318万人，城镇登记失业率控制在3.5%以内。企业职工基本养老保险参保人数达到1126万人，工伤保险参保人数达到533万人，高技能人才总量达到104.5万人。受新冠肺炎疫情等因素影响，失业保险参保扩面进度有所放缓，参保人数为286万人。",
    "env": "“十四五”时期是江西在加快革命老区高质量发展上走在前列、在推动中部地区崛起上勇争先、在推进长江经济带发展上善作为的关键时期。全省就业总量压力依然较大，结构性就业矛盾更加突出，人口老龄化加速发展，社会保险基金收支平衡压力持续加大，新就业形态劳动者权益保障面临新课题。",
}


def t(topic):
    return TEXT[topic] if topic in TEXT else prose(topic, **KW)


# ---- 专栏1 ---------------------------------------------------------------------------
C1 = ["“十三五”规划目标", "2020年实际完成", "完成情况"]
# (printed name, key name, unit, values)
T1_ROWS = [
    ("城镇新增就业人数①", "城镇新增就业人数", "万人", ["〔200〕", "〔243.6〕", "超额完成"]),
    ("城镇登记失业率", "城镇登记失业率", "%", ["<4.5", "3.1", "完成"]),
    ("农村劳动力新增转移就业人数①", "农村劳动力新增转移就业人数", "万人", ["〔300〕", "〔318〕", "超额完成"]),
    ("企业职工基本养老保险参保人数", "企业职工基本养老保险参保人数", "万人", ["1050", "1126", "超额完成"]),
    ("失业保险参保人数②", "失业保险参保人数", "万人", ["300", "286", "未完成"]),
    ("工伤保险参保人数", "工伤保险参保人数", "万人", ["520", "533", "完成"]),
    ("高技能人才总量", "高技能人才总量", "万人", ["100", "104.5", "完成"]),
]
T1 = {"columns": C1, "rows": [row(kn, v, C1, unit=u) for pn, kn, u, v in T1_ROWS]}
NOTE1 = "注：①为五年累计数；②受新冠肺炎疫情影响，2020年失业保险参保扩面进度放缓。"

# ---- 专栏2 ---------------------------------------------------------------------------
C2 = ["2020年", "2025年"]
# (seq, printed name, key name, unit, values, attribute)
T2_ROWS = [
    (1, "城镇新增就业人数（万人）①", "城镇新增就业人数", "万人", ["〔243.6〕", "〔>200〕"], "预期性"),
    (2, "城镇调查失业率（%）", "城镇调查失业率", "%", ["5.8", "<5.5"], "预期性"),
    (3, "农村劳动力转移就业总量（万人）", "农村劳动力转移就业总量", "万人", ["1056", "1080"], "预期性"),
    (4, "补贴性职业技能培训（万人次）①", "补贴性职业技能培训", "万人次", ["〔260〕", "〔200〕"], "预期性"),
    (5, "基本养老保险参保率（%）", "基本养老保险参保率", "%", ["91", "95"], "预期性"),
    (6, "失业保险参保人数（万人）", "失业保险参保人数", "万人", ["286", "330"], "预期性"),
    (7, "工伤保险参保人数（万人）", "工伤保险参保人数", "万人", ["533", "600"], "预期性"),
    (8, "电子社会保障卡签发覆盖率（%）★", "电子社会保障卡签发覆盖率", "%", ["32", "70"], "预期性"),
    (9, "专业技术人才总量（万人）", "专业技术人才总量", "万人", ["178", "210"], "预期性"),
    (10, "高技能人才占技能人才比例（%）★", "高技能人才占技能人才比例", "%", ["27", "30"], "预期性"),
    (11, "劳动人事争议仲裁结案率（%）", "劳动人事争议仲裁结案率", "%", ["95.5", ">90"], "约束性"),
    (12, "根治欠薪案件按期办结率（%）★", "根治欠薪案件按期办结率", "%", ["97", "100"], "约束性"),
]
T2 = {"columns": C2, "rows": [row(kn, v, C2, unit=u, attribute=a, seq=s) for s, pn, kn, u, v, a in T2_ROWS]}
NOTE2 = "注：①〔〕内为五年累计数；★为“十四五”时期新增指标。"


def item(seq, name, text, lead, coop):
    bodies = [(lead, "lead")] + [(c, "cooperating") for c in coop]
    tail = lead + "牵头" + ("，" + "、".join(coop) + "配合" if coop else "")
    return {"seq": seq, "name": name, "line": f"{seq}.{name}。{text}（{tail}）", "bodies": bodies}


BOX3 = [
    item("1", "赣鄱英才就业创业行动", "每年开展高校毕业生就业服务月、民营企业招聘月等专项活动，五年帮助离校未就业高校毕业生实现就业10万人以上。", HR, ["省教育厅", "团省委"]),
    item("2", "返乡创业示范工程", "依托县域产业园区建设返乡创业园80个，五年扶持返乡创业6万人，带动就业20万人。", HR, ["省发展改革委", "省农业农村厅", "省财政厅"]),
    item("3", "零工市场建设工程", "在设区市和县（市、区）建设规范化零工市场100个，为灵活就业人员提供求职登记、岗位推荐等免费服务。", HR, ["省民政厅"]),
]
BOX4 = [
    item("1", "全民参保精准扩面工程", "建立全民参保数据库，对未参保人员实施精准扩面，基本养老保险参保率达到95%。", HR, ["省税务局", "省公安厅"]),
    item("2", "工伤预防能力提升工程", "以矿山、危险化学品、建筑施工等行业为重点，五年开展工伤预防培训20万人次。", HR, ["省应急厅", "省住房城乡建设厅"]),
]
BOX5 = [
    item("1", "和谐劳动关系创建示范工程", "培育省级和谐劳动关系创建示范企业500家、示范工业园区30个。", HR, ["省总工会", "省工商联", "省企业联合会"]),
    item("2", "根治欠薪攻坚行动", "全面推行工资专用账户和农民工实名制管理，实现欠薪案件动态清零。", HR, ["省住房城乡建设厅", "省交通运输厅", "省水利厅"]),
]

BLOCKS = [
    ("chapter", 1, "发展基础和面临形势"),
    ("section", 1, "“十三五”时期取得的主要成就"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十三五”时期主要指标完成情况", T1),
    ("section", 2, "“十四五”时期面临的机遇和挑战"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "发展目标"), ("p", "goal"), ("p", "goal2035"),
    ("tbox", 2, "“十四五”时期人力资源和社会保障事业发展主要指标", T2),
    ("chapter", 3, "促进更加充分更高质量就业"),
    ("section", 1, "强化就业优先政策"), ("p", "emp"),
    ("section", 2, "统筹重点群体就业"), ("p", "emp_key"), ("p", "emp_biz"),
    ("section", 3, "加强职业技能培训"), ("p", "train"),
    ("box", 3, "就业创业重点工程", BOX3),
    ("chapter", 4, "完善多层次社会保障体系"),
    ("section", 1, "健全养老保险制度"), ("p", "pension"),
    ("section", 2, "扩大社会保险覆盖面"), ("p", "insure"),
    ("section", 3, "加强基金安全监管"), ("p", "fund"),
    ("box", 4, "社会保障重点工程", BOX4),
    ("chapter", 5, "加强人才队伍建设"),
    ("section", 1, "集聚高层次人才"), ("p", "talent"),
    ("section", 2, "壮大技能人才队伍"), ("p", "skill"),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "健全工资分配制度"), ("p", "wage"),
    ("section", 2, "维护劳动者合法权益"), ("p", "labor"), ("p", "wageprot"),
    ("box", 5, "劳动关系重点工程", BOX5),
    ("chapter", 7, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "强化资金保障"), ("p", "funds"),
    ("section", 3, "加强监测评估"), ("p", "monitor"),
]


class Writer(R.Writer):
    """Running header above a rule on every page after the first; - N - at the foot."""

    def furniture(self):
        c = self.c
        c.setFont(R.FONT, 10.5)
        num = self.page_fmt.format(n=self.n)
        c.drawString(R.W / 2 - R.width(num, 10.5) / 2, 40, num)
        if self.n > 1:
            c.setFont(R.FONT, 9)
            c.drawString(R.LEFT, R.H - 50, HEADER)
            c.setLineWidth(0.5)
            c.line(R.LEFT, R.H - 55, R.RIGHT, R.H - 55)


def ruled(w, widths, rows, aligns, size=10, lead=1.45, pad=4):
    """A grid: every cell a list of lines; widths in points from R.LEFT; all rules drawn."""
    xs = [R.LEFT]
    for wd in widths:
        xs.append(xs[-1] + wd)
    heights = [max(len(c) for c in r) * size * lead + 2 * pad for r in rows]
    w.need(sum(heights) + 4)
    c = w.c
    c.setLineWidth(0.6)
    top = w.y
    c.line(xs[0], top, xs[-1], top)
    y = top
    for r, h in zip(rows, heights):
        for cell, x0, x1, al in zip(r, xs, xs[1:], aligns):
            n = len(cell)
            block = n * size * lead
            first = y - (h - block) / 2 - size * (lead - 1) / 2 - size * 0.85
            for i, ln in enumerate(cell):
                yy = first - i * size * lead
                c.setFont(R.FONT, size)
                if al == "left":
                    c.drawString(x0 + pad, yy, ln)
                else:
                    c.drawString((x0 + x1) / 2 - R.width(ln, size) / 2, yy, ln)
        y -= h
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, y)
    w.y = y - 4


def render_t1(w):
    rows = [[["指标"], ["单位"], ["“十三五”", "规划目标"], ["2020年", "实际完成"], ["完成情况"]]]
    rows += [[[pn], [u]] + [[x] for x in v] for pn, kn, u, v in T1_ROWS]
    ruled(w, [185, 45, 75, 75, 71], rows, ["left", "center", "center", "center", "center"])


def render_t2(w):
    rows = [[["序号"], ["指标"], ["2020年"], ["2025年"], ["属性"]]]
    rows += [[[str(s)], [pn]] + [[x] for x in v] + [[a]] for s, pn, kn, u, v, a in T2_ROWS]
    ruled(w, [36, 220, 70, 70, 55], rows, ["center", "left", "center", "center", "center"])


def render_box(w, no, title, items, size=11):
    lines = []
    for it in items:
        ls = R.wrap(it["line"], size, R.RIGHT - R.LEFT - 24 - size * 2)
        first = [ls[0]]
        rest = "".join(ls[1:])
        lines.append(first + (R.wrap(rest, size, R.RIGHT - R.LEFT - 24) if rest else []))
    h = 12 * 1.9 + sum(len(ls) for ls in lines) * size * 1.7 + 14
    w.need(h)
    top = w.y
    w.line(f"专栏{no}　{title}", 12, align="center", lead=1.9)
    for ls in lines:
        for i, ln in enumerate(ls):
            w.line(ln, size, x=R.LEFT + 12 + (size * 2 if i == 0 else 0), lead=1.7)
    w.gap(8)
    w.c.setLineWidth(0.8)
    w.c.rect(R.LEFT, w.y, R.RIGHT - R.LEFT, top - w.y)
    w.gap(8)


def render():
    w = Writer(os.path.join(CORPUS, NAME + ".pdf"), page_fmt="- {n} -")
    w.c.setAuthor("")
    w.gap(10)
    w.line("江西省人民政府办公厅关于印发江西省人力资源和社会保障", 16, align="center", lead=1.9)
    w.line("事业发展“十四五”规划的通知", 16, align="center", lead=1.9)
    w.line("赣府厅发〔2021〕33号", 12, align="center", lead=2)
    w.gap(6)
    w.line("各市、县（区）人民政府，省政府各部门：", 12)
    w.para("《江西省人力资源和社会保障事业发展“十四五”规划》已经省政府同意，现印发给你们，请认真贯彻执行。")
    w.gap(10)
    w.line("江西省人民政府办公厅", 12, align="right", x=30)
    w.line("2021年9月18日", 12, align="right", x=48)
    w.line("（此件主动公开）", 12, x=R.LEFT + 24)
    w.gap(24)
    w.line(TITLE, 17, align="center", lead=2.2)
    w.gap(8)
    w.para("为深入贯彻落实党中央、国务院和省委、省政府关于人力资源和社会保障工作的决策部署，推动全省人力资源和社会保障事业高质量发展，根据《江西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》和《人力资源和社会保障事业发展“十四五”规划》，制定本规划。")
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            w.gap(6)
            w.line(f"{cn(b[1])}、{b[2]}", 14, x=R.LEFT + 24, lead=2)
        elif k == "section":
            w.line(f"（{cn(b[1])}）{b[2]}", 12.5, x=R.LEFT + 24, lead=1.9)
        elif k == "p":
            w.para(t(b[1]))
        elif k == "tbox":
            w.gap(6)
            w.need(12 * 2 + 40)
            w.line(f"专栏{b[1]}　{b[2]}", 12, align="center", lead=2)
            w.gap(4)
            (render_t1 if b[1] == 1 else render_t2)(w)
            w.line(NOTE1 if b[1] == 1 else NOTE2, 9.5, x=R.LEFT, lead=1.6)
            w.gap(6)
        elif k == "box":
            w.gap(6)
            render_box(w, b[1], b[2], b[3])
    w.save()


CONTAINS = [prose("emp_key", **KW)]  # runs from page 3 onto page 4 ("确保零" / "就业家庭动态清零。")
ABSENT = ["- 2 -", "- 3 -", "- 4 -", "江西省人民政府公报"]


def main():
    render()
    k = key(NAME + ".pdf", None,
            ["reportlab PDF, embedded CJK font, tables ruled with drawn lines",
             "notice with 文号, signature and 成文日期 on the first page, notice title over two lines",
             "一、/（一） headings",
             "“十三五” completion table headed 指标 | 单位 | “十三五”规划目标 | 2020年实际完成 | 完成情况, words 完成/超额完成/未完成",
             "header cells wrapped inside one ruled cell (“十三五” / 规划目标, 2020年 / 实际完成)",
             "separate “十四五” table 序号 | 指标 | 2020年 | 2025年 | 属性, unit inside the name",
             "footnote marks after indicator names (…（万人）①, …★, …②) with note lines 注：①…；★… under the tables (marks not part of the name)",
             "programme 专栏 framed by a drawn rectangle, items 1. with trailing （A牵头，B、C配合）",
             "running header (gazette name and issue) on pages after the first, page numbers - N - on every page"],
            meta("江西省", None, "十四五", TITLE, signed="2021-09-18"),
            BLOCKS, contains=CONTAINS, absent=ABSENT)
    write_key(NAME, k)


if __name__ == "__main__":
    main()
