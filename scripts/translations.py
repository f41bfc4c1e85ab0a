"""Keep the Qt Linguist files in step with the code, then build the .qm files.

    python scripts/translations.py          # lupdate, fill known Chinese, lrelease

Translators edit resources/i18n/plan_browser_zh_CN.ts in Qt Linguist; the table
below only seeds strings that have no translation yet, so their edits are kept.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")

ZH = {
    "Plan Browser": "规划浏览器", "Year: {year}  Role: {role}": "年份：{year}  类型：{role}", "No.": "序号",
    "Indicator": "指标", "Unit": "单位", "Attribute": "属性", "Unplaced values": "未能归位的值",
    "baseline": "基期", "target": "目标", "actual": "完成", "Source line {line}": "原文第 {line} 行",
    "Values whose column cannot be known from the source: {values}": "原文无法确定所属列的数值：{values}",
    "Not placed: the row has fewer values than columns (see Unplaced values)":
        "未归位：该行数值少于列数（见“未能归位的值”）",
    "Not given in the source": "原文未给出", "Not given in the source (printed “{raw}”)": "原文未给出（印作“{raw}”）",
    "Five-year cumulative": "五年累计", "Comparator: {c}": "比较符：{c}", "Search": "搜索",
    "Problems in the source": "原文问题", "{n} plans · {db}": "{n} 个规划 · {db}", "Filter titles…": "筛选标题…",
    "&File": "文件(&F)", "Show &Source Document": "查看原文(&S)", "&Close Tab": "关闭标签页(&C)", "&Quit": "退出(&Q)",
    "&Edit": "编辑(&E)", "&Find…": "查找(&F)…", "&View": "视图(&V)", "Open in &New Tab": "在新标签页中打开(&N)",
    "&Larger Text": "放大文字(&L)", "&Smaller Text": "缩小文字(&S)", "&Full Screen": "全屏(&F)", "&Help": "帮助(&H)",
    "&About Plan Browser": "关于规划浏览器(&A)", "Main": "主工具栏", "Source: {name}": "原文：{name}",
    "About Plan Browser": "关于规划浏览器",
    "<h3>Plan Browser {version}</h3><p>Provincial HR and social security five-year plans, offline.</p>"
    "<p>Plans in this library:<br>{plans}</p>":
        "<h3>规划浏览器 {version}</h3><p>省级人力资源和社会保障事业发展五年规划，离线阅读。</p><p>本库收录的规划：<br>{plans}</p>",
    "{label} (source line {line})": "{label}（原文第 {line} 行）", "line {n}": "第 {n} 行", "whole document": "全文",
    "{plan}: {n} problems found in the source": "{plan}：原文中发现 {n} 处问题",
    "Search all plans (e.g. 就业, 社保)…": "搜索全部规划（如：就业、社保）…", "All provinces": "全部省份",
    "All periods": "全部时期", "Searching…": "正在搜索…", "No matches": "没有找到", "First {n} matches": "前 {n} 条结果",
    "{n} matches": "{n} 条结果", "This plan has no indicator table.": "此规划没有指标表。",
    "主要指标 (indicator tables)": "主要指标", "not given in the source": "原文未给出", "Title": "标题",
    "Province": "省份", "Period": "时期", "Years": "年份", "Issued by": "印发机关", "Document number": "文号",
    "Issue date": "印发日期", "Source file": "来源文件", "Source address": "来源网址",
    "{c} chapters, {s} sections, {b} boxes, {i} indicator rows, {p} source problems":
        "{c} 章，{s} 节，{b} 个专栏，{i} 行指标，原文问题 {p} 处",
    "Unknown province": "未识别省份", "line": "第", "No text under this heading in the source.": "原文此标题下没有正文。",
    "Indicator table: {n} rows. Open it from the tree under 主要指标.": "指标表：{n} 行，可在目录树“主要指标”下打开。",
    "&Compare Plans…": "比较规划(&C)…", "Compare": "比较", "Compare plans": "比较规划", "⇄ Swap": "⇄ 交换左右",
    "Indicators": "指标", "Structure": "结构", "Comparing…": "正在比较…",
    "One of the plans is no longer in the library.": "其中一个规划已不在库中。", "{n} indicators": "{n} 项指标",
    "Baseline": "基期值", "Target": "目标值", "Change": "变化", "Difference": "差异",
    "{raw}: five-year cumulative": "{raw}：五年累计", "left target higher": "左侧目标较高",
    "left target lower": "左侧目标较低", "same target": "目标相同", "different units: not compared": "单位不同，未作比较",
    "different attribute": "属性不同", "only in left plan": "仅左侧规划列出", "only in right plan": "仅右侧规划列出",
    "&Language": "界面语言(&L)",
    "The filter covers the first {n} titles only; use Search (Ctrl+F) to find any text.":
        "筛选只覆盖前 {n} 个标题；查找任意文字请用搜索（Ctrl+F）。", "Opening the plan library…": "正在打开规划库…", "&Print…": "打印(&P)…", "Export P&DF…": "导出 PDF(&D)…",
    "Export &Excel…": "导出 Excel(&E)…", "Comparison": "规划比较", "Nothing to print in this tab.": "此标签页没有可打印的内容。",
    "Export PDF": "导出 PDF", "Export Excel": "导出 Excel",
    "Open a plan's indicator tables to export them.": "请先打开一个规划的指标表再导出。", "Exporting…": "正在导出…",
    "Cancel": "取消", "Export failed": "导出失败", "Could not write {path}:\n{reason}": "无法写入 {path}：\n{reason}",
    "Saved {path}": "已保存 {path}", "the folder does not exist": "文件夹不存在",
    "Export cancelled: nothing was saved.": "已取消导出：未保存任何文件。", "Correct Indicator Match…": "更正指标对应…",
    "Correct indicator match": "更正指标对应", "“{name}” is the same indicator as:": "“{name}”与以下标准指标相同：",
    "Saved in your own database; comparisons use it from now on.": "已保存到您自己的数据库；此后的比较将使用此更正。", "C&harts": "图表(&H)", "Charts": "图表", "Baseline → target": "基期 → 目标",
    "13th-period completion": "“十三五”完成情况", "One indicator across plans": "同一指标的各省比较",
    "Export PNG…": "导出 PNG…", "Export SVG…": "导出 SVG…", "Unit: {unit}": "单位：{unit}",
    "{n} plans list this indicator": "{n} 个规划列有此指标",
    "; drag the chart up or down to see them all": "；上下拖动图表可查看全部", "Nothing to draw for this plan.": "此规划没有可绘制的数值。",
    "Not drawn (no number in the source): {names}": "未绘制（原文无数值）：{names}", "Export chart": "导出图表",
    "The interface language changes the next time Plan Browser starts.": "界面语言将在下次启动规划浏览器时更改。",
    "Left plan": "左侧规划", "Similarity": "相似度", "Right plan": "右侧规划",
}

# Importing, removing and recovering the user's own plans.
ZH.update({
    "The file no longer exists.": "文件已不存在。", "The file cannot be read.": "无法读取该文件。",
    "The file is larger than the import size limit.": "文件超过了导入大小上限。", "The file is empty.": "文件是空的。",
    "This is not a text document (it may be a picture or a program).": "这不是文本文档（可能是图片或程序）。",
    "The text is in an encoding Plan Browser does not recognise.": "文本编码无法识别。",
    "This kind of file cannot be imported; use .txt, .docx, .html or a PDF with text.":
        "无法导入此类文件；请使用 .txt、.docx、.html 或带文字层的 PDF。",
    "The document is damaged or incomplete.": "文档已损坏或不完整。",
    "The PDF is password-protected or forbids copying its text.": "该 PDF 设有密码或禁止复制文字。",
    "No readable text was found (a scanned document has pictures, not text).": "未找到可读文字（扫描件只有图像，没有文字）。",
    "A component needed to read this format is not installed.": "读取此格式所需的组件未安装。",
    "The plan could not be saved; your database was left as it was.": "规划未能保存；您的数据库保持原样。",
    "No plan structure (chapters, sections, 专栏 or indicator tables) was found.": "未识别出规划结构（章、节、专栏或指标表）。",
    "The file cannot be imported.": "无法导入该文件。", "{name}: {headline}\n    {detail}": "{name}：{headline}\n    {detail}",
    "Import {name}": "导入 {name}", "No plan structure (chapters, sections, 专栏 or indicator tables) was found. You can "
    "import it as unstructured text: it can be read and searched, but has no outline or tables.":
        "未识别出规划结构（章、节、专栏或指标表）。可以作为无结构文本导入：可阅读、可搜索，但没有目录和指标表。",
    "not recognised: type the province or city": "未识别：请填写省份或城市", "not recognised": "未识别",
    "not recognised: the file name is shown instead": "未识别：将显示文件名", "Province:": "省份：",
    "Plan period:": "规划时期：", "Title:": "标题：",
    "{fmt} file, {lines} lines: {chapters} chapters, {sections} sections, {boxes} 专栏, {indicators} indicator rows; "
    "{issues} problems found in the source.":
        "{fmt} 文件，{lines} 行：{chapters} 章，{sections} 节，{boxes} 个专栏，{indicators} 行指标；原文问题 {issues} 处。",
    "Indicator tables ({n})": "指标表（{n}）", "Problems in the source ({n})": "原文问题（{n}）", "Import": "导入",
    "Import as Unstructured Text": "作为无结构文本导入", "Skip This File": "跳过此文件",
    "Imported: {name} (plan {id})": "已导入：{name}（规划 {id}）",
    "Already in the library: {name} (plan {id}); not imported again": "库中已有：{name}（规划 {id}），未重复导入",
    "Not imported: {text}": "未导入：{text}", "Skipped: {name}": "已跳过：{name}", "Cancelled: {name}": "已取消：{name}",
    "Importing plans": "正在导入规划", "Reading {name} ({i} of {n})…": "正在读取 {name}（第 {i} 个，共 {n} 个）…",
    "Saving {name}…": "正在保存 {name}…", "Import Plans": "导入规划",
    "Plan documents ({patterns});;All files (*)": "规划文档 ({patterns});;所有文件 (*)",
    "Import finished": "导入完成", "Nothing was imported.": "没有导入任何文件。",
    "Only plans you imported can be removed.": "只能删除您自己导入的规划。",
    "Removed {label}. A backup was kept.": "已删除 {label}，并保留了备份。", "Remove Imported Plan": "删除导入的规划",
    "{label} was not removed: {reason}\n\nYour library is as it was.":
        "未删除 {label}：{reason}\n\n您的规划库保持原样。",
    "Remove “{title}” ({label}) from your library?\n\nThe file you imported it from is not touched; a backup of "
    "your database is kept.": "从您的库中删除“{title}”（{label}）吗？\n\n原始文件不受影响；您的数据库会先备份。",
    "&Import Plans…": "导入规划(&I)…", "&Remove Imported Plan…": "删除导入的规划(&R)…",
    " · {k} imported by you": " · 其中 {k} 个为您导入", " (imported)": "（已导入）", "{label} (imported)": "{label}（已导入）",
    "{label} · imported": "{label} · 已导入",
    "{label}\nImported by you; kept in your own database, not the bundled library.":
        "{label}\n由您导入；保存在您自己的数据库中，不属于随附规划库。",
    "Your plans database is damaged": "您的规划数据库已损坏",
    "The database holding the plans you imported and your corrections failed its check:\n{detail}\n\n{path}\n\n"
    "The damaged file will be kept (renamed) whatever you choose.":
        "保存您导入的规划和更正的数据库未通过检查：\n{detail}\n\n{path}\n\n无论您如何选择，损坏的文件都会改名保留。",
    "Restore Backup of {when}": "恢复 {when} 的备份", "Start with an Empty Database": "使用空数据库重新开始",
    "Continue without My Plans": "暂不使用我的规划，继续",
    "The damaged database was kept as {kept}.": "损坏的数据库已保留为 {kept}。",
    "Your imported plans cannot be opened: {error}\nThe bundled plans are shown.":
        "无法打开您导入的规划：{error}\n现显示随附的规划。",
})


# Type-to-filter in the tree (app/ui/tree_filter.py).
ZH.update({
    "Showing the first {n} matching titles; type more to narrow them, or use Search (Ctrl+F).":
        "仅显示前 {n} 个匹配的标题；请继续输入以缩小范围，或使用搜索（Ctrl+F）。",
    "No title contains “{text}”; Search (Ctrl+F) also looks in the text.":
        "没有标题包含“{text}”；搜索（Ctrl+F）还会查找正文。",
})


# Cities, dates and the reading report (app/ui/navigator.py, import_dialog.py, reading_panel.py).
ZH.update({
    "City": "城市", "City:": "城市：", "Dates:": "日期：", "(printed damaged in the source)": "（原文印刷残缺）",
    "Date signed (成文日期)": "成文日期", "Date published (发布日期)": "发布日期", "unreadable": "无法辨认",
    " (printed damaged)": "（原文残缺）", "signed {date}{damaged}": "成文日期 {date}{damaged}",
    "published on the web {date}": "网页发布日期 {date}", "; ": "；",
    "Reading report ({share} recognised)": "阅读报告（已识别 {share}）",
    "{share} of the lines in this file were recognised: {headings} headings, {paragraphs} paragraphs, "
    "{boxes} 专栏 with {items} items, {tables} indicator tables with {rows} rows; {aside} lines of page "
    "numbers, running headers, contents or site furniture were set aside.":
        "本文件 {share} 的行已识别：标题 {headings} 个，段落 {paragraphs} 段，项目专栏 {boxes} 个（共 {items} 项），"
        "指标表 {tables} 张（共 {rows} 行）；页码、页眉、目录及网页框架等 {aside} 行已略去。",
    "{n} lines could not be placed; they are listed below.": "有 {n} 行未能识别，列于下方。",
    "Every line was placed.": "所有行均已识别。", "Line {n}: {text}": "第 {n} 行：{text}",
    "… and {n} more lines": "……另有 {n} 行",
})


# The comparison pane and the across-plans table (app/ui/compare_pane.py, compare_models.py, across_model.py).
ZH.update({
    "Plan": "规划", "Role": "类型", "Printed under": "原文栏目", "Figure": "数值", "Source": "出处",
    "text, line {n}": "正文第 {n} 行", "+ Plan": "＋ 规划", "Add a third or fourth plan to the comparison": "加入第三、第四个规划一起比较",
    "Select a cell: its figures and source lines. Double-click: open the line.":
        "选中单元格：查看其数值与原文行；双击：打开原文该行。",
    "Programmes": "专栏", "(no more plans)": "（不再添加）", "Choose at least two different plans.": "请至少选择两个不同的规划。",
    "Marks:": "标记：", "{n} indicators in {s} sections": "{s} 个部分，共 {n} 项指标",
    "Plans of different regions are compared by content, not character by character: the items paired above are "
    "what they share.": "不同地区的规划按内容比较，不逐字比较：上方配对的项目就是它们的共同之处。",
    "Two versions of one region's plan: the characters that differ are marked.": "同一地区规划的两个版本：不同的文字已标出。",
    "(no such 专栏)": "（无对应专栏）",
})
ZH.update({
    "These plans have no period in common: no indicator can be compared. The Programmes tab pairs their 专栏 by "
    "content.": "所选规划没有共同的时期，指标无法比较；“专栏”页按内容对它们的专栏作了配对。",
})


# Hostile input: limits, busy databases, trusted backups and the search index (issue 18).
ZH.update({
    "Reading {name}: page {page} of {pages}…": "正在读取 {name}：第 {page} 页，共 {pages} 页…",
    "The document is larger or slower to read than the import limits allow.": "文档超出了导入限制（过大或读取过慢）。",
    "Reading was cancelled; nothing was saved.": "已取消读取，未保存任何内容。",
    "Another Plan Browser is changing your database; try again when it has finished.":
        "另一个规划浏览器正在修改您的数据库，请待其完成后再试。",
    "There is no sound backup to restore.": "没有可用于恢复的完好备份。",
    "The backup of {when} holds {n} plans; newest import: {title}, {imported}.":
        "{when} 的备份含 {n} 个规划，最新导入：{title}，{imported}。",
    "The backup of {when} holds {n} plans.": "{when} 的备份含 {n} 个规划。",
    "Restoring it would lose: {titles}": "恢复此备份将丢失：{titles}", " and {n} more": " 等，另有 {n} 个",
    "Every plan in the damaged file is in this backup.": "损坏文件中的每个规划都在此备份中。",
    "The damaged file cannot be read, so anything changed after {when} would be lost.":
        "损坏的文件无法读取，{when} 之后的改动将会丢失。",
    "The database holding the plans you imported and your corrections failed its check:\n{detail}\n\n{path}\n\n"
    "{offer}\n\nThe damaged file will be kept (renamed) whatever you choose.":
        "保存您导入的规划和更正的数据库未通过检查：\n{detail}\n\n{path}\n\n{offer}\n\n无论您如何选择，损坏的文件都会改名保留。",
    "The search index is damaged": "搜索索引已损坏",
    "The search index of your imported plans is damaged ({problem}): searches would miss them or fail.\n\n"
    "Rebuild it from your plans now? Your plans are not changed, and a backup is made first.":
        "您导入的规划的搜索索引已损坏（{problem}）：搜索会遗漏这些规划或失败。\n\n现在根据您的规划重建索引吗？"
        "规划本身不会改变，并会先做备份。",
    "The search index could not be rebuilt: {error}": "无法重建搜索索引：{error}",
    "The search index was rebuilt from your plans ({n} entries).": "已根据您的规划重建搜索索引（{n} 条）。",
})


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def fill(ts_path: Path, table: dict[str, str]) -> int:
    tree = ET.parse(ts_path)
    missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") == "obsolete":
            continue
        # lupdate copies a translation from another context as 'unfinished': confirm it from the table
        if (not translation.text or translation.get("type") == "unfinished") and source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        if not translation.text:
            missing += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").glob("*.py"))
    for language in LANGUAGES:
        ts_path = I18N / f"plan_browser_{language}.ts"
        subprocess.run([tool("lupdate"), *sources, "-no-obsolete", "-target-language", language,
                        "-ts", str(ts_path)], cwd=ROOT, check=True, capture_output=True)
        if language == "zh_CN":
            missing = fill(ts_path, ZH)
            if missing:
                print(f"{missing} strings still need a Chinese translation in {ts_path.name}")
        subprocess.run([tool("lrelease"), str(ts_path), "-qm", str(ts_path.with_suffix(".qm"))],
                       cwd=ROOT, check=True, capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
