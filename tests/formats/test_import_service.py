"""Importing files the way the window and `plan-browser import` do: each format lands in the
user's database with the same structure and indicator cells as the plain text; every bad
input is refused with its reason, and the user's database is left exactly as it was."""
import hashlib
import io
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("docx")
pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

from formats_builders import SAMPLE, to_docx, to_html, to_pdf, to_text  # noqa: E402

from app.db import open_readonly  # noqa: E402
from app.db.imports import ImportRefused, read_candidate, save_candidate  # noqa: E402
from app.db.library import USER_ID_BASE, Library  # noqa: E402
from app.db.userdb import list_backups, open_user_database  # noqa: E402
from app.queries import indicator_tables, list_plans, plan_structure, search  # noqa: E402

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "plans.sqlite"


@pytest.fixture
def library(tmp_path):
    user_path = tmp_path / "user.sqlite"
    lib = Library(open_readonly(BUNDLED), open_user_database(user_path))
    lib.user_path = user_path  # for the tests' convenience only
    return lib


def _import(library, path: Path, **corrections) -> int:
    candidate = read_candidate(path, library)
    return save_candidate(library.user, library.user_path, candidate, **corrections).plan_id


def _cells(library, plan_id):
    return [(t.title, [(r.name, r.unit, [(c.column, c.raw, c.value) for c in r.cells]) for r in t.rows])
            for t in indicator_tables(library, plan_id)]


def _outline(library, plan_id):
    structure = plan_structure(library, plan_id)
    return [(c.label, [s.label for s in c.sections]) for c in structure.chapters], len(structure.boxes)


FORMATS = {
    "plan-utf8.txt": lambda: to_text(SAMPLE).encode("utf-8"),
    "plan-bom.txt": lambda: b"\xef\xbb\xbf" + to_text(SAMPLE).encode("utf-8"),
    "plan-gb18030.txt": lambda: to_text(SAMPLE).encode("gb18030"),
    "plan-utf16.txt": lambda: to_text(SAMPLE).encode("utf-16"),
    "plan.docx": lambda: to_docx(SAMPLE),
    "plan.html": lambda: to_html(SAMPLE, charset="gbk", noisy=True).encode("gbk"),
    "plan.pdf": lambda: to_pdf(SAMPLE),
}


def test_every_format_imports_with_the_structure_and_cells_of_the_plain_text(library, tmp_path):
    ids = {}
    for name, build in FORMATS.items():
        path = tmp_path / name
        path.write_bytes(build())
        ids[name] = _import(library, path)
    reference = ids["plan-utf8.txt"]
    expected_cells, expected_outline = _cells(library, reference), _outline(library, reference)
    assert sum(len(rows) for _, rows in expected_cells) == 4
    assert expected_outline[0][0] == ("一、发展环境和总体要求", ["（一）发展环境", "（二）主要目标"])
    for name, plan_id in ids.items():
        assert plan_id >= USER_ID_BASE
        assert _cells(library, plan_id) == expected_cells, name
        assert _outline(library, plan_id) == expected_outline, name
    # All seven are in the library beside the five bundled plans, and searchable.
    assert len(list_plans(library)) == 5 + len(FORMATS)
    hits = {hit.plan_id for hit in search(library, "高校毕业生就业创业促进计划", limit=100)}
    assert set(ids.values()) <= hits


def test_importing_the_same_bytes_again_finds_the_stored_plan(library, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(to_text(SAMPLE), encoding="utf-8")
    plan_id = _import(library, path)
    again = tmp_path / "renamed copy.txt"
    again.write_bytes(path.read_bytes())
    assert read_candidate(again, library).existing_plan_id == plan_id
    bundled = BUNDLED.parent / "sources" / "002_89552002aea7bd13.txt"
    assert read_candidate(bundled, library).existing_plan_id == 3  # the bundled Hunan plan


def test_corrected_metadata_is_what_the_library_shows(library, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(to_text(SAMPLE), encoding="utf-8")
    plan_id = _import(library, path, province="长沙市", period="十五五", title="长沙市规划（征求意见稿）")
    plan = next(p for p in list_plans(library) if p.id == plan_id)
    assert (plan.province, plan.period, plan.years, plan.title) == ("长沙市", "十五五", (2026, 2030),
                                                                     "长沙市规划（征求意见稿）")
    assert not plan.bundled


def _truncated_docx() -> bytes:
    whole = to_docx(SAMPLE)
    return whole[: len(whole) // 2]


def _zip_without_word() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    return buffer.getvalue()


def _png() -> bytes:
    from PIL import Image
    buffer = io.BytesIO()
    Image.new("RGB", (60, 60), "white").save(buffer, "PNG")
    return buffer.getvalue()


def _scanned_pdf() -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(io.BytesIO(_png())), 40, 60, width=515, height=740)
    pdf.save()
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt="secret")
    pdf.drawString(72, 760, "Chapter 1")
    pdf.save()
    return buffer.getvalue()


BAD_INPUTS = [
    ("empty.txt", lambda: b"", "empty"),
    ("spaces.txt", lambda: b" \n\t\n", "empty"),
    ("program.txt", lambda: bytes(range(256)) * 40, "binary"),
    ("photo.png", _png, "unsupported"),
    ("photo-renamed.docx", _png, "unsupported"),
    ("old-word.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "unsupported"),
    ("truncated.docx", _truncated_docx, "damaged"),
    ("archive.docx", _zip_without_word, "unsupported"),
    ("text-renamed.docx", lambda: to_text(SAMPLE).encode("utf-8"), "damaged"),
    ("scanned.pdf", _scanned_pdf, "no_text"),
    ("locked.pdf", _encrypted_pdf, "encrypted"),
    ("truncated.pdf", lambda: to_pdf(SAMPLE)[:2000], "damaged"),
    ("latin1.txt", lambda: "Caf\xe9 \xe0 la cr\xe8me".encode("latin-1") * 50, "encoding"),
]


@pytest.mark.parametrize("name, build, kind", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_refused_with_its_reason_and_the_database_is_untouched(library, tmp_path, name, build, kind):
    before = hashlib.sha256(library.user_path.read_bytes()).hexdigest()
    path = tmp_path / name
    path.write_bytes(build())
    with pytest.raises(ImportRefused) as refused:
        read_candidate(path, library)
    assert refused.value.kind == kind and name in str(refused.value)
    assert hashlib.sha256(library.user_path.read_bytes()).hexdigest() == before
    assert len(list_plans(library)) == 5


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(library, tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:  # sparse: 60 MB on paper, nothing written
        handle.truncate(60_000_000)
    with pytest.raises(ImportRefused, match="60.0 MB, over the 50 MB limit") as refused:
        read_candidate(path, library)
    assert refused.value.kind == "too_large"
    with pytest.raises(ImportRefused, match="over the 0.001 MB limit"):
        read_candidate(tmp_path / "big.txt", library, max_bytes=1000)


def test_missing_file_and_folder_are_refused_plainly(library, tmp_path):
    with pytest.raises(ImportRefused, match="no such file") as missing:
        read_candidate(tmp_path / "gone.txt", library)
    assert missing.value.kind == "not_found"
    with pytest.raises(ImportRefused, match="folder") as folder:
        read_candidate(tmp_path, library)
    assert folder.value.kind == "unreadable"


def test_html_scripts_and_navigation_are_not_imported_as_plan_text(library, tmp_path):
    page = to_html(SAMPLE).replace(
        "<body>", "<body><script>document.write('第九章 恶意脚本')</script><nav>首页 | 政务公开 | 第八章 导航</nav>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    plan_id = _import(library, path)
    assert [c.label for c in plan_structure(library, plan_id).chapters][:2] == [
        "一、发展环境和总体要求", "二、实施就业优先战略"]
    assert not search(library, "恶意脚本")


def test_text_without_plan_structure_needs_the_users_yes(library, tmp_path):
    path = tmp_path / "会议纪要.txt"
    path.write_text("关于就业工作的会议纪要\n会议讨论了高校毕业生就业。\n下一步加强职业培训。\n", encoding="utf-8")
    candidate = read_candidate(path, library)
    assert not candidate.structured
    with pytest.raises(ImportRefused) as refused:
        save_candidate(library.user, library.user_path, candidate)
    assert refused.value.kind == "no_structure" and len(list_plans(library)) == 5
    plan_id = save_candidate(library.user, library.user_path, candidate, allow_unstructured=True).plan_id
    assert [hit.plan_id for hit in search(library, "下一步加强职业培训")] == [plan_id]


def test_each_import_is_preceded_and_followed_by_a_backup(library, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(to_text(SAMPLE), encoding="utf-8")
    _import(library, path)
    after, before = list_backups(library.user_path)  # newest first
    assert "after-import" in after.name and "before-import" in before.name
    assert list_plans(open_readonly(before)) == []  # the state before the import
    assert [plan.source_file for plan in list_plans(open_readonly(after))] == ["plan.txt"]  # and after it
