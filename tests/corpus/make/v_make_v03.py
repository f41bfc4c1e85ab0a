"""v03_jilin_lo.pdf: 吉林省 "十四五" plan, a Word file printed to PDF with LibreOffice.

Build: python v_make_v03.py  (writes /tmp/v03/v03_jilin_lo.docx, runs
`soffice --headless --convert-to pdf`, copies the PDF into the corpus).

Constructs: a notice with signature and 成文日期, then "附件" alone on its line before the title;
"第一章" alone on its line with the chapter title on the next; 第N节; "专栏N" alone on its
line with the title on the next; a ruled indicator table that runs over a page break WITHOUT a
repeated header, category rows merged across the table, a cell printed over two lines
("稳定在" / "95%以上"), an unnumbered 其中： row; items ①② with bodies as a trailing （A、B）;
page numbers "— N —" in the footer.
"""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402
import v_docx as W  # noqa: E402

NAME = "v03_jilin_lo"
TITLE = "吉林省人力资源和社会保障事业发展“十四五”规划"
KW = dict(S="全省", P="吉林省", D="省人力资源社会保障厅", G="省委、省政府")
HR = "省人力资源社会保障厅"
OUT = "/tmp/v03"

C1 = ["2015年基数", "规划目标", "2020年实现"]
T1_ROWS = [
    ("城镇新增就业人数", "万人", ["〔260〕", "〔250〕", "〔263.5〕"]),
    ("城镇登记失业率", "%", ["3.5", "<4.5", "3.3"]),
    ("城镇职工基本养老保险参保人数", "万人", ["790", "900", "1020"]),
    ("失业保险参保人数", "万人", ["238", "250", "260"]),
    ("高技能人才总量", "万人", ["62", "80", "86"]),
    ("劳动人事争议仲裁结案率", "%", ["93", ">90", "95.6"]),
]
T1 = {"columns": C1, "rows": [row(n, v, C1, unit=u) for n, u, v in T1_ROWS]}

C2 = ["2020年", "2025年"]
T2_ROWS = [
    ("就业创业", [
        (1, "城镇新增就业人数", "万人", ["〔118〕", "〔110〕"], "预期性"),
        (2, "城镇调查失业率", "%", ["6.1", "<5.5"], "预期性"),
        (3, "农村劳动力转移就业人数", "万人", ["318", ">300"], "预期性"),
        (4, "高校毕业生留省就业比例", "%", ["52", ">55"], "预期性"),
        (5, "补贴性职业技能培训", "万人次", ["〔125〕", "〔100〕"], "预期性"),
    ]),
    ("社会保障", [
        (6, "基本养老保险参保率", "%", ["90.5", "稳定在\n95%以上"], "预期性"),
        (7, "企业职工基本养老保险参保人数", "万人", ["1020", "1100"], "预期性"),
        (8, "失业保险参保人数", "万人", ["260", "280"], "预期性"),
        (9, "工伤保险参保人数", "万人", ["410", "440"], "预期性"),
        (10, "社会保障卡持卡人口覆盖率", "%", ["96", "99"], "预期性"),
    ]),
    ("人才队伍", [
        (11, "专业技术人才总量", "万人", ["142", "160"], "预期性"),
        (12, "技能人才总量", "万人", ["320", "360"], "预期性"),
        (None, "其中：高技能人才", "万人", ["86", "110"], "预期性"),
    ]),
    ("劳动关系与公共服务", [
        (13, "劳动人事争议仲裁结案率", "%", ["95.6", ">95"], "约束性"),
        (14, "劳动保障监察举报投诉案件按期结案率", "%", ["97", ">96"], "约束性"),
        (15, "人社政务服务事项网上可办率", "%", ["85", ">95"], "预期性"),
    ]),
]
T2 = {"columns": C2, "rows": [
    row(n, [x.replace("\n", "") for x in v], C2, unit=u, attribute=a, category=cat, seq=s)
    for cat, rs in T2_ROWS for s, n, u, v, a in rs]}


def item(seq, name, text, bodies):
    return {"seq": seq, "name": name, "text": text, "bodies": [(b, None) for b in bodies]}


CIRC = "①②③④⑤"
BOX3 = [
    item("1", "就业服务质量提升工程", "建设“吉人才”就业服务平台，推行“互联网+就业服务”，五年开展线上线下招聘活动5000场次", [HR, "省教育厅"]),
    item("2", "返乡创业促进工程", "支持建设县级返乡创业孵化基地60个，扶持返乡创业3万人", [HR, "省农业农村厅"]),
    item("3", "“吉人吉岗”就业援助行动", "对就业困难人员实行实名制动态管理和分类帮扶，零就业家庭动态清零", [HR]),
]
BOX4 = [
    item("1", "养老保险提质扩面行动", "推动企业职工基本养老保险参保人数达到1100万人", [HR, "省税务局"]),
    item("2", "工伤预防能力建设工程", "建设省级工伤预防示范基地10个", [HR, "省应急厅", "省卫生健康委"]),
]
BOX5 = [
    item("1", "长白山人才工程", "每年选拔高层次创新创业人才和团队100个", ["省委组织部", HR]),
    item("2", "吉林工匠培育工程", "新建高技能人才培训基地20个、技能大师工作室40个", [HR, "省总工会"]),
    item("3", "专业技术人才知识更新工程", "每年开展高级研修项目30期，培训专业技术人员2万人次", [HR]),
]

GOAL1 = ("——就业局势保持稳定。“十四五”期间城镇新增就业110万人以上，城镇调查失业率控制在5.5%以内，"
         "农村劳动力转移就业规模稳定在300万人以上，高校毕业生留省就业比例超过55%。")
GOAL2 = ("——社会保障体系更加完善。基本养老保险参保率稳定在95%以上，失业保险、工伤保险参保人数稳步增长，"
         "社会保险基金安全平稳运行，社会保障卡持卡人口覆盖率达到99%。")
GOAL3 = ("——人才队伍结构持续优化。专业技术人才总量达到160万人，技能人才总量达到360万人，其中高技能人才达到110万人，"
         "劳动关系和谐稳定，劳动人事争议仲裁结案率保持在95%以上。")

BLOCKS = [
    ("chapter", 1, "发展环境"),
    ("section", 1, "发展基础"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十三五”时期主要指标完成情况", T1),
    ("section", 2, "面临形势"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "主要目标"), ("p", "goal"), ("t", GOAL1), ("t", GOAL2), ("t", GOAL3), ("p", "goal2035"),
    ("tbox", 2, "“十四五”时期人力资源和社会保障事业发展主要指标", T2),
    ("chapter", 3, "促进更加充分更高质量就业"),
    ("section", 1, "强化就业优先政策"), ("p", "emp"),
    ("section", 2, "促进重点群体就业"), ("p", "emp_key"), ("p", "emp_biz"),
    ("box", 3, "就业促进工程", BOX3),
    ("chapter", 4, "完善社会保障体系"),
    ("section", 1, "健全养老保险制度"), ("p", "pension"),
    ("section", 2, "推进全民参保"), ("p", "insure"), ("p", "fund"),
    ("box", 4, "社会保障惠民工程", BOX4),
    ("chapter", 5, "建设高素质人才队伍"),
    ("section", 1, "加强高层次人才队伍建设"), ("p", "talent"),
    ("section", 2, "壮大技能人才队伍"), ("p", "skill"),
    ("box", 5, "人才振兴工程", BOX5),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "完善工资分配制度"), ("p", "wage"),
    ("section", 2, "维护劳动者权益"), ("p", "labor"), ("p", "wageprot"),
    ("chapter", 7, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "加强监测评估"), ("p", "monitor"),
]


def render_t1(d):
    t = W.table(d, 1 + len(T1_ROWS), 5, [6.0, 1.6, 2.6, 2.6, 2.6])
    for i, h in enumerate(["指标", "单位"] + C1):
        W.cell_text(t.rows[0].cells[i], h, bold=True)
    for r, (n, u, v) in enumerate(T1_ROWS, 1):
        W.cell_text(t.rows[r].cells[0], n, align="left")
        W.cell_text(t.rows[r].cells[1], u)
        for j, x in enumerate(v):
            W.cell_text(t.rows[r].cells[2 + j], x)


def render_t2(d):
    n = 1 + sum(1 + len(rs) for _, rs in T2_ROWS)
    t = W.table(d, n, 6, [1.2, 6.6, 1.8, 2.0, 2.4, 1.8])
    for i, h in enumerate(["序号", "指标", "单位", "2020年", "2025年", "属性"]):
        W.cell_text(t.rows[0].cells[i], h, bold=True, size=11)
    r = 1
    for cat, rs in T2_ROWS:
        m = t.rows[r].cells[0].merge(t.rows[r].cells[5])
        W.cell_text(m, cat, bold=True, align="left", size=11)
        r += 1
        for s, nm, u, v, a in rs:
            c = t.rows[r].cells
            W.cell_text(c[0], "" if s is None else str(s), size=11)
            W.cell_text(c[1], nm, align="left", size=11)
            W.cell_text(c[2], u, size=11)
            W.cell_text(c[3], v[0], size=11)
            W.cell_text(c[4], v[1], size=11)
            W.cell_text(c[5], a, size=11)
            r += 1


def render_box(d, no, title, items):
    t = W.table(d, 1, 1, [15.6])
    c = t.rows[0].cells[0]
    W.cell_text(c, f"专栏{no}\n{title}", bold=True, size=12)
    for i, it in enumerate(items):
        p = c.add_paragraph()
        p.paragraph_format.first_line_indent = W.Pt(21)
        r = p.add_run(f"{CIRC[i]}{it['name']}。{it['text']}。" + (
            "（" + "、".join(b for b, _ in it["bodies"]) + "）" if it["bodies"] else ""))
        r.font.size = W.Pt(11)


def render():
    d = W.new_doc(font="WenQuanYi Micro Hei", size=12)
    W.page_number_footer(d.sections[0])
    P = lambda text, **k: W.para(d, text, **k)  # noqa: E731
    P("吉林省人民政府办公厅", bold=True, align="center", size=20)
    P("关于印发吉林省人力资源和社会保障事业发展“十四五”规划的通知", bold=True, align="center", size=16)
    P("吉政办发〔2021〕39号", align="center")
    P("各市（州）人民政府，长白山管委会，各县（市）人民政府，省政府各厅委办、各直属机构：", indent=False)
    P("现将《吉林省人力资源和社会保障事业发展“十四五”规划》印发给你们，请认真组织实施。")
    P("吉林省人民政府办公厅", align="right")
    P("2021年8月27日", align="right")
    P("（此件公开发布）")
    d.add_page_break()
    P("附件", bold=True, indent=False)
    P(TITLE, bold=True, align="center", size=18)
    P(prose("intro", **KW))
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            P(f"第{cn(b[1])}章", bold=True, align="center", size=14)
            P(b[2], bold=True, align="center", size=14)
        elif k == "section":
            P(f"第{cn(b[1])}节　{b[2]}", bold=True, indent=True)
        elif k == "p":
            P(prose(b[1], **KW))
        elif k == "t":
            P(b[1])
        elif k == "tbox":
            P(f"专栏{b[1]}", bold=True, align="center")
            P(b[2], bold=True, align="center")
            (render_t1 if b[1] == 1 else render_t2)(d)
            P("注：〔〕内为五年累计数。", size=10, indent=False)
        elif k == "box":
            render_box(d, b[1], b[2], b[3])
            P("", indent=False)
    os.makedirs(OUT, exist_ok=True)
    src = os.path.join(OUT, NAME + ".docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(OUT, NAME + ".pdf"), os.path.join(CORPUS, NAME + ".pdf"))


# the 指导思想 paragraph runs from page 2 onto page 3
CONTAINS = [prose("guide", **KW)]


def main():
    render()
    k = key(NAME + ".pdf", None,
            ["LibreOffice PDF of a Word file", "notice with signature and 成文日期",
             "附件 alone on its line before the title", "第一章 alone on its line, title on the next",
             "专栏N alone on its line, title on the next", "ruled table over a page break without a repeated header",
             "category rows merged across the table", "cell printed over two lines (稳定在/95%以上)",
             "其中： row without a number", "items ①② with bodies as trailing （A、B）",
             "page numbers — N — in the footer"],
            meta("吉林省", None, "十四五", TITLE, signed="2021-08-27"),
            BLOCKS, contains=CONTAINS, absent=["— 3 —", "— 4 —", "— 5 —"])
    write_key(NAME, k)


if __name__ == "__main__":
    main()
