"""v13_yiwu_county.txt: 义乌市 (县级市, 浙江省, under 金华市) "十四五" plan as a UTF-8 text copy.

Constructs: a county-level city's plan whose notice is headed and signed "浙江省义乌市人民政府"
(meta.city the county-level city 义乌市, province 浙江省; the prefecture 金华市 is also named
in the text, as the plan it follows); 一、/（一） headings; two tab-separated tables whose 类别
is printed on each group's first row only (the other rows start with an empty field); a
完成情况 column of words; items （1） each followed by a line "责任单位：A、B" (role null);
bulleted ● items with a title before "：" and a trailing （A牵头，B、C配合）; bodies of a
county-level city (市人力社保局, 市场发展委, 各镇街).
Run: /work/main/.venv/bin/python tests/corpus/make/v_make_v13.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, row, write_key  # noqa: E402

NAME = "v13_yiwu_county"
TITLE = "义乌市人力资源和社会保障事业发展“十四五”规划"
HR = "市人力社保局"
I = "\u3000\u3000"

C1 = ["“十三五”目标", "2020年完成", "完成情况"]
T1_ROWS = [
    ("就业", [
        ("城镇新增就业人数", "万人", ["〔10〕", "〔13.6〕", "超额完成"]),
        ("城镇登记失业率", "%", ["<3", "1.9", "完成"]),
        ("新增技能人才", "万人", ["〔5〕", "〔6.2〕", "超额完成"]),
    ]),
    ("社会保障", [
        ("户籍人口基本养老保险参保率", "%", ["95", "98.1", "完成"]),
        ("企业职工基本养老保险参保人数", "万人", ["95", "108.6", "超额完成"]),
        ("工伤保险参保人数", "万人", ["70", "66.3", "未完成"]),
    ]),
]
T1 = {"columns": C1, "rows": [row(n, v, C1, unit=u, category=cat) for cat, rs in T1_ROWS for n, u, v in rs]}

C2 = ["2020年", "2025年"]
T2_ROWS = [
    ("就业创业", [
        (1, "城镇新增就业人数", "万人", ["〔13.6〕", "〔15〕"], "预期性"),
        (2, "城镇调查失业率", "%", ["—", "<5"], "预期性"),
        (3, "新增技能人才", "万人", ["〔6.2〕", "〔8〕"], "预期性"),
        (4, "高技能人才占技能人才比例", "%", ["29.5", "35"], "预期性"),
    ]),
    ("社会保障", [
        (5, "户籍人口基本养老保险参保率", "%", ["98.1", ">99"], "约束性"),
        (6, "企业职工基本养老保险参保人数", "万人", ["108.6", "125"], "预期性"),
        (7, "失业保险参保人数", "万人", ["58.2", "70"], "预期性"),
        (8, "工伤保险参保人数", "万人", ["66.3", "85"], "预期性"),
    ]),
    ("人才人事", [
        (9, "人才资源总量", "万人", ["29.8", "38"], "预期性"),
        (10, "新引进大学生", "万人", ["〔12.5〕", "〔15〕"], "预期性"),
    ]),
    ("劳动关系", [
        (11, "劳动人事争议仲裁结案率", "%", ["96.4", ">95"], "约束性"),
        (12, "欠薪案件动态清零率", "%", ["100", "100"], "约束性"),
    ]),
]
T2 = {"columns": C2, "rows": [row(n, v, C2, unit=u, attribute=a, category=cat, seq=s)
                              for cat, rs in T2_ROWS for s, n, u, v, a in rs]}


def item_resp(seq, name, text, bodies):
    return {"seq": seq, "name": name, "lines": [f"（{seq}）{name}：{text}", f"责任单位：{'、'.join(bodies)}"],
            "bodies": [(b, None) for b in bodies]}


def item_bullet(name, text, lead, coop):
    tail = lead + "牵头，" + "、".join(coop) + "配合"
    return {"seq": None, "name": name, "lines": [f"●{name}：{text}（{tail}）"],
            "bodies": [(lead, "lead")] + [(c, "cooperating") for c in coop]}


BOX3 = [
    item_resp("1", "“义乌人才”就业服务行动", "每年举办线上线下招聘会100场以上，为小商品市场经营户、电商企业提供精准用工服务。", [HR, "市商务局", "市场发展委"]),
    item_resp("2", "电商创业孵化工程", "建设电商创业孵化基地10个，五年扶持大学生和返乡人员电商创业1万人。", [HR, "市商务局", "团市委"]),
    item_resp("3", "外籍人员就业服务提升行动", "完善外籍人员来华工作许可“单一窗口”服务，建设国际人才服务驿站5个。", [HR, "市公安局", "市外办"]),
]
BOX4 = [
    item_bullet("全民参保攻坚行动", "以新业态从业人员、外来务工人员为重点，户籍人口基本养老保险参保率达到99%以上。", HR, ["市税务局", "各镇街"]),
    item_bullet("工伤预防示范工程", "在小商品制造、物流快递等行业开展工伤预防项目，五年培训5万人次。", HR, ["市应急管理局", "市邮政管理局"]),
]
BOX5 = [
    item_resp("1", "和谐劳动关系“三个一百”工程", "培育和谐劳动关系示范企业100家、金牌劳动关系协调员100名、示范调解组织100个。", [HR, "市总工会", "市工商联"]),
    item_resp("2", "无欠薪义乌建设行动", "全面落实工资支付保障制度，实现欠薪案件动态清零。", [HR, "市建设局", "市交通运输局", "市水务局"]),
]

P = {
    "intro": "为推动我市人力资源和社会保障事业高质量发展，根据《义乌市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》和《金华市人力资源和社会保障事业发展“十四五”规划》，结合我市实际，制定本规划。",
    "base": "“十三五”时期，全市人力资源和社会保障系统紧紧围绕国际贸易综合改革试点和“世界小商品之都”建设，全力以赴稳就业、保民生、聚人才。五年累计城镇新增就业13.6万人，城镇登记失业率控制在2%以内，新增技能人才6.2万人。",
    "base2": "社会保障网络不断织密，户籍人口基本养老保险参保率达到98.1%，企业职工基本养老保险参保人数达到108.6万人。工伤保险参保扩面受外来务工人员流动性大等因素影响，未完成规划目标。",
    "env": "“十四五”时期，义乌深化国际贸易综合改革试点、建设“一带一路”支点城市，市场采购、跨境电商等新业态蓬勃发展，为扩大就业和集聚人才提供了新的机遇。同时，劳动力结构性短缺与技能人才供给不足并存，外来务工人员社会保险参保率偏低，新业态劳动者权益保障任务较重。",
    "guide": "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大和十九届历次全会精神，忠实践行“八八战略”，坚持以人民为中心的发展思想，为义乌争创社会主义现代化先行市提供坚实的人力资源和社会保障支撑。",
    "goal": "到2025年，城镇新增就业累计15万人，城镇调查失业率控制在5%以内；户籍人口基本养老保险参保率达到99%以上；人才资源总量达到38万人；劳动关系和谐稳定，实现欠薪案件动态清零。",
    "emp": "实施就业优先政策，围绕小商品市场转型升级和跨境电商发展扩大就业容量，加大援企稳岗力度，支持灵活就业和新就业形态发展。",
    "emp2": "建设“义乌人才”就业服务平台，完善市、镇（街道）、村（社区）三级公共就业服务网络，推进就业服务“一件事”集成改革。",
    "ins": "深入实施全民参保计划，以外来务工人员、灵活就业人员为重点扩大参保覆盖面。落实企业职工基本养老保险全国统筹，完善被征地农民养老保障政策。",
    "ins2": "加强社会保险基金监管，常态化开展基金管理风险排查，严厉打击欺诈骗取社会保险基金行为，确保基金安全运行。",
    "talent": "深入实施“义乌英才”计划，围绕数字贸易、先进制造业引进培育高层次人才和急需紧缺人才，建设一批高技能人才培养基地和技能大师工作室。",
    "labor": "完善协调劳动关系三方机制，深化和谐劳动关系创建，加强劳动人事争议调解仲裁，健全根治欠薪长效机制，依法维护劳动者合法权益。",
    "labor2": "加强新就业形态劳动者权益保障，指导平台企业依法规范用工，推动快递员、网约配送员等群体参加工伤保险。",
    "guarantee": "加强党对人力资源和社会保障工作的全面领导，各镇（街道）、各部门要按照职责分工，细化工作举措，确保规划各项任务落到实处。",
    "monitor": "建立规划实施监测评估机制，开展年度监测和中期评估，评估结果向社会公开，自觉接受人大、政协和社会监督。",
}

BLOCKS = [
    ("chapter", 1, "发展基础和面临形势"),
    ("section", 1, "发展基础"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十三五”时期主要指标完成情况", T1),
    ("section", 2, "面临形势"), ("p", "env"),
    ("chapter", 2, "总体要求"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "主要目标"), ("p", "goal"),
    ("tbox", 2, "“十四五”时期人力资源和社会保障事业发展主要指标", T2),
    ("chapter", 3, "促进高质量充分就业"),
    ("section", 1, "强化就业优先政策"), ("p", "emp"),
    ("section", 2, "完善公共就业服务"), ("p", "emp2"),
    ("box", 3, "就业创业重点项目", BOX3),
    ("chapter", 4, "健全社会保障体系"),
    ("section", 1, "扩大社会保险覆盖面"), ("p", "ins"),
    ("section", 2, "加强基金安全监管"), ("p", "ins2"),
    ("box", 4, "社会保障重点项目", BOX4),
    ("chapter", 5, "加强人才队伍建设"),
    ("section", 1, "集聚各类人才"), ("p", "talent"),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "健全劳动关系协调机制"), ("p", "labor"),
    ("section", 2, "维护新就业形态劳动者权益"), ("p", "labor2"),
    ("box", 5, "劳动关系重点项目", BOX5),
    ("chapter", 7, "保障措施"),
    ("section", 1, "加强组织领导"), ("p", "guarantee"),
    ("section", 2, "强化监测评估"), ("p", "monitor"),
]


def render():
    L = [
        "浙江省义乌市人民政府",
        "关于印发义乌市人力资源和社会保障事业发展“十四五”规划的通知",
        "义政发〔2021〕41号",
        "",
        "各镇人民政府、街道办事处，市政府各部门、各直属单位：",
        I + "现将《义乌市人力资源和社会保障事业发展“十四五”规划》印发给你们，请认真贯彻执行。",
        "",
        "\u3000" * 20 + "浙江省义乌市人民政府",
        "\u3000" * 21 + "2021年12月20日",
        "",
        "",
        TITLE,
        "",
        I + P["intro"],
    ]
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            L += ["", I + f"{cn(b[1])}、{b[2]}"]
        elif k == "section":
            L.append(I + f"（{cn(b[1])}）{b[2]}")
        elif k == "p":
            L.append(I + P[b[1]])
        elif k == "tbox" and b[1] == 1:
            L += ["", f"专栏{b[1]}　{b[2]}", "\t".join(["类别", "指标", "单位"] + C1)]
            for cat, rs in T1_ROWS:
                for i, (n, u, v) in enumerate(rs):
                    L.append("\t".join([cat if i == 0 else "", n, u] + v))
            L += ["注：〔〕内为五年累计数。", ""]
        elif k == "tbox":
            L += ["", f"专栏{b[1]}　{b[2]}", "\t".join(["类别", "序号", "指标", "单位"] + C2 + ["属性"])]
            for cat, rs in T2_ROWS:
                for i, (s, n, u, v, a) in enumerate(rs):
                    L.append("\t".join([cat if i == 0 else "", str(s), n, u] + v + [a]))
            L += ["注：〔〕内为五年累计数。", ""]
        elif k == "box":
            L += ["", f"专栏{b[1]}　{b[2]}"]
            for it in b[3]:
                L += [I + x for x in it["lines"]]
            L.append("")
    text = "\n".join(L) + "\n"
    with open(os.path.join(CORPUS, NAME + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    render()
    k = key(NAME + ".txt", "utf-8",
            ["UTF-8 text (no BOM), LF lines",
             "county-level city (县级市) plan: notice headed and signed 浙江省义乌市人民政府; city 义乌市, province 浙江省; the prefecture 金华市 named as the plan it follows",
             "一、/（一） headings", "专栏N headings with a full-width space",
             "tab-separated tables, 类别 printed on each group's first row only (empty first field after)",
             "完成情况 column of words (超额完成/完成/未完成), a — cell",
             "items （1） each followed by a line 责任单位：A、B、C (role null)",
             "bulleted ● items with a title before ： and trailing （A牵头，B、C配合）",
             "county-level bodies (市人力社保局, 市场发展委, 各镇街)"],
            meta("浙江省", "义乌市", "十四五", TITLE, signed="2021-12-20"),
            BLOCKS, contains=[P["env"]], absent=[])
    write_key(NAME, k)


if __name__ == "__main__":
    main()
