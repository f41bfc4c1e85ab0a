"""Word documents: body order, real Word tables, one-cell boxes, numbering and damaged files."""
import io

import pytest

docx = pytest.importorskip("docx")

from formats_builders import SAMPLE, summary, to_docx, to_text, zip_bytes  # noqa: E402

from app.ingest import IngestError, parse_text  # noqa: E402
from app.ingest.formats import extract, extract_text  # noqa: E402
from app.ingest.formats.docx_numbering import chinese_number, format_number  # noqa: E402


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_document_gives_exactly_the_text_stream():
    """Paragraphs and tables interleaved in body order; the merged category row printed once;
    the one-cell 专栏 box emitted as its paragraphs, not as a TAB row."""
    assert extract_text(to_docx(SAMPLE), "plan.docx") == to_text(SAMPLE)


def test_document_finds_chapters_box_and_indicator_cells():
    plan = parse_text(extract_text(to_docx(SAMPLE), "plan.docx"))
    assert summary(plan) == summary(parse_text(to_text(SAMPLE)))
    box = plan.boxes[0]
    assert [c.heading for c in box.columns] == ["2020年", "2025年"]
    assert [(r.category, r.seq, r.name, r.unit, [c.raw for c in r.cells], r.attribute) for r in box.rows] == [
        ("就业", 1, "城镇新增就业人数", "万人", ["[385]", "[350]"], "预期性"),
        ("就业", 2, "城镇调查失业率", "%", ["5.5", "<5.5"], "预期性"),
        ("社会保障", 3, "基本养老保险参保率", "%", ["90", "95"], "预期性"),
        ("社会保障", 4, "失业保险参保人数", "万人", ["640.87", "700"], "预期性")]
    assert [i.name for i in plan.boxes[1].items] == ["高校毕业生就业创业促进计划", "农民工职业技能提升计划"]


def test_vertically_merged_cell_is_not_repeated_and_cell_paragraphs_join():
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "就业"
    table.cell(0, 1).text = "1.城镇新增就业"
    table.cell(0, 1).add_paragraph("人数（万人）")
    table.cell(0, 2).text = "45"
    table.cell(1, 1).text = "2.失业率（%）"
    table.cell(1, 2).text = "5.5"
    table.cell(2, 0).text = "注"
    lines = extract_text(_save(document), "t.docx").splitlines()
    assert lines == ["就业\t1.城镇新增就业人数（万人）\t45", "\t2.失业率（%）\t5.5", "注\t\t"]


def test_line_breaks_tabs_and_deleted_text():
    document = docx.Document()
    paragraph = document.add_paragraph("第一章 总则")
    paragraph.add_run().add_break()
    paragraph.add_run("第一节 目标\t说明")
    lines = extract_text(_save(document), "t.docx").splitlines()
    assert lines == ["第一章 总则", "第一节 目标\t说明"]


def _numbered_document() -> bytes:
    """Chapter headings numbered by Word ('第一章' is not in the text), sections '（一）'."""
    from docx.oxml import parse_xml
    document = docx.Document()
    numbering = document.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.append(parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="77">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for level, text in [(0, "发展环境"), (1, "发展基础"), (1, "面临形势"), (0, "主要任务"),
                        (1, "促进就业"), (0, "保障措施")]:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'))
        document.add_paragraph("坚持就业优先战略，完善就业政策体系，确保就业形势总体稳定。")
    return _save(document)


def test_word_list_numbering_is_printed_so_chapters_are_found():
    text = extract_text(_numbered_document(), "numbered.docx")
    assert text.splitlines()[:5] == ["第一章 发展环境", "坚持就业优先战略，完善就业政策体系，确保就业形势总体稳定。",
                                     "（一）发展基础", "坚持就业优先战略，完善就业政策体系，确保就业形势总体稳定。",
                                     "（二）面临形势"]
    plan = parse_text(text)
    assert [(c.no, c.title) for c in plan.chapters] == [(1, "发展环境"), (2, "主要任务"), (3, "保障措施")]
    assert [s.title for s in plan.chapters[0].sections] == ["发展基础", "面临形势"]
    assert [s.no for s in plan.chapters[1].sections] == [1]  # the lower level restarts


@pytest.mark.parametrize("n, fmt, printed", [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (21, "chineseCountingThousand", "二十一"),
    (105, "chineseCounting", "一百零五"), (3, "decimalEnclosedCircle", "③"), (2, "ideographTraditional", "乙"),
    (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"), (7, "decimalZero", "07"), (12, "decimal", "12")])
def test_number_formats(n, fmt, printed):
    assert format_number(n, fmt) == printed
    assert chinese_number(110) == "一百一十"


def test_pictures_are_reported():
    from docx.shared import Pt
    png = _tiny_png()
    document = docx.Document()
    document.add_paragraph("第一章 总则")
    document.add_picture(io.BytesIO(png), width=Pt(20))
    result = extract(_save(document), "t.docx")
    assert result.text == "第一章 总则\n" and "1 picture(s)" in result.warnings[0]


def _tiny_png() -> bytes:
    from PIL import Image
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


_zip = zip_bytes


@pytest.mark.parametrize("data, message", [
    (_zip({"data.csv": "a,b\n1,2\n"}), "ZIP archive but not a Word document"),
    (None, "damaged or incomplete"),  # truncated: filled in below
    (b"PK\x03\x04" + b"\x00" * 64, "damaged or incomplete"),
    (_zip({"word/document.xml": "<w:document><w:body>", "[Content_Types].xml": "<Types/>"}),
     "damaged and cannot be read"),
    (b"", "empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "old-style Word"),
    ("第一章 总则\n这是纯文本。".encode(), "not a Word .docx file"),
])
def test_damaged_or_wrong_files_raise_ingest_error(data, message):
    if data is None:
        whole = to_docx(SAMPLE)
        data = whole[: len(whole) // 2]
    with pytest.raises(IngestError, match=message) as raised:
        extract_text(data, "plan.docx")
    assert str(raised.value).count("plan.docx") == 1  # one plain sentence, not a wrapped one


def test_corrupt_member_is_reported():
    whole = bytearray(to_docx(SAMPLE))
    at = bytes(whole).find(b"word/document.xml") + 60  # inside the compressed document part
    whole[at:at + 40] = b"\x00" * 40
    with pytest.raises(IngestError, match="damaged"):
        extract_text(bytes(whole), "plan.docx")


def test_long_note_row_keeps_the_table_a_data_table():
    note = "注：" + "本表数据来源于省统计局和省人力资源社会保障厅，部分指标为预计数。" * 20
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "2025年"
    table.cell(1, 0).text, table.cell(1, 1).text = "1.城镇新增就业（万人）", "50"
    table.cell(2, 0).merge(table.cell(2, 1)).text = note
    assert extract_text(_save(document), "t.docx").splitlines() == [
        "指标\t2025年", "1.城镇新增就业（万人）\t50", note]
