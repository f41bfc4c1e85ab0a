"""Stopping a reading thread from outside when it runs out of time or memory, or is cancelled.

Readers check their budget in their own loops, but some work never comes back to them: a
parser stage that is quadratic on hostile input, bs4 building a tree, pdfminer decoding a
run-length stream. The watchdog thread looks every few milliseconds and, when its `tripped`
callback names a reason, raises `Interrupt` in the reading thread (CPython's
PyThreadState_SetAsyncExc: the exception arrives at the thread's next bytecode, so pure
Python stops promptly; one long C call finishes first, which is why the C-level inflaters
and unpackers have budgets of their own). No Qt.
"""
from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Callable

_TICK = 0.02  # seconds between looks
_AGAIN = 0.5  # a reader that swallowed the interrupt (a bare except) gets it again after this


class Interrupt(BaseException):
    """Raised in the watched thread. A BaseException, so that the readers' own
    `except Exception` (pdfminer's, bs4's, ours) cannot swallow it."""


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> bool:
    try:
        set_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except AttributeError:  # not CPython: only the readers' own checks stop them
        return False
    return set_exc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None) == 1


def resident_bytes() -> int:
    """This process's resident memory now (Linux), or its peak so far elsewhere; 0 if unknown."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


class Watchdog:
    """Watches the thread that arms it until it disarms: `tripped(grown_bytes)` is asked every
    tick and, when it returns a reason, the thread gets `Interrupt` and `reason` keeps why."""

    def __init__(self, tripped: Callable[[int], str | None]):
        self._tripped = tripped
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._active = False
        self._thread_id = 0
        self._baseline = 0
        self.reason: str | None = None

    def arm(self) -> None:
        self._thread_id = threading.get_ident()
        self._baseline = resident_bytes()
        self._active = True
        threading.Thread(target=self._watch, name="reading-watchdog", daemon=True).start()

    def disarm(self) -> None:
        """Stop watching; an interrupt sent but not yet delivered is withdrawn.

        Called by the watched thread itself; safe to call twice. Under the lock, so that no
        interrupt can be sent after it returns.
        """
        with self._lock:
            if not self._active:
                return
            self._active = False
            self._stop.set()
            _set_async_exc(self._thread_id, None)

    def _watch(self) -> None:
        wait = _TICK
        while not self._stop.wait(wait):
            reason = self._tripped(max(resident_bytes() - self._baseline, 0))
            wait = _TICK
            if reason is None:
                continue
            with self._lock:
                if not self._active:
                    return
                self.reason = self.reason or reason
                _set_async_exc(self._thread_id, Interrupt)
            wait = _AGAIN
