"""The first step of an import: read and parse one file, within its budgets, writing nothing.

What may be read is decided before it is read: a named pipe or a device is refused by what
it is (opening a FIFO waits forever, /dev/zero never ends), a file over the size limit by its
size, and a binary file by its first 64 KB (a 1 GiB file of NUL bytes was read and decoded
whole before). The rest (extracting, counting, parsing) runs under one Budget
(app.ingest.budget): limits on time, memory, pages, paragraphs, headings, elements and
unpacked sizes, checked while reading, and the user's Cancel. No Qt.
"""
from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.clean_plan import longest_text, without_controls
from app.db.library import Source, engines_of
from app.db.loader import find_plan_by_hash
from app.file_kinds import special_kind
from app.ingest.budget import Budget, Limits
from app.ingest.decode import IngestError, decode_text, refuse_binary
from app.ingest.formats import extract, is_rich_format
from app.ingest.parser import parse_text

_HEAD = 64 * 1024


class ImportRefused(Exception):
    """A file that cannot be imported; `kind` is stable, the message is for the user.

    Kinds: those of IngestError (over_budget and cancelled included), plus not_found,
    unreadable and no_structure.
    """

    def __init__(self, message: str, kind: str):
        super().__init__(message)
        self.kind = kind


def read_and_parse(path: Path, library: Source | None, max_bytes: int, limits: Limits | None,
                   cancel: threading.Event | None, progress: Callable[[int, int, str], None] | None):
    """(parsed plan, format, warnings, id of the plan already holding these bytes or None)."""
    data = read_bytes(path, max_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    existing = _existing(library, sha256) if library is not None else None
    budget = Budget(limits, path.name, cancel, progress)
    try:
        parsed, fmt, warnings = budget.run(lambda: _parse(data, path.name, sha256, max_bytes, budget))
    except IngestError as exc:
        raise ImportRefused(str(exc), exc.kind) from exc
    return without_controls(parsed), fmt, warnings, existing


def _parse(data: bytes, name: str, sha256: str, max_bytes: int, budget: Budget):
    grids = None
    if is_rich_format(data, name):
        extracted = extract(data, name, max_bytes)
        text, fmt, warnings, grids = extracted.text, extracted.format, tuple(extracted.warnings), extracted.grids
    else:
        text, fmt, warnings = decode_text(data, name, max_bytes), "text", ()
    budget.count_text(text)  # before the parser sees 200,000 headings
    parsed = parse_text(text, name, sha256, grids)
    # One paragraph of 18 million characters (a text without line breaks) took gigabytes to index.
    longest = longest_text(parsed)
    budget.count("characters", longest, f"a paragraph in it has {longest:,} characters")
    return parsed, fmt, warnings


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or ImportRefused: not a regular file, too large, binary, unreadable."""
    name = path.name
    kind = special_kind(path)
    if kind is not None:
        raise ImportRefused(f"{name}: this is {kind}, not a file", "unreadable")
    try:
        size = path.stat().st_size
        if size > max_bytes:  # refused without reading: a 2 GB file costs nothing
            raise _too_large(name, size, max_bytes)
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
            if not is_rich_format(head, name):
                refuse_binary(head, name)
            data = head + handle.read(max_bytes + 1 - len(head))
    except FileNotFoundError as exc:
        raise ImportRefused(f"{name}: no such file", "not_found") from exc
    except IngestError as exc:
        raise ImportRefused(str(exc), exc.kind) from exc
    except OSError as exc:
        raise ImportRefused(f"{name}: cannot be read ({exc.strerror or exc})", "unreadable") from exc
    if len(data) > max_bytes:  # it grew while we read it
        raise _too_large(name, len(data), max_bytes)
    return data


def _too_large(name: str, size: int, max_bytes: int) -> ImportRefused:
    return ImportRefused(f"{name}: file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit "
                         f"(raise it with --max-size on the command line, or max_megabytes under [import] "
                         f"in settings.ini)", "too_large")


def _existing(library: Source, sha256: str) -> int | None:
    for engine in engines_of(library):
        with Session(engine) as session:
            found = find_plan_by_hash(session, sha256)
        if found is not None:
            return found
    return None
