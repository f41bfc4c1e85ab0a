"""t05: a hand-aligned plain-text plan (columns padded with spaces, CJK characters counted as
two columns wide), saved as UTF-16 (little-endian with BOM), as Windows Notepad's "Unicode".

Run: python3 tests/corpus/make/t05_qingdao_aligned.py
"""
import os
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), "..", "t05_qingdao_aligned.txt")


def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def row(cells, widths):
    out = ""
    for c, n in zip(cells, widths):
        out += c + " " * max(1, n - w(c))
    return out.rstrip()


T1W = [6, 34, 8, 10, 12, 12, 10]
T1_HEAD = [
    ["序号", "指标", "单位", "十二五", "“十三五”", "2020年", "完成情况"],
    ["", "", "", "基数", "规划", "完成情况", ""],
    ["", "", "", "", "目标", "", ""],
]
T1 = [
    ["1", "城镇新增就业人数", "万人", "〔60.5〕", "〔55〕", "〔66.2〕", "超额完成"],
    ["2", "城镇登记失业率", "%", "3.05", "<4", "2.98", "完成"],
    ["3", "城乡居民基本养老保险参保人数", "万人", "178", "185", "191.6", "完成"],
    ["4", "失业保险参保人数", "万人", "215", "240", "268.3", "超额完成"],
    ["5", "工伤保险参保人数", "万人", "232", "260", "281.5", "完成"],
    ["6", "专业技术人才总量", "万人", "98", "120", "127.4", "完成"],
    ["7", "高技能人才总量", "万人", "38", "50", "53.2", "完成"],
    ["8", "企业劳动合同签订率", "%", "95", "≥96", "96.5", "完成"],
    ["9", "劳动人事争议仲裁结案率", "%", "94", "≥90", "96", "完成"],
]

T2W = [10, 6, 34, 8, 8, 10, 8, 8, 8, 8, 12]
T2_HEAD = [
    ["类别", "序号", "指标", "单位", "属性", "2020年", "2021年", "2022年", "2023年", "2024年", "2025年"],
    ["", "", "", "", "", "基数", "", "", "", "", "目标值"],
]
T2_A = [
    ["就业", "1", "城镇新增就业人数", "万人", "预期性", "14.1", "12", "12", "12", "12", "12"],
    ["", "2", "城镇调查失业率", "%", "预期性", "5.4", "<5.5", "<5.5", "<5.5", "<5.5", "<5.5"],
    ["", "3", "开展补贴性职业技能培训", "万人次", "预期性", "20.3", "15", "15", "15", "15", "15"],
    ["", "4", "其中：新增高技能人才", "万人", "预期性", "1.6", "1.5", "1.5", "1.5", "1.5", "1.5"],
    None,
    ["社会保障", "5", "基本养老保险参保率", "%", "预期性", "94.5", "95", "95.5", "96", "96.5", "97"],
    ["", "6", "失业保险参保人数", "万人", "预期性", "268.3", "275", "282", "290", "298", "305"],
    ["", "7", "工伤保险参保人数", "万人", "预期性", "281.5", "", "", "", "", "320"],
]
T2_B = [
    ["", "8", ["企业职工基本养老保险基金累计结", "余可支付月数"], "月", "预期性", "13.5", "—", "—", "—", "—", ">12"],
    ["人才人事", "9", "专业技术人才总量", "万人", "预期性", "127.4", "131", "135", "139", "143", "148"],
    ["", "10", "高技能人才总量", "万人", "预期性", "53.2", "55", "57", "59", "61", "63"],
    ["劳动关系", "11", ["劳动保障监察举报投诉案件结案", "率"], "%", "约束性", "98.6", ">95", ">95", ">95", ">95", ">95"],
    ["", "12", "劳动人事争议调解成功率", "%", "预期性", "65", "", "", "", "", ["稳定在60%", "以上"]],
    ["公共服务", "13", "社会保障卡持卡人口覆盖率", "%", "预期性", "98.2", "98.5", "99", "99", "99", ["稳定在99%", "以上"]],
]


def table(head, rows, widths):
    lines = [row(h, widths) for h in head]
    for r in rows:
        if r is None:
            lines.append("")
            continue
        n = max(len(c) if isinstance(c, list) else 1 for c in r)
        for k in range(n):
            cells = []
            for c in r:
                if isinstance(c, list):
                    cells.append(c[k] if k < len(c) else "")
                else:
                    cells.append(c if k == 0 else "")
            lines.append(row(cells, widths))
    return lines


def main():
    src = open(os.path.join(os.path.dirname(__file__), "t05_qingdao_aligned.src.txt"), encoding="utf-8").read()
    t1 = "\n".join(table(T1_HEAD, T1, T1W))
    t2 = "\n".join(table(T2_HEAD, T2_A, T2W) + ["", "                                   - 12 -", ""] + table(T2_HEAD, T2_B, T2W))
    text = src.replace("@@T1@@", t1).replace("@@T2@@", t2).replace("\n", "\r\n")
    with open(OUT, "w", encoding="utf-16", newline="") as f:
        f.write(text)
    print("wrote", os.path.abspath(OUT))


if __name__ == "__main__":
    main()
