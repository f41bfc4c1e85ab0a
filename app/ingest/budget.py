"""Budgets for reading one document: time, memory and sizes, checked while it is read.

A small file can unpack, inflate or parse into minutes and gigabytes (a zip of 20 MiB of
paragraphs, a PDF stream that inflates to 2 GiB, 200,000 headings). Each reader counts what
it reads against the `Budget` in force as it goes and stops at the first limit passed, with
a sentence that names the limit and how to raise it. Time, memory and the user's Cancel are
also watched from outside the reading thread (app.ingest.watchdog), so even code that never
checks is stopped.

The budget in force is found through a context variable (`current()`), so the deep hooks
(the PDF stream inflater, the Word package reader) need no extra arguments. No Qt.
"""
from __future__ import annotations

import contextvars
import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from app.ingest.decode import IngestError
from app.ingest.watchdog import Interrupt, Watchdog

#: name: (default, unit, what it limits). The name is the command line's `--limit NAME=N`
#: and, as max_NAME, the key under [import] in settings.ini. Sizes are in MB (10^6 bytes).
LIMITS: dict[str, tuple[float, str, str]] = {
    "seconds": (40, "s", "of reading and parsing per file"),
    "memory": (600, "MB", "of memory while reading a file"),
    "pages": (1000, "pages", "in a PDF"),
    "paragraphs": (30_000, "paragraphs", "or lines of text in a document"),
    "headings": (5_000, "headings", "in a document: chapters, sections and 专栏"),
    "characters": (100_000, "characters", "in one paragraph, heading or table row"),
    "elements": (300_000, "elements", "in a web page"),
    "unpacked": (100, "MB", "in a Word file once unpacked"),
    "stream": (64, "MB", "in one PDF stream once inflated"),
}
_SIZES = ("memory", "unpacked", "stream")
_Error = TypeVar("_Error", bound=IngestError)


@dataclass(frozen=True)
class Limits:
    """How much one document may take; every field defaults to LIMITS."""

    seconds: float = LIMITS["seconds"][0]
    memory: float = LIMITS["memory"][0]
    pages: float = LIMITS["pages"][0]
    paragraphs: float = LIMITS["paragraphs"][0]
    headings: float = LIMITS["headings"][0]
    characters: float = LIMITS["characters"][0]
    elements: float = LIMITS["elements"][0]
    unpacked: float = LIMITS["unpacked"][0]
    stream: float = LIMITS["stream"][0]

    def with_values(self, values: dict[str, float]) -> Limits:
        """These limits with some replaced; ValueError (a sentence) for a bad one."""
        for name, value in values.items():
            check_limit(name, value)
        return replace(self, **values)

    def amount(self, name: str) -> float:
        """The limit in what is counted: bytes for the sizes, else as given."""
        value = getattr(self, name)
        return value * 1_000_000 if name in _SIZES else value


def check_limit(name: str, value: float) -> None:
    """ValueError (a sentence) unless `name` is a limit and `value` a usable amount of it."""
    if name not in LIMITS:
        raise ValueError(f"there is no limit called {name!r}; the limits are {', '.join(LIMITS)}")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ValueError(f"the {name} limit must be a number above 0, not {value!r}")


class BudgetExceeded(IngestError):
    """A document over one of its budgets; `budget` is the limit's name."""

    def __init__(self, source: str, budget: str, found: str, limit: float):
        unit, what = LIMITS[budget][1:]
        super().__init__(
            f"{source}: {found}, more than the {budget} limit allows ({limit:,g} {unit} {what}); if the file "
            f"is genuine, raise the limit with --limit {budget}=N on the command line, or max_{budget} under "
            f"[import] in settings.ini", "over_budget")
        self.budget = budget


class Cancelled(IngestError):
    def __init__(self, source: str):
        super().__init__(f"{source}: reading was cancelled; nothing was saved", "cancelled")


_current: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("reading_budget", default=None)
# Lines that may be headings, as the parser's own patterns start (app.ingest.headings): an
# upper bound, which is all a budget needs.
_HEADING_RE = re.compile(
    r"^[ \t\u3000]*(?:第\s*[一二三四五六七八九十百零〇\d]+\s*(?:章|节|篇|部分)|[（(]\s*[一二三四五六七八九十]+\s*[）)]"
    r"|[一二三四五六七八九十]+\s*、|[【\[〔［]?\s*专栏\s*[\d一二三四五六七八九十])", re.M)
_LINE_RE = re.compile(r"^[^\S\n]*\S", re.M)


class Budget:
    """The limits of one reading, the user's cancel flag and a progress callback.

    `progress(done, total, what)` is called from the reading thread (pages read, say).
    """

    def __init__(self, limits: Limits | None = None, source: str = "file",
                 cancel: threading.Event | None = None,
                 progress: Callable[[int, int, str], None] | None = None):
        self.limits, self.source = limits or Limits(), source
        self.cancel = cancel or threading.Event()
        self._progress = progress
        self._deadline = math.inf
        self.breach: IngestError | None = None  # the first limit passed, even if a reader swallowed it

    # -- what the readers call as they go ---------------------------------------------
    def check(self) -> None:
        """Raise if the user cancelled or the time ran out (cheap: call it in loops)."""
        if self.cancel.is_set():
            raise self._record(Cancelled(self.source))
        if time.monotonic() > self._deadline:
            raise self._over("seconds")

    def count(self, budget: str, amount: float, found: str | None = None) -> None:
        """Raise BudgetExceeded once `amount` (bytes for sizes) has passed the limit; `found`
        says what was found, where the whole amount is known ('it has 2,000 pages')."""
        if amount > self.limits.amount(budget):
            raise self._over(budget, found)
        self.check()

    def progress(self, done: int, total: int, what: str) -> None:
        self.check()
        if self._progress is not None:
            self._progress(done, total, what)

    def count_text(self, text: str) -> None:
        """Paragraphs, headings and line lengths of a text stream, up to the first limit passed."""
        line_limit = int(self.limits.amount("characters"))
        too_long = re.search(f"[^\n]{{{line_limit + 1},}}", text)  # one pass in C, before the parser's many
        if too_long is not None:
            self.count("characters", too_long.end() - too_long.start(),
                       f"a line in it has {too_long.end() - too_long.start():,} characters")
        for pattern, budget in ((_HEADING_RE, "headings"), (_LINE_RE, "paragraphs")):
            limit = self.limits.amount(budget)
            for number, _ in enumerate(pattern.finditer(text), 1):
                if number > limit:
                    raise self._over(budget)
                if number % 10_000 == 0:
                    self.check()

    def _over(self, budget: str, found: str | None = None) -> BudgetExceeded:
        limit = getattr(self.limits, budget)
        said = {"seconds": f"reading it took more than {limit:,g} s",
                "memory": f"reading it took more than {limit:,g} MB of memory",
                "unpacked": f"it unpacks to more than {limit:,g} MB",
                "stream": f"a stream in it inflates to more than {limit:,g} MB"}
        found = found or said.get(budget, f"it has more than {limit:,g} {budget}")
        return self._record(BudgetExceeded(self.source, budget, found, limit))

    def _record(self, exc: _Error) -> _Error:
        self.breach = self.breach or exc
        return exc

    # -- running a reading under the watchdog -------------------------------------------
    def run(self, work: Callable[[], object]):
        """`work()` within this budget: stopped with an IngestError when time or memory runs
        out or the user cancels, even inside code that never calls `check`."""
        token = _current.set(self)
        self._deadline = time.monotonic() + self.limits.seconds
        watchdog = Watchdog(self._tripped)
        try:
            try:
                watchdog.arm()
                result = work()
            finally:
                watchdog.disarm()
        except Interrupt:
            _disarm_surely(watchdog)
            raise self._stopped(watchdog.reason) from None
        except Exception:
            # pdfminer and bs4 catch what they call and raise something else, or nothing:
            # a limit passed inside them is still the reason, whatever came out.
            if self.breach is not None:
                raise self.breach from None
            raise
        finally:
            self._deadline = math.inf
            _current.reset(token)
        if self.breach is not None:
            raise self.breach
        return result

    def _tripped(self, grown: int) -> str | None:
        """Asked by the watchdog every tick: why to stop now, or None."""
        if self.cancel.is_set():
            return "cancelled"
        if time.monotonic() > self._deadline:
            return "seconds"
        return "memory" if grown > self.limits.amount("memory") else None

    def _stopped(self, reason: str | None) -> IngestError:
        return Cancelled(self.source) if reason == "cancelled" else self._over(reason or "seconds")


def _disarm_surely(watchdog: Watchdog) -> None:
    # An interrupt may land inside the first disarm; the watchdog repeats itself only after
    # half a second, so a second try completes.
    while True:
        try:
            watchdog.disarm()
            return
        except Interrupt:
            continue


def current() -> Budget:
    """The budget of the reading in progress in this thread (default limits if none)."""
    return _current.get() or Budget()
