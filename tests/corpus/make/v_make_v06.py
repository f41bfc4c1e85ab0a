"""v06_chongqing_gbk.txt: 重庆市 "十三五" (2016-2020) plan as a GBK text copy with CRLF lines.

Constructs: a 13th-period plan whose completion table reports 十二五 results (2010年 /
“十二五”规划目标 / 2015年实际); 第N章 chapters with 一、 sections under them; 专栏一..专栏五
(Chinese numerals); a table whose cells are separated by single full-width spaces (U+3000),
two of its rows with fewer values than columns (unplaced); a tab-separated table whose 类别 is
printed on the first row of each group only (the other rows start with the name), one row with
a value missing and nothing to tell which (unplaced); items （1） with a trailing （A、B）, and
items followed by a line "责任单位：A、B".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from v_common import CORPUS, cn, key, meta, row, write_key  # noqa: E402

NAME = "v06_chongqing_gbk"
TITLE = "重庆市人力资源和社会保障事业发展“十三五”规划"
HR = "市人力社保局"
S = "\u3000"

C1 = ["2010年", "“十二五”规划目标", "2015年实际"]
# values None -> the row is printed with fewer values (unplaced)
T1_ROWS = [
    ("城镇新增就业人数", "万人", ["〔265〕", "〔300〕", "〔341.2〕"], None),
    ("城镇登记失业率", "%", ["3.9", "<4.5", "3.6"], None),
    ("农村劳动力转移就业人数", "万人", ["〔118〕", "〔100〕", "〔126.5〕"], None),
    ("城镇职工基本养老保险参保人数", "万人", ["498", "700", "781.3"], None),
    ("城乡居民社会养老保险参保人数", "万人", None, ["1050", "1102"]),
    ("机关事业单位养老保险参保人数", "万人", None, ["62"]),
    ("失业保险参保人数", "万人", ["262", "360", "398.7"], None),
    ("工伤保险参保人数", "万人", ["301", "420", "452.6"], None),
    ("专业技术人才总量", "万人", ["98", "120", "126.8"], None),
    ("高技能人才总量", "万人", ["28.5", "45", "49.2"], None),
]
T1 = {"columns": C1, "rows": [
    row(n, v, C1, unit=u) if v else row(n, None, C1, unit=u, unplaced=up)
    for n, u, v, up in T1_ROWS]}

C2 = ["2015年", "2020年"]
T2_ROWS = [
    ("就业", [
        ("城镇新增就业人数", "万人", ["〔341.2〕", "〔300〕"], "预期性", None),
        ("城镇登记失业率", "%", ["3.6", "<4.5"], "预期性", None),
        ("新增农村劳动力转移就业人数", "万人", None, "预期性", ["〔100〕"]),
        ("开展职业技能培训人数", "万人次", ["〔180〕", "〔200〕"], "预期性", None),
    ]),
    ("社会保险", [
        ("基本养老保险参保率", "%", ["85", "95"], "约束性", None),
        ("失业保险参保人数", "万人", ["398.7", "450"], "预期性", None),
        ("工伤保险参保人数", "万人", ["452.6", "500"], "预期性", None),
        ("社会保障卡持卡人数", "万人", ["2150", "3000"], "预期性", None),
    ]),
    ("人才", [
        ("专业技术人才总量", "万人", ["126.8", "150"], "预期性", None),
        ("高技能人才总量", "万人", ["49.2", "65"], "预期性", None),
    ]),
    ("劳动关系", [
        ("企业劳动合同签订率", "%", ["93", ">95"], "预期性", None),
        ("劳动人事争议仲裁结案率", "%", ["92", ">90"], "约束性", None),
    ]),
]
T2 = {"columns": C2, "rows": [
    row(n, v, C2, unit=u, attribute=a, category=cat) if v else
    row(n, None, C2, unit=u, attribute=a, category=cat, unplaced=up)
    for cat, rs in T2_ROWS for n, u, v, a, up in rs]}


def item(seq, name, sep, text, bodies):
    return {"seq": seq, "name": name, "sep": sep, "text": text, "bodies": [(b, None) for b in bodies]}


BOX3 = [
    item("1", "高校毕业生就业促进计划", "：", "实施高校毕业生就业创业促进计划，五年帮助离校未就业高校毕业生实现就业10万人。", [HR, "市教委"]),
    item("2", "农民工返乡创业工程", "：", "建设农民工返乡创业园30个，扶持农民工返乡创业10万人，带动就业30万人。", [HR, "市农委", "市财政局"]),
    item("3", "公共就业服务信息化工程", "：", "建设覆盖市、区县、街道（乡镇）、社区（村）四级的公共就业服务信息网络。", [HR]),
]
BOX4 = [
    item("1", "全民参保登记计划", "。", "2017年底前完成全民参保登记，建立全市参保登记数据库。", [HR, "市公安局"]),
    item("2", "社会保障卡“一卡通”工程", "。", "到2020年，社会保障卡持卡人数达到3000万人，实现跨业务、跨地区应用。", [HR, "市财政局", "人行重庆营管部"]),
]
BOX5 = [
    item("1", "巴渝英才引进计划", "。", "五年引进高层次人才和急需紧缺人才1万名，建设博士后科研工作站50个。", [HR, "市委组织部"]),
    item("2", "巴渝工匠培育工程", "。", "建设高技能人才培训基地30个、技能大师工作室50个，培养高技能人才15万人。", [HR]),
]

P = {
    "intro": "“十三五”时期是我市与全国同步全面建成小康社会的决胜阶段。为推动全市人力资源和社会保障事业持续健康发展，根据《重庆市国民经济和社会发展第十三个五年规划纲要》和《人力资源和社会保障事业发展“十三五”规划纲要》，制定本规划。",
    "base": "“十二五”时期，全市人力资源和社会保障系统认真贯彻市委、市政府决策部署，坚持民生为本、人才优先，各项工作取得显著成效。就业规模持续扩大，五年城镇新增就业341.2万人，城镇登记失业率控制在4%以内。",
    "base2": "社会保障制度体系基本形成，城乡居民社会养老保险实现制度全覆盖，机关事业单位养老保险制度改革启动实施。人才队伍建设加快推进，劳动关系总体和谐稳定，公共服务能力明显提升。",
    "env": "“十三五”时期，我国经济发展进入新常态，经济增速换挡、结构调整阵痛、动能转换困难相互交织，就业总量压力和结构性矛盾并存，人口老龄化加快对社会保险制度可持续发展提出新的挑战。",
    "guide": "高举中国特色社会主义伟大旗帜，全面贯彻党的十八大和十八届三中、四中、五中全会精神，牢固树立创新、协调、绿色、开放、共享的发展理念，坚持民生为本、人才优先工作主线，为我市与全国同步全面建成小康社会提供有力支撑。",
    "goal": "到2020年，就业规模持续扩大，城镇登记失业率控制在4.5%以内；基本养老保险参保率达到95%；人才资源总量稳步增长，劳动关系和谐稳定，人力资源和社会保障公共服务体系更加健全。",
    "emp": "实施更加积极的就业政策，鼓励以创业带动就业，统筹做好高校毕业生、农村转移劳动力、城镇困难人员、退役军人等重点群体就业工作。",
    "train": "大力开展职业培训，构建劳动者终身职业培训体系，提高劳动者就业创业能力和职业素质。",
    "insure": "实施全民参保计划，基本实现法定人员全覆盖。完善城镇职工基本养老保险和城乡居民基本养老保险制度，推进机关事业单位养老保险制度改革。",
    "fund": "加强社会保险基金监管，建立健全基金监督管理制度，确保基金安全完整。",
    "talent": "深化人才发展体制机制改革，大力实施人才优先发展战略，加快高层次人才和急需紧缺人才队伍建设。",
    "skill": "完善技能人才培养、评价、使用和激励机制，大力培养高技能人才。",
    "labor": "全面实施劳动合同制度，完善劳动关系协调机制，健全劳动保障监察执法体制，加强劳动人事争议调解仲裁。",
    "wage": "深化企业工资收入分配制度改革，完善最低工资标准调整机制，推进机关事业单位工资制度改革。",
    "guarantee": "加强组织领导，完善规划实施机制，强化资金保障，加强监测评估，确保规划目标任务顺利完成。",
}

BLOCKS = [
    ("chapter", 1, "发展基础和面临形势"),
    ("section", 1, "“十二五”时期取得的成就"), ("p", "base"), ("p", "base2"),
    ("tbox", 1, "“十二五”时期主要指标完成情况", T1),
    ("section", 2, "“十三五”时期面临的形势"), ("p", "env"),
    ("chapter", 2, "指导思想和发展目标"),
    ("section", 1, "指导思想"), ("p", "guide"),
    ("section", 2, "发展目标"), ("p", "goal"),
    ("tbox", 2, "“十三五”时期人力资源和社会保障事业发展主要指标", T2),
    ("chapter", 3, "实施就业优先战略"),
    ("section", 1, "促进更加充分就业"), ("p", "emp"),
    ("section", 2, "加强职业培训"), ("p", "train"),
    ("box", 3, "就业创业重点工程", BOX3),
    ("chapter", 4, "建立更加公平更可持续的社会保障制度"),
    ("section", 1, "实施全民参保计划"), ("p", "insure"),
    ("section", 2, "加强社会保险基金监管"), ("p", "fund"),
    ("box", 4, "社会保险重点工程", BOX4),
    ("chapter", 5, "加强人才队伍建设"),
    ("section", 1, "加快高层次人才队伍建设"), ("p", "talent"),
    ("section", 2, "加强技能人才队伍建设"), ("p", "skill"),
    ("box", 5, "人才队伍建设重点工程", BOX5),
    ("chapter", 6, "构建和谐劳动关系"),
    ("section", 1, "深化工资收入分配制度改革"), ("p", "wage"),
    ("section", 2, "维护劳动者合法权益"), ("p", "labor"),
    ("chapter", 7, "规划实施保障"),
    ("section", 1, "加强组织实施"), ("p", "guarantee"),
]


def render():
    L = []
    L += ["重庆市人民政府办公厅", "关于印发重庆市人力资源和社会保障事业发展“十三五”规划的通知",
          "渝府办发〔2016〕185号", "",
          "各区县（自治县）人民政府，市政府各部门，有关单位：",
          "　　经市政府同意，现将《重庆市人力资源和社会保障事业发展“十三五”规划》印发给你们，请认真贯彻执行。",
          "", "　　　　　　　　　　　　　　　　　　　　重庆市人民政府办公厅",
          "　　　　　　　　　　　　　　　　　　　　　　2016年9月5日", "", "",
          TITLE, "", "　　" + P["intro"], ""]
    for b in BLOCKS:
        k = b[0]
        if k == "chapter":
            L += [f"第{cn(b[1])}章　{b[2]}", ""]
        elif k == "section":
            L += [f"　　{cn(b[1])}、{b[2]}"]
        elif k == "p":
            L += ["　　" + P[b[1]], ""]
        elif k == "tbox" and b[1] == 1:
            L += [f"专栏{cn(1)}　{b[2]}", S.join(["指标", "单位"] + C1)]
            for n, u, v, up in T1_ROWS:
                L.append(S.join([n, u] + (v or up)))
            L += ["注：〔〕内为五年累计数。", ""]
        elif k == "tbox" and b[1] == 2:
            L += [f"专栏{cn(2)}　{b[2]}", "\t".join(["类别", "指标", "单位"] + C2 + ["属性"])]
            for cat, rs in T2_ROWS:
                for j, (n, u, v, a, up) in enumerate(rs):
                    cells = ([cat] if j == 0 else []) + [n, u] + (v or up) + [a]
                    L.append("\t".join(cells))
            L += ["注：〔〕内为五年累计数。", ""]
        elif k == "box":
            L += [f"专栏{cn(b[1])}　{b[2]}"]
            for it in b[3]:
                bodies = "、".join(x for x, _ in it["bodies"])
                if b[1] == 4:
                    L += [f"（{it['seq']}）{it['name']}{it['sep']}{it['text']}", f"责任单位：{bodies}"]
                else:
                    L += [f"（{it['seq']}）{it['name']}{it['sep']}{it['text']}（{bodies}）"]
            L += [""]
    data = "\r\n".join(L) + "\r\n"
    with open(os.path.join(CORPUS, NAME + ".txt"), "wb") as f:
        f.write(data.encode("gbk"))


def main():
    render()
    k = key(NAME + ".txt", "gbk",
            ["GBK text with CRLF lines", "13th-period plan with a 十二五 completion table",
             "第N章 with 一、 sections", "专栏一…专栏五 (Chinese numerals)",
             "cells separated by single full-width spaces (U+3000)",
             "rows with fewer values than columns (unplaced)",
             "tab-separated table, 类别 printed on the first row of each group only",
             "items （1） with trailing （A、B）", "items followed by a line 责任单位：A、B",
             "notice with signature and 成文日期"],
            meta("重庆市", None, "十三五", TITLE, signed="2016-09-05"),
            BLOCKS, contains=[P["goal"]], absent=[])
    write_key(NAME, k)


if __name__ == "__main__":
    main()
