"""Rows stay whole: read back with pdfplumber, every indicator row of every bundled plan is on one
page, its values on the line where its name starts, its name inside its own cell, and every page
with rows starts with the repeated header. A4 portrait and landscape."""
import pdfplumber
import pytest

from app.cli import main
from app.queries import indicator_tables, list_plans
from print_reading import compact

TOLERANCE = 2.0  # points: cells of one row start on one baseline


def printed_plans(engine, db_path, folder, landscape):
    extra = ["--landscape"] if landscape else []
    for plan in list_plans(engine):
        if not plan.indicators:
            continue
        pdf = folder / f"plan-{plan.id}-{'landscape' if landscape else 'portrait'}.pdf"
        assert main(["print", "--plan", str(plan.id), "--db", str(db_path), "-o", str(pdf), *extra]) == 0
        yield plan, pdf


def pages_of(pdf_path):
    """Per page: the drawn characters in drawing order (a cell's lines follow each other) and words."""
    with pdfplumber.open(pdf_path) as pdf:
        return [([c for c in page.chars if c["text"].strip()], page.extract_words()) for page in pdf.pages]


def occurrences(name, pages):
    """(page number, the name's characters) for each place the whole name is drawn on one page."""
    found, target = [], compact(name)
    for number, (chars, _words) in enumerate(pages):
        text = "".join(c["text"] for c in chars)
        start = text.find(target)
        while start >= 0:
            found.append((number, chars[start:start + len(target)]))
            start = text.find(target, start + 1)
    return found


def row_is_whole(row, pages):
    """Some drawing of the row's name has its values beside its first line and stays in its cell."""
    values = [str(row.seq)] if row.seq is not None else []
    values += [v for v in (row.unit, row.attribute) if v]
    values += ["—" if cell.kind == "missing" else cell.raw for cell in row.cells]
    for number, chars in occurrences(row.name, pages):
        top, words = chars[0]["top"], pages[number][1]
        beside = [w for w in words if abs(w["top"] - top) <= TOLERANCE]
        line = "".join(w["text"] for w in beside)
        if not all(compact(v) in line for v in values):
            continue
        unit = next((w for w in beside if w["text"] == row.unit and w["x0"] > chars[0]["x0"]), None)
        if unit is None or max(c["x1"] for c in chars) <= unit["x0"]:
            return True
    return False


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
def test_every_row_is_printed_whole_on_one_page(engine, db_path, tmp_path, landscape):
    checked = 0
    for plan, pdf in printed_plans(engine, db_path, tmp_path, landscape):
        pages = pages_of(pdf)
        for table in indicator_tables(engine, plan.id):
            for row in table.rows:
                assert row_is_whole(row, pages), (plan.province, table.label, row.seq, row.name)
                checked += 1
    assert checked > 100


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
def test_each_page_with_rows_starts_with_the_header(engine, db_path, tmp_path, landscape):
    for plan, pdf in printed_plans(engine, db_path, tmp_path, landscape):
        for number, (_chars, words) in enumerate(pages_of(pdf)):
            rows = [w for w in words if w["text"] in {"万人", "%", "万人次"}]
            if rows:
                header = [w for w in words if w["text"] == "序号"]
                assert header and header[0]["top"] < min(w["top"] for w in rows), (plan.province, number + 1)


def test_the_long_hunan_row_moves_to_the_next_page_with_the_header(engine, db_path, tmp_path):
    """Hunan 专栏2 row 13 used to start at the foot of page 1 and end on page 2."""
    plan = next(p for p in list_plans(engine) if p.province == "湖南省")
    pdf = tmp_path / "hunan.pdf"
    assert main(["print", "--plan", str(plan.id), "--db", str(db_path), "-o", str(pdf)]) == 0
    pages = pages_of(pdf)
    name = "其中：新增取得高级工以上职业资格证书或职业技能等级证书人数"
    [(number, chars)] = occurrences(name, pages)
    assert len({round(c["top"]) for c in chars}) == 2  # wrapped inside its cell, two lines
    header_top = next(w["top"] for w in pages[number][1] if w["text"] == "序号")
    assert header_top < chars[0]["top"]
