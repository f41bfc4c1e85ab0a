"""Saved web pages: structure found as in the plain text, page furniture and scripts dropped."""
import pytest

pytest.importorskip("bs4")

from formats_builders import SAMPLE, summary, to_html, to_text  # noqa: E402

from app.ingest import IngestError, parse_text  # noqa: E402
from app.ingest.formats import extract, extract_text  # noqa: E402


def test_clean_page_gives_exactly_the_text_stream():
    data = to_html(SAMPLE).encode("utf-8")
    assert extract_text(data, "plan.html") == to_text(SAMPLE)


def test_page_finds_chapters_box_and_indicator_rows():
    plan = parse_text(extract_text(to_html(SAMPLE).encode("utf-8"), "plan.html"))
    assert [c.title for c in plan.chapters] == ["发展环境和总体要求", "实施就业优先战略", "健全多层次社会保障体系"]
    assert [(b.no, b.kind) for b in plan.boxes] == [(1, "indicators"), (2, "programmes")]
    rows = {r.name: r for r in plan.indicators}
    assert [c.raw for c in rows["城镇新增就业人数"].cells] == ["[385]", "[350]"]
    assert rows["城镇调查失业率"].category == "就业" and rows["城镇调查失业率"].attribute == "预期性"
    assert rows["失业保险参保人数"].category == "社会保障"
    assert [i.agencies for i in plan.boxes[1].items][0] == ["省人力资源社会保障厅", "省教育厅"]


def test_noisy_government_page_has_the_same_structure_as_the_clean_text():
    """Navigation, breadcrumbs, share bar, footer, scripts, comments and hidden text go;
    the layout frame table does not glue the article onto one line.  The page's date stays,
    under the title: it is when the page was published, which the plan's own text may not say."""
    text = extract_text(to_html(SAMPLE, noisy=True).encode("utf-8"), "plan.htm")
    clean = to_text(SAMPLE).split("\n", 1)
    assert text == clean[0] + "\n发布时间：2021-08-26\n" + clean[1]
    for noise in ("首页", "互动交流", "分享到", "版权所有", "第九章", "第八章", "第七章", "alert"):
        assert noise not in text
    assert summary(parse_text(text)) == summary(parse_text(to_text(SAMPLE)))
    assert parse_text(text).meta.published_date == "2021-08-26"


@pytest.mark.parametrize("declared, encoding", [("gb2312", "gb18030"), ("GBK", "gbk"), ("utf-8", "utf-8")])
def test_declared_encodings(declared, encoding):
    # 堃 and 镕 are in GBK but not in GB2312: pages declaring gb2312 print them anyway.
    blocks = SAMPLE + [("p", "附：李堃、朱镕同志参与起草。")]
    data = to_html(blocks, charset=declared, noisy=True).encode(encoding)
    assert extract_text(data, "plan.html").endswith("附：李堃、朱镕同志参与起草。\n")


def test_page_resaved_as_utf8_with_old_gb2312_declaration():
    data = to_html(SAMPLE, charset="gb2312").encode("utf-8")
    assert extract_text(data, "plan.html") == to_text(SAMPLE)


def test_undeclared_gbk_page_is_detected():
    data = to_html(SAMPLE).replace('<meta charset="utf-8">', "").encode("gbk")
    assert extract_text(data, "plan.htm") == to_text(SAMPLE)


def test_merged_cells_appear_once_and_nested_blocks_stay_in_their_cell():
    page = """<html><body><div class="content"><p>专栏1 主要指标</p><table>
    <tr><th rowspan="2">指标</th><th colspan="2">目标</th><th rowspan="2">属性</th></tr>
    <tr><th>2020年</th><th>2025年</th></tr>
    <tr><td><p>1.城镇新增就业</p><p>人数（万人）</p></td><td>45.2</td><td>50</td><td>预期性</td></tr>
    </table><p>第一章 总则</p><p>第一行<br>第二行<br/>  第三行  </p></div></body></html>"""
    result = extract(page.encode("utf-8"), "t.html")
    lines = result.text.splitlines()
    # Positions a cell merged down covers stay empty, so each value stays under its heading.
    assert lines[1:4] == ["指标\t目标\t属性", "\t2020年\t2025年\t", "1.城镇新增就业人数（万人）\t45.2\t50\t预期性"]
    assert lines[-3:] == ["第一行", "第二行", "第三行"]
    plan = parse_text(result.text, grids=result.grids)
    assert [c.heading for c in plan.boxes[0].columns] == ["目标2020年", "目标2025年"]
    assert [(r.name, r.unit, [c.raw for c in r.cells], r.attribute) for r in plan.indicators] == [
        ("城镇新增就业人数", "万人", ["45.2", "50"], "预期性")]


def test_images_in_the_text_are_reported_not_silently_lost():
    page = '<html><body><p>第一章 总则</p><p><img src="table1.png">专栏1</p></body></html>'
    result = extract(page.encode("utf-8"), "t.html")
    assert "1 image(s)" in result.warnings[0]


@pytest.mark.parametrize("page", [
    "<html><head><script>document.write('第一章 总则');</script></head><body>"
    "<script src='app.js'></script><noscript>请启用脚本</noscript></body></html>",
    "<!DOCTYPE html><html><body><iframe src='content.html'></iframe></body></html>",
    "<html><body>   </body></html>",
])
def test_page_without_readable_text_is_refused(page):
    with pytest.raises(IngestError, match="no readable text.*script or in a frame"):
        extract_text(page.encode("utf-8"), "page.html")


def test_undecodable_page_is_refused_not_garbled():
    data = b"<html><head><meta charset='utf-8'></head><body>" + b"\x81\x20\xff\xfe" * 50 + b"</body></html>"
    with pytest.raises(IngestError, match="neither UTF-8 nor GB18030"):
        extract_text(data, "page.html")


def test_long_note_row_does_not_turn_a_data_table_into_a_layout_frame():
    note = "注：" + "本表数据来源于省统计局和省人力资源社会保障厅，部分指标为预计数。" * 20
    page = (f"<html><body><table><tr><th>指标</th><th>2025年</th></tr><tr><td>1.城镇新增就业（万人）</td>"
            f"<td>50</td></tr><tr><td colspan='2'>{note}</td></tr></table></body></html>")
    assert extract_text(page.encode("utf-8"), "t.html").splitlines() == [
        "指标\t2025年", "1.城镇新增就业（万人）\t50", note]


def test_layout_frame_with_a_long_article_cell_is_read_as_lines():
    article = "".join(f"<p>第{n}段。{'就业是最大的民生。' * 30}</p>" for n in range(3))
    page = f"<html><body><table><tr><td>首页</td><td>{article}</td></tr></table></body></html>"
    lines = extract_text(page.encode("utf-8"), "t.html").splitlines()
    assert len(lines) == 4 and "\t" not in "".join(lines)


def test_title_printed_above_the_content_is_kept_and_the_site_banner_is_not():
    title = "湖南省人民政府办公厅关于印发《湖南省“十四五”人力资源和社会保障事业发展规划》的通知"
    page = f"""<html><head><title>{title}_政府文件_湖南省人民政府门户网站</title></head><body>
    <header><h1>湖南省人民政府</h1></header>
    <article><header><h1>{title}</h1></header><div class="TRS_Editor"><p>第一章 总则</p>
    <p>就业是最大的民生。</p><p>第二章 任务</p></div></article></body></html>"""
    plan = parse_text(extract_text(page.encode("utf-8"), "t.html"))
    assert plan.text.splitlines()[0] == title
    assert "湖南省人民政府" not in plan.text.splitlines()
    assert plan.meta.province == "湖南省" and [c.no for c in plan.chapters] == [1, 2]
