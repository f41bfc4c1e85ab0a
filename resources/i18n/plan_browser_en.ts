<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcrossTableModel</name>
    <message>
        <location filename="../../app/ui/across_model.py" line="32"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="32"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="32"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="32"/>
        <source>Printed under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="32"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="33"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="33"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="48"/>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="48"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="48"/>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="64"/>
        <source>text, line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/across_model.py" line="64"/>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="74"/>
        <location filename="../../app/ui/app.py" line="94"/>
        <source>Plan Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="95"/>
        <source>Opening the plan library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="24"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="29"/>
        <source>Baseline → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="30"/>
        <source>13th-period completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="31"/>
        <source>One indicator across plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="44"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="44"/>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="76"/>
        <source>Unit: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="89"/>
        <source>{n} plans list this indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="90"/>
        <source>; drag the chart up or down to see them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="98"/>
        <source>Nothing to draw for this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="102"/>
        <source>Not drawn (no number in the source): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_tab.py" line="111"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="51"/>
        <source>Compare plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="97"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="77"/>
        <source>+ Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="78"/>
        <source>Add a third or fourth plan to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="90"/>
        <source>Select a cell: its figures and source lines. Double-click: open the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="98"/>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="127"/>
        <source>(no more plans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="171"/>
        <source>Choose at least two different plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="174"/>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="182"/>
        <source>One of the plans is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="195"/>
        <source>Marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="201"/>
        <source>These plans have no period in common: no indicator can be compared. The Programmes tab pairs their 专栏 by content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="204"/>
        <source>{n} indicators in {s} sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="237"/>
        <source>Plans of different regions are compared by content, not character by character: the items paired above are what they share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_pane.py" line="243"/>
        <source>Two versions of one region&apos;s plan: the characters that differ are marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../../app/ui/compare_models.py" line="53"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/compare_models.py" line="55"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../app/ui/corrections.py" line="25"/>
        <source>Correct indicator match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/corrections.py" line="26"/>
        <source>“{name}” is the same indicator as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/corrections.py" line="37"/>
        <source>Saved in your own database; comparisons use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../app/ui/import_flow.py" line="44"/>
        <source>Imported: {name} (plan {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="46"/>
        <source>Already in the library: {name} (plan {id}); not imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="48"/>
        <source>Not imported: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="49"/>
        <source>Skipped: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="50"/>
        <source>Cancelled: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="79"/>
        <source>Importing plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="109"/>
        <source>Reading {name} ({i} of {n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="117"/>
        <source>Reading {name}: page {page} of {pages}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="159"/>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="222"/>
        <source>Import Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="223"/>
        <source>Plan documents ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="233"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_flow.py" line="232"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../app/ui/import_messages.py" line="19"/>
        <source>The file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="20"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="21"/>
        <source>The file is larger than the import size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="22"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="23"/>
        <source>This is not a text document (it may be a picture or a program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="24"/>
        <source>The text is in an encoding Plan Browser does not recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="25"/>
        <source>This kind of file cannot be imported; use .txt, .docx, .html or a PDF with text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="27"/>
        <source>The document is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="28"/>
        <source>The PDF is password-protected or forbids copying its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="29"/>
        <source>No readable text was found (a scanned document has pictures, not text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="31"/>
        <source>A component needed to read this format is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="32"/>
        <source>The plan could not be saved; your database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="33"/>
        <source>No plan structure (chapters, sections, 专栏 or indicator tables) was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="35"/>
        <source>The document is larger or slower to read than the import limits allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="37"/>
        <source>Reading was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="38"/>
        <source>Another Plan Browser is changing your database; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="41"/>
        <source>The file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_messages.py" line="46"/>
        <source>{name}: {headline}
    {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="34"/>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="42"/>
        <source>No plan structure (chapters, sections, 专栏 or indicator tables) was found. You can import it as unstructured text: it can be read and searched, but has no outline or tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="55"/>
        <source>not recognised: type the province or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="62"/>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="64"/>
        <source>not recognised: the file name is shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="65"/>
        <source>Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="67"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="68"/>
        <source>Plan period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="69"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="72"/>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="78"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="79"/>
        <source> (printed damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="80"/>
        <source>signed {date}{damaged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="82"/>
        <source>published on the web {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="87"/>
        <source>{fmt} file, {lines} lines: {chapters} chapters, {sections} sections, {boxes} 专栏, {indicators} indicator rows; {issues} problems found in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="108"/>
        <source>Reading report ({share} recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="110"/>
        <source>Indicator tables ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="111"/>
        <source>Problems in the source ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="118"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="118"/>
        <source>Import as Unstructured Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="123"/>
        <source>Skip This File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="68"/>
        <source>Year: {year}  Role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="73"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="73"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="73"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="74"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="74"/>
        <source>Unplaced values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="77"/>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="77"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="78"/>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="134"/>
        <location filename="../../app/ui/indicator_table_model.py" line="175"/>
        <source>Source line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="136"/>
        <source>Values whose column cannot be known from the source: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="165"/>
        <source>Not placed: the row has fewer values than columns (see Unplaced values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="166"/>
        <source>Not given in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="169"/>
        <source>Not given in the source (printed “{raw}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="171"/>
        <source>Five-year cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/indicator_table_model.py" line="173"/>
        <source>Comparator: {c}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTableView</name>
    <message>
        <location filename="../../app/ui/tabs.py" line="47"/>
        <source>Correct Indicator Match…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../app/ui/library_actions.py" line="82"/>
        <source>Only plans you imported can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="86"/>
        <source>Removed {label}. A backup was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="75"/>
        <location filename="../../app/ui/library_actions.py" line="91"/>
        <source>Remove Imported Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="69"/>
        <source>{label} was not removed: {reason}

Your library is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/library_actions.py" line="92"/>
        <source>Remove “{title}” ({label}) from your library?

The file you imported it from is not touched; a backup of your database is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Plan Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="71"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>Problems in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274"/>
        <source>{n} plans · {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Filter titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <source>Source: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source> · {k} imported by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>The interface language changes the next time Plan Browser starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369"/>
        <source> (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371"/>
        <source>About Plan Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <source>&lt;h3&gt;Plan Browser {version}&lt;/h3&gt;&lt;p&gt;Provincial HR and social security five-year plans, offline.&lt;/p&gt;&lt;p&gt;Plans in this library:&lt;br&gt;{plans}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="52"/>
        <source>Show &amp;Source Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="54"/>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="57"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="59"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="60"/>
        <source>Export &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="61"/>
        <source>&amp;Import Plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="63"/>
        <source>&amp;Remove Imported Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="65"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="66"/>
        <source>Open in &amp;New Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="68"/>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="70"/>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="72"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="74"/>
        <source>&amp;Compare Plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="76"/>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="77"/>
        <source>&amp;About Plan Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="85"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="91"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="92"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="97"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="102"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="103"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/ui/navigator.py" line="39"/>
        <source>主要指标 (indicator tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="117"/>
        <source>not given in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="120"/>
        <source>(printed damaged in the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="121"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="122"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="123"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="124"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="125"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="126"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="127"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="128"/>
        <source>Date signed (成文日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="129"/>
        <source>Date published (发布日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="130"/>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="131"/>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="134"/>
        <source>{c} chapters, {s} sections, {b} boxes, {i} indicator rows, {p} source problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="144"/>
        <source>Unknown province</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanChoice</name>
    <message>
        <location filename="../../app/ui/plan_choice.py" line="13"/>
        <source>{label} (imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../app/ui/tree_model.py" line="132"/>
        <source>{label} · imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tree_model.py" line="148"/>
        <source>{label}
Imported by you; kept in your own database, not the bundled library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tree_model.py" line="152"/>
        <source>{label} (source line {line})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/print_actions.py" line="52"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="83"/>
        <source>Nothing to print in this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="100"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="111"/>
        <location filename="../../app/ui/print_actions.py" line="120"/>
        <source>Export Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="117"/>
        <source>Open a plan&apos;s indicator tables to export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="159"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="159"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="177"/>
        <source>Export cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="194"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="202"/>
        <source>Could not write {path}:
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/print_actions.py" line="204"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsListModel</name>
    <message>
        <location filename="../../app/ui/problems_panel.py" line="31"/>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/problems_panel.py" line="31"/>
        <source>whole document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../app/ui/problems_panel.py" line="60"/>
        <source>{plan}: {n} problems found in the source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePairsModel</name>
    <message>
        <location filename="../../app/ui/compare_models.py" line="163"/>
        <source>(no such 专栏)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPanel</name>
    <message>
        <location filename="../../app/ui/reading_panel.py" line="29"/>
        <source>{share} of the lines in this file were recognised: {headings} headings, {paragraphs} paragraphs, {boxes} 专栏 with {items} items, {tables} indicator tables with {rows} rows; {aside} lines of page numbers, running headers, contents or site furniture were set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reading_panel.py" line="36"/>
        <source>{n} lines could not be placed; they are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reading_panel.py" line="42"/>
        <source>Every line was placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reading_panel.py" line="43"/>
        <source>Line {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reading_panel.py" line="46"/>
        <source>… and {n} more lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../app/ui/render_html.py" line="30"/>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/render_html.py" line="55"/>
        <source>No text under this heading in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/render_html.py" line="71"/>
        <source>Indicator table: {n} rows. Open it from the tree under 主要指标.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../app/ui/recovery.py" line="58"/>
        <source>Your plans database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="32"/>
        <source>There is no sound backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="36"/>
        <source>The backup of {when} holds {n} plans; newest import: {title}, {imported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="39"/>
        <source>The backup of {when} holds {n} plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="43"/>
        <source>Restoring it would lose: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="45"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="47"/>
        <source>Every plan in the damaged file is in this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="49"/>
        <source>The damaged file cannot be read, so anything changed after {when} would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="55"/>
        <source>The database holding the plans you imported and your corrections failed its check:
{detail}

{path}

{offer}

The damaged file will be kept (renamed) whatever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="62"/>
        <source>Restore Backup of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="64"/>
        <source>Start with an Empty Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="65"/>
        <source>Continue without My Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="74"/>
        <source>The search index is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="75"/>
        <source>The search index of your imported plans is damaged ({problem}): searches would miss them or fail.

Rebuild it from your plans now? Your plans are not changed, and a backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="97"/>
        <source>The damaged database was kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="113"/>
        <source>The search index could not be rebuilt: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="115"/>
        <source>The search index was rebuilt from your plans ({n} entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="127"/>
        <source>Your imported plans cannot be opened: {error}
The bundled plans are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery.py" line="132"/>
        <source>Plan Browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="96"/>
        <source>Search all plans (e.g. 就业, 社保)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="137"/>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="141"/>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="153"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="159"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="161"/>
        <source>First {n} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="163"/>
        <source>{n} matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <location filename="../../app/ui/tabs.py" line="106"/>
        <source>This plan has no indicator table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeFilter</name>
    <message>
        <location filename="../../app/ui/tree_filter.py" line="193"/>
        <source>Showing the first {n} matching titles; type more to narrow them, or use Search (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tree_filter.py" line="196"/>
        <source>No title contains “{text}”; Search (Ctrl+F) also looks in the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PairsModel</name>
    <message>
        <location filename="../../app/ui/compare_models.py" line="143"/>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
