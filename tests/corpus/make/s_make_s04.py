"""Corpus B, s04: 福建省 plan as a PDF (reportlab, CJK font wqy-microhei).

A notice page, a table of contents with dot leaders and page numbers, then the plan on
numbered pages with a running header and a page number "- N -" at the foot.  Chapter
headings are printed on two centred lines ("第一章" / its title); 专栏 headings too
("专栏1" / its title); items numbered 1、 and bulleted ■ with bodies "（A牵头，B、C配合）";
one indicator table drawn as a grid with a 类别 cell merged down.
Run: /work/main/.venv/bin/python tests/corpus/make/s_make_s04.py
     (writes tests/corpus/s04_fujian_pdf.pdf)
"""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "wqy"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))

W, H = A4
LM, RM = 70, 70
TOP, BOTTOM = 770, 80
SIZE, LEAD = 14, 26
HEADER = "“十四五”人社事业发展专项规划"
CLOSERS = "，。、；：？！）》”’」』〕】…%％"

NOTICE = [
    ("center", "福建省人力资源和社会保障厅　福建省发展和改革委员会", 14, True),
    ("center", "关于印发福建省“十四五”人力资源和社会保障", 14, True),
    ("center", "事业发展专项规划的通知", 14, True),
    ("center", "闽人社文〔2021〕186号", 12, False),
    ("gap", 10),
    ("p0", "各设区市人力资源和社会保障局、发展和改革委员会，平潭综合实验区社会事业局、经济发展局，省直有关单位："),
    ("p", "经省政府同意，现将《福建省“十四五”人力资源和社会保障事业发展专项规划》印发给你们，请认真组织实施。"),
    ("gap", 30),
    ("right", "福建省人力资源和社会保障厅　福建省发展和改革委员会"),
    ("right", "2021年10月15日"),
    ("gap", 10),
    ("p", "（此件主动公开）"),
]

BODY = [
    ("center", "福建省“十四五”人力资源和社会保障", 18, True),
    ("center", "事业发展专项规划", 18, True),
    ("gap", 12),
    ("p", "为推动全省人力资源和社会保障事业高质量发展，根据《福建省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》和人力资源社会保障部有关规划，制定本规划。规划期为2021—2025年。"),
    ("chapter", "第一章", "发展基础和面临形势"),
    ("section", "第一节　发展基础"),
    ("p", "“十三五”期间，全省人社系统坚持以人民为中心的发展思想，攻坚克难、砥砺前行，各项事业取得新的进展。就业形势保持总体稳定，全省城镇累计新增就业318万人，城镇登记失业率控制在4%以内。社会保障覆盖面持续扩大，基本养老保险参保人数达到2810万人，失业、工伤保险参保人数分别达到702万人、835万人。人才队伍建设成效明显，专业技术人才总量达到245万人，高技能人才总量达到158万人。闽台人力资源交流合作不断深化，累计吸引台湾青年来闽就业创业4.2万人。劳动关系保持和谐稳定，人社公共服务能力显著增强。"),
    ("section", "第二节　面临形势"),
    ("p", "“十四五”时期，我省进入全方位推进高质量发展超越的新阶段，福州都市圈、厦漳泉都市圈建设和闽西南协同发展区、闽东北协同发展区建设深入推进，为人社事业发展带来新的机遇。同时，就业结构性矛盾更加凸显，人口老龄化加快，社会保险基金收支平衡压力加大，山区与沿海公共服务水平仍有差距，人社事业发展面临不少挑战。"),
    ("chapter", "第二章", "总体要求"),
    ("section", "第一节　指导思想"),
    ("p", "以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大和十九届历次全会精神，坚持稳中求进工作总基调，以推动高质量发展为主题，以深化供给侧结构性改革为主线，着力稳就业、保民生、促公平，加快建设更高水平的人力资源和社会保障体系，为全方位推进高质量发展超越提供有力支撑。"),
    ("section", "第二节　发展目标"),
    ("p", "到2025年，城镇新增就业累计250万人以上，城镇调查失业率控制在5.5%以内，基本养老保险参保率达到95%，技能人才总量稳步增长，劳动人事争议调解成功率达到60%以上，人社公共服务更加便捷高效。"),
    ("box", "专栏1", "“十四五”时期全省人力资源和社会保障事业发展主要指标"),
    ("table", [
        ["类别", "指标", "单位", "2020年", "2025年", "属性"],
        ["就业", "城镇新增就业人数", "万人", "［318］", "［250］", "预期性"],
        [None, "城镇调查失业率", "%", "4.8", "＜5.5", "预期性"],
        ["社会保障", "基本养老保险参保率", "%", "93.5", "95", "约束性"],
        [None, "失业保险参保人数", "万人", "702", "780", "预期性"],
        [None, "工伤保险参保人数", "万人", "835", "900", "预期性"],
        ["劳动关系", "劳动人事争议调解成功率", "%", "58", "＞60", "预期性"],
    ], [62, 150, 46, 64, 64, 56]),
    ("note", "注：［］内为五年累计数。"),
    ("chapter", "第三章", "促进更加充分更高质量就业"),
    ("section", "第一节　实施就业优先政策"),
    ("p", "坚持经济发展就业导向，健全就业目标责任考核机制，把城镇新增就业、城镇调查失业率作为经济社会发展的重要指标。强化财政、金融、产业等政策与就业政策的协同，加大对吸纳就业能力强的中小微企业的扶持力度，支持发展新就业形态。"),
    ("section", "第二节　做好重点群体就业工作"),
    ("p", "坚持把高校毕业生就业作为重中之重，开发更多适合高校毕业生的就业岗位。加强农民工就业服务，推进山海协作劳务对接，促进脱贫人口稳定就业。做好退役军人、残疾人等群体就业帮扶工作，吸引台湾青年来闽就业创业。"),
    ("box", "专栏2", "重点群体就业帮扶工程"),
    ("item", "1、高校毕业生就业创业促进行动。每年组织就业见习岗位2万个以上，实施“三支一扶”计划，对离校未就业毕业生开展“一对一”帮扶。（省人力资源社会保障厅牵头，省教育厅、省财政厅配合）"),
    ("item", "2、农民工和脱贫人口就业帮扶行动。开展东西部劳务协作和省内山海协作，建设一批就业帮扶车间。（省人力资源社会保障厅牵头，省农业农村厅、省乡村振兴局配合）"),
    ("item", "3、台湾青年来闽就业创业行动。建设海峡两岸青年就业创业基地，落实台湾青年就业创业补助政策。（省人力资源社会保障厅牵头，省委台港澳办、团省委配合）"),
    ("p", "完善就业援助制度，动态调整就业困难人员认定标准，加大公益性岗位开发力度，确保零就业家庭动态清零。"),
    ("section", "第三节　推进创业带动就业"),
    ("p", "深化“放管服”改革，优化创业环境。完善创业担保贷款、创业补贴等扶持政策，建设一批高水平创业孵化基地和返乡创业园，举办“马上就办杯”创业创新大赛，营造良好创业氛围。"),
    ("chapter", "第四章", "健全覆盖全民的社会保障体系"),
    ("section", "第一节　完善社会保险制度"),
    ("p", "落实企业职工基本养老保险全国统筹制度，完善城乡居民基本养老保险制度，推动基本养老保险由制度全覆盖到法定人群全覆盖。推进失业保险、工伤保险省级统筹，健全社会保险待遇调整机制。"),
    ("section", "第二节　提升社保经办服务"),
    ("p", "推进社会保险经办服务一体化建设，实现社保关系转移接续“一网通办”。加强社会保险基金监管，健全基金监管制度体系，守住基金安全底线。"),
    ("box", "专栏3", "社会保障提升工程"),
    ("item", "■ 全民参保计划：以灵活就业人员、新就业形态劳动者为重点推动应保尽保。（省人力资源社会保障厅牵头，省税务局、省统计局配合）"),
    ("item", "■ 社保基金安全防控：建立基金运行监测预警体系，开展社保基金管理专项整治。（省人力资源社会保障厅牵头，省财政厅、省审计厅配合）"),
    ("item", "■ 推广应用电子社保卡，实现社保卡居民服务“一卡通”。（省人力资源社会保障厅牵头，省大数据管理局配合）"),
    ("chapter", "第五章", "建设高素质人才队伍"),
    ("section", "第一节　深化人才发展体制机制改革"),
    ("p", "深化职称制度改革，健全以创新价值、能力、贡献为导向的人才评价体系。完善事业单位人事管理制度，落实事业单位工作人员收入分配政策，激发各类人才创新创造活力。"),
    ("section", "第二节　加强技能人才队伍建设"),
    ("p", "实施“技能福建”行动，健全终身职业技能培训制度，推行企业新型学徒制，办好全省职业技能大赛，培养造就一批高技能人才和能工巧匠。"),
    ("box", "专栏4", "技能福建行动"),
    ("item", "1、职业技能提升行动。五年开展补贴性职业技能培训200万人次以上。（省人力资源社会保障厅牵头，省财政厅、省教育厅配合）"),
    ("item", "2、技工教育提质行动。建设10所左右优质技工院校和一批高水平专业群。（省人力资源社会保障厅牵头，省发展改革委、省财政厅配合）"),
    ("chapter", "第六章", "构建和谐劳动关系"),
    ("section", "第一节　健全劳动关系协调机制"),
    ("p", "完善协调劳动关系三方机制，推进集体协商和集体合同制度，加强新就业形态劳动者权益保障，开展和谐劳动关系创建活动。"),
    ("section", "第二节　根治拖欠农民工工资"),
    ("p", "全面落实《保障农民工工资支付条例》，健全欠薪治理长效机制，推进工程建设领域工资专用账户、实名制管理、工资保证金等制度落实，确保农民工工资按时足额支付。"),
    ("chapter", "第七章", "保障措施"),
    ("section", "第一节　加强组织领导"),
    ("p", "各级人社部门要把规划实施摆在重要位置，加强与有关部门的沟通协调，形成推进规划实施的工作合力。"),
    ("section", "第二节　强化监测评估"),
    ("p", "建立健全规划实施监测评估机制，对规划确定的主要指标和重点任务开展年度监测分析、中期评估和总结评估。"),
]


def sw(t, size=SIZE):
    return pdfmetrics.stringWidth(t, FONT, size)


def wrap(text, width, size=SIZE, indent=0):
    lines, cur = [], ""
    avail = width - indent
    for ch in text:
        glued = cur and ord(cur[-1]) < 128 and ord(ch) < 128 and (ch + cur[-1]).strip() != ""
        if sw(cur + ch, size) > avail and cur and ch not in CLOSERS:
            if glued:
                # never split a number: carry the whole ASCII run to the next line
                k = len(cur)
                while k > 0 and ord(cur[k - 1]) < 128:
                    k -= 1
                if k > 0:
                    lines.append(cur[:k])
                    cur, avail = cur[k:], width
            else:
                lines.append(cur)
                cur, avail = "", width
        cur += ch
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("福建省“十四五”人力资源和社会保障事业发展专项规划")
        self.page_no = None      # printed page number (None: unnumbered page)
        self.y = TOP
        self.started = False
        self.log = []            # (page_no, kind, text) for the TOC and the key

    def text(self, x, y, t, size=SIZE, bold=False):
        c = self.c
        c.saveState()
        to = c.beginText(x, y)
        to.setFont(FONT, size)
        if bold:
            to.setTextRenderMode(2)
            c.setLineWidth(0.35)
        to.textLine(t)
        c.drawText(to)
        c.restoreState()

    def furniture(self):
        if self.page_no is None:
            return
        self.text((W - sw(HEADER, 9)) / 2, H - 45, HEADER, 9)
        self.c.setLineWidth(0.5)
        self.c.line(LM, H - 50, W - RM, H - 50)
        foot = "- %d -" % self.page_no
        self.text((W - sw(foot, 11)) / 2, 45, foot, 11)

    def new_page(self, numbered=True):
        if self.started:
            self.furniture()
            self.c.showPage()
        self.started = True
        if numbered:
            self.page_no = 1 if self.page_no is None else self.page_no + 1
        else:
            self.page_no = None
        self.y = TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    def line(self, t, x=LM, size=SIZE, bold=False, lead=LEAD):
        self.need(lead)
        self.text(x, self.y - size, t, size, bold)
        self.y -= lead

    def para(self, t, indent=True, x0=LM, width=None):
        width = width or (W - LM - RM)
        ind = 2 * SIZE if indent else 0
        for i, ln in enumerate(wrap(t, width, SIZE, ind)):
            self.line(ln, x0 + (ind if i == 0 else 0))

    def center(self, t, size, bold=False):
        self.need(size * 1.9)
        self.text((W - sw(t, size)) / 2, self.y - size, t, size, bold)
        self.y -= size * 1.9

    def table(self, rows, cols):
        x0 = (W - sum(cols)) / 2
        rh = 22
        self.need(rh * len(rows))
        top = self.y
        c = self.c
        c.setLineWidth(0.6)
        n = len(rows)
        # merged 类别 cells: a cell None continues the one above
        spans = []
        for i, r in enumerate(rows):
            if r[0] is not None:
                spans.append([i, i])
            else:
                spans[-1][1] = i
        for a, b in spans:
            t = rows[a][0]
            ymid = top - (a + b + 1) * rh / 2
            self.text(x0 + (cols[0] - sw(t, 10.5)) / 2, ymid - 4, t, 10.5, bold=(a == 0))
        for i, r in enumerate(rows):
            y = top - i * rh
            for j, cell in enumerate(r):
                if j == 0 or cell is None:
                    continue
                x = x0 + sum(cols[:j])
                s = 10.5
                self.text(x + (cols[j] - sw(cell, s)) / 2, y - rh + 7, cell, s, bold=(i == 0))
        # grid
        c.line(x0, top, x0 + sum(cols), top)
        for i in range(1, n + 1):
            y = top - i * rh
            # horizontal line: across the 类别 column only where a span ends
            ends = any(b + 1 == i for a, b in spans)
            c.line(x0 + (0 if ends else cols[0]), y, x0 + sum(cols), y)
        for j in range(len(cols) + 1):
            x = x0 + sum(cols[:j])
            c.line(x, top, x, top - n * rh)
        self.y = top - n * rh - 8

    def save(self):
        self.furniture()
        self.c.save()


def render(path, toc_pages):
    d = Doc(path)
    d.new_page(numbered=False)
    for el in NOTICE:
        kind = el[0]
        if kind == "center":
            d.center(el[1], el[2], el[3])
        elif kind == "gap":
            d.y -= el[1]
        elif kind == "p0":
            d.para(el[1], indent=False)
        elif kind == "p":
            d.para(el[1])
        elif kind == "right":
            d.line(el[1], x=W - RM - sw(el[1]) - 10)
    # table of contents
    d.new_page(numbered=False)
    d.center("目　录", 16, True)
    d.y -= 6
    for el in BODY:
        if el[0] == "chapter":
            label = el[1] + "　" + el[2]
            pg = str(toc_pages.get(el[1], 0))
            room = W - LM - RM - sw(label) - sw(pg) - 8
            dots = "…" * int(room // sw("…"))
            d.line(label + dots + pg, lead=28)
    d.new_page(numbered=True)
    d.page_no = 1
    log = {}
    for el in BODY:
        kind = el[0]
        if kind == "center":
            d.center(el[1], el[2], el[3])
        elif kind == "gap":
            d.y -= el[1]
        elif kind == "p":
            d.para(el[1])
        elif kind == "note":
            d.para(el[1], indent=False)
        elif kind == "chapter":
            d.need(LEAD * 4)
            d.y -= 6
            log[el[1]] = d.page_no
            d.center(el[1], 15, True)
            d.center(el[2], 15, True)
        elif kind == "section":
            d.need(LEAD * 3)
            d.line(el[1], x=LM + 2 * SIZE, size=13, bold=True, lead=LEAD + 4)
        elif kind == "box":
            d.need(LEAD * 4)
            d.y -= 4
            d.center(el[1], 13, True)
            d.center(el[2], 13, True)
        elif kind == "item":
            d.para(el[1], indent=False, x0=LM + SIZE, width=W - LM - RM - 2 * SIZE)
        elif kind == "table":
            d.table(el[1], el[2])
    d.save()
    return log


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "s04_fujian_pdf.pdf")
    pages = render(out, {})
    pages2 = render(out, pages)
    assert pages == pages2
    print(pages)


if __name__ == "__main__":
    main()
