"""Corpus B, s06: 遵义市 (贵州省) plan as a Word file whose headings use Word's AUTOMATIC
NUMBERING: chapter headings (style Heading 1) and section headings (Heading 2) carry a
numPr pointing to a multi-level list in numbering.xml whose levels print "一、" and "（一）"
(numFmt chineseCounting).  The visible numbers are not in the text runs.
专栏 headed "专栏 1"; items "1." with separate "牵头单位：" / "配合单位：" or "责任单位：" lines;
an indicator table as a Word table.  City bodies (市人力资源社会保障局 …).
Run: /work/main/.venv/bin/python tests/corpus/make/s_make_s06.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from s_docx_util import base_style, para, cell_text, set_col_widths, set_font, HEAD_FONT, TITLE_FONT, BODY_FONT

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "s06_zunyi_autonum.docx")
NUM_ID = "21"

ABSTRACT = """<w:abstractNum %s w:abstractNumId="21">
  <w:nsid w:val="3A5C27D1"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="7B1E4C20"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/>
    <w:pStyle w:val="Heading1"/>
    <w:suff w:val="nothing"/>
    <w:lvlText w:val="%%1、"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/>
    <w:pStyle w:val="Heading2"/>
    <w:suff w:val="nothing"/>
    <w:lvlText w:val="（%%2）"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
  </w:lvl>
</w:abstractNum>""" % nsdecls("w")

NUM = '<w:num %s w:numId="%s"><w:abstractNumId w:val="21"/></w:num>' % (nsdecls("w"), NUM_ID)


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    absn = parse_xml(ABSTRACT)
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(NUM))


def style_headings(doc):
    for name, font, size in (("Heading 1", HEAD_FONT, 16), ("Heading 2", "楷体_GB2312", 16)):
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        fonts.set(qn("w:eastAsia"), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if fonts.get(qn(a)) is not None:
                del fonts.attrib[qn(a)]
        st.paragraph_format.space_before = Pt(6)
        st.paragraph_format.space_after = Pt(6)


def numbered(doc, text, level):
    p = doc.add_paragraph(style="Heading 1" if level == 0 else "Heading 2")
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr>'
                         % (nsdecls("w"), level, NUM_ID)))
    r = p.add_run(text)
    return p


def chapter(doc, t):
    numbered(doc, t, 0)


def section(doc, t):
    numbered(doc, t, 1)


def body(doc, t):
    para(doc, t, 16, False, BODY_FONT, "justify")


def box(doc, t):
    para(doc, t, 14, True, HEAD_FONT, "center", indent=False)


def item(doc, t):
    para(doc, t, 14, False, BODY_FONT, "justify", indent=True)


def main():
    doc = docx.Document()
    base_style(doc)
    style_headings(doc)
    add_numbering(doc)
    para(doc, "遵义市“十四五”人力资源和社会保障事业发展规划", 22, False, TITLE_FONT, "center", indent=False)
    body(doc, "“十四五”时期是遵义在新时代西部大开发上闯新路、在乡村振兴上开新局、在实施数字经济战略上抢新机、在生态文明建设上出新绩的关键时期。为推动全市人力资源和社会保障事业高质量发展，根据《遵义市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》和《贵州省“十四五”人力资源和社会保障事业发展规划》，制定本规划。")

    chapter(doc, "发展基础和面临形势")
    section(doc, "“十三五”时期取得的成就")
    body(doc, "“十三五”时期，全市人社系统坚持以人民为中心的发展思想，全力抓好稳就业保民生各项工作。五年累计城镇新增就业32.6万人，城镇登记失业率控制在3.8%以内。累计促进农村劳动力转移就业28.5万人，易地扶贫搬迁劳动力实现“一户一人以上”就业。基本养老保险参保人数达到510万人，社会保障卡持卡人数达到640万人。技能人才总量达到52万人。")
    section(doc, "“十四五”时期面临的形势")
    body(doc, "“十四五”时期，遵义处于加快建设黔川渝结合部中心城市的重要阶段，白酒产业、新型工业化和文化旅游业发展为扩大就业提供了新空间。同时，全市就业结构性矛盾依然存在，高技能人才供给不足，社会保险扩面空间收窄，人社公共服务城乡差距仍然较大。")

    chapter(doc, "总体要求")
    section(doc, "指导思想")
    body(doc, "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神，深入贯彻落实习近平总书记视察贵州重要讲话精神，传承弘扬遵义会议精神，坚持以人民为中心的发展思想，推动全市人社事业高质量发展。")
    section(doc, "基本原则")
    body(doc, "坚持党的全面领导，坚持民生优先，坚持改革创新，坚持城乡统筹，坚持底线思维。")
    section(doc, "主要目标")
    body(doc, "到2025年，全市城镇新增就业累计30万人以上，城镇调查失业率控制在5.5%以内，基本养老保险参保率达到92%，技能人才总量达到65万人。")
    box(doc, "专栏 1　遵义市“十四五”人力资源和社会保障事业发展主要指标")
    rows = [
        ("序号", "指标", "单位", "2020年基期值", "2025年目标值", "属性"),
        ("1", "城镇新增就业人数", "万人", "〔32.6〕", "〔30〕", "预期性"),
        ("2", "城镇调查失业率", "%", "—", "＜5.5", "预期性"),
        ("3", "农村劳动力转移就业人数", "万人", "〔28.5〕", "〔25〕", "预期性"),
        ("4", "基本养老保险参保率", "%", "89.5", "92", "约束性"),
        ("5", "技能人才总量", "万人", "52", "65", "预期性"),
        ("6", "劳动保障监察举报投诉案件结案率", "%", "96", "≥98", "约束性"),
    ]
    t = doc.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    widths = [1.2, 6.0, 1.4, 2.3, 2.3, 1.6]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            cell_text(c, v, 11, bold=(i == 0), center=(j != 1))
    set_col_widths(t, widths)
    para(doc, "注：〔〕内为五年累计数；城镇调查失业率2020年未开展市级调查。", 12, indent=False)

    chapter(doc, "推动实现更加充分更高质量就业")
    section(doc, "强化就业优先政策")
    body(doc, "坚持经济发展就业导向，实施就业优先政策，围绕白酒、食品、装备制造等产业扩大就业容量。落实援企稳岗政策，支持中小微企业吸纳就业，鼓励劳动者多渠道灵活就业。")
    section(doc, "促进重点群体就业")
    body(doc, "统筹做好高校毕业生、农村劳动力、易地扶贫搬迁群众、退役军人等重点群体就业工作，巩固拓展脱贫攻坚成果同乡村振兴有效衔接。")
    box(doc, "专栏 2　重点群体就业促进工程")
    item(doc, "1.高校毕业生就业创业促进计划。每年开发就业见习岗位2000个，组织开展“遵才回引”系列招聘活动。")
    item(doc, "牵头单位：市人力资源社会保障局")
    item(doc, "配合单位：市教育体育局、团市委")
    item(doc, "2.易地扶贫搬迁劳动力就业帮扶行动。对搬迁劳动力实行动态监测，确保有劳动能力的搬迁家庭至少一人稳定就业。")
    item(doc, "牵头单位：市人力资源社会保障局")
    item(doc, "配合单位：市生态移民局、市乡村振兴局、各县（市、区）人民政府")
    item(doc, "3.劳务品牌培育行动。培育“遵义酿酒师”“红城保姆”等劳务品牌，带动农村劳动力转移就业。")
    item(doc, "牵头单位：市人力资源社会保障局")
    item(doc, "配合单位：市商务局、市妇联")
    body(doc, "加强就业援助，对就业困难人员实行实名制动态管理和分类帮扶，统筹用好城乡公益性岗位，确保零就业家庭动态清零。")

    chapter(doc, "健全多层次社会保障体系")
    section(doc, "完善社会保险制度")
    body(doc, "落实企业职工基本养老保险全国统筹，推进城乡居民基本养老保险提标扩面，落实失业保险、工伤保险省级统筹政策，健全社会保险待遇调整机制。")
    section(doc, "加强社会保险基金监管")
    body(doc, "健全社会保险基金监管制度，加强部门信息共享和协同监管，严厉打击欺诈骗取社会保险基金行为，确保基金安全。")
    box(doc, "专栏 3　社会保障提升工程")
    item(doc, "1.全民参保计划。以农民工、灵活就业人员和新就业形态劳动者为重点，实施精准扩面。")
    item(doc, "责任单位：市人力资源社会保障局、国家税务总局遵义市税务局")
    item(doc, "2.社会保障卡“一卡通”建设。推进社会保障卡在交通出行、文化旅游、就医购药等领域的应用。")
    item(doc, "责任单位：市人力资源社会保障局、市大数据局、市交通运输局")
    item(doc, "3.推进工伤预防、补偿、康复“三位一体”制度建设，开展工伤预防宣传培训。")
    item(doc, "责任单位：市人力资源社会保障局、市应急管理局")

    chapter(doc, "加强人才队伍建设")
    section(doc, "深化人才发展体制机制改革")
    body(doc, "深化职称制度改革，落实用人单位自主评审，健全人才评价激励机制，完善事业单位公开招聘制度，引导人才向基层一线流动。")
    section(doc, "加强技能人才培养")
    body(doc, "实施“遵义工匠”培育计划，推进技工院校建设，广泛开展职业技能竞赛，五年开展补贴性职业技能培训15万人次以上。")

    chapter(doc, "保障措施")
    section(doc, "加强组织领导")
    body(doc, "各县（市、区）要把人社事业发展纳入经济社会发展总体规划，落实规划实施责任，形成工作合力。")
    section(doc, "强化监测评估")
    body(doc, "建立规划实施监测评估制度，开展年度监测和中期评估，确保规划目标任务如期完成。")
    doc.save(OUT)


if __name__ == "__main__":
    main()
