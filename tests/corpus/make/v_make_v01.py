"""v01_shaanxi_wps.html: 陕西省 "十四五" plan as a WPS/Word "save as web page" export (GBK).

Constructs: class="MsoNormal" paragraphs of <span> runs with &nbsp; padding, <o:p></o:p>;
table cells holding <p><span> runs with widths in styles; a completion table with a two-row
header (rowspan/colspan) and category rows spanning the table; an indicator table whose first
row is the 专栏 title spanning all columns, with a 类别 column merged down (rowspan); programme
专栏 as one-cell tables; items 01/02 with （责任单位：A、B）; 发布时间 on the page.
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, prose, row, write_key  # noqa: E402

NAME = "v01_shaanxi_wps"
TITLE = "陕西省“十四五”人力资源和社会保障事业发展规划"
KW = dict(S="全省", P="陕西省", D="省人力资源社会保障厅", G="省委、省政府")
FONT = "font-family:仿宋_GB2312;mso-hansi-font-family:&quot;Times New Roman&quot;"


def p(text):
    return prose(text, **KW)


# ---- tables ---------------------------------------------------------------------------
C1 = ["2015年", "2020年规划目标", "2020年完成情况"]
T1_ROWS = [
    ("就业创业", [
        (1, "城镇新增就业人数", "万人", ["〔215〕", "〔200〕", "〔221.6〕"]),
        (2, "城镇登记失业率", "%", ["3.34", "<4.5", "3.35"]),
        (3, "农村劳动力转移就业人数", "万人", ["763", "780", "792.4"]),
    ]),
    ("社会保险", [
        (4, "企业职工基本养老保险参保人数", "万人", ["801", "950", "1046.3"]),
        (5, "城乡居民基本养老保险参保人数", "万人", ["1786", "1820", "1853.6"]),
        (6, "失业保险参保人数", "万人", ["372", "420", "438.9"]),
        (7, "工伤保险参保人数", "万人", ["452", "520", "531.2"]),
    ]),
    ("人才队伍", [
        (8, "专业技术人才总量", "万人", ["185", "225", "236.7"]),
        (9, "高技能人才总量", "万人", ["68", "90", "96.3"]),
    ]),
    ("劳动关系", [
        (10, "企业劳动合同签订率", "%", ["92", ">90", "95.1"]),
        (11, "劳动人事争议仲裁结案率", "%", ["94.5", ">90", "96.8"]),
    ]),
]
T1 = {"title": "“十三五”时期主要指标完成情况", "columns": C1, "rows": [
    row(n, v, C1, unit=u, category=cat, seq=s) for cat, rs in T1_ROWS for s, n, u, v in rs]}

C2 = ["2020年", "2025年"]
# (category, seq, printed name, key name, unit, values, attribute)
T2_ROWS = [
    ("就业", [
        (1, "城镇新增就业人数（万人）", "城镇新增就业人数", "万人", ["〔221.6〕", "〔200〕"], "预期性"),
        (2, "城镇调查失业率（%）", "城镇调查失业率", "%", ["5.6", "<5.5"], "预期性"),
        (3, "农村劳动力转移就业人数（万人）", "农村劳动力转移就业人数", "万人", ["792.4", ">800"], "预期性"),
        (4, "开展补贴性职业技能培训（万人次）", "开展补贴性职业技能培训", "万人次", ["〔186〕", "〔150〕"], "预期性"),
    ]),
    ("社会保障", [
        (5, "基本养老保险参保率（%）", "基本养老保险参保率", "%", ["92", "95"], "预期性"),
        (6, "失业保险参保人数（万人）", "失业保险参保人数", "万人", ["438.9", "480"], "预期性"),
        (7, "工伤保险参保人数（万人）", "工伤保险参保人数", "万人", ["531.2", "580"], "预期性"),
        (8, "社会保障卡持卡人数（万人）", "社会保障卡持卡人数", "万人", ["3860", "4000"], "预期性"),
        (None, "其中：电子社会保障卡领用率（%）", "其中：电子社会保障卡领用率", "%", ["28", "60"], "预期性"),
    ]),
    ("人才队伍", [
        (9, "专业技术人才总量（万人）", "专业技术人才总量", "万人", ["236.7", "280"], "预期性"),
        (10, "高技能人才总量（万人）", "高技能人才总量", "万人", ["96.3", "120"], "预期性"),
        (11, "新增高技能人才（万人）", "新增高技能人才", "万人", ["—", "〔25〕"], "预期性"),
    ]),
    ("劳动关系", [
        (12, "劳动人事争议调解成功率（%）", "劳动人事争议调解成功率", "%", ["65", ">60"], "预期性"),
        (13, "劳动保障监察举报投诉案件结案率（%）", "劳动保障监察举报投诉案件结案率", "%", ["95", ">95"], "约束性"),
    ]),
]
T2 = {"title": "“十四五”时期人力资源和社会保障事业发展主要指标", "columns": C2, "rows": [
    row(kn, v, C2, unit=u, attribute=a, category=cat, seq=s)
    for cat, rs in T2_ROWS for s, pn, kn, u, v, a in rs]}


def item(seq, name, text, bodies, sep="。"):
    return {"seq": seq, "name": name, "text": text, "sep": sep,
            "bodies": [(b, None) for b in bodies]}


HR = "省人力资源社会保障厅"
BOX3 = [
    item("01", "高校毕业生就业创业推进计划", "实施高校毕业生就业创业促进计划和基层成长计划，每年开发不少于1万个见习岗位，离校未就业高校毕业生帮扶就业率保持在90%以上。", [HR, "省教育厅"]),
    item("02", "农村劳动力转移就业提质行动", "建设一批劳务品牌和劳务协作站，稳定脱贫劳动力务工规模，每年转移就业保持在780万人以上。", [HR, "省农业农村厅", "省乡村振兴局"]),
    item("03", "创业孵化载体建设工程", "新认定省级创业孵化示范基地50个，培育创业孵化示范园区20个，带动就业10万人。", [HR, "省财政厅"]),
    item("04", "公共就业服务能力提升工程", "推进县、乡、村三级公共就业服务平台标准化建设，打造“15分钟就业服务圈”。", [HR]),
]
BOX4 = [
    item("01", "全民参保精准扩面行动", "以新业态从业人员、灵活就业人员为重点，推动职工基本养老保险由制度全覆盖到法定人群全覆盖。", [HR, "省税务局"], sep="："),
    item("02", "社会保险基金安全防控工程", "建设社会保险基金监管信息系统，实现基金运行风险实时预警、智能监控。", [HR, "省财政厅", "省审计厅"], sep="："),
    item("03", "工伤预防五年行动计划", "在建筑施工、矿山、危险化学品等重点行业开展工伤预防培训，培训重点企业职工20万人次。", [HR, "省应急管理厅"], sep="："),
]
BOX5 = [
    item("01", "三秦英才引进计划", "面向海内外引进高层次创新创业人才和团队，五年引进急需紧缺人才5000名。", ["省委人才工作领导小组办公室", HR]),
    item("02", "技能陕西建设行动", "新建国家级高技能人才培训基地10个、技能大师工作室30个，每两年举办一届全省职业技能大赛。", [HR, "省总工会"]),
    item("03", "博士后创新能力提升工程", "新设博士后科研工作站、创新实践基地100个，招收博士后研究人员1500名。", []),
]

BLOCKS = [
    ("chapter", 1, "发展环境"),
    ("section", 1, "发展基础"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十三五”时期主要指标完成情况", T1),
    ("note", "注：〔〕内为五年累计数。"),
    ("section", 2, "面临形势"), ("p", "env"), ("p", "env2"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "基本原则"), ("p", "principle"),
    ("section", 3, "主要目标"), ("p", "goal"), ("p", "goal2035"),
    ("tbox", 2, "“十四五”时期人力资源和社会保障事业发展主要指标", T2),
    ("note", "注：〔〕内为五年累计数；2020年城镇调查失业率为年度平均值。"),
    ("chapter", 3, "实施就业优先战略"),
    ("section", 1, "强化就业优先政策"), ("p", "emp"),
    ("section", 2, "促进重点群体就业"), ("p", "emp_key"), ("p", "emp_biz"),
    ("section", 3, "提升劳动者职业技能"), ("p", "train"),
    ("box", 3, "就业促进重点工程", BOX3),
    ("chapter", 4, "健全多层次社会保障体系"),
    ("section", 1, "完善养老保险制度"), ("p", "pension"),
    ("section", 2, "扩大社会保险覆盖面"), ("p", "insure"),
    ("section", 3, "加强社会保险基金监管"), ("p", "fund"),
    ("box", 4, "社会保障重点工程", BOX4),
    ("chapter", 5, "加快建设高素质人才队伍"),
    ("section", 1, "深化人才发展体制机制改革"), ("p", "talent"),
    ("section", 2, "加强技能人才队伍建设"), ("p", "skill"),
    ("section", 3, "深化人事制度改革"), ("p", "personnel"),
    ("box", 5, "人才队伍建设工程", BOX5),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "完善工资收入分配制度"), ("p", "wage"),
    ("section", 2, "健全劳动关系协调机制"), ("p", "labor"), ("p", "wageprot"),
    ("chapter", 7, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "强化资金保障"), ("p", "funds"),
    ("section", 3, "健全监测评估"), ("p", "monitor"),
]


# ---- rendering ------------------------------------------------------------------------
def span(text, extra=""):
    t = html.escape(text, quote=False).replace("&amp;nbsp;", "&nbsp;")
    return f"<span style='font-size:16.0pt;{FONT}{extra}'>{t}</span>"


def para(inner, style="text-indent:32.0pt;line-height:28.0pt", align=None):
    a = f" align={align}" if align else ""
    return f"<p class=MsoNormal{a} style='{style}'>{inner}<span lang=EN-US><o:p></o:p></span></p>"


def td(text, width, align="center", attrs="", bold=False):
    inner = span(text)
    if bold:
        inner = "<b>" + inner + "</b>"
    # WPS breaks long runs into several spans
    if len(text) > 8 and not bold:
        cut = len(text) // 2
        inner = span(text[:cut]) + span(text[cut:])
    return (f"  <td width={width}{attrs} valign=top style='width:{width * 0.75:.1f}pt;"
            "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
            f"  <p class=MsoNormal align={align} style='text-align:{align};line-height:20.0pt'>"
            f"{inner}<span lang=EN-US><o:p></o:p></span></p></td>")


def table_open():
    return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600 "
            "style='width:450.0pt;border-collapse:collapse;border:none;mso-border-alt:solid "
            "windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")


def render_t1():
    out = [table_open()]
    out.append("<tr style='mso-yfti-irow:0;height:20.0pt'>")
    out += [td("序号", 40, attrs=" rowspan=2", bold=True), td("指标", 220, attrs=" rowspan=2", bold=True),
            td("单位", 50, attrs=" rowspan=2", bold=True), td("2015年", 90, attrs=" rowspan=2", bold=True),
            td("2020年", 200, attrs=" colspan=2", bold=True)]
    out.append("</tr>\n<tr style='mso-yfti-irow:1'>")
    out += [td("规划目标", 100, bold=True), td("完成情况", 100, bold=True)]
    out.append("</tr>")
    for i, (cat, rs) in enumerate(T1_ROWS):
        out.append("<tr>")
        out.append(td(f"{cn(i + 1)}、{cat}", 600, align="left", attrs=" colspan=6", bold=True))
        out.append("</tr>")
        for s, n, u, v in rs:
            out.append("<tr>")
            out += [td(str(s), 40), td(n, 220, align="left"), td(u, 50)] + [td(x, 90 if j == 0 else 100) for j, x in enumerate(v)]
            out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def render_t2():
    out = [table_open()]
    out.append("<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>")
    out.append(td("专栏2　“十四五”时期人力资源和社会保障事业发展主要指标", 600, attrs=" colspan=6", bold=True))
    out.append("</tr>\n<tr>")
    out += [td("类别", 60, bold=True), td("序号", 40, bold=True), td("指　　标", 300, bold=True),
            td("2020年", 70, bold=True), td("2025年", 70, bold=True), td("属性", 60, bold=True)]
    out.append("</tr>")
    for cat, rs in T2_ROWS:
        for j, (s, pn, kn, u, v, a) in enumerate(rs):
            out.append("<tr>")
            if j == 0:
                out.append(td(cat, 60, attrs=f" rowspan={len(rs)}"))
            out += [td("" if s is None else str(s), 40), td(pn, 300, align="left"),
                    td(v[0], 70), td(v[1], 70), td(a, 60)]
            out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def render_box(no, title, items):
    out = [table_open(), "<tr>", "  <td width=600 valign=top style='width:450.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"]
    out.append(para("<b>" + span(f"专栏{no}　{title}") + "</b>", "text-align:center;line-height:24.0pt", align="center"))
    for it in items:
        bodies = "（责任单位：" + "、".join(b for b, _ in it["bodies"]) + "）" if it["bodies"] else ""
        inner = (span(it["seq"]) + span("&nbsp;&nbsp;") + "<b>" + span(it["name"] + it["sep"]) + "</b>"
                 + span(it["text"] + bodies))
        out.append(para(inner, "text-indent:21.0pt;line-height:22.0pt"))
    out.append("  </td>\n</tr>\n</table>")
    return "\n".join(out)


def render():
    body = []
    body.append(para(span("发布时间：2021-09-18&nbsp;10:30&nbsp;&nbsp;&nbsp;&nbsp;来源：省政府办公厅"), "text-align:right", align="right"))
    body.append(para("<b>" + span("陕西省人民政府办公厅关于印发陕西省“十四五”人力资源和社会保障事业发展规划的通知") + "</b>", "text-align:center", align="center"))
    body.append(para(span("陕政办发〔2021〕27号"), "text-align:center", align="center"))
    body.append(para(span("各设区市人民政府，省人民政府各工作部门、各直属机构："), "line-height:28.0pt"))
    body.append(para(span("《陕西省“十四五”人力资源和社会保障事业发展规划》已经省政府同意，现印发给你们，请认真贯彻执行。")))
    body.append(para(span("陕西省人民政府办公厅"), "text-align:right;margin-right:48.0pt", align="right"))
    body.append(para(span("2021年9月10日"), "text-align:right;margin-right:56.0pt", align="right"))
    body.append(para(span("&nbsp;")))
    body.append(para("<b>" + span(TITLE, ";font-size:22.0pt") + "</b>", "text-align:center;line-height:36.0pt", align="center"))
    body.append(para(span(p("intro"))))
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            body.append(para("<b>" + span(f"第{cn(b[1])}章　{b[2]}", ";font-family:黑体") + "</b>", "text-align:center;line-height:28.0pt;mso-outline-level:1", align="center"))
        elif k == "section":
            body.append(para(span("&nbsp;&nbsp;&nbsp;&nbsp;") + "<b>" + span(f"第{cn(b[1])}节　{b[2]}", ";font-family:楷体_GB2312") + "</b>", "line-height:28.0pt;mso-outline-level:2"))
        elif k == "p":
            body.append(para(span(p(b[1]))))
        elif k == "note":
            body.append(para(span(b[1], ";font-size:12.0pt"), "line-height:20.0pt"))
        elif k == "tbox" and b[1] == 1:
            body.append(para("<b>" + span(f"专栏1　{b[2]}", ";font-family:黑体") + "</b>", "text-align:center", align="center"))
            body.append(render_t1())
        elif k == "tbox" and b[1] == 2:
            body.append(render_t2())
        elif k == "box":
            body.append(render_box(b[1], b[2], b[3]))
    head = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
            "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
            f"<title>{TITLE}</title>\n"
            "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-parent:\"\";\n\tmargin:0cm;\n"
            "\tmargin-bottom:.0001pt;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n"
            "\tfont-family:\"Times New Roman\",\"serif\";}\n@page WordSection1\n\t{size:595.3pt 841.9pt;\n"
            "\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n</head>\n\n"
            "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n\n<div class=WordSection1 style='layout-grid:15.6pt'>\n\n")
    doc = head + "\n\n".join(body) + "\n\n</div>\n\n</body>\n\n</html>\n"
    with open(os.path.join(CORPUS, NAME + ".html"), "wb") as f:
        f.write(doc.encode("gbk"))


def main():
    render()
    k = key(NAME + ".html", None,
            ["WPS/Word web-page export (class=MsoNormal, <span> runs, &nbsp;, <o:p>), charset gb2312",
             "two-row table header with rowspan/colspan (2020年 over 规划目标/完成情况)",
             "category rows spanning the table (一、就业创业)",
             "indicator table whose first row is the 专栏 title spanning all columns",
             "类别 column merged down with rowspan", "unit inside the name (万人)",
             "其中： row without a number", "programme 专栏 as one-cell tables",
             "items 01/02 with title before 。 or ：, bodies as （责任单位：A、B）",
             "第N章/第N节 headings", "发布时间 on the page, 成文日期 under the notice's signature"],
            meta("陕西省", None, "十四五", TITLE, signed="2021-09-10", published="2021-09-18"),
            BLOCKS,
            contains=[p("base").split("。")[0] + "。", "注：〔〕内为五年累计数。"],
            absent=[])
    write_key(NAME, k)


if __name__ == "__main__":
    main()
