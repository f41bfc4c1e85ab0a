<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcrossTableModel</name>
    <message>
        <location filename="../../app/ui/across_model.py" line="32" />
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="32" />
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="32" />
        <source>Role</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="32" />
        <source>Printed under</source>
        <translation>原文栏目</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="32" />
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="33" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="33" />
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="48" />
        <source>baseline</source>
        <translation>基期</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="48" />
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="48" />
        <source>actual</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="64" />
        <source>text, line {n}</source>
        <translation>正文第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="64" />
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="74" />
        <location filename="../../app/ui/app.py" line="94" />
        <source>Plan Browser</source>
        <translation>规划浏览器</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="95" />
        <source>Opening the plan library…</source>
        <translation>正在打开规划库…</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="24" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="29" />
        <source>Baseline → target</source>
        <translation>基期 → 目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="30" />
        <source>13th-period completion</source>
        <translation>“十三五”完成情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="31" />
        <source>One indicator across plans</source>
        <translation>同一指标的各省比较</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="44" />
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="44" />
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="76" />
        <source>Unit: {unit}</source>
        <translation>单位：{unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="89" />
        <source>{n} plans list this indicator</source>
        <translation>{n} 个规划列有此指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="90" />
        <source>; drag the chart up or down to see them all</source>
        <translation>；上下拖动图表可查看全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="98" />
        <source>Nothing to draw for this plan.</source>
        <translation>此规划没有可绘制的数值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="102" />
        <source>Not drawn (no number in the source): {names}</source>
        <translation>未绘制（原文无数值）：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="111" />
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="51" />
        <source>Compare plans</source>
        <translation>比较规划</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="97" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="77" />
        <source>+ Plan</source>
        <translation>＋ 规划</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="78" />
        <source>Add a third or fourth plan to the comparison</source>
        <translation>加入第三、第四个规划一起比较</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="90" />
        <source>Select a cell: its figures and source lines. Double-click: open the line.</source>
        <translation>选中单元格：查看其数值与原文行；双击：打开原文该行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="98" />
        <source>Programmes</source>
        <translation>专栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="127" />
        <source>(no more plans)</source>
        <translation>（不再添加）</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="171" />
        <source>Choose at least two different plans.</source>
        <translation>请至少选择两个不同的规划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="174" />
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="182" />
        <source>One of the plans is no longer in the library.</source>
        <translation>其中一个规划已不在库中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="195" />
        <source>Marks:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="201" />
        <source>These plans have no period in common: no indicator can be compared. The Programmes tab pairs their 专栏 by content.</source>
        <translation>所选规划没有共同的时期，指标无法比较；“专栏”页按内容对它们的专栏作了配对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="204" />
        <source>{n} indicators in {s} sections</source>
        <translation>{s} 个部分，共 {n} 项指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="237" />
        <source>Plans of different regions are compared by content, not character by character: the items paired above are what they share.</source>
        <translation>不同地区的规划按内容比较，不逐字比较：上方配对的项目就是它们的共同之处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="243" />
        <source>Two versions of one region's plan: the characters that differ are marked.</source>
        <translation>同一地区规划的两个版本：不同的文字已标出。</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../../app/ui/compare_models.py" line="53" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_models.py" line="55" />
        <source>Difference</source>
        <translation>差异</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../app/ui/corrections.py" line="25" />
        <source>Correct indicator match</source>
        <translation>更正指标对应</translation>
    </message>
    <message>
        <location filename="../../app/ui/corrections.py" line="26" />
        <source>“{name}” is the same indicator as:</source>
        <translation>“{name}”与以下标准指标相同：</translation>
    </message>
    <message>
        <location filename="../../app/ui/corrections.py" line="37" />
        <source>Saved in your own database; comparisons use it from now on.</source>
        <translation>已保存到您自己的数据库；此后的比较将使用此更正。</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../app/ui/import_flow.py" line="44" />
        <source>Imported: {name} (plan {id})</source>
        <translation>已导入：{name}（规划 {id}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="46" />
        <source>Already in the library: {name} (plan {id}); not imported again</source>
        <translation>库中已有：{name}（规划 {id}），未重复导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="48" />
        <source>Not imported: {text}</source>
        <translation>未导入：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="49" />
        <source>Skipped: {name}</source>
        <translation>已跳过：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="50" />
        <source>Cancelled: {name}</source>
        <translation>已取消：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="79" />
        <source>Importing plans</source>
        <translation>正在导入规划</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="109" />
        <source>Reading {name} ({i} of {n})…</source>
        <translation>正在读取 {name}（第 {i} 个，共 {n} 个）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="117" />
        <source>Reading {name}: page {page} of {pages}…</source>
        <translation>正在读取 {name}：第 {page} 页，共 {pages} 页…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="159" />
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="222" />
        <source>Import Plans</source>
        <translation>导入规划</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="223" />
        <source>Plan documents ({patterns});;All files (*)</source>
        <translation>规划文档 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="233" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="232" />
        <source>Nothing was imported.</source>
        <translation>没有导入任何文件。</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../app/ui/import_messages.py" line="19" />
        <source>The file no longer exists.</source>
        <translation>文件已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="20" />
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="21" />
        <source>The file is larger than the import size limit.</source>
        <translation>文件超过了导入大小上限。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="22" />
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="23" />
        <source>This is not a text document (it may be a picture or a program).</source>
        <translation>这不是文本文档（可能是图片或程序）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="24" />
        <source>The text is in an encoding Plan Browser does not recognise.</source>
        <translation>文本编码无法识别。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="25" />
        <source>This kind of file cannot be imported; use .txt, .docx, .html or a PDF with text.</source>
        <translation>无法导入此类文件；请使用 .txt、.docx、.html 或带文字层的 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="27" />
        <source>The document is damaged or incomplete.</source>
        <translation>文档已损坏或不完整。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="28" />
        <source>The PDF is password-protected or forbids copying its text.</source>
        <translation>该 PDF 设有密码或禁止复制文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="29" />
        <source>No readable text was found (a scanned document has pictures, not text).</source>
        <translation>未找到可读文字（扫描件只有图像，没有文字）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="31" />
        <source>A component needed to read this format is not installed.</source>
        <translation>读取此格式所需的组件未安装。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="32" />
        <source>The plan could not be saved; your database was left as it was.</source>
        <translation>规划未能保存；您的数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="33" />
        <source>No plan structure (chapters, sections, 专栏 or indicator tables) was found.</source>
        <translation>未识别出规划结构（章、节、专栏或指标表）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="35" />
        <source>The document is larger or slower to read than the import limits allow.</source>
        <translation>文档超出了导入限制（过大或读取过慢）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="37" />
        <source>Reading was cancelled; nothing was saved.</source>
        <translation>已取消读取，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="38" />
        <source>Another Plan Browser is changing your database; try again when it has finished.</source>
        <translation>另一个规划浏览器正在修改您的数据库，请待其完成后再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="41" />
        <source>The file cannot be imported.</source>
        <translation>无法导入该文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="46" />
        <source>{name}: {headline}
    {detail}</source>
        <translation>{name}：{headline}
    {detail}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="34" />
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="42" />
        <source>No plan structure (chapters, sections, 专栏 or indicator tables) was found. You can import it as unstructured text: it can be read and searched, but has no outline or tables.</source>
        <translation>未识别出规划结构（章、节、专栏或指标表）。可以作为无结构文本导入：可阅读、可搜索，但没有目录和指标表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="55" />
        <source>not recognised: type the province or city</source>
        <translation>未识别：请填写省份或城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="62" />
        <source>not recognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="64" />
        <source>not recognised: the file name is shown instead</source>
        <translation>未识别：将显示文件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="65" />
        <source>Province:</source>
        <translation>省份：</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="67" />
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="68" />
        <source>Plan period:</source>
        <translation>规划时期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="69" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="72" />
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="78" />
        <source>unreadable</source>
        <translation>无法辨认</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="79" />
        <source> (printed damaged)</source>
        <translation>（原文残缺）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="80" />
        <source>signed {date}{damaged}</source>
        <translation>成文日期 {date}{damaged}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="82" />
        <source>published on the web {date}</source>
        <translation>网页发布日期 {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="87" />
        <source>{fmt} file, {lines} lines: {chapters} chapters, {sections} sections, {boxes} 专栏, {indicators} indicator rows; {issues} problems found in the source.</source>
        <translation>{fmt} 文件，{lines} 行：{chapters} 章，{sections} 节，{boxes} 个专栏，{indicators} 行指标；原文问题 {issues} 处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="108" />
        <source>Reading report ({share} recognised)</source>
        <translation>阅读报告（已识别 {share}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="110" />
        <source>Indicator tables ({n})</source>
        <translation>指标表（{n}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="111" />
        <source>Problems in the source ({n})</source>
        <translation>原文问题（{n}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="118" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="118" />
        <source>Import as Unstructured Text</source>
        <translation>作为无结构文本导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="123" />
        <source>Skip This File</source>
        <translation>跳过此文件</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="68" />
        <source>Year: {year}  Role: {role}</source>
        <translation>年份：{year}  类型：{role}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="73" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="73" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="73" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="74" />
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="74" />
        <source>Unplaced values</source>
        <translation>未能归位的值</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="77" />
        <source>baseline</source>
        <translation>基期</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="77" />
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="78" />
        <source>actual</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="134" />
        <location filename="../../app/ui/indicator_table_model.py" line="175" />
        <source>Source line {line}</source>
        <translation>原文第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="136" />
        <source>Values whose column cannot be known from the source: {values}</source>
        <translation>原文无法确定所属列的数值：{values}</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="165" />
        <source>Not placed: the row has fewer values than columns (see Unplaced values)</source>
        <translation>未归位：该行数值少于列数（见“未能归位的值”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="166" />
        <source>Not given in the source</source>
        <translation>原文未给出</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="169" />
        <source>Not given in the source (printed “{raw}”)</source>
        <translation>原文未给出（印作“{raw}”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="171" />
        <source>Five-year cumulative</source>
        <translation>五年累计</translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="173" />
        <source>Comparator: {c}</source>
        <translation>比较符：{c}</translation>
    </message>
</context>
<context>
    <name>IndicatorTableView</name>
    <message>
        <location filename="../../app/ui/tabs.py" line="47" />
        <source>Correct Indicator Match…</source>
        <translation>更正指标对应…</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../app/ui/library_actions.py" line="82" />
        <source>Only plans you imported can be removed.</source>
        <translation>只能删除您自己导入的规划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="86" />
        <source>Removed {label}. A backup was kept.</source>
        <translation>已删除 {label}，并保留了备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="75" />
        <location filename="../../app/ui/library_actions.py" line="91" />
        <source>Remove Imported Plan</source>
        <translation>删除导入的规划</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="69" />
        <source>{label} was not removed: {reason}

Your library is as it was.</source>
        <translation>未删除 {label}：{reason}

您的规划库保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="92" />
        <source>Remove “{title}” ({label}) from your library?

The file you imported it from is not touched; a backup of your database is kept.</source>
        <translation>从您的库中删除“{title}”（{label}）吗？

原始文件不受影响；您的数据库会先备份。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="57" />
        <source>Plan Browser</source>
        <translation>规划浏览器</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="71" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73" />
        <source>Problems in the source</source>
        <translation>原文问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274" />
        <source>{n} plans · {db}</source>
        <translation>{n} 个规划 · {db}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>Filter titles…</source>
        <translation>筛选标题…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Source: {name}</source>
        <translation>原文：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276" />
        <source> · {k} imported by you</source>
        <translation> · 其中 {k} 个为您导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352" />
        <source>The interface language changes the next time Plan Browser starts.</source>
        <translation>界面语言将在下次启动规划浏览器时更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369" />
        <source> (imported)</source>
        <translation>（已导入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371" />
        <source>About Plan Browser</source>
        <translation>关于规划浏览器</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372" />
        <source>&lt;h3&gt;Plan Browser {version}&lt;/h3&gt;&lt;p&gt;Provincial HR and social security five-year plans, offline.&lt;/p&gt;&lt;p&gt;Plans in this library:&lt;br&gt;{plans}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;规划浏览器 {version}&lt;/h3&gt;&lt;p&gt;省级人力资源和社会保障事业发展五年规划，离线阅读。&lt;/p&gt;&lt;p&gt;本库收录的规划：&lt;br&gt;{plans}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="52" />
        <source>Show &amp;Source Document</source>
        <translation>查看原文(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="54" />
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="56" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="57" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="59" />
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="60" />
        <source>Export &amp;Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="61" />
        <source>&amp;Import Plans…</source>
        <translation>导入规划(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="63" />
        <source>&amp;Remove Imported Plan…</source>
        <translation>删除导入的规划(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="65" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="66" />
        <source>Open in &amp;New Tab</source>
        <translation>在新标签页中打开(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="68" />
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="70" />
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="72" />
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="74" />
        <source>&amp;Compare Plans…</source>
        <translation>比较规划(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="76" />
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="77" />
        <source>&amp;About Plan Browser</source>
        <translation>关于规划浏览器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="85" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="91" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="92" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="97" />
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="102" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="103" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/ui/navigator.py" line="39" />
        <source>主要指标 (indicator tables)</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="117" />
        <source>not given in the source</source>
        <translation>原文未给出</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="120" />
        <source>(printed damaged in the source)</source>
        <translation>（原文印刷残缺）</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="121" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="122" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="123" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="124" />
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="125" />
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="126" />
        <source>Issued by</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="127" />
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="128" />
        <source>Date signed (成文日期)</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="129" />
        <source>Date published (发布日期)</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="130" />
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="131" />
        <source>Source address</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="134" />
        <source>{c} chapters, {s} sections, {b} boxes, {i} indicator rows, {p} source problems</source>
        <translation>{c} 章，{s} 节，{b} 个专栏，{i} 行指标，原文问题 {p} 处</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="144" />
        <source>Unknown province</source>
        <translation>未识别省份</translation>
    </message>
</context>
<context>
    <name>PlanChoice</name>
    <message>
        <location filename="../../app/ui/plan_choice.py" line="13" />
        <source>{label} (imported)</source>
        <translation>{label}（已导入）</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../app/ui/tree_model.py" line="132" />
        <source>{label} · imported</source>
        <translation>{label} · 已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/tree_model.py" line="148" />
        <source>{label}
Imported by you; kept in your own database, not the bundled library.</source>
        <translation>{label}
由您导入；保存在您自己的数据库中，不属于随附规划库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/tree_model.py" line="152" />
        <source>{label} (source line {line})</source>
        <translation>{label}（原文第 {line} 行）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/print_actions.py" line="52" />
        <source>Comparison</source>
        <translation>规划比较</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="83" />
        <source>Nothing to print in this tab.</source>
        <translation>此标签页没有可打印的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="100" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="111" />
        <location filename="../../app/ui/print_actions.py" line="120" />
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="117" />
        <source>Open a plan's indicator tables to export them.</source>
        <translation>请先打开一个规划的指标表再导出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="159" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="159" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="177" />
        <source>Export cancelled: nothing was saved.</source>
        <translation>已取消导出：未保存任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="194" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="202" />
        <source>Could not write {path}:
{reason}</source>
        <translation>无法写入 {path}：
{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="204" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ProblemsListModel</name>
    <message>
        <location filename="../../app/ui/problems_panel.py" line="31" />
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/problems_panel.py" line="31" />
        <source>whole document</source>
        <translation>全文</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../app/ui/problems_panel.py" line="60" />
        <source>{plan}: {n} problems found in the source</source>
        <translation>{plan}：原文中发现 {n} 处问题</translation>
    </message>
</context>
<context>
    <name>ProgrammePairsModel</name>
    <message>
        <location filename="../../app/ui/compare_models.py" line="163" />
        <source>(no such 专栏)</source>
        <translation>（无对应专栏）</translation>
    </message>
</context>
<context>
    <name>ReadingPanel</name>
    <message>
        <location filename="../../app/ui/reading_panel.py" line="29" />
        <source>{share} of the lines in this file were recognised: {headings} headings, {paragraphs} paragraphs, {boxes} 专栏 with {items} items, {tables} indicator tables with {rows} rows; {aside} lines of page numbers, running headers, contents or site furniture were set aside.</source>
        <translation>本文件 {share} 的行已识别：标题 {headings} 个，段落 {paragraphs} 段，项目专栏 {boxes} 个（共 {items} 项），指标表 {tables} 张（共 {rows} 行）；页码、页眉、目录及网页框架等 {aside} 行已略去。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reading_panel.py" line="36" />
        <source>{n} lines could not be placed; they are listed below.</source>
        <translation>有 {n} 行未能识别，列于下方。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reading_panel.py" line="42" />
        <source>Every line was placed.</source>
        <translation>所有行均已识别。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reading_panel.py" line="43" />
        <source>Line {n}: {text}</source>
        <translation>第 {n} 行：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reading_panel.py" line="46" />
        <source>… and {n} more lines</source>
        <translation>……另有 {n} 行</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../app/ui/render_html.py" line="30" />
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/render_html.py" line="55" />
        <source>No text under this heading in the source.</source>
        <translation>原文此标题下没有正文。</translation>
    </message>
    <message>
        <location filename="../../app/ui/render_html.py" line="71" />
        <source>Indicator table: {n} rows. Open it from the tree under 主要指标.</source>
        <translation>指标表：{n} 行，可在目录树“主要指标”下打开。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="58" />
        <source>Your plans database is damaged</source>
        <translation>您的规划数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="32" />
        <source>There is no sound backup to restore.</source>
        <translation>没有可用于恢复的完好备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="36" />
        <source>The backup of {when} holds {n} plans; newest import: {title}, {imported}.</source>
        <translation>{when} 的备份含 {n} 个规划，最新导入：{title}，{imported}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="39" />
        <source>The backup of {when} holds {n} plans.</source>
        <translation>{when} 的备份含 {n} 个规划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="43" />
        <source>Restoring it would lose: {titles}</source>
        <translation>恢复此备份将丢失：{titles}</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="45" />
        <source> and {n} more</source>
        <translation> 等，另有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="47" />
        <source>Every plan in the damaged file is in this backup.</source>
        <translation>损坏文件中的每个规划都在此备份中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="49" />
        <source>The damaged file cannot be read, so anything changed after {when} would be lost.</source>
        <translation>损坏的文件无法读取，{when} 之后的改动将会丢失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="55" />
        <source>The database holding the plans you imported and your corrections failed its check:
{detail}

{path}

{offer}

The damaged file will be kept (renamed) whatever you choose.</source>
        <translation>保存您导入的规划和更正的数据库未通过检查：
{detail}

{path}

{offer}

无论您如何选择，损坏的文件都会改名保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="62" />
        <source>Restore Backup of {when}</source>
        <translation>恢复 {when} 的备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="64" />
        <source>Start with an Empty Database</source>
        <translation>使用空数据库重新开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="65" />
        <source>Continue without My Plans</source>
        <translation>暂不使用我的规划，继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="74" />
        <source>The search index is damaged</source>
        <translation>搜索索引已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="75" />
        <source>The search index of your imported plans is damaged ({problem}): searches would miss them or fail.

Rebuild it from your plans now? Your plans are not changed, and a backup is made first.</source>
        <translation>您导入的规划的搜索索引已损坏（{problem}）：搜索会遗漏这些规划或失败。

现在根据您的规划重建索引吗？规划本身不会改变，并会先做备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="97" />
        <source>The damaged database was kept as {kept}.</source>
        <translation>损坏的数据库已保留为 {kept}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="113" />
        <source>The search index could not be rebuilt: {error}</source>
        <translation>无法重建搜索索引：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="115" />
        <source>The search index was rebuilt from your plans ({n} entries).</source>
        <translation>已根据您的规划重建搜索索引（{n} 条）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="127" />
        <source>Your imported plans cannot be opened: {error}
The bundled plans are shown.</source>
        <translation>无法打开您导入的规划：{error}
现显示随附的规划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="132" />
        <source>Plan Browser</source>
        <translation>规划浏览器</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="96" />
        <source>Search all plans (e.g. 就业, 社保)…</source>
        <translation>搜索全部规划（如：就业、社保）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="137" />
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="141" />
        <source>All periods</source>
        <translation>全部时期</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="153" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="159" />
        <source>No matches</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="161" />
        <source>First {n} matches</source>
        <translation>前 {n} 条结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="163" />
        <source>{n} matches</source>
        <translation>{n} 条结果</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <location filename="../../app/ui/tabs.py" line="106" />
        <source>This plan has no indicator table.</source>
        <translation>此规划没有指标表。</translation>
    </message>
</context>
<context>
    <name>TreeFilter</name>
    <message>
        <location filename="../../app/ui/tree_filter.py" line="193" />
        <source>Showing the first {n} matching titles; type more to narrow them, or use Search (Ctrl+F).</source>
        <translation>仅显示前 {n} 个匹配的标题；请继续输入以缩小范围，或使用搜索（Ctrl+F）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/tree_filter.py" line="196" />
        <source>No title contains “{text}”; Search (Ctrl+F) also looks in the text.</source>
        <translation>没有标题包含“{text}”；搜索（Ctrl+F）还会查找正文。</translation>
    </message>
</context>
<context>
    <name>_PairsModel</name>
    <message>
        <location filename="../../app/ui/compare_models.py" line="143" />
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
</context>
</TS>