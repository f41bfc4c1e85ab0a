"""Shared pieces for the v* validation documents: prose paragraphs and the key writer.

The generators (v_make_vNN.py) hold each plan's structure (chapters, boxes, tables) as data,
render the document from it in that document's own conventions, and write the key from the
same data, so the key says exactly what was printed.  Each key was then read against its
document by hand (pdftotext, page images, decoded text) and corrected where the printed
document differs from the data (wrapped cells, unplaced values, unreadable tables).

Never run by the tests; never imports app/.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)

CN = "零一二三四五六七八九十"


def cn(n):
    """1 -> 一, 12 -> 十二, 20 -> 二十."""
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


# Paragraphs by topic. {S} is 全省/全市/全区, {P} the short name (陕西, 包头), {D} the department
# (省人力资源社会保障厅), {G} the government (省政府).
PROSE = {
    "intro": "为深入贯彻落实党中央、国务院和{G}关于人力资源和社会保障工作的决策部署，推动{S}人力资源和社会保障事业高质量发展，根据《人力资源和社会保障事业发展“十四五”规划》和《{P}国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，制定本规划。",
    "intro_city": "为深入贯彻落实党中央、国务院和{G}关于人力资源和社会保障工作的决策部署，推动{S}人力资源和社会保障事业高质量发展，根据《{Q}人力资源和社会保障事业发展“十四五”规划》和《{P}国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，结合{P}实际，制定本规划。",
    "base": "“十三五”时期，面对错综复杂的国内外形势和新冠肺炎疫情的严重冲击，{S}人力资源和社会保障系统坚持以人民为中心的发展思想，攻坚克难、砥砺前行，圆满完成了“十三五”规划确定的主要目标任务。就业局势保持总体稳定，城镇新增就业持续增长，重点群体就业得到有效保障。",
    "base2": "社会保障体系不断健全，企业职工基本养老保险基金省级统收统支全面实施，城乡居民基本养老保险实现应保尽保，失业保险、工伤保险参保扩面成效明显。人才队伍建设成效显著，技能人才规模持续扩大，人事制度改革不断深化，劳动关系保持总体和谐稳定。",
    "env": "“十四五”时期是我国开启全面建设社会主义现代化国家新征程的第一个五年。当前和今后一个时期，我国发展仍然处于重要战略机遇期，但机遇和挑战都有新的发展变化。{S}人口老龄化程度加深，结构性就业矛盾突出，社会保险基金长期平衡压力加大，新就业形态劳动者权益保障亟待加强。",
    "env2": "同时也要看到，新一轮科技革命和产业变革深入发展，数字经济加快成长，为扩大就业容量、提升人力资源素质提供了新的空间。必须增强机遇意识和风险意识，准确识变、科学应变、主动求变，在危机中育先机、于变局中开新局。",
    "guide": "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神，立足新发展阶段，贯彻新发展理念，构建新发展格局，以推动高质量发展为主题，坚持就业优先、人才引领、保障民生、促进和谐，不断增强人民群众获得感、幸福感、安全感。",
    "principle": "坚持党的全面领导，把党的领导贯穿人力资源和社会保障工作全过程。坚持以人民为中心，把实现好、维护好、发展好最广大人民根本利益作为出发点和落脚点。坚持系统观念，统筹发展和安全，防范化解重大风险。坚持改革创新，破除制约事业发展的体制机制障碍。",
    "goal": "到2025年，就业更加充分更高质量，城镇新增就业稳定增长，城镇调查失业率控制在5.5%以内。多层次社会保障体系更加健全，基本养老保险参保率达到95%。人才队伍结构持续优化，高技能人才占技能人才比例明显提高。劳动关系和谐稳定，公共服务水平显著提升。",
    "goal2035": "展望二〇三五年，基本实现更加充分更高质量就业，建成覆盖全民、统筹城乡、公平统一、安全规范、可持续的多层次社会保障体系，人才资源总量、素质和效能达到全国先进水平，劳动关系和谐稳定，人民群众对美好生活的向往进一步得到满足。",
    "emp": "坚持经济发展就业导向，健全就业优先政策体系，把扩大就业作为经济社会发展的优先目标，扩大就业容量，提升就业质量，缓解结构性就业矛盾。完善财政、金融、产业等政策与就业政策协调联动机制，促进经济增长与扩大就业良性循环。",
    "emp_key": "把高校毕业生就业作为重中之重，拓宽市场化社会化就业渠道，扩大基层就业空间。统筹做好农村劳动力转移就业、退役军人就业和就业困难人员帮扶工作，确保零就业家庭动态清零。",
    "emp_biz": "深入实施创业带动就业行动，完善创业扶持政策，加大创业担保贷款支持力度，建设一批高水平创业孵化载体。支持劳动者通过新就业形态实现就业，健全灵活就业人员劳动权益保障制度。",
    "train": "全面推行终身职业技能培训制度，大规模开展补贴性职业技能培训，围绕重点产业和紧缺职业开展订单式、定向式培训。推行企业新型学徒制，完善职业技能等级认定制度，支持企业自主开展技能人才评价。",
    "pension": "落实企业职工基本养老保险全国统筹，完善城乡居民基本养老保险制度，健全待遇确定和正常调整机制。大力发展企业年金和职业年金，规范发展第三支柱养老保险，推进个人养老金制度落地。",
    "insure": "深入实施全民参保计划，以灵活就业人员、新就业形态从业人员、农民工为重点，推动实现应保尽保。完善失业保险制度，扩大失业保险保障范围。推进工伤预防、补偿、康复“三位一体”制度建设。",
    "fund": "健全社会保险基金监管体系，完善政策、经办、信息、监督“四位一体”风险防控机制，常态化开展基金管理风险排查，严厉打击欺诈骗取套取社会保险基金行为，确保基金安全运行。",
    "talent": "深化人才发展体制机制改革，实施重点人才支持计划，加快引进培养高层次人才和急需紧缺人才。深化职称制度改革，完善以创新价值、能力、贡献为导向的人才评价体系，向用人主体放权，为人才松绑。",
    "skill": "大力弘扬劳模精神、劳动精神、工匠精神，完善技能人才培养、使用、评价、激励制度，提高技能人才待遇水平。建设一批高技能人才培训基地和技能大师工作室，广泛开展职业技能竞赛活动。",
    "personnel": "深化事业单位人事制度改革，完善事业单位岗位管理、公开招聘、考核奖惩制度。健全公务员录用、考核、激励保障机制，做好表彰奖励工作，激励广大干部新时代新担当新作为。",
    "wage": "健全工资决定、合理增长和支付保障机制，完善最低工资标准调整机制，发布企业薪酬调查信息和工资指导线。深化国有企业工资决定机制改革，落实事业单位绩效工资制度，提高劳动报酬在初次分配中的比重。",
    "labor": "完善协调劳动关系三方机制，全面实行劳动合同制度，推进和谐劳动关系创建活动。健全劳动人事争议多元处理机制，加强调解仲裁效能建设，推进裁审衔接。",
    "wageprot": "深入实施《保障农民工工资支付条例》，健全根治欠薪长效机制，全面落实工资专用账户、实名制管理、工资保证金等制度，畅通欠薪举报投诉渠道，依法惩处恶意欠薪违法行为。",
    "service": "推进人力资源和社会保障基本公共服务标准化、规范化、便利化，打造“一站式”服务窗口。推进社会保障卡居民服务“一卡通”，拓展电子社会保障卡应用场景，实现更多服务事项“网上办、掌上办、就近办”。",
    "digital": "建设全省集中的人力资源和社会保障信息系统，加强数据治理和共享应用，提升大数据分析和风险防控能力。健全网络安全和数据安全保障体系，防范数据泄露风险。",
    "guarantee": "坚持和加强党对人力资源和社会保障工作的全面领导，把党的领导贯穿规划实施全过程。各地各部门要按照职责分工，细化目标任务，强化协同配合，确保规划各项任务落到实处。",
    "monitor": "建立规划实施监测评估制度，对规划实施情况开展年度监测、中期评估和总结评估，及时研究解决规划实施中的重大问题。加强宣传引导，营造全社会关心支持人力资源和社会保障事业发展的良好氛围。",
    "funds": "建立与经济社会发展相适应的财政投入机制，加大对就业、社会保障、人才等领域的资金投入力度，优化支出结构，提高资金使用效益。鼓励社会资本参与人力资源和社会保障公共服务设施建设。",
}


def prose(topic, S="全省", P="陕西省", D="省人力资源社会保障厅", G="省委、省政府", Q=""):
    return PROSE[topic].format(S=S, P=P, D=D, G=G, Q=Q)


def cells(columns, values):
    """Pair value columns with printed values; None means nothing printed (no cell)."""
    return [{"column": c, "raw": v} for c, v in zip(columns, values) if v is not None]


def row(name, values, columns, unit=None, attribute=None, category=None, seq=None, unplaced=None):
    if unplaced is not None:
        return {"category": category, "seq": seq, "name": name, "unit": unit,
                "attribute": attribute, "cells": [], "unplaced": list(unplaced)}
    return {"category": category, "seq": seq, "name": name, "unit": unit,
            "attribute": attribute, "cells": cells(columns, values), "unplaced": []}


def write_key(name, key):
    path = os.path.join(CORPUS, name + ".key.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return path


def meta(province, city, period, title, signed=None, damaged=False, published=None):
    return {"province": province, "city": city, "period": period, "title": title,
            "signed_date": signed, "signed_date_damaged": damaged, "published_date": published}


def structure(blocks):
    """Chapters (with sections), parts, boxes and tables from a generator's block list.

    Blocks: ("part", no, title), ("chapter", no, title), ("section", no, title),
    ("box", no, title, items) for a programme 专栏, ("tbox", no, title, table) for an indicator
    专栏, ("table", table) for a table outside any 专栏, ("utbox", no, title, nrows) for an
    indicator 专栏 whose table cannot be read; anything else is text.
    An item: {"seq", "name", "bodies": [(name, role)], ...render fields}.
    A table: {"title", "columns", "rows"}.
    """
    parts, chapters, boxes, tables, unreadable = [], [], [], [], []
    for b in blocks:
        k = b[0]
        if k == "part":
            parts.append({"no": b[1], "title": b[2]})
        elif k == "chapter":
            chapters.append({"no": b[1], "title": b[2], "sections": []})
        elif k == "section":
            chapters[-1]["sections"].append({"no": b[1], "title": b[2]})
        elif k == "box":
            boxes.append({"no": b[1], "title": b[2], "kind": "programmes", "items": [
                {"seq": it["seq"], "name": it["name"],
                 "bodies": [{"name": n, "role": r} for n, r in it["bodies"]]} for it in b[3]]})
        elif k == "tbox":
            boxes.append({"no": b[1], "title": b[2], "kind": "indicators", "items": []})
            t = b[3]
            tables.append({"box_no": b[1], "title": t.get("key_title", b[2]),
                           "columns": t["columns"], "rows": t["rows"]})
        elif k == "utbox":
            boxes.append({"no": b[1], "title": b[2], "kind": "indicators", "items": []})
            unreadable.append({"box_no": b[1], "rows": b[3]})
        elif k == "table":
            t = b[1]
            tables.append({"box_no": None, "title": t["title"], "columns": t["columns"],
                           "rows": t["rows"]})
    return {"parts": parts, "chapters": chapters, "boxes": boxes, "tables": tables,
            "unreadable_tables": unreadable}


def key(file, encoding, covers, meta_, blocks, contains=(), absent=()):
    k = {"file": file, "encoding": encoding, "covers": list(covers), "meta": meta_}
    k.update(structure(blocks))
    k["text_checks"] = {"contains": list(contains), "absent": list(absent)}
    return k
