"""t08 (source): builds the Word file that t08_yunnan_ruled.sh converts to PDF with LibreOffice.
Ruled tables; the first one is long enough to run over a page break, its two header rows
marked to repeat (w:tblHeader); narrow 指标 column so names wrap; footer 第N页; running header.

Run via: sh tests/corpus/make/t08_yunnan_ruled.sh
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from docx_plan import new_document, para, heading, table, running_header, HEAD_FONT, set_run_font  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

TITLE = "云南省人力资源和社会保障事业发展“十四五”规划"
FONT = "Noto Serif CJK SC"


def footer_page(doc):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run_font(p.add_run("第"), FONT, 10.5)
        r = p.add_run()
        set_run_font(r, FONT, 10.5)
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._element.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = text
                r._element.append(it)
        set_run_font(p.add_run("页"), FONT, 10.5)


def main(out):
    import docx_plan
    docx_plan.BODY_FONT = FONT
    docx_plan.HEAD_FONT = FONT
    doc = new_document(body_font=FONT)
    footer_page(doc)
    running_header(doc, "云南省人力资源和社会保障厅")
    P = lambda t, **k: para(doc, t, font=FONT, **k)  # noqa: E731
    H = lambda t, size=14, align=None: para(doc, t, font=FONT, size=size, bold=True, align=align, indent_chars=0, space_after=4)  # noqa: E731
    P(TITLE, size=18, align="center", indent_chars=0, space_after=12)
    P("为全面推进全省人力资源和社会保障事业高质量发展，根据《云南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》和人力资源社会保障部《人力资源和社会保障事业发展“十四五”规划》，制定本规划。")
    H("一、规划背景")
    H("（一）发展基础", 12)
    P("“十三五”时期，全省人力资源社会保障系统坚持以人民为中心的发展思想，聚焦脱贫攻坚和民生保障，全面完成“十三五”规划主要目标任务。就业形势总体稳定，五年城镇新增就业228.6万人，农村劳动力转移就业规模达到1022万人，贫困劳动力转移就业316.9万人。社会保障体系不断完善，城镇职工基本养老保险参保人数达到786.3万人，建档立卡贫困人口基本养老保险应保尽保。人才队伍持续壮大，劳动关系总体和谐稳定，人社公共服务能力明显提升。")
    P("五年来，全省坚持把稳就业作为“六稳”“六保”的首要任务，实施就业扶贫行动，推进省内外劳务协作，建成一批就业扶贫车间和劳务工作站，为全省打赢脱贫攻坚战作出了重要贡献。")
    H("专栏1  “十三五”时期主要指标完成情况", 12, "center")
    grid = [
        ["类别", "序号", "指标", "单位", "2015年", "2020年", None, "完成情况"],
        [None, None, None, None, None, "规划目标", "实际完成", None],
        ["就业", "1", "城镇新增就业人数", "万人", "〔190〕", "〔200〕", "〔228.6〕", "超额完成"],
        [None, "2", "城镇登记失业率", "%", "4.03", "<4.5", "3.85", "完成"],
        [None, "3", "农村劳动力转移就业人数", "万人", "800", "900", "1022", "超额完成"],
        [None, "4", "新增农村劳动力转移就业人数", "万人", "〔350〕", "〔300〕", "〔392.5〕", "超额完成"],
        [None, "5", "贫困劳动力转移就业人数", "万人", "—", "200", "316.9", "超额完成"],
        ["社会保障", "6", "城镇职工基本养老保险参保人数", "万人", "598", "700", "786.3", "超额完成"],
        [None, "7", "城乡居民基本养老保险参保人数", "万人", "2130", "2250", "2358.2", "完成"],
        [None, "8", "失业保险参保人数", "万人", "245", "280", "301.4", "完成"],
        [None, "9", "工伤保险参保人数", "万人", "380", "430", "487.3", "超额完成"],
        [None, "10", "建档立卡贫困人口基本养老保险参保率", "%", "—", "稳定在99%以上", "100", "完成"],
        [None, "11", "社会保障卡持卡人数", "万人", "2860", "4300", "4585", "完成"],
        ["人才", "12", "专业技术人才总量", "万人", "105", "125", "131.2", "完成"],
        [None, "13", "高技能人才总量", "万人", "38", "55", "61.4", "超额完成"],
        ["劳动关系", "14", "企业劳动合同签订率", "%", "90", ">90", "92.4", "完成"],
        [None, "15", "劳动人事争议调解仲裁结案率", "%", "92", ">90", "95.8", "完成"],
        [None, "16", "劳动保障监察举报投诉案件结案率", "%", "96", ">95", "99.1", "完成"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 0, 6), (0, 7, 1, 7),
              (2, 0, 6, 0), (7, 0, 12, 0), (13, 0, 14, 0), (15, 0, 17, 0)]
    table(doc, grid, merges, widths_cm=[1.9, 1.1, 3.8, 1.4, 1.9, 1.9, 1.9, 1.9], size=10.5, header_rows=2)
    P("注：〔〕内为五年累计数。", size=10.5, indent_chars=0)
    H("（二）发展环境", 12)
    P("“十四五”时期，我省处于巩固拓展脱贫攻坚成果同乡村振兴有效衔接的关键时期，面向南亚东南亚辐射中心建设加快推进，为人社事业发展提供了新机遇。同时，全省就业总量压力和结构性矛盾并存，人口老龄化程度加深，社会保险基金收支平衡压力增大，高层次人才和高技能人才短缺。")
    H("二、总体要求和发展目标")
    H("（一）指导思想", 12)
    P("坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平总书记考察云南重要讲话精神，坚持稳中求进工作总基调，推动全省人力资源和社会保障事业高质量发展。")
    H("（二）发展目标", 12)
    P("到2025年，城镇新增就业200万人以上，城镇调查失业率控制在5.5%以内，基本养老保险参保率达到95%，社会保障卡持卡人口覆盖率稳定在98%以上。")
    H("专栏2  “十四五”时期主要指标", 12, "center")
    grid = [
        ["序号", "指标", "单位", "2020年", "2025年", "属性"],
        ["一、就业", None, None, None, None, None],
        ["1", "城镇新增就业人数", "万人", "〔228.6〕", "〔＞200〕", "预期性"],
        ["2", "城镇调查失业率", "%", "5.4", "<5.5", "预期性"],
        ["3", "农村劳动力转移就业人数", "万人", "1022", "≥1000", "预期性"],
        ["4", "脱贫劳动力转移就业规模", "万人", "316.9", "稳定在300以上", "预期性"],
        ["二、社会保障", None, None, None, None, None],
        ["5", "基本养老保险参保率", "%", "92", "95", "预期性"],
        ["6", "失业保险参保人数", "万人", "301.4", "350", "预期性"],
        ["7", "工伤保险参保人数", "万人", "487.3", "560", "预期性"],
        ["三、人才队伍", None, None, None, None, None],
        ["8", "专业技术人才总量", "万人", "131.2", "160", "预期性"],
        ["9", "高技能人才总量", "万人", "61.4", "85", "预期性"],
        ["四、劳动关系和公共服务", None, None, None, None, None],
        ["10", "劳动人事争议调解仲裁结案率", "%", "95.8", ">90", "约束性"],
        ["11", "社会保障卡持卡人口覆盖率", "%", "95.5", "稳定在98%以上", "预期性"],
    ]
    merges = [(r, 0, r, 5) for r, row in enumerate(grid) if row[1] is None]
    table(doc, grid, merges, widths_cm=[1.2, 5.4, 1.5, 2.5, 2.5, 2.1], size=10.5, header_rows=1, left_cols=(1,))
    P("注：〔〕内为五年累计数。", size=10.5, indent_chars=0)
    H("三、主要任务")
    H("（一）巩固拓展就业扶贫成果", 12)
    P("保持脱贫劳动力就业帮扶政策总体稳定，稳定脱贫劳动力外出务工规模，支持就业帮扶车间和公益性岗位吸纳就业，防止因失业导致规模性返贫。")
    H("专栏3  就业帮扶重点项目", 12, "center")
    P("1.省外劳务协作。巩固沪滇、粤滇等劳务协作机制，每年稳定省外转移就业规模。（省人力资源社会保障厅牵头，省乡村振兴局、省发展改革委配合）", size=10.5)
    P("2.就业帮扶车间提质。支持就业帮扶车间扩大规模，吸纳脱贫劳动力就近就业。（省人力资源社会保障厅、省乡村振兴局牵头，各州（市）人民政府配合）", size=10.5)
    H("（二）完善社会保障体系", 12)
    P("落实企业职工基本养老保险全国统筹，推进失业保险、工伤保险省级统筹，完善城乡居民基本养老保险待遇确定和基础养老金正常调整机制。")
    H("四、保障措施")
    H("（一）加强组织领导", 12)
    P("各级人民政府要加强对人社事业发展的组织领导，将规划主要指标纳入本地区国民经济和社会发展年度计划。")
    H("（二）强化监测评估", 12)
    P("建立规划实施动态监测和评估机制，开展规划中期评估和总结评估。")
    doc.core_properties.title = TITLE
    doc.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
