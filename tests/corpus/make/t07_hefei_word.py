"""t07: a city plan in Word: a two-row header with 属性 before the values and
"“十四五”目标" spanning 2025年|年均增长〔累计〕, 类别 merged down, a second table with
category rows spanning the width, full-width signs in cells, running header and - N - footer.

Run: /work/main/.venv/bin/python tests/corpus/make/t07_hefei_word.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from docx_plan import new_document, para, heading, table, page_number_footer, running_header, HEAD_FONT  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "t07_hefei_word.docx")
TITLE = "合肥市“十四五”人力资源和社会保障事业发展规划"


def main():
    doc = new_document()
    page_number_footer(doc, ("- ", " -"))
    running_header(doc, "合肥市人社“十四五”规划")
    para(doc, "合肥市人民政府关于印发合肥市“十四五”人力资源和社会保障事业发展规划的通知", font=HEAD_FONT, size=16, align="center", indent_chars=0, space_after=6)
    para(doc, "合政〔2021〕121号", align="center", indent_chars=0, space_after=6)
    para(doc, "各县（市）、区人民政府，市政府各部门、各直属机构：", indent_chars=0)
    para(doc, "现将《合肥市“十四五”人力资源和社会保障事业发展规划》印发给你们，请认真贯彻执行。")
    para(doc, "合肥市人民政府", align="right", indent_chars=0)
    para(doc, "2021年9月30日", align="right", indent_chars=0, space_after=12)
    para(doc, TITLE, font=HEAD_FONT, size=18, align="center", indent_chars=0, space_after=12)
    para(doc, "为加快推进我市人力资源和社会保障事业高质量发展，根据《安徽省“十四五”人力资源和社会保障事业发展规划》和《合肥市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，制定本规划。")

    heading(doc, "第一章  发展基础")
    heading(doc, "第一节  “十三五”发展成就", size=12)
    para(doc, "“十三五”时期，全市人社系统坚持稳中求进工作总基调，主动服务全市经济社会发展大局，各项事业取得显著成效。五年城镇新增就业82.5万人，城镇登记失业率控制在较低水平；企业职工基本养老保险参保人数达到320万人；专业技术人才总量达到95万人，高技能人才总量达到45万人。")
    heading(doc, "表1  “十三五”时期主要指标完成情况", size=12, align="center")
    grid = [
        ["序号", "指标", "单位", "“十三五”规划目标", "2020年完成情况", "完成情况"],
        ["就业", None, None, None, None, None],
        ["1", "城镇新增就业人数", "万人", "〔60〕", "〔82.5〕", "超额完成"],
        ["2", "城镇登记失业率", "%", "<4", "2.6", "完成"],
        ["社会保障", None, None, None, None, None],
        ["3", "企业职工基本养老保险参保人数", "万人", "300", "320", "完成"],
        ["4", ["城乡居民基本养老保险", "参保人数"], "万人", "260", "248.6", "基本完成"],
        ["5", "失业保险参保人数", "万人", "150", "168", "超额完成"],
        ["人才", None, None, None, None, None],
        ["6", "专业技术人才总量", "万人", "90", "95", "完成"],
        ["7", "高技能人才总量", "万人", "40", "45", "超额完成"],
        ["劳动关系", None, None, None, None, None],
        ["8", "劳动人事争议仲裁结案率", "%", "≥90", "95.6", "完成"],
    ]
    merges = [(r, 0, r, 5) for r, row in enumerate(grid) if row[1] is None]
    table(doc, grid, merges, widths_cm=[1.2, 5.6, 1.5, 2.6, 2.6, 2.3], size=10, header_rows=1, left_cols=(1,))
    para(doc, "注：〔〕内为五年累计数。", size=10, indent_chars=0)
    heading(doc, "第二节  面临形势", size=12)
    para(doc, "“十四五”时期，合肥加快建设具有国际影响力的创新之都，长三角一体化发展、综合性国家科学中心建设等重大战略机遇叠加，人才集聚效应持续增强。同时，结构性就业矛盾依然存在，社会保险扩面难度加大，新业态劳动关系更加复杂多样。")

    heading(doc, "第二章  总体要求")
    heading(doc, "第一节  指导思想", size=12)
    para(doc, "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平总书记考察安徽重要讲话指示精神，坚持以人民为中心的发展思想，推动全市人力资源和社会保障事业高质量发展。")
    heading(doc, "第二节  主要指标", size=12)
    heading(doc, "表2  “十四五”时期人力资源和社会保障事业发展主要指标", size=12, align="center")
    grid = [
        ["类别", "序号", "指标名称", "单位", "属性", "2020年（基期）", "“十四五”目标", None],
        [None, None, None, None, None, None, "2025年", "年均增长〔累计〕"],
        ["就业", "1", "城镇新增就业", "万人", "预期性", "〔82.5〕", "—", "〔＞80〕"],
        [None, "2", "城镇调查失业率", "%", "预期性", "5.1", "＜5.5", "—"],
        [None, "3", "高校毕业生留肥就业创业人数", "万人", "预期性", "〔40〕", "—", "〔50〕"],
        ["社会保障", "4", "基本养老保险参保率", "%", "约束性", "92.3", "95", "—"],
        [None, "5", "企业职工基本养老保险参保人数", "万人", "预期性", "320", "380", "3.5"],
        [None, "6", "失业保险参保人数", "万人", "预期性", "168", "200", "3.5"],
        [None, "7", "工伤保险参保人数", "万人", "预期性", "190", "225", "3.4"],
        ["人才", "8", "专业技术人才总量", "万人", "预期性", "95", "120", "4.8"],
        [None, "9", "高技能人才总量", "万人", "预期性", "45", "60", "5.9"],
        [None, "10", "高、中、初级专业技术人才比例", "", "预期性", "1.2∶3.8∶5", "2∶4∶4", "—"],
        ["劳动关系", "11", "劳动人事争议仲裁结案率", "%", "约束性", "95.6", "＞９０", "—"],
        ["公共服务", "12", "电子社会保障卡领用率", "%", "预期性", "45", "≥70", "—"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 0, 7),
              (2, 0, 4, 0), (5, 0, 8, 0), (9, 0, 11, 0)]
    table(doc, grid, merges, widths_cm=[1.5, 0.9, 4.6, 1.2, 1.4, 2.2, 1.8, 2.2], size=10, header_rows=2, left_cols=(2,))
    para(doc, "注：〔〕内为五年累计数；年均增长单位为%。", size=10, indent_chars=0)

    heading(doc, "第三章  主要任务")
    heading(doc, "第一节  促进高质量充分就业", size=12)
    para(doc, "深入实施就业优先政策，大力促进高校毕业生、农民工、退役军人等重点群体就业，打造“创业之城”。")
    heading(doc, "专栏3  就业创业重点工程", size=11, align="center")
    para(doc, "（1）“留肥来肥”大学生就业创业行动。每年吸引10万名以上高校毕业生在肥就业创业。责任单位：市人社局、市教育局、团市委", size=10.5)
    para(doc, "（2）零工市场建设。在各县（市）区建设规范化零工市场。责任单位：各县（市）区人民政府", size=10.5)
    heading(doc, "第二节  集聚创新人才", size=12)
    para(doc, "围绕打造具有重要影响力的人才高地，实施更加开放的人才政策，健全人才评价激励机制。")
    heading(doc, "专栏4  人才引育工程", size=11, align="center")
    para(doc, "（1）高层次人才引进计划。每年引进高层次人才1000名以上。市委人才办牵头，市人社局、市科技局配合", size=10.5)
    para(doc, "（2）博士后创新平台建设。新增博士后科研工作站、创新实践基地30家。市人社局牵头", size=10.5)

    heading(doc, "第四章  保障措施")
    heading(doc, "第一节  加强组织领导", size=12)
    para(doc, "各县（市）区、各部门要加强对规划实施的组织领导，确保规划各项目标任务落到实处。")
    heading(doc, "第二节  强化评估考核", size=12)
    para(doc, "建立规划实施年度监测和中期评估制度，将规划主要指标纳入相关部门年度考核。")
    doc.core_properties.title = TITLE
    doc.save(OUT)
    print("wrote", os.path.abspath(OUT))


if __name__ == "__main__":
    main()
