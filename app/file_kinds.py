"""What a path really is, in words, for refusing anything that is not a regular file.

A FIFO opened for reading waits for a writer forever, /dev/zero never ends, a folder is not
a document: each is named for what it is, not called 'a folder'. No Qt.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path


def special_kind(path: str | Path) -> str | None:
    """None for a regular file (or a link to one) or a path that does not exist; otherwise
    what it is: 'a folder', 'a named pipe (FIFO)', 'a device', 'a socket'."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    return kind_of_mode(mode)


def kind_of_mode(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"
