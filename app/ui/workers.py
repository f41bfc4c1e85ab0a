"""Running slow work off the GUI thread.

The core takes plain callables; this bridge runs them on Qt's thread pool and
re-emits the result as a signal on the GUI thread.  A newer request makes older
results stale: they are dropped, so typing fast never shows an old answer.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, generation: int, work: Callable[[], object], signals: _Signals):
        super().__init__()
        self.generation, self.work, self.signals = generation, work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the user, never lost silently
            self.signals.failed.emit(self.generation, str(exc))
            return
        self.signals.done.emit(self.generation, result)


class LatestOnlyRunner(QObject):
    """Runs jobs in the background and delivers only the newest job's result."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent=None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._generation = 0
        self._signals = _Signals()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)

    def submit(self, work: Callable[[], object]) -> None:
        self._generation += 1
        self._pool.start(_Job(self._generation, work, self._signals))

    def cancel(self) -> None:
        """Forget whatever is running: its result will be dropped."""
        self._generation += 1

    def _on_done(self, generation: int, result: object) -> None:
        if generation == self._generation:
            self.finished.emit(result)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(message)


class ProgressBridge(QObject):
    """A core progress callback, `report(done, total, what)`, called from a worker thread and
    re-emitted as a signal on the GUI thread (Qt queues signals that cross threads)."""

    progressed = Signal(int, int, str)

    def report(self, done: int, total: int, what: str) -> None:
        self.progressed.emit(done, total, what)
