"""Every error a user can cause is one sentence and exit status 1 (2 for a usage error), never
a traceback; a bundled database is never imported into; messages say what really happened."""
from __future__ import annotations

import importlib.util
import os
import random

import pytest

from hostile_run import BUNDLED, copy_of, digest, received, run_cli

needs_qt = pytest.mark.skipif(importlib.util.find_spec("PySide6") is None, reason="the self-test needs Qt")


# -- 3. the bundled role ------------------------------------------------------------------
def test_an_import_into_a_copy_of_the_bundled_database_is_refused(data_dir, tmp_path):
    # Before: stored as "plan 6", in the bundled id range.
    bundled = copy_of(BUNDLED, tmp_path, "plans.sqlite")
    before = digest(bundled)
    run = run_cli("import", "--db", str(bundled), str(received(tmp_path)), data_dir=data_dir)
    run.sentence(1, "is a bundled plan database", "leave out --db")
    run.bounded()
    assert digest(bundled) == before


# -- 4. tracebacks instead of sentences ---------------------------------------------------------
def _damage(db, how: str) -> None:
    data = bytearray(db.read_bytes())
    if how == "text":
        db.write_text("these are my notes, not a database\n" * 50, encoding="utf-8")
    elif how == "truncated":
        db.write_bytes(bytes(data[: len(data) // 3]))
    else:  # one page (the third) overwritten with random bytes
        rng = random.Random(18)
        data[8192:12288] = bytes(rng.randrange(256) for _ in range(4096))
        db.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["text", "truncated", "random page"])
def test_import_into_a_damaged_user_database_says_so_and_keeps_the_file(how, library_of_two, data_dir, tmp_path):
    _damage(library_of_two, how)
    before = digest(library_of_two)
    run = run_cli("import", str(received(tmp_path, 1)), data_dir=data_dir)
    run.sentence(1, "is damaged", "nothing was imported", "restore a backup")
    run.bounded()
    assert digest(library_of_two) == before  # the damaged file is the user's: never touched


def test_a_folder_as_the_database_is_named_a_folder(data_dir, tmp_path):
    run = run_cli("import", "--db", str(tmp_path), str(received(tmp_path)), data_dir=data_dir)
    run.sentence(1, "is a folder, not a database file")
    run.bounded()


def test_a_named_pipe_as_the_database_is_named_a_pipe(data_dir, tmp_path):
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    for argv in (["import", "--db", str(fifo), str(received(tmp_path))], ["list", "--db", str(fifo)]):
        run = run_cli(*argv, data_dir=data_dir, limit=20)
        run.sentence(1, "is a named pipe (FIFO), not a database file")
        run.bounded(seconds=15)


@pytest.mark.parametrize("size", ["nan", "inf", "1e400", "-5", "0"])
def test_an_impossible_size_limit_is_a_usage_error(size, data_dir, tmp_path):
    # Before: nan, inf and 1e400 were tracebacks, and -5 was accepted.
    run = run_cli("import", "--max-size", size, str(received(tmp_path)), data_dir=data_dir)
    run.sentence(2, "--max-size")
    run.bounded()
    assert not (data_dir / "user.sqlite").exists()


def test_export_with_standard_output_closed_says_so(data_dir):
    run = run_cli("export", "--format", "json", data_dir=data_dir, stdout="closed")
    run.sentence(1, "standard output is closed")
    run.bounded()


@needs_qt
def test_the_self_test_fails_while_the_user_database_is_damaged(library_of_two, data_dir):
    _damage(library_of_two, "random page")
    run = run_cli("--selftest", data_dir=data_dir, limit=120)
    run.sentence(1, "the installation works, but", "is damaged")
    run.bounded(seconds=90)


# -- 10. messages that say what really happened --------------------------------------------
def test_a_named_pipe_to_import_is_a_pipe_not_a_folder(data_dir, tmp_path):
    fifo = tmp_path / "plan.txt"
    os.mkfifo(fifo)
    run = run_cli("import", str(fifo), data_dir=data_dir, limit=20)
    err = run.sentence(1, "plan.txt: this is a named pipe (FIFO), not a file")
    assert "folder" not in err
    run.bounded(seconds=15)


def test_a_link_to_dev_zero_is_a_device_not_a_folder(data_dir, tmp_path):
    link = tmp_path / "zero.txt"
    os.symlink("/dev/zero", link)
    run = run_cli("import", str(link), data_dir=data_dir, limit=20)
    err = run.sentence(1, "zero.txt: this is a device, not a file")
    assert "folder" not in err
    run.bounded(seconds=15)


def test_a_bad_byte_is_reported_where_it_is(data_dir, tmp_path):
    text = "湖南省“十四五”人力资源和社会保障事业发展规划\n第一章 总体要求\n".encode()
    position = len(text) + 6
    path = tmp_path / "bad-byte.txt"
    path.write_bytes(text + "坚持就业".encode()[:6] + b"\xff" + "优先。\n".encode() * 3)
    run = run_cli("import", str(path), data_dir=data_dir)
    run.sentence(1, f"byte 0xFF at byte {position:,} (line 3)")
    run.bounded()


def test_a_bad_byte_after_a_utf8_bom_is_counted_from_the_start_of_the_file(data_dir, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "第一章 总体要求\n".encode() + b"\xff\n")
    position = 3 + len("第一章 总体要求\n".encode())
    run = run_cli("import", str(path), data_dir=data_dir)
    run.sentence(1, f"byte 0xFF at byte {position:,} (line 2)")
    run.bounded()


def test_a_damaged_word_file_is_explained_without_internal_names(data_dir, tmp_path):
    # A package without its relationships part: python-docx raises KeyError, which was shown
    # as "(KeyError: \"no relationship of type 'http://schemas…'\")".
    import io
    import zipfile
    from hostile_files import docx_with_body
    whole = zipfile.ZipFile(io.BytesIO(docx_with_body("<w:p><w:r><w:t>第一章 总体要求</w:t></w:r></w:p>")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in whole.infolist():
            if info.filename != "_rels/.rels":
                archive.writestr(info, whole.read(info))
    path = tmp_path / "damaged.docx"
    path.write_bytes(buffer.getvalue())
    run = run_cli("import", str(path), data_dir=data_dir)
    err = run.sentence(1, "damaged.docx", "damaged")
    for internal in ("KeyError", "schemas.openxmlformats", "relationship", "Error:"):
        assert internal not in err
    run.bounded()
