"""Terminal escapes, line breaks and NUL bytes in an imported document: never printed raw, never
stored; the source file keeps them. (Before, `list` printed an imported title's escape
sequences to the terminal, and NUL bytes from the text were stored.)"""
from __future__ import annotations

import sqlite3

from hostile_run import SOURCES, digest, run_cli

_ESCAPES = "\x1b[2J\x1b]0;owned\x07\x1b[31m"


def _hostile_copy(tmp_path):
    text = (SOURCES / "002_89552002aea7bd13.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    lines[0] = _ESCAPES + lines[0] + "\x9b1;1H"  # the title line, with C0 and C1 escapes
    middle = len(lines) // 2
    lines[middle] = lines[middle][:5] + "\x00\x00" + lines[middle][5:]  # NULs well past the first 8 KB
    path = tmp_path / "escapes.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stored_texts(db) -> str:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT coalesce(title, '') || source_text FROM plan").fetchall()
        rows += conn.execute("SELECT text FROM paragraph").fetchall()
    finally:
        conn.close()
    return "".join(r[0] or "" for r in rows)


def test_escapes_and_nul_bytes_are_neither_printed_nor_stored(data_dir, tmp_path):
    path = _hostile_copy(tmp_path)
    original = digest(path)
    imported = run_cli("import", str(path), data_dir=data_dir)
    imported.sentence(0, out="imported as plan")
    imported.bounded()
    stored = _stored_texts(data_dir / "user.sqlite")
    assert "\x00" not in stored and "\x1b" not in stored and "\x9b" not in stored
    assert "人力资源和社会保障" in stored  # the text itself is kept
    listing = run_cli("list", data_dir=data_dir)
    listing.sentence(0)
    assert "\x1b" not in listing.out and "\x07" not in listing.out and "\x9b" not in listing.out
    assert digest(path) == original  # the source file keeps what it had


def test_a_title_given_on_the_command_line_cannot_break_the_listing(data_dir, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes((SOURCES / "002_89552002aea7bd13.txt").read_bytes() + b"\n")
    run = run_cli("import", str(path), "--title", "第一行\n999\t假省\t十四五\t假规划\x1b[2J", data_dir=data_dir)
    run.sentence(0, out="imported as plan")
    listing = run_cli("list", data_dir=data_dir)
    listing.sentence(0)
    rows = [line for line in listing.out.splitlines() if line.startswith("10000")]
    assert len(rows) == 1 and rows[0].count("\t") == 3  # one plan, one line, four fields
    assert "\x1b" not in listing.out and not any(line.startswith("999") for line in listing.out.splitlines())
