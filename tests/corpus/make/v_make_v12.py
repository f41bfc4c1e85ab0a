"""v12_tianjin_br.html: 天津市 "十四五" plan as a saved government web page (UTF-8).

Constructs: site chrome (top bar, search box, nav, breadcrumb, 发布日期/来源/字号/打印 line,
share and related links, footer with ICP number); the page's publication date in
<meta name="PubDate" content="2022-01-05 09:30"> and printed as "发布日期：2022-01-05", distinct
from the 成文日期 under the notice's signature; the WHOLE notice and plan inside ONE <div>
with lines separated by <br> (no <p> elements), indents as full-width spaces; headings 一、 /
（一） and 专栏N titles in <strong>; <table>s with a single header row of <th> cells (no
<thead>), a row in which two value cells are merged with colspan="2" and hold "—" (the key
gives "—" to both columns the cell spans); 类别 merged with rowspan in the second table; items
"1." with trailing （责任单位：A、B） and items ① with trailing （A牵头，B、C配合）.
Run: /work/main/.venv/bin/python tests/corpus/make/v_make_v12.py
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402

NAME = "v12_tianjin_br"
TITLE = "天津市人力资源和社会保障事业发展“十四五”规划"
NOTICE = "天津市人民政府办公厅关于印发天津市人力资源和社会保障事业发展“十四五”规划的通知"
KW = dict(S="全市", P="天津市", D="市人社局", G="市委、市政府")
HR = "市人社局"
I = "\u3000\u3000"

TEXT = {
    "base": "“十三五”时期，全市人力资源和社会保障系统坚决贯彻落实市委、市政府决策部署，坚持稳中求进工作总基调，全力以赴稳就业、保民生、促发展，圆满完成“十三五”规划确定的主要目标任务。五年累计新增就业人数203.5万人，城镇登记失业率控制在3.6%以内，社会保险参保人数稳步增长。",
    "base2": "“海河英才”行动计划深入实施，累计引进各类人才40.2万人，技能人才总量达到268万人。劳动关系保持和谐稳定，人社公共服务能力持续提升，电子社会保障卡签发人数达到586万人。",
    "env": "“十四五”时期，天津进入全面建设社会主义现代化大都市的新发展阶段，京津冀协同发展纵深推进，制造业立市战略深入实施，为扩大就业和集聚人才提供了广阔空间。同时，人口老龄化程度加深，结构性就业矛盾凸显，养老保险基金收支压力持续加大。",
}


def t(topic):
    return TEXT[topic] if topic in TEXT else prose(topic, **KW)


C1 = ["2015年", "“十三五”规划目标", "2020年完成"]
# (seq, name, unit, values); values None with merged -> a colspan=2 "—" over 2015年|规划目标
T1_ROWS = [
    (1, "城镇新增就业人数", "万人", ["〔200.1〕", "〔200〕", "〔203.5〕"]),
    (2, "城镇登记失业率", "%", ["3.5", "<4", "3.6"]),
    (3, "企业职工基本养老保险参保人数", "万人", ["598", "700", "741.3"]),
    (4, "城乡居民基本养老保险参保人数", "万人", ["166", "170", "172.8"]),
    (5, "失业保险参保人数", "万人", ["315", "345", "352.6"]),
    (6, "工伤保险参保人数", "万人", ["362", "400", "418.9"]),
    (7, "电子社会保障卡签发人数", "万人", "merged", "586"),
    (8, "高技能人才占技能人才比例", "%", ["27", "30", "31.2"]),
]


def t1_key_rows():
    out = []
    for r in T1_ROWS:
        s, n, u = r[:3]
        vals = ["—", "—", r[4]] if r[3] == "merged" else r[3]
        out.append(row(n, vals, C1, unit=u, seq=s))
    return out


T1 = {"columns": C1, "rows": t1_key_rows()}

C2 = ["2020年", "2025年"]
T2_ROWS = [
    ("就业", [
        ("城镇新增就业人数", "万人", ["〔203.5〕", "〔>175〕"], "预期性"),
        ("城镇调查失业率", "%", ["5.5", "<5.5"], "预期性"),
        ("补贴性职业技能培训", "万人次", ["〔150〕", "〔100〕"], "预期性"),
    ]),
    ("社会保障", [
        ("基本养老保险参保率", "%", ["95", ">95"], "预期性"),
        ("失业保险参保人数", "万人", ["352.6", "380"], "预期性"),
        ("工伤保险参保人数", "万人", ["418.9", "450"], "预期性"),
        ("企业职工基本养老保险基金累计结余可支付月数", "个月", ["9.2", ">9"], "预期性"),
    ]),
    ("人才", [
        ("专业技术人才总量", "万人", ["135", "160"], "预期性"),
        ("高技能人才总量", "万人", ["83.6", "100"], "预期性"),
    ]),
    ("劳动关系", [
        ("劳动人事争议仲裁结案率", "%", ["94.1", ">90"], "约束性"),
        ("劳动保障监察举报投诉案件结案率", "%", ["97.5", ">96"], "约束性"),
        ("和谐劳动关系创建达标企业", "家", ["—", "〔3000〕"], "预期性"),
    ]),
]
T2 = {"columns": C2, "rows": [row(n, v, C2, unit=u, attribute=a, category=cat, seq=None)
                              for cat, rs in T2_ROWS for n, u, v, a in rs]}


def item_list(seq, name, text, bodies):
    return {"seq": seq, "name": name, "line": f"{seq}.{name}。{text}（责任单位：{'、'.join(bodies)}）",
            "bodies": [(b, None) for b in bodies]}


def item_circled(seq, mark, name, text, lead, coop):
    tail = lead + "牵头，" + "、".join(coop) + "配合"
    return {"seq": seq, "name": name, "line": f"{mark}{name}：{text}（{tail}）",
            "bodies": [(lead, "lead")] + [(c, "cooperating") for c in coop]}


BOX3 = [
    item_list("1", "“海河英才”就业创业行动", "每年举办“海河英才”专场招聘会200场以上，帮助离校未就业高校毕业生实现就业，就业率保持在90%以上。", [HR, "市教委", "团市委"]),
    item_list("2", "创业孵化载体提升工程", "建设市级创业孵化基地30个、创业园区10个，五年扶持创业3万人。", [HR, "市财政局"]),
    item_list("3", "就业援助暖心行动", "对就业困难人员实施分类帮扶，每年帮扶就业困难人员就业4万人以上。", [HR, "市民政局", "市残联"]),
]
BOX4 = [
    item_circled("1", "①", "全民参保扩面行动", "以新就业形态从业人员和灵活就业人员为重点，推进全民参保，基本养老保险参保率稳定在95%以上。", HR, ["市税务局", "市医保局"]),
    item_circled("2", "②", "社保经办服务一体化建设", "推进京津冀社会保险经办服务协同，实现养老保险关系转移接续“跨省通办”。", HR, ["市政务服务办", "市大数据中心"]),
]
BOX5 = [
    item_circled("1", "①", "海河工匠培育工程", "建设高技能人才培训基地50个、技能大师工作室100个，五年培养海河工匠1000名。", HR, ["市总工会", "市工业和信息化局"]),
    item_circled("2", "②", "鲁班工坊建设行动", "依托职业院校建设鲁班工坊，开展国际化职业技能培训交流。", "市教委", [HR, "市外办"]),
]

BLOCKS = [
    ("chapter", 1, "发展基础和面临形势"),
    ("section", 1, "“十三五”时期主要成就"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十三五”时期主要指标完成情况", T1),
    ("section", 2, "“十四五”时期面临形势"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "主要目标"), ("p", "goal"),
    ("tbox", 2, "“十四五”时期人力资源和社会保障事业发展主要指标", T2),
    ("chapter", 3, "实施就业优先战略"),
    ("section", 1, "强化就业优先政策"), ("p", "emp"),
    ("section", 2, "促进重点群体就业"), ("p", "emp_key"), ("p", "emp_biz"),
    ("box", 3, "就业创业重点项目", BOX3),
    ("chapter", 4, "健全多层次社会保障体系"),
    ("section", 1, "完善社会保险制度"), ("p", "pension"), ("p", "insure"),
    ("section", 2, "加强基金安全监管"), ("p", "fund"),
    ("box", 4, "社会保障重点项目", BOX4),
    ("chapter", 5, "建设高素质人才队伍"),
    ("section", 1, "深化人才发展体制机制改革"), ("p", "talent"),
    ("section", 2, "大力培养技能人才"), ("p", "skill"),
    ("box", 5, "技能人才培育重点项目", BOX5),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "完善工资收入分配制度"), ("p", "wage"),
    ("section", 2, "维护劳动者合法权益"), ("p", "labor"), ("p", "wageprot"),
    ("chapter", 7, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "强化监测评估"), ("p", "monitor"),
]

TD = ' style="border:1px solid #333;padding:3px 6px;text-align:center"'
TDL = ' style="border:1px solid #333;padding:3px 6px;text-align:left"'
TH = ' style="border:1px solid #333;padding:3px 6px;background:#f2f2f2"'
TABLE = '<table width="96%" align="center" cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:14px">'


def e(s):
    return html.escape(s, quote=False)


def table1():
    out = [TABLE, "<tbody>", "<tr>" + "".join(f"<th{TH}>{e(h)}</th>" for h in ["序号", "指标", "单位"] + C1) + "</tr>"]
    for r in T1_ROWS:
        s, n, u = r[:3]
        cells = [f"<td{TD}>{s}</td>", f"<td{TDL}>{e(n)}</td>", f"<td{TD}>{e(u)}</td>"]
        if r[3] == "merged":
            cells += [f'<td{TD} colspan="2">—</td>', f"<td{TD}>{e(r[4])}</td>"]
        else:
            cells += [f"<td{TD}>{e(v)}</td>" for v in r[3]]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def table2():
    out = [TABLE, "<tbody>", "<tr>" + "".join(f"<th{TH}>{e(h)}</th>" for h in ["类别", "指标", "单位"] + C2 + ["属性"]) + "</tr>"]
    for cat, rs in T2_ROWS:
        for i, (n, u, v, a) in enumerate(rs):
            cells = [f'<td{TD} rowspan="{len(rs)}">{e(cat)}</td>'] if i == 0 else []
            cells += [f"<td{TDL}>{e(n)}</td>", f"<td{TD}>{e(u)}</td>"] + [f"<td{TD}>{e(x)}</td>" for x in v] + [f"<td{TD}>{e(a)}</td>"]
            out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def content():
    L = []  # pieces joined with <br>; a table is its own piece
    L += [f"<strong>{e(NOTICE)}</strong>", "津政办发〔2021〕61号", "",
          "各区人民政府，市政府各委、局，各直属单位：",
          I + f"经市人民政府同意，现将《{e(TITLE)}》印发给你们，请照此执行。", "",
          "\u3000" * 18 + "天津市人民政府办公厅",
          "\u3000" * 19 + "2021年12月28日", I + "（此件主动公开）", "",
          f"<strong>{e(TITLE)}</strong>", "",
          I + e(prose("intro", **KW))]
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            L.append(I + f"<strong>{cn(b[1])}、{e(b[2])}</strong>")
        elif k == "section":
            L.append(I + f"<strong>（{cn(b[1])}）{e(b[2])}</strong>")
        elif k == "p":
            L.append(I + e(t(b[1])))
        elif k == "tbox":
            L.append(f"<strong>专栏{b[1]}　{e(b[2])}</strong>")
            L.append(("TABLE", table1() if b[1] == 1 else table2()))
            L.append("注：〔〕内为五年累计数。")
        elif k == "box":
            L.append(f"<strong>专栏{b[1]}　{e(b[2])}</strong>")
            L += [I + e(it["line"]) for it in b[3]]
    out = []
    for piece in L:
        if isinstance(piece, tuple):
            out.append("\n" + piece[1] + "\n")
        else:
            out.append(piece + "<br>\n")
    return "".join(out)


PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{notice}_市政府办公厅文件_天津市人民政府</title>
<meta name="SiteName" content="天津市人民政府">
<meta name="SiteDomain" content="www.tj.gov.cn">
<meta name="ColumnName" content="市政府办公厅文件">
<meta name="ArticleTitle" content="{notice}">
<meta name="PubDate" content="2022-01-05 09:30">
<meta name="ContentSource" content="天津市人民政府办公厅">
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问天津市人民政府网站</span><a href="/wza/">无障碍</a> | <a href="/zzms/">长者模式</a> | <a href="/en/">English</a></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/static/img/logo.png" alt="天津市人民政府"></a>
<form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<div class="nav w1200"><a href="/">首页</a><a href="/sq/">市情</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="location w1200">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/szfbgtwj/">市政府办公厅文件</a></div>
<div class="article w1200">
<div class="article-title">{notice}</div>
<div class="article-info">发布日期：2022-01-05　　来源：天津市人民政府办公厅　　【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】　【<a href="javascript:window.print()">打印</a>】</div>
<div class="TRS_UEDITOR article-content" id="zoom">
{content}</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
<div class="related"><div class="related-title">相关链接</div>
<ul><li><a href="/zwgk/zcjd/202201/t20220106_5772001.html">图解：天津市人力资源和社会保障事业发展“十四五”规划</a></li>
<li><a href="/zwgk/zcjd/202201/t20220107_5772450.html">市人社局负责同志解读《规划》</a></li></ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办：天津市人民政府办公厅　承办：天津市政务网络和信息中心</p>
<p>网站标识码：1200000069　津ICP备05004154号　津公网安备12010102000001号</p>
</div></div>
</body>
</html>
"""


def render():
    text = PAGE.format(notice=e(NOTICE), content=content())
    with open(os.path.join(CORPUS, NAME + ".html"), "w", encoding="utf-8") as f:
        f.write(text)


CONTAINS = [TEXT["env"]]
ABSENT = ["津ICP备05004154号", "您当前的位置", "相关链接"]


def main():
    render()
    k = key(NAME + ".html", None,
            ["saved government web page (UTF-8) with site chrome: top bar, search, nav, breadcrumb, info line, share and related links, footer",
             "published date in <meta name=PubDate content='2022-01-05 09:30'> and printed 发布日期：2022-01-05, distinct from the 成文日期 2021年12月28日",
             "the whole notice and plan inside ONE <div>, lines separated by <br>, no <p> elements, full-width-space indents",
             "headings 一、/（一） and 专栏N titles in <strong>",
             "<table> with <th> header cells, no <thead>",
             "a row with two value cells merged by colspan=2 holding — (both columns given —)",
             "类别 merged with rowspan (table 2)",
             "items 1. with trailing （责任单位：A、B、C）; items ① with a title before ： and （A牵头，B、C配合）"],
            meta("天津市", None, "十四五", TITLE, signed="2021-12-28", published="2022-01-05"),
            BLOCKS, contains=CONTAINS, absent=ABSENT)
    write_key(NAME, k)


if __name__ == "__main__":
    main()
