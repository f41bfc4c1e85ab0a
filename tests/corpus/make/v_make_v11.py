"""v11_hainan_years.txt: 海南省 plan for 2021-2025 as a GB18030 text copy.

Constructs: a plan whose title carries only the years "（2021—2025年）" (no 十四五 in the title;
the notice quotes it in 《》); a first chapter reviewing the 十三五 period at length (five 节 of
figures) ending with the 十三五 completion table; sub-numbered boxes "专栏1-1 …", "专栏2-1 …",
"专栏3-1 …", "专栏3-2 …" (in the key a sub-numbered box has "no": null and a title starting
with the printed number, and its table "box_no": null); tab-separated tables, category rows
"（一）就业创业" alone on a line in the second table; items "1．" (full-width dot) with a title
before "。" and bodies "（牵头单位：A；配合单位：B、C）" (one with 牵头单位 only, one with two
leads "A、B").
Run: /work/main/.venv/bin/python tests/corpus/make/v_make_v11.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, meta, row, write_key  # noqa: E402

NAME = "v11_hainan_years"
TITLE = "海南省人力资源和社会保障事业发展规划（2021—2025年）"
HR = "省人力资源社会保障厅"
I = "\u3000\u3000"

C1 = ["2015年", "“十三五”规划目标", "2020年完成"]
T1_ROWS = [
    ("城镇新增就业人数", "万人", ["〔57.6〕", "〔50〕", "〔64.2〕"]),
    ("城镇登记失业率", "%", ["2.3", "<3.5", "2.9"]),
    ("农村劳动力转移就业人数", "万人", ["〔38.5〕", "〔40〕", "〔45.1〕"]),
    ("企业职工基本养老保险参保人数", "万人", ["182", "230", "251.6"]),
    ("城乡居民基本养老保险参保人数", "万人", ["268", "275", "281.3"]),
    ("失业保险参保人数", "万人", ["98", "120", "128.4"]),
    ("工伤保险参保人数", "万人", ["121", "150", "162.7"]),
    ("高技能人才总量", "万人", ["10.2", "15", "16.8"]),
]
T1 = {"title": "1-1“十三五”时期主要指标完成情况", "columns": C1,
      "rows": [row(n, v, C1, unit=u) for n, u, v in T1_ROWS]}

C2 = ["2020年", "2025年"]
T2_ROWS = [
    ("就业创业", [
        ("城镇新增就业人数", "万人", ["〔64.2〕", "〔>50〕"], "预期性"),
        ("城镇调查失业率", "%", ["4.2", "<5.5"], "预期性"),
        ("农村劳动力转移就业人数", "万人", ["〔45.1〕", "〔40〕"], "预期性"),
        ("补贴性职业技能培训", "万人次", ["〔52〕", "〔60〕"], "预期性"),
    ]),
    ("社会保障", [
        ("基本养老保险参保率", "%", ["93.5", "96"], "预期性"),
        ("失业保险参保人数", "万人", ["128.4", "160"], "预期性"),
        ("工伤保险参保人数", "万人", ["162.7", "200"], "预期性"),
        ("社会保障卡持卡人口覆盖率", "%", ["95.2", "99"], "预期性"),
    ]),
    ("人才人事", [
        ("专业技术人才总量", "万人", ["41", "55"], "预期性"),
        ("高技能人才总量", "万人", ["16.8", "25"], "预期性"),
    ]),
    ("劳动关系", [
        ("劳动人事争议仲裁结案率", "%", ["93", ">90"], "约束性"),
        ("农民工工资拖欠案件按期结案率", "%", ["96", "100"], "约束性"),
    ]),
]
T2 = {"title": "2-1“十四五”时期人力资源和社会保障事业发展主要指标", "columns": C2,
      "rows": [row(n, v, C2, unit=u, attribute=a, category=cat) for cat, rs in T2_ROWS for n, u, v, a in rs]}


def item(seq, name, text, leads, coop=()):
    leads = leads if isinstance(leads, list) else [leads]
    bodies = [(b, "lead") for b in leads] + [(c, "cooperating") for c in coop]
    tail = "牵头单位：" + "、".join(leads) + ("；配合单位：" + "、".join(coop) if coop else "")
    return {"seq": seq, "name": name, "line": f"{seq}．{name}。{text}（{tail}）", "bodies": bodies}


B31 = [
    item("1", "高校毕业生留琼就业计划", "实施“留琼就业创业”专项行动，每年面向高校毕业生募集就业见习岗位3000个以上，离校未就业高校毕业生就业率保持在90%以上。", HR, ["省教育厅", "团省委"]),
    item("2", "自由贸易港创业孵化工程", "建设省级创业孵化示范基地20个，五年扶持创业2万人，带动就业6万人。", HR, ["省财政厅", "省科技厅"]),
    item("3", "零就业家庭动态清零行动", "建立零就业家庭实名台账，确保零就业家庭出现一户、帮扶一户、动态清零一户。", HR, ["省民政厅", "省总工会"]),
]
B32 = [
    item("1", "技能海南行动", "围绕旅游业、现代服务业、高新技术产业开展补贴性职业技能培训，五年培训60万人次。", HR, ["省财政厅", "省旅游和文化广电体育厅"]),
    item("2", "公共实训基地建设工程", "建设省级公共实训基地1个、市县公共实训基地10个。", [HR, "省发展改革委"], ["各市县人民政府"]),
]
B41 = [
    item("1", "全民参保提升工程", "以新业态从业人员、灵活就业人员和外来务工人员为重点，基本养老保险参保率达到96%。", HR, ["省税务局", "省大数据管理局"]),
    item("2", "社会保险经办服务提质工程", "推动社会保险经办服务事项全省通办，实现“一网通办、一窗通办”。", HR),
]
B51 = [
    item("1", "自由贸易港人才集聚工程", "围绕重点产业引进各类人才，五年新增引进人才100万人。", "省委人才发展局", [HR, "省公安厅"]),
    item("2", "国际人才服务提升工程", "建设海南国际人才服务中心，为境外人才提供工作许可、居留许可等“一站式”服务。", HR, ["省公安厅", "省商务厅"]),
    item("3", "博士后科研平台建设工程", "新设博士后科研工作站、创新实践基地30个。", HR, ["省科技厅"]),
]

REVIEW = [
    ("就业局势保持稳定", [
        "“十三五”时期，全省人力资源和社会保障系统深入贯彻习近平总书记“4·13”重要讲话和中央12号文件精神，全力服务海南全面深化改革开放和自由贸易港建设大局，主要目标任务全面完成。五年累计城镇新增就业64.2万人，超额完成“十三五”规划目标，城镇登记失业率始终控制在3.5%以内。",
        "就业优先政策全面强化，先后出台稳就业系列政策措施，累计发放创业担保贷款18.6亿元。农村劳动力转移就业45.1万人，建档立卡贫困劳动力外出务工规模保持稳定，零就业家庭实现动态清零。",
    ]),
    ("社会保障体系不断完善", [
        "“十三五”期间，全省企业职工基本养老保险参保人数由182万人增加到251.6万人，城乡居民基本养老保险参保人数达到281.3万人，失业保险、工伤保险参保人数分别达到128.4万人和162.7万人，均超额完成规划目标。",
        "机关事业单位养老保险制度改革平稳落地，城乡居民基础养老金标准五次提高，企业退休人员基本养老金实现“五连调”。社会保险基金监管不断加强，基金运行总体平稳。",
    ]),
    ("人才队伍建设成效明显", [
        "“十三五”时期，“百万人才进海南”行动计划深入实施，累计引进各类人才33.8万人。专业技术人才总量达到41万人，高技能人才总量达到16.8万人，人才发展体制机制改革取得新突破。",
    ]),
    ("劳动关系和谐稳定", [
        "劳动合同制度全面实施，和谐劳动关系创建活动深入开展，劳动人事争议仲裁结案率保持在90%以上。根治欠薪工作成效显著，“十三五”期间为14.5万名农民工追讨工资待遇12.3亿元。",
    ]),
    ("公共服务能力持续提升", [
        "人力资源和社会保障公共服务体系基本建成，省、市县、乡镇（街道）、村（社区）四级服务网络实现全覆盖。社会保障卡持卡人口覆盖率达到95.2%，电子社会保障卡签发人数达到410万人。",
    ]),
]

P = {
    "env": "“十四五”时期是海南全面深化改革开放、高质量高标准建设自由贸易港的关键时期。自由贸易港政策红利持续释放，为扩大就业、集聚人才提供了难得机遇。同时，全省产业基础相对薄弱，就业结构性矛盾较为突出，人才总量不足、结构不优，社会保障发展不平衡的问题仍然存在。",
    "guide": "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神，深入贯彻落实习近平总书记关于海南工作的系列重要讲话和指示批示精神，坚持以人民为中心的发展思想，为高质量高标准建设海南自由贸易港提供坚实的人力资源和社会保障支撑。",
    "goal": "到2025年，城镇新增就业累计50万人以上，城镇调查失业率控制在5.5%以内；基本养老保险参保率达到96%；专业技术人才总量达到55万人，高技能人才总量达到25万人；劳动关系保持和谐稳定，人社公共服务实现标准化、便利化。",
    "emp": "坚持把就业作为民生之本，强化就业优先政策，推动财政、税收、金融、产业等政策与就业政策协调联动。围绕自由贸易港重点产业发展扩大就业容量，支持企业稳岗扩岗。",
    "emp_key": "把高校毕业生就业摆在突出位置，鼓励引导高校毕业生留琼就业创业。统筹做好农村劳动力、退役军人、就业困难人员等群体就业，加强对零就业家庭的动态帮扶。",
    "train": "全面推行终身职业技能培训制度，面向旅游业、现代服务业和高新技术产业开展订单式培训，推行企业新型学徒制，健全职业技能等级认定制度。",
    "pension": "落实企业职工基本养老保险全国统筹，完善城乡居民基本养老保险待遇确定和基础养老金正常调整机制，积极发展企业年金、职业年金，推进个人养老金制度实施。",
    "fund": "健全社会保险基金监管体系，完善风险防控机制，常态化开展基金管理风险排查，严厉打击欺诈骗取社会保险基金行为，确保基金安全运行。",
    "talent": "深入实施“百万人才进海南”行动计划，建立与国际接轨的人才引进、培养、评价和激励机制，推动人才资源向重点产业、重点园区集聚。",
    "intl": "推进境外人才执业便利，建立境外职业资格认可清单，完善外籍人才工作许可、居留许可便利措施，打造国际人才服务品牌。",
    "wage": "健全工资决定、合理增长和支付保障机制，完善最低工资标准调整机制，发布企业薪酬调查信息和工资指导线，深化国有企业工资决定机制改革。",
    "labor": "完善协调劳动关系三方机制，加强劳动人事争议调解仲裁，深入实施《保障农民工工资支付条例》，健全根治欠薪长效机制，依法维护劳动者合法权益。",
    "guarantee": "坚持和加强党对人力资源和社会保障工作的全面领导。各市县、各部门要按照职责分工，细化目标任务，强化协同配合，确保规划各项任务落到实处。",
    "monitor": "建立规划实施监测评估制度，开展年度监测、中期评估和总结评估，及时研究解决规划实施中的重大问题，确保规划目标如期实现。",
}

BLOCKS = [("chapter", 1, "“十三五”时期发展回顾")]
for i, (title, paras) in enumerate(REVIEW, 1):
    BLOCKS.append(("section", i, title))
    BLOCKS += [("text", x) for x in paras]
BLOCKS += [
    ("tbox", "1-1", "“十三五”时期主要指标完成情况", T1),
    ("chapter", 2, "发展环境和总体要求"),
    ("section", 1, "发展环境"), ("p", "env"),
    ("section", 2, "指导思想"), ("p", "guide"),
    ("section", 3, "发展目标"), ("p", "goal"),
    ("tbox", "2-1", "“十四五”时期人力资源和社会保障事业发展主要指标", T2),
    ("chapter", 3, "促进高质量充分就业"),
    ("section", 1, "实施就业优先政策"), ("p", "emp"),
    ("section", 2, "促进重点群体就业"), ("p", "emp_key"),
    ("box", "3-1", "就业创业促进工程", B31),
    ("section", 3, "大规模开展职业技能培训"), ("p", "train"),
    ("box", "3-2", "职业技能提升工程", B32),
    ("chapter", 4, "健全多层次社会保障体系"),
    ("section", 1, "完善养老保险制度"), ("p", "pension"),
    ("section", 2, "加强社会保险基金监管"), ("p", "fund"),
    ("box", "4-1", "社会保障提质工程", B41),
    ("chapter", 5, "打造自由贸易港人才集聚高地"),
    ("section", 1, "创新人才引进培养机制"), ("p", "talent"),
    ("section", 2, "提升国际人才服务水平"), ("p", "intl"),
    ("box", "5-1", "人才集聚重点工程", B51),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "深化工资收入分配制度改革"), ("p", "wage"),
    ("section", 2, "维护劳动者合法权益"), ("p", "labor"),
    ("chapter", 7, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "加强监测评估"), ("p", "monitor"),
]


def render():
    L = [
        "海南省人民政府办公厅",
        "关于印发《海南省人力资源和社会保障事业发展规划（2021—2025年）》的通知",
        "琼府办〔2021〕47号",
        "",
        "各市、县、自治县人民政府，省政府直属各单位：",
        I + "《海南省人力资源和社会保障事业发展规划（2021—2025年）》已经省政府同意，现印发给你们，请认真组织实施。",
        "",
        "\u3000" * 20 + "海南省人民政府办公厅",
        "\u3000" * 21 + "2021年11月8日",
        I + "（此件主动公开）",
        "",
        "",
        TITLE,
        "",
        I + "“十四五”时期是海南全面深化改革开放、高质量高标准建设自由贸易港的关键时期。为推动全省人力资源和社会保障事业高质量发展，根据《海南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》和《人力资源和社会保障事业发展“十四五”规划》，制定本规划。",
        "",
    ]
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            L += ["", f"第{cn(b[1])}章　{b[2]}", ""]
        elif k == "section":
            L.append(I + f"第{cn(b[1])}节　{b[2]}")
        elif k == "text":
            L.append(I + b[1])
        elif k == "p":
            L.append(I + P[b[1]])
        elif k == "tbox" and b[1] == "1-1":
            L += ["", f"专栏{b[1]}　{b[2]}", "\t".join(["指标", "单位"] + C1)]
            L += ["\t".join([n, u] + v) for n, u, v in T1_ROWS]
            L += ["注：〔〕内为五年累计数。", ""]
        elif k == "tbox":
            L += ["", f"专栏{b[1]}　{b[2]}", "\t".join(["指标", "单位"] + C2 + ["属性"])]
            for i, (cat, rs) in enumerate(T2_ROWS, 1):
                L.append(f"（{cn(i)}）{cat}")
                L += ["\t".join([n, u] + v + [a]) for n, u, v, a in rs]
            L += ["注：〔〕内为五年累计数。", ""]
        elif k == "box":
            L += ["", f"专栏{b[1]}　{b[2]}"]
            L += [I + it["line"] for it in b[3]]
            L.append("")
    text = "\n".join(L) + "\n"
    with open(os.path.join(CORPUS, NAME + ".txt"), "wb") as f:
        f.write(text.encode("gb18030"))


def build_key():
    chapters, boxes, tables = [], [], []
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            chapters.append({"no": b[1], "title": b[2], "sections": []})
        elif k == "section":
            chapters[-1]["sections"].append({"no": b[1], "title": b[2]})
        elif k == "tbox":
            boxes.append({"no": None, "title": f"{b[1]}{b[2]}", "kind": "indicators", "items": []})
            t = b[3]
            tables.append({"box_no": None, "title": t["title"], "columns": t["columns"], "rows": t["rows"]})
        elif k == "box":
            boxes.append({"no": None, "title": f"{b[1]}{b[2]}", "kind": "programmes", "items": [
                {"seq": it["seq"], "name": it["name"],
                 "bodies": [{"name": n, "role": r} for n, r in it["bodies"]]} for it in b[3]]})
    return {
        "file": NAME + ".txt", "encoding": "gb18030",
        "covers": ["GB18030 text, LF lines, full-width indents",
                   "title carries only the years （2021—2025年）, no 十四五 in the title (period 十四五 from the years)",
                   "notice quoting the title in 《》, signature and 成文日期",
                   "first chapter reviewing the 十三五 period at length (five 节), 十三五 completion table at its end",
                   "第N章 / 第N节",
                   "sub-numbered boxes 专栏1-1, 专栏2-1, 专栏3-1, 专栏3-2, 专栏4-1, 专栏5-1 (no null, title starting with the printed number)",
                   "tab-separated tables; category rows （一）就业创业 alone on a line",
                   "items 1． (full-width dot) with a title before 。",
                   "bodies （牵头单位：A；配合单位：B、C）; one with 牵头单位 only; one with two leads A、B"],
        "meta": meta("海南省", None, "十四五", TITLE, signed="2021-11-08"),
        "parts": [], "chapters": chapters, "boxes": boxes, "tables": tables,
        "unreadable_tables": [],
        "text_checks": {"contains": [REVIEW[0][1][0], P["intl"]], "absent": []},
    }


def main():
    render()
    write_key(NAME, build_key())


if __name__ == "__main__":
    main()
