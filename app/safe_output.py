"""Writing an output file the way a careful editor does.

`export -o` and `print -o` wrote a temporary file and renamed it over whatever the path
named: `-o /dev/full` reported success and turned the device into a regular file (as root,
damage to the machine), `-o /dev/stdout` replaced the link and printed nothing, and a
symbolic link to the real file lost its link. Here:

- a regular file (new or existing) is replaced atomically: the bytes go to a temporary file
  in the same folder, are synced to disk, and only then renamed over it, keeping its mode;
- a symbolic link is written through: its target is replaced, the link stays; a link to an
  open file (/dev/stdout to a file, /proc/self/fd/N) is written in place, since replacing
  the name would not reach the open file;
- a folder, device, named pipe or socket is refused with a sentence, before anything is written;
- success is reported only once the bytes (and the rename) are on disk.

The writers (PDF, Excel) write to a path `output_file` hands them; they may make temporary
files of their own beside it, inside a private folder next to the target. No Qt.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.file_kinds import kind_of_mode


class OutputRefused(Exception):
    """The output path cannot be written as asked; the message is for the user."""


def output_target(path: str | Path) -> Path:
    """The regular file that writing `path` should replace (links followed), or OutputRefused."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        target = Path(os.path.realpath(path))  # a new file, or a link to one not made yet
        if not target.parent.is_dir():
            raise OutputRefused(f"{path}: the folder {target.parent} does not exist") from None
        return target
    except OSError as exc:
        raise OutputRefused(f"{path}: cannot be written ({exc.strerror or exc})") from None
    kind = kind_of_mode(mode)
    if kind is not None:
        hint = ("; give a file's name" if kind == "a folder"
                else "; to write JSON or CSV to standard output, leave out -o")
        raise OutputRefused(f"{path} is {kind}, not a regular file: nothing was written there{hint}")
    return Path(os.path.realpath(path))


def _open_file_link(path: str | Path, target: Path) -> bool:
    """True for a link to an already open file (/dev/stdout, /proc/self/fd/1): its 'target'
    is no name one could rename over ('/tmp/#123 (deleted)', 'pipe:[…]')."""
    return str(target).startswith("/proc/") or (Path(path).is_symlink() and not target.exists())


class PendingOutput:
    """An output being written: write `temp`, then `commit()` (or `discard()`).

    For writers that cannot sit inside a with-block, such as the window's export, which
    writes on a worker thread and commits on the GUI thread once the worker is done.
    Refusals (a folder, a device, a missing folder) are raised here, before anything is written.
    """

    def __init__(self, path: str | Path):
        self.asked = path
        self.target = output_target(path)
        self.in_place = _open_file_link(path, self.target)
        where, prefix = (None, ".plan-browser-output-") if self.in_place else (self.target.parent,
                                                                                f".{self.target.name}.")
        try:
            self.folder = Path(tempfile.mkdtemp(prefix=prefix, suffix=".part", dir=where))
        except OSError as exc:
            raise OutputRefused(f"{path}: cannot be written in {self.target.parent} "
                                f"({exc.strerror or exc})") from None
        # an open file's 'target' is no real name ('pipe:[…]'): the writer sees the name asked for
        self.temp = self.folder / (Path(path).name if self.in_place else self.target.name)

    def commit(self) -> Path:
        """Put what was written in place; the target is untouched if this raises OutputRefused."""
        try:
            if not self.temp.is_file():
                raise OutputRefused(f"{self.asked}: nothing was written")
            if self.in_place:
                _copy_into(self.temp, self.asked)
            else:
                _commit(self.temp, self.target, self.asked)
        finally:
            self.discard()
        return self.target

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def output_file(path: str | Path) -> Iterator[Path]:
    """A temporary path to write; when the block ends without error, it replaces the target.

    On error or cancel nothing is left behind and the target is untouched.
    """
    pending = PendingOutput(path)
    try:
        try:
            yield pending.temp
        except OSError as exc:  # the writer's own words would name our temporary file
            raise OutputRefused(f"{path}: could not be written ({exc.strerror or exc}); "
                                f"the file there was left as it was") from None
        pending.commit()
    finally:
        pending.discard()


def _commit(temp: Path, target: Path, asked: str | Path) -> None:
    try:
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())  # the bytes are on disk before the name points at them
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temp, stat.S_IMODE(os.stat(target).st_mode))  # an existing file keeps its mode
        os.replace(temp, target)
        _sync_folder(target.parent)
    except OSError as exc:
        raise OutputRefused(f"{asked}: could not be written ({exc.strerror or exc}); "
                            f"the file there was left as it was") from None


def _copy_into(temp: Path, path: str | Path) -> None:
    """Copy the finished output into the open file `path` links to (/dev/stdout, a pipe)."""
    try:
        with open(temp, "rb") as source, open(path, "wb") as sink:
            shutil.copyfileobj(source, sink)
            sink.flush()
            with contextlib.suppress(OSError):  # a pipe or terminal cannot be synced
                os.fsync(sink.fileno())
    except OSError as exc:
        raise OutputRefused(f"{path}: could not be written ({exc.strerror or exc})") from None


@contextlib.contextmanager
def text_output(path: str | Path) -> Iterator:
    """A UTF-8 text stream that becomes the file `path` only once complete and on disk."""
    with output_file(path) as temp:
        try:
            with open(temp, "w", encoding="utf-8", newline="") as handle:
                yield handle
        except OSError as exc:
            raise OutputRefused(f"{path}: could not be written ({exc.strerror or exc}); "
                                f"the file there was left as it was") from None


def _sync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its rename is durable enough
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
