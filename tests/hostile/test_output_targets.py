"""Output written the way an editor writes it: a device, pipe or folder is refused in a sentence
and left as it was, a symbolic link is written through to its target, a regular file is
replaced whole. (Before, the temporary file was renamed over whatever the path named.)

The devices are made here (mknod, as root) rather than using /dev/full itself: on the code
before the fix these cases replace the node they are given.
"""
from __future__ import annotations

import importlib.util
import os
import stat
import zipfile

import pytest

from hostile_run import run_cli

pytest.importorskip("openpyxl")
needs_qt = pytest.mark.skipif(importlib.util.find_spec("PySide6") is None, reason="printing needs Qt")


def _xlsx(target, data_dir):
    return run_cli("export", "--format", "xlsx", "--plan", "3", "-o", str(target), data_dir=data_dir)


def _device(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    node = tmp_path / "full"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # what /dev/full is
    return node


def test_a_workbook_is_not_written_over_a_device(data_dir, tmp_path):
    node = _device(tmp_path)
    run = _xlsx(node, data_dir)
    run.sentence(1, "is a device, not a regular file", "nothing was written")
    run.bounded()
    assert stat.S_ISCHR(os.stat(node).st_mode)  # still the device


def test_a_workbook_is_not_written_over_a_named_pipe(data_dir, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = _xlsx(fifo, data_dir)
    run.sentence(1, "is a named pipe (FIFO)")
    run.bounded()
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_json_to_a_named_pipe_is_refused_instead_of_waiting_for_a_reader(data_dir, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = run_cli("export", "--format", "json", "-o", str(fifo), data_dir=data_dir, limit=20)
    run.sentence(1, "is a named pipe (FIFO)")
    run.bounded(seconds=15)


def test_standard_output_as_a_file_name_is_written_to_and_the_link_kept(data_dir, tmp_path):
    # /dev/stdout is a link to /proc/self/fd/1; a link of our own stands in for it (the fix
    # before this replaced the link itself and printed nothing). Standard output is a file here.
    stdout_link = tmp_path / "stdout"
    os.symlink("/proc/self/fd/1", stdout_link)
    with open(tmp_path / "captured.xlsx", "wb+") as captured:
        run = run_cli("export", "--format", "xlsx", "--plan", "3", "-o", str(stdout_link), data_dir=data_dir,
                      stdout=captured)
        run.sentence(0, "Wrote")
    run.bounded()
    assert stdout_link.is_symlink() and os.readlink(stdout_link) == "/proc/self/fd/1"
    assert zipfile.is_zipfile(tmp_path / "captured.xlsx")


def test_a_symbolic_link_is_written_through_to_its_target(data_dir, tmp_path):
    real = tmp_path / "reports" / "hunan.xlsx"
    real.parent.mkdir()
    real.write_bytes(b"old")
    os.chmod(real, 0o640)
    link = tmp_path / "latest.xlsx"
    os.symlink(real, link)
    run = _xlsx(link, data_dir)
    run.sentence(0, "Wrote")
    run.bounded()
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert zipfile.is_zipfile(real) and stat.S_IMODE(os.stat(real).st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "latest.xlsx", "reports"]  # no leftovers


def test_a_folder_is_refused_as_a_folder(data_dir, tmp_path):
    run = _xlsx(tmp_path, data_dir)
    run.sentence(1, "is a folder, not a regular file")
    run.bounded()


@needs_qt
def test_print_does_not_turn_a_device_into_a_file(data_dir, tmp_path):
    node = _device(tmp_path)
    run = run_cli("print", "--plan", "3", "-o", str(node), data_dir=data_dir)
    run.sentence(1, "is a device, not a regular file")
    run.bounded()
    assert stat.S_ISCHR(os.stat(node).st_mode)


@needs_qt
def test_print_writes_through_a_link(data_dir, tmp_path):
    real = tmp_path / "hunan.pdf"
    link = tmp_path / "print.pdf"
    os.symlink(real, link)  # dangling until the first print
    run = run_cli("print", "--plan", "3", "-o", str(link), data_dir=data_dir)
    run.sentence(0, "Wrote")
    run.bounded()
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")
