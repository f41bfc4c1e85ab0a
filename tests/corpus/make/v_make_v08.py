"""v08_dali_web.html: 大理白族自治州 "十四五" plan as a saved government web page (UTF-8).

Constructs: page furniture (breadcrumb, 发布时间, 来源, site footer); 一、/（一） headings in
<p><strong>; "专栏 N" with a space; tables with <thead>/<tbody>, a two-row header in the
<thead> (2015年基数 rowspan=2, “十三五”规划 colspan=2 over 目标值/完成值), a 类别 column
merged with rowspan, a cell with <br> inside; programme 专栏 in a bordered <div>, items 1./2.
with a trailing （A、B）; signature and date at the end.
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402

NAME = "v08_dali_web"
TITLE = "大理白族自治州人力资源和社会保障事业发展“十四五”规划"
KW = dict(S="全州", P="大理白族自治州", D="州人力资源社会保障局", G="州委、州政府", Q="云南省")
HR = "州人力资源社会保障局"
E = lambda s: html.escape(s, quote=False)  # noqa: E731

C1 = ["2015年基数", "“十三五”规划目标值", "“十三五”规划完成值"]
T1_ROWS = [
    (1, "城镇新增就业人数", "万人", ["〔3.8〕", "〔3.5〕", "〔4.1〕"]),
    (2, "城镇登记失业率", "%", ["3.9", "<4.5", "3.5"]),
    (3, "农村劳动力转移就业人数", "万人", ["98", "100", "106.4"]),
    (4, "城乡居民基本养老保险参保人数", "万人", ["185", "190", "193.6"]),
    (5, "企业职工基本养老保险参保人数", "万人", ["28.5", "33", "36.9"]),
    (6, "工伤保险参保人数", "万人", ["17.2", "20", "21.5"]),
    (7, "高技能人才总量", "万人", ["2.1", "3", "3.4"]),
]
T1 = {"columns": C1, "rows": [row(n, v, C1, unit=u, seq=s) for s, n, u, v in T1_ROWS]}

C2 = ["2020年", "2025年"]
T2_ROWS = [
    ("就业", [
        (1, "城镇新增就业人数", "万人", ["〔4.1〕", "〔4〕"], "预期性"),
        (2, "城镇调查失业率", "%", ["5.6", "<5.5"], "预期性"),
        (3, "农村劳动力转移就业人数", "万人", ["106.4", "≥105"], "预期性"),
        (4, "补贴性职业技能培训", "万人次", ["〔12.6〕", "〔10〕"], "预期性"),
    ]),
    ("社会保障", [
        (5, "基本养老保险参保率", "%", ["91.5", "≥95<br>（力争98）"], "预期性"),
        (6, "失业保险参保人数", "万人", ["11.8", "13.5"], "预期性"),
        (7, "工伤保险参保人数", "万人", ["21.5", "24"], "预期性"),
        (None, "其中：新就业形态从业人员", "万人", ["—", "1.2"], "预期性"),
    ]),
    ("人才队伍", [
        (8, "专业技术人才总量", "万人", ["8.6", "9.5"], "预期性"),
        (9, "高技能人才总量", "万人", ["3.4", "4.5"], "预期性"),
    ]),
    ("劳动关系", [
        (10, "劳动人事争议仲裁结案率", "%", ["94", ">92"], "约束性"),
        (11, "劳动保障监察举报投诉案件结案率", "%", ["96", ">96"], "约束性"),
    ]),
]
T2 = {"columns": C2, "rows": [row(n, [x.replace("<br>", "") for x in v], C2, unit=u, attribute=a,
                                  category=cat, seq=s)
                              for cat, rs in T2_ROWS for s, n, u, v, a in rs]}


def item(seq, name, text, bodies):
    return {"seq": seq, "name": name, "text": text, "bodies": [(b, None) for b in bodies]}


BOX3 = [
    item("1", "苍洱就业服务提升行动", "建设州、县、乡、村四级公共就业服务平台，每年举办各类招聘活动200场以上。", [HR]),
    item("2", "脱贫劳动力稳岗就业行动", "稳定脱贫劳动力务工规模在30万人以上，开发乡村公益性岗位5000个。", [HR, "州乡村振兴局", "州财政局"]),
    item("3", "返乡创业示范工程", "建设返乡创业园区和孵化基地12个，扶持返乡创业5000人。", [HR, "州农业农村局"]),
]
BOX4 = [
    item("1", "全民参保提质工程", "实施全民参保计划，推动基本养老保险参保率达到95%以上。", [HR, "州税务局"]),
    item("2", "社保经办数字化工程", "推进社会保险经办业务“全州通办”，电子社会保障卡签发率达到70%。", [HR, "州政务服务管理局"]),
]
BOX5 = [
    item("1", "“苍洱英才”培养工程", "每年选拔培养州级中青年学术和技术带头人50名。", ["州委组织部", HR]),
    item("2", "民族传统技艺传承人才培养工程", "围绕白族扎染、剑川木雕等传统技艺，建设技能大师工作室20个。", [HR, "州文化和旅游局"]),
]

BLOCKS = [
    ("chapter", 1, "发展基础和面临形势"),
    ("section", 1, "发展基础"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十三五”时期主要指标完成情况", T1),
    ("section", 2, "面临形势"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "主要目标"), ("p", "goal"), ("p", "goal2035"),
    ("tbox", 2, "“十四五”时期主要指标", T2),
    ("chapter", 3, "促进高质量充分就业"),
    ("section", 1, "强化就业优先政策"), ("p", "emp"),
    ("section", 2, "促进重点群体就业"), ("p", "emp_key"), ("p", "emp_biz"),
    ("box", 3, "就业创业重点项目", BOX3),
    ("chapter", 4, "完善社会保障体系"),
    ("section", 1, "健全社会保险制度"), ("p", "pension"), ("p", "insure"),
    ("section", 2, "加强基金监管"), ("p", "fund"),
    ("box", 4, "社会保障重点项目", BOX4),
    ("chapter", 5, "加强人才队伍建设"),
    ("section", 1, "深化人才发展体制机制改革"), ("p", "talent"),
    ("section", 2, "加强技能人才培养"), ("p", "skill"),
    ("box", 5, "人才队伍建设重点项目", BOX5),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "完善工资收入分配"), ("p", "wage"),
    ("section", 2, "维护劳动者权益"), ("p", "labor"), ("p", "wageprot"),
    ("chapter", 7, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "强化监测评估"), ("p", "monitor"),
]

TD = '<td style="border:1px solid #000;padding:2px 4px;text-align:center"{a}>{t}</td>'
TH = '<th style="border:1px solid #000;padding:2px 4px"{a}>{t}</th>'


def cellh(t, a=""):
    return TH.format(a=a, t=E(t))


def cell(t, a=""):
    return TD.format(a=a, t=E(t).replace("&lt;br&gt;", "<br>"))


def render_t1():
    o = ['<table style="border-collapse:collapse;width:100%" border="1" cellspacing="0">', "<thead>",
         "<tr>" + cellh("序号", ' rowspan="2"') + cellh("指标名称", ' rowspan="2"') + cellh("单位", ' rowspan="2"')
         + cellh("2015年基数", ' rowspan="2"') + cellh("“十三五”规划", ' colspan="2"') + "</tr>",
         "<tr>" + cellh("目标值") + cellh("完成值") + "</tr>", "</thead>", "<tbody>"]
    for s, n, u, v in T1_ROWS:
        o.append("<tr>" + cell(str(s)) + cell(n) + cell(u) + "".join(cell(x) for x in v) + "</tr>")
    o += ["</tbody>", "</table>"]
    return "\n".join(o)


def render_t2():
    o = ['<table style="border-collapse:collapse;width:100%" border="1" cellspacing="0">', "<thead>",
         "<tr>" + "".join(cellh(h) for h in ["类别", "序号", "指标", "单位", "2020年", "2025年", "属性"]) + "</tr>",
         "</thead>", "<tbody>"]
    for cat, rs in T2_ROWS:
        for j, (s, n, u, v, a) in enumerate(rs):
            c = cell(cat, f' rowspan="{len(rs)}"') if j == 0 else ""
            o.append("<tr>" + c + cell("" if s is None else str(s)) + cell(n) + cell(u)
                     + "".join(cell(x) for x in v) + cell(a) + "</tr>")
    o += ["</tbody>", "</table>"]
    return "\n".join(o)


def P(t, style="text-indent:2em;"):
    return f'<p style="{style}">{t}</p>'


def render():
    b = []
    for blk in BLOCKS:
        k = blk[0]
        if k == "chapter":
            b.append(P(f"<strong>{cn(blk[1])}、{E(blk[2])}</strong>"))
        elif k == "section":
            b.append(P(f"<strong>（{cn(blk[1])}）{E(blk[2])}</strong>"))
        elif k == "p":
            b.append(P(E(prose(blk[1], **KW))))
        elif k == "tbox":
            b.append(P(f"<strong>专栏 {blk[1]}　{E(blk[2])}</strong>", "text-align:center;"))
            b.append(render_t1() if blk[1] == 1 else render_t2())
            b.append(P("注：〔〕内为五年累计数。", "font-size:12px;"))
        elif k == "box":
            b.append('<div class="zhuanlan" style="border:1px solid #333;padding:8px;margin:10px 0">')
            b.append(P(f"<strong>专栏 {blk[1]}　{E(blk[2])}</strong>", "text-align:center;"))
            for it in blk[3]:
                bodies = "（" + "、".join(x for x, _ in it["bodies"]) + "）"
                b.append(P(f"{it['seq']}.{E(it['name'])}。{E(it['text'])}{E(bodies)}"))
            b.append("</div>")
    body = "\n".join(b)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_大理白族自治州人力资源和社会保障局</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2022-03-08 16:12">
</head>
<body>
<div class="header"><a href="/">大理州人力资源和社会保障局</a></div>
<div class="nav">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ghjh/">规划计划</a></div>
<div class="article">
<h1 style="text-align:center">{TITLE}</h1>
<div class="info">发布时间：2022-03-08 16:12&nbsp;&nbsp;来源：州人力资源社会保障局&nbsp;&nbsp;浏览次数：<span id="hits">1268</span>&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】</div>
<div class="content" id="zoom">
{P(E(prose("intro_city", **KW)))}
{body}
<p style="text-align:right">大理白族自治州人力资源和社会保障局</p>
<p style="text-align:right">2022年2月25日</p>
</div>
</div>
<div class="footer">主办单位：大理白族自治州人力资源和社会保障局&nbsp;&nbsp;地址：大理市<br>网站标识码：5329000015&nbsp;&nbsp;滇ICP备05000000号</div>
</body>
</html>
"""
    with open(os.path.join(CORPUS, NAME + ".html"), "w", encoding="utf-8") as f:
        f.write(page)


def main():
    render()
    k = key(NAME + ".html", None,
            ["saved government web page (UTF-8) with breadcrumb, 发布时间, 来源 and site footer",
             "一、/（一） headings in <p><strong>", "专栏 N with a space",
             "<thead>/<tbody> tables", "two-row header in <thead> (rowspan/colspan, “十三五”规划 over 目标值/完成值)",
             "类别 column merged with rowspan", "cell with <br> inside", "其中： row without a number",
             "programme 专栏 in a bordered <div>", "items 1./2. with trailing （A、B）",
             "signature and date at the end"],
            meta("云南省", "大理白族自治州", "十四五", TITLE, signed="2022-02-25", published="2022-03-08"),
            BLOCKS, contains=[prose("talent", **KW)], absent=[])
    write_key(NAME, k)


if __name__ == "__main__":
    main()
