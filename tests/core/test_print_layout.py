"""Printing's Qt-free parts: page breaks between table rows, and the PDF text-layer map."""
from app.report.pdf_text_layer import parse_to_unicode, unified_text, write_to_unicode
from app.report.table_split import break_before_row, table_count

HEAD = "<h2>专栏1</h2><table width='100%'><thead><tr><th>指标</th></tr></thead><tbody>"
ROWS = "<tr class='cat'><td>就业</td></tr><tr><td>城镇新增就业人数</td></tr><tr><td>城镇调查失业率</td></tr>"
TABLE = HEAD + ROWS + "</tbody></table>"


def test_a_break_starts_a_new_table_on_a_new_page_with_the_header_repeated():
    result = break_before_row(TABLE, 0, 3, header_rows=1)
    assert table_count(result) == 2
    first, second = result.split("</table>")[:2]
    assert "城镇新增就业人数" in first and "城镇调查失业率" not in first
    assert second.startswith("<table style='page-break-before: always' width='100%'><thead><tr><th>指标</th>")
    assert "城镇调查失业率" in second


def test_a_category_row_moves_with_the_row_below_it_and_a_heading_with_its_table():
    result = break_before_row(TABLE, 0, 2, header_rows=1)  # row 2's category heads it: the whole table moves
    assert table_count(result) == 1
    assert result.startswith("<h2 style='page-break-before: always'>专栏1</h2>")


def test_a_table_without_header_or_body_sections_splits_too():
    html = '<table border="0" style="margin: 0;"><tr><td>01 项目</td></tr><tr><td>02 项目</td></tr></table>'
    result = break_before_row(html, 0, 1, header_rows=0)
    assert result == ('<table border="0" style="margin: 0;"><tr><td>01 项目</td></tr></table>'
                      '<table border="0" style="page-break-before: always; margin: 0;">'
                      '<tr><td>02 项目</td></tr></table>')


def test_to_unicode_maps_round_trip_and_radicals_become_ideographs():
    mapping = {1: "\u2f08", 2: "7", 3: "\u2ea0", 0x1F: "ab"}
    assert parse_to_unicode(write_to_unicode(mapping)) == mapping
    assert unified_text("居\u2ea0\u2f17四五") == "居民十四五"
    ranges = (b"1 beginbfrange\n<0005> <0007> <0031>\n<0010> <0011> [<2F08> <4E00>]\nendbfrange\n")
    assert parse_to_unicode(ranges) == {5: "1", 6: "2", 7: "3", 0x10: "\u2f08", 0x11: "一"}
