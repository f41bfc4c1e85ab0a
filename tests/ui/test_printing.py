"""Printouts and workbooks, read back the way users' own tools read them."""
import csv
import io
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.queries import indicator_tables, list_plans
from helpers import open_path

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def plan_id(engine, province):
    return next(p.id for p in list_plans(engine) if p.province == province)


@needs_poppler
def test_pdf_holds_every_indicator_name_and_value_with_an_embedded_chinese_font(db_path, engine, tmp_path):
    pdf = tmp_path / "hubei.pdf"
    assert main(["print", "--plan", str(plan_id(engine, "湖北省")), "--db", str(db_path), "-o", str(pdf)]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    compact = "".join(text.split())
    for table in indicator_tables(engine, plan_id(engine, "湖北省")):
        for row in table.rows:
            assert row.name in compact
            for cell in row.cells:
                assert cell.raw in compact
            for value in row.unplaced:
                assert value.raw in compact  # unplaced values are printed too, in their own column
    assert "第1页共2页" in compact
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert any(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts  # embedded


@needs_poppler
def test_comparison_prints_both_plans(db_path, engine, tmp_path):
    pdf = tmp_path / "cmp.pdf"
    ids = [str(plan_id(engine, p)) for p in ("黑龙江省", "湖南省")]
    assert main(["print", "--compare", *ids, "--db", str(db_path), "-o", str(pdf), "--landscape"]) == 0
    text = "".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "失业保险参保人数" in text and "未列此指标" in text


def test_unwritable_pdf_says_why_and_leaves_nothing(db_path, engine, tmp_path, capsys):
    target = tmp_path / "missing-folder" / "x.pdf"
    assert main(["print", "--plan", "1", "--db", str(db_path), "-o", str(target)]) == 1
    assert "does not exist" in capsys.readouterr().err and not target.parent.exists()


def test_workbook_has_numbers_as_numbers_and_raw_text_beside(db_path, engine, tmp_path):
    xlsx = tmp_path / "hunan.xlsx"
    assert main(["export", "--format", "xlsx", "--plan", str(plan_id(engine, "湖南省")), "--db", str(db_path),
                 "-o", str(xlsx)]) == 0
    book = load_workbook(xlsx)
    assert book.sheetnames == ["专栏1", "专栏2", "来源"]
    sheet = book["专栏2"]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["类别", "序号", "指标", "单位", "2020年", "2020年（原文）"]
    rows = {r[2]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    jobs = rows["城镇新增就业人数"]
    assert jobs[4] == 385 and jobs[6] is None and jobs[7] == "[>325]"  # a bound is not a plain number
    survey = rows["城镇调查失业率"]
    assert survey[4] == 5.8 and survey[7] == "<5.5"
    assert sheet.freeze_panes == "A2"


def test_print_preview_shows_the_same_pages(window, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    open_path(window, "湖北省", "湖北省", "主要指标")
    dialog = window.printing.print_preview(exec_dialog=False)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == 2
    dialog.close()


def test_export_from_the_window_runs_in_the_background(window, qtbot, tmp_path):
    open_path(window, "辽宁省", "辽宁省", "主要指标")
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    with qtbot.waitSignal(window.printing.export_pdf(str(tmp_path / "a.pdf")).finished, timeout=20000) as pdf:
        pass
    assert pdf.args[0].stat().st_size > 10_000
    with qtbot.waitSignal(window.printing.export_excel(str(tmp_path / "a.xlsx")).finished, timeout=20000) as x:
        pass
    assert load_workbook(x.args[0]).sheetnames[0] == "专栏1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "a.xlsx"]  # no temporary files left


def test_cancelled_export_saves_nothing(window, qtbot, tmp_path):
    open_path(window, "湖北省", "湖北省", "主要指标")
    job = window.printing.export_pdf(str(tmp_path / "b.pdf"))
    job.cancel()
    qtbot.wait(1500)  # let the background writer finish; its result must be dropped
    assert not (tmp_path / "b.pdf").exists() and not list(tmp_path.glob("*.part"))


def test_export_into_a_missing_folder_says_why(window, qtbot, tmp_path):
    open_path(window, "湖北省", "湖北省", "主要指标")
    job = window.printing.export_pdf(str(tmp_path / "nope" / "c.pdf"))
    assert "does not exist" in job.error or "不存在" in job.error
    job.message.close()



def test_window_export_writes_through_a_link_and_keeps_it(window, qtbot, tmp_path):
    """The window writes as the command line does (app.safe_output): a link to the
    official's shared file stays a link, and the file it names gets the workbook."""
    open_path(window, "辽宁省", "辽宁省", "主要指标")
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "指标.xlsx"
    real.write_bytes(b"old")
    link = tmp_path / "link.xlsx"
    link.symlink_to(real)
    with qtbot.waitSignal(window.printing.export_excel(str(link)).finished, timeout=20000):
        pass
    assert link.is_symlink() and link.resolve() == real
    assert load_workbook(real).sheetnames[0] == "专栏1"
    assert sorted(p.name for p in shared.iterdir()) == ["指标.xlsx"]  # no temporary folder left beside it


def test_window_export_onto_a_folder_is_refused_and_writes_nothing(window, qtbot, tmp_path):
    open_path(window, "湖北省", "湖北省", "主要指标")
    exports = tmp_path / "exports"
    folder = exports / "a folder.pdf"
    folder.mkdir(parents=True)
    job = window.printing.export_pdf(str(folder))
    assert "is a folder" in job.error and "nothing was written" in job.error
    job.message.close()
    assert folder.is_dir() and list(folder.iterdir()) == [] and list(exports.iterdir()) == [folder]


@needs_poppler
def test_charts_go_into_the_pdf_when_asked(db_path, engine, tmp_path):
    pdf = tmp_path / "charts.pdf"
    assert main(["print", "--plan", str(plan_id(engine, "湖南省")), "--with-charts", "--db", str(db_path),
                 "-o", str(pdf)]) == 0
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert len(images) == 5  # one chart per unit: 万人, %, 万人次, 亿元, 人


def test_comparison_exports_as_csv_and_xlsx(db_path, engine, tmp_path):
    ids = [str(plan_id(engine, p)) for p in ("黑龙江省", "湖南省", "湖北省")]
    csv_path, xlsx = tmp_path / "c.csv", tmp_path / "c.xlsx"
    assert main(["export", "--format", "csv", "--compare", *ids, "--db", str(db_path), "-o", str(csv_path)]) == 0
    text = csv_path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") and not text.startswith(b"\xef\xbb\xbf" * 2)  # one BOM, for Excel
    lines = list(csv.DictReader(io.StringIO(text.decode("utf-8-sig"))))
    target = next(line for line in lines if line["标准指标键"] == "unemployment_insured" and line["规划"] == "湖南省"
                  and line["类型"] == "目标" and line["时期"] == "十四五")
    assert (target["原文"], target["数值"], target["单位"]) == ("745", "745", "万人")
    assert target["原文行号"].isdigit()  # every value traceable to its line
    assert any(line["原文"] == "未列此指标" for line in lines)  # a plan lacking a row says so, not blank
    assert main(["export", "--format", "xlsx", "--compare", *ids, "--db", str(db_path), "-o", str(xlsx)]) == 0
    book = load_workbook(xlsx)
    assert book.sheetnames == ["1 十四五 规划目标", "2 十三五 完成情况", "明细", "来源"]
    rows = list(book["1 十四五 规划目标"].iter_rows(values_only=True))
    unemployment = next(r for r in rows if r[0] == "失业保险参保人数")
    assert unemployment[1:4] == ("326.2 → 330\n约束性", "641 → 745\n约束性", "651 → 680\n约束")  # as printed
    assert unemployment[-1] == "目标：最高 湖南省 745，最低 黑龙江省 330，相差 415 万人（+125.8%）"
    numbers = [r for r in book["明细"].iter_rows(values_only=True) if r[3] == "unemployment_insured"]
    assert any(r[9] == 745 for r in numbers)  # a number as a number, for sums and charts in Excel
    assert main(["export", "--format", "csv", "--compare", ids[0], "--db", str(db_path), "-o", str(csv_path)]) == 1


def test_print_preview_remembers_the_page_setup(window, qtbot):
    from PySide6.QtGui import QPageLayout, QPageSize
    open_path(window, "湖北省", "湖北省", "主要指标")
    dialog = window.printing.print_preview(exec_dialog=False)
    qtbot.addWidget(dialog)
    printer = dialog.printer()
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog.open()
    dialog.reject()
    again = window.printing.print_preview(exec_dialog=False)
    qtbot.addWidget(again)
    layout = again.printer().pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A3
    assert layout.orientation() == QPageLayout.Orientation.Landscape
