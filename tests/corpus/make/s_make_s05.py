"""Corpus B, s05: 广西 plan as a Word file with NO heading styles.

Every paragraph is in the Normal style; headings are recognisable only by direct
formatting (chapters: 黑体 16pt bold centred; sections: 黑体 16pt bold, left).  One chapter
heading has lost its "第N章" (printed as its title only).  "附件" on its own line before the
title; 专栏 headed "专栏1：…"; items bulleted ● and ——, bodies "（责任单位：…）"; an
indicator table as a Word table with category rows spanning the table.
Run: /work/main/.venv/bin/python tests/corpus/make/s_make_s05.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import docx
from docx.shared import Pt, Cm
from s_docx_util import base_style, para, cell_text, set_col_widths, HEAD_FONT, TITLE_FONT, BODY_FONT

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "s05_guangxi_plain.docx")


def chapter(doc, t):
    p = para(doc, t, 16, True, HEAD_FONT, "center", indent=False)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(6)


def section(doc, t):
    para(doc, t, 16, True, HEAD_FONT, indent=True)


def body(doc, t):
    para(doc, t, 16, False, BODY_FONT, "justify")


def box(doc, t):
    para(doc, t, 14, True, HEAD_FONT, "center", indent=False)


def item(doc, t):
    para(doc, t, 14, False, BODY_FONT, "justify", indent=False)


def main():
    doc = docx.Document()
    base_style(doc)
    doc.core_properties.title = ""
    doc.core_properties.author = "zzb"
    para(doc, "广西壮族自治区人民政府办公厅关于印发广西人力资源和社会保障事业发展“十四五”规划的通知", 20, False, TITLE_FONT, "center", indent=False)
    para(doc, "桂政办发〔2021〕98号", 16, False, BODY_FONT, "center", indent=False)
    para(doc, "各市、县人民政府，自治区人民政府各组成部门、各直属机构：", 16, indent=False)
    body(doc, "《广西人力资源和社会保障事业发展“十四五”规划》已经自治区人民政府同意，现印发给你们，请认真组织实施。")
    para(doc, "广西壮族自治区人民政府办公厅", 16, align="right", indent=False)
    para(doc, "2021年9月9日", 16, align="right", indent=False)
    body(doc, "（此件公开发布）")
    doc.add_page_break()
    para(doc, "附件", 16, False, HEAD_FONT, indent=False)
    para(doc, "广西人力资源和社会保障事业发展“十四五”规划", 22, False, TITLE_FONT, "center", indent=False)
    body(doc, "为推进全区人力资源和社会保障事业高质量发展，根据《广西壮族自治区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，制定本规划。")

    chapter(doc, "第一章　发展基础和发展环境")
    section(doc, "第一节　发展基础")
    body(doc, "“十三五”时期，全区人社系统坚决贯彻落实党中央、国务院决策部署和自治区党委、政府工作要求，就业局势保持稳定，五年城镇新增就业累计220万人，城镇登记失业率控制在3%以内。全区基本养老保险参保人数达到3620万人，建档立卡贫困人口基本养老保险应保尽保。高技能人才总量达到98万人。劳动关系保持和谐稳定，人社扶贫成效显著。")
    section(doc, "第二节　发展环境")
    body(doc, "“十四五”时期，我区面临建设面向东盟的开放合作高地、西部陆海新通道等重大机遇，但就业总量压力和结构性矛盾并存，社会保障体系还不够健全，城乡区域人社公共服务发展不平衡，人才特别是高技能人才短缺问题仍较突出。")

    chapter(doc, "第二章　总体要求")
    section(doc, "第一节　指导思想")
    body(doc, "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神，深入贯彻落实习近平总书记对广西“五个更大”重要要求，坚持以人民为中心，推动人社事业高质量发展，为建设新时代中国特色社会主义壮美广西提供有力支撑。")
    section(doc, "第二节　基本原则")
    body(doc, "坚持党的全面领导，坚持以人民为中心，坚持稳中求进，坚持改革创新，坚持统筹发展和安全。")
    section(doc, "第三节　主要目标")
    body(doc, "到2025年，城镇新增就业累计200万人，城镇调查失业率控制在5.5%以内，基本养老保险参保率达到95%，高技能人才总量达到120万人。")
    box(doc, "专栏1：“十四五”时期广西人力资源和社会保障事业发展主要指标")
    rows = [
        ("序号", "指标", "单位", "2020年", "2025年", "属性"),
        ("一、就业",),
        ("1", "城镇新增就业人数", "万人", "〔220〕", "〔200〕", "预期性"),
        ("2", "城镇调查失业率", "%", "5.2", "＜5.5", "预期性"),
        ("3", "农村劳动力转移就业人数", "万人", "1280", "1300", "预期性"),
        ("二、社会保障",),
        ("4", "基本养老保险参保率", "%", "91.2", "95", "约束性"),
        ("5", "失业保险参保人数", "万人", "385", "430", "预期性"),
        ("三、人才队伍",),
        ("6", "高技能人才总量", "万人", "98", "120", "预期性"),
    ]
    t = doc.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        if len(r) == 1:
            c = t.cell(i, 0).merge(t.cell(i, 5))
            cell_text(c, r[0], bold=True, center=False)
        else:
            for j, v in enumerate(r):
                cell_text(t.cell(i, j), v, bold=(i == 0), center=(j != 1))
    set_col_widths(t, [1.2, 5.6, 1.6, 2.0, 2.0, 1.8])
    item(doc, "注：〔〕内为五年累计数。")

    chapter(doc, "第三章　实施就业优先战略")
    section(doc, "第一节　强化就业优先政策")
    body(doc, "坚持把就业放在经济社会发展优先位置，健全就业影响评估机制，推动产业政策与就业政策协同联动。支持中小微企业和个体工商户稳定发展，大力发展县域经济，拓展就业空间。")
    section(doc, "第二节　促进重点群体就业")
    body(doc, "多渠道促进高校毕业生就业，深化粤桂劳务协作，推进农村劳动力转移就业，做好退役军人、残疾人等群体就业工作，加强边境地区就业帮扶。")
    box(doc, "专栏2：重点群体就业促进工程")
    item(doc, "●高校毕业生就业创业促进计划：每年组织就业见习岗位2万个，实施“三支一扶”“大学生志愿服务西部计划”等项目。（责任单位：自治区人力资源社会保障厅、自治区教育厅、团区委）")
    item(doc, "●粤桂劳务协作深化行动：建立粤桂劳务协作信息平台，组织农村劳动力有序赴粤就业。（责任单位：自治区人力资源社会保障厅、自治区乡村振兴局）")
    item(doc, "●在边境地区开发边境就业岗位，组织边民就地就近就业。（责任单位：自治区人力资源社会保障厅、自治区财政厅、自治区民族宗教委）")
    body(doc, "强化就业援助，完善就业困难人员认定办法，对零就业家庭实行动态清零，统筹用好乡村公益性岗位。")

    chapter(doc, "第四章　健全多层次社会保障体系")
    section(doc, "第一节　完善社会保险制度")
    body(doc, "落实企业职工基本养老保险全国统筹，完善城乡居民基本养老保险制度，推进失业保险、工伤保险自治区级统筹，健全待遇正常调整机制。")
    section(doc, "第二节　加强社会保险基金监管")
    body(doc, "健全社会保险基金监督管理制度，推进基金监管信息化建设，开展基金管理风险专项整治，确保基金安全运行。")
    box(doc, "专栏3：社会保险提质扩面工程")
    item(doc, "——全民参保计划。以新就业形态劳动者、灵活就业人员为重点，推动应保尽保。（责任单位：自治区人力资源社会保障厅、广西税务局）")
    item(doc, "——工伤保险扩面行动。推进建筑业按项目参加工伤保险，扩大职业伤害保障范围。（责任单位：自治区人力资源社会保障厅、自治区住房城乡建设厅）")
    item(doc, "——社保基金安全监管。建立社保基金风险防控体系。（责任单位：自治区人力资源社会保障厅、自治区财政厅、自治区审计厅）")

    # this chapter heading has lost its number in the source (it is the fifth chapter)
    chapter(doc, "推进人社公共服务数字化")
    section(doc, "第一节　建设“智慧人社”")
    body(doc, "推进人社业务系统自治区级集中，建设人社大数据平台，推广电子社保卡应用，实现人社服务“一网通办”“跨省通办”。")
    section(doc, "第二节　推进基本公共服务均等化")
    body(doc, "加快乡镇（街道）、村（社区）人社公共服务平台建设，推动人社公共服务向基层延伸，促进城乡区域人社公共服务均等化。")

    chapter(doc, "第六章　加强规划实施保障")
    section(doc, "第一节　加强组织领导")
    body(doc, "各级人社部门要加强对规划实施的组织领导，明确责任分工，确保规划目标任务落到实处。")
    section(doc, "第二节　强化监测评估")
    body(doc, "建立规划实施年度监测、中期评估和总结评估制度，及时发现和解决规划实施中的问题。")
    doc.save(OUT)


if __name__ == "__main__":
    main()
