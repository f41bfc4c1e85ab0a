"""v05_baotou_layout.txt: 包头市 "十四五" plan as a text copy made by `pdftotext -layout`.

Build: python v_make_v05.py  (typesets /tmp/v05/v05_baotou.pdf with reportlab, then runs
`pdftotext -layout` on it and commits only the .txt; the PDF is not kept).

Constructs: form feeds and page furniture from the PDF (running header, "— N —" page numbers);
第N章/第N节; "专栏N" headings; a three-line table (rules only above/below) outside any 专栏;
an indicator table with a 类别 column printed on the first row of each group, a header over two
lines (“十四五” / 累计), a name wrapped onto a second line, a cell over two lines; items ● with
（责任单位：A、B）, one whose text before 。 is a whole sentence (no name).
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402
import v_rl as R  # noqa: E402

NAME = "v05_baotou_layout"
TITLE = "包头市人力资源和社会保障事业发展“十四五”规划"
KW = dict(S="全市", P="包头市", D="市人力资源社会保障局", G="市委、市政府", Q="内蒙古自治区")
HR = "市人力资源社会保障局"
HEADER = "包头市“十四五”专项规划汇编"
OUT = "/tmp/v05"

C1 = ["“十三五”目标", "2020年完成", "完成情况"]
T1_ROWS = [
    ("城镇新增就业人数", "万人", ["〔7.5〕", "〔8.1〕", "完成"]),
    ("城镇登记失业率", "%", ["<4.5", "3.9", "完成"]),
    ("农牧民转移就业人数", "万人", ["5", "5.1", "完成"]),
    ("企业职工基本养老保险参保人数", "万人", ["95", "98.6", "完成"]),
    ("失业保险参保人数", "万人", ["38", "36.2", "未完成"]),
    ("工伤保险参保人数", "万人", ["50", "52.8", "完成"]),
    ("技能人才总量", "万人", ["30", "31.4", "完成"]),
]
T1 = {"title": "“十三五”时期主要指标完成情况", "columns": C1,
      "rows": [row(n, v, C1, unit=u) for n, u, v in T1_ROWS]}

C2 = ["2020年", "2025年", "“十四五”累计"]
# (category or "", seq, name, unit, [values], attribute); a name or value with "\n" is printed over two lines
T2_ROWS = [
    ("就业", 1, "城镇新增就业人数", "万人", ["1.62", "1.5", "〔7.5〕"], "预期性"),
    ("", 2, "城镇调查失业率", "%", ["5.8", "<5.5", "—"], "预期性"),
    ("", 3, "农牧民转移就业人数", "万人", ["5.1", "5.5", "〔26〕"], "预期性"),
    ("", 4, "补贴性职业技能培训人次", "万人次", ["3.2", "3", "〔15〕"], "预期性"),
    ("社会保险", 5, "企业职工基本养老保险参保人数", "万人", ["98.6", "108", "—"], "预期性"),
    ("", 6, "城乡居民基本养老保险参保人数", "万人", ["51.3", "52", "—"], "预期性"),
    ("", 7, "失业保险参保人数", "万人", ["36.2", "40", "—"], "预期性"),
    ("", 8, "工伤保险参保人数", "万人", ["52.8", "58", "—"], "预期性"),
    ("人才", 9, "新增高技能人才", "万人", ["—", "—", "〔2.5〕"], "预期性"),
    ("", 10, "技能人才占就业人员\n比例", "%", ["24", "28", "—"], "预期性"),
    ("劳动关系", 11, "劳动人事争议仲裁结案率", "%", ["95", ">95", "—"], "约束性"),
    ("", 12, "农民工工资拖欠案件办结率", "%", ["100", "稳定在\n98%以上", "—"], "约束性"),
]


def keyrows():
    rows, cat = [], None
    for c, s, n, u, v, a in T2_ROWS:
        cat = c or cat
        rows.append(row(n.replace("\n", ""), [x.replace("\n", "") for x in v], C2, unit=u,
                        attribute=a, category=cat, seq=s))
    return rows


T2 = {"columns": C2, "rows": keyrows()}


def item(name, text, bodies):
    return {"seq": None, "name": name, "text": text, "bodies": [(b, None) for b in bodies]}


BOX2 = [
    item("高校毕业生就业服务行动", "高校毕业生就业服务行动。建立离校未就业高校毕业生实名数据库，提供“1131”就业服务，每年开发见习岗位2000个。", [HR, "市教育局"]),
    item(None, "每年组织开展“春风行动”“民营企业招聘月”等专项招聘活动不少于50场。", [HR]),
    item("零工市场建设工程", "零工市场建设工程：在各旗县区建设规范化零工市场，为灵活就业人员提供免费对接服务。", [HR, "市民政局", "各旗县区人民政府"]),
]
BOX3 = [
    item("社会保险扩面提质工程", "社会保险扩面提质工程。推进新就业形态从业人员参加社会保险，企业职工基本养老保险参保人数达到108万人。", [HR, "市税务局"]),
    item("工伤预防能力提升行动", "工伤预防能力提升行动。每年对重点行业企业开展工伤预防培训1万人次。", [HR, "市应急管理局", "市卫生健康委"]),
]
BOX4 = [
    item("“鹿城英才”引育计划", "“鹿城英才”引育计划。五年引进培养高层次人才1000名，建设人才创新创业载体20个。", ["市委人才办", HR]),
    item("技能包头建设行动", "技能包头建设行动。建设高技能人才培训基地10个、技能大师工作室30个。", [HR, "市总工会", "市财政局"]),
]

BLOCKS = [
    ("chapter", 1, "发展基础和面临形势"),
    ("section", 1, "发展基础"), ("p", "base"), ("p", "base2"),
    ("table", T1),
    ("section", 2, "面临形势"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "主要目标"), ("p", "goal"),
    ("tbox", 1, "“十四五”时期全市人力资源和社会保障事业发展主要指标", T2),
    ("p", "goal2035"),
    ("chapter", 3, "促进高质量充分就业"),
    ("section", 1, "实施就业优先政策"), ("p", "emp"),
    ("section", 2, "统筹重点群体就业"), ("p", "emp_key"), ("p", "emp_biz"),
    ("section", 3, "大规模开展职业技能培训"), ("p", "train"),
    ("box", 2, "就业促进重点项目", BOX2),
    ("chapter", 4, "健全社会保障体系"),
    ("section", 1, "完善养老保险制度"), ("p", "pension"),
    ("section", 2, "扩大社会保险覆盖面"), ("p", "insure"),
    ("section", 3, "确保社会保险基金安全"), ("p", "fund"),
    ("box", 3, "社会保障重点项目", BOX3),
    ("chapter", 5, "加强人才队伍建设"),
    ("section", 1, "集聚高层次人才"), ("p", "talent"),
    ("section", 2, "培育技能人才"), ("p", "skill"),
    ("box", 4, "人才队伍建设重点项目", BOX4),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "健全劳动关系协调机制"), ("p", "labor"),
    ("section", 2, "根治拖欠农民工工资"), ("p", "wageprot"),
    ("chapter", 7, "提升公共服务水平"),
    ("section", 1, "推进基本公共服务均等化"), ("p", "service"),
    ("section", 2, "加快智慧人社建设"), ("p", "digital"),
    ("chapter", 8, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "加强监测评估"), ("p", "monitor"),
]


class Writer(R.Writer):
    def furniture(self):
        c = self.c
        if self.n > 1:
            c.setFont(R.FONT, 9)
            c.drawString(R.W / 2 - R.width(HEADER, 9) / 2, R.H - 48, HEADER)
            c.line(R.LEFT, R.H - 53, R.RIGHT, R.H - 53)
        t = f"— {self.n} —"
        c.setFont(R.FONT, 11)
        c.drawString(R.W / 2 - R.width(t, 11) / 2, 40, t)


def render_t1(w):
    w.line(T1["title"], 12, align="center")
    R.hline(w, dy=5, width=1.2)
    w.row([(84, "指　　标", "left"), (290, "单位", "center"), (360, "“十三五”目标", "center"),
           (440, "2020年完成", "center"), (505, "完成情况", "center")])
    R.hline(w)
    for n, u, v in T1_ROWS:
        w.row([(84, n, "left"), (290, u, "center"), (360, v[0], "center"), (440, v[1], "center"),
               (505, v[2], "center")])
    R.hline(w, width=1.2)
    w.gap(6)


def render_t2(w):
    w.line("专栏1　“十四五”时期全市人力资源和社会保障事业发展主要指标", 12, align="center")
    xs = [(74, "left"), (132, "center"), (148, "left"), (320, "center"), (368, "center"),
          (420, "center"), (474, "center"), (520, "center")]
    R.hline(w, dy=5, width=1.2)
    R.multirow(w, [(74, ["类别"], "left"), (132, ["序号"], "center"), (148, ["指标名称"], "left"),
                   (320, ["单位"], "center"), (368, ["2020年"], "center"), (420, ["2025年"], "center"),
                   (474, ["“十四五”", "累计"], "center"), (520, ["属性"], "center")])
    R.hline(w)
    for c, s, n, u, v, a in T2_ROWS:
        vals = [x.split("\n") for x in v]
        R.multirow(w, [(74, [c], "left"), (132, [str(s)], "center"), (148, n.split("\n"), "left"),
                       (320, [u], "center")] + [(x, t, al) for (x, al), t in zip(xs[4:7], vals)]
                   + [(520, [a], "center")])
    R.hline(w, width=1.2)
    w.line("注：〔〕内为五年累计数。", 9.5, x=R.LEFT)


def render_box(w, no, title, items):
    w.gap(4)
    w.line(f"专栏{no}　{title}", 12, align="center")
    for it in items:
        body = "（责任单位：" + "、".join(b for b, _ in it["bodies"]) + "）" if it["bodies"] else ""
        w.para("● " + it["text"] + body, 11, indent=1)
    w.gap(4)


def render(pdf):
    w = Writer(pdf)
    w.line("包头市人民政府办公室关于印发包头市人力资源和", 16, align="center", lead=2)
    w.line("社会保障事业发展“十四五”规划的通知", 16, align="center", lead=2)
    w.line("包府办发〔2021〕118号", 12, align="center")
    w.gap(8)
    w.para("各旗、县、区人民政府，稀土高新区管委会，市直各有关部门，各大企事业单位：", indent=0)
    w.para("《包头市人力资源和社会保障事业发展“十四五”规划》已经市人民政府同意，现印发给你们，请结合实际，认真贯彻落实。")
    w.gap(10)
    w.line("包头市人民政府办公室", 12, align="right", x=36)
    w.line("2021年12月6日", 12, align="right", x=48)
    w.gap(6)
    w.line("（此件公开发布）", 12, x=R.LEFT + 24)
    w.new_page()
    w.gap(10)
    w.line(TITLE, 18, align="center", lead=2.2)
    w.gap(8)
    w.para(prose("intro_city", **KW))
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            w.gap(6)
            w.line(f"第{cn(b[1])}章　{b[2]}", 15, align="center", lead=2)
        elif k == "section":
            w.line(f"第{cn(b[1])}节　{b[2]}", 13, x=R.LEFT + 24)
        elif k == "p":
            w.para(prose(b[1], **KW))
        elif k == "table":
            render_t1(w)
        elif k == "tbox":
            render_t2(w)
        elif k == "box":
            render_box(w, b[1], b[2], b[3])
    w.save()


def main():
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, "v05_baotou.pdf")
    render(pdf)
    txt = os.path.join(CORPUS, NAME + ".txt")
    subprocess.run(["pdftotext", "-layout", pdf, txt], check=True)
    k = key(NAME + ".txt", "utf-8",
            ["pdftotext -layout copy of a PDF (form feeds, running header, — N — page numbers)",
             "notice with signature and 成文日期", "第N章/第N节",
             "three-line table outside any 专栏 with a 完成情况 column of words",
             "类别 column printed on the first row of each group", "header over two lines (“十四五” / 累计)",
             "name wrapped onto a second line", "cell over two lines (稳定在 / 98%以上)",
             "专栏N headings", "items ● with （责任单位：A、B）", "an item without a title (name null)"],
            meta("内蒙古自治区", "包头市", "十四五", TITLE, signed="2021-12-06"),
            BLOCKS, contains=CONTAINS, absent=[HEADER, "— 2 —", "— 3 —", "— 4 —"])
    write_key(NAME, k)


CONTAINS = [prose("goal2035", **KW)]  # runs from page 3 onto page 4

if __name__ == "__main__":
    main()
