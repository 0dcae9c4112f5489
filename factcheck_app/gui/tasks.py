"""Background jobs: run a function off the GUI thread, report progress, allow Cancel.

The job function receives ``progress(done, total)`` and ``cancelled() -> bool`` and must
never touch widgets; its result (or error) is handed back to the GUI thread by signals.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from factcheck_app.errors import FactcheckError

log = logging.getLogger(__name__)

#: Seconds a thread may hold the interpreter lock while another waits for it (CPython's
#: default is 5 ms). Jobs are Python work too (matching claims, analysing); the GUI thread
#: needs the lock back for every call into Python while it handles a click, so with the
#: default a click made while a job runs waited up to 5 ms each time; at 1 ms an article
#: opens about twice as fast in wall-clock time with a job running (bench/bench_gui.py).
SWITCH_INTERVAL = 0.001


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


class Job(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()  # after any of the three above

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.token = CancelToken()

    def cancel(self) -> None:
        self.token.cancel()


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.job = job
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        try:
            result = self.fn(progress=_safe(job.progress.emit), cancelled=job.token)
        except Exception as exc:  # handed to the GUI thread, shown as a message
            if job.token():
                _emit(job.cancelled)
            else:
                if isinstance(exc, FactcheckError):
                    log.info("background job refused: %s", exc)
                else:
                    log.error("background job failed", exc_info=exc)
                _emit(job.failed, exc)
        else:
            if job.token():
                _emit(job.cancelled)
            else:
                _emit(job.finished, result)
        _emit(job.done)


def _emit(signal: Any, *args: Any) -> None:
    """Emit unless the receiving side is gone (the app quit while the job was running)."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


def _safe(emit: Callable[..., Any]) -> Callable[..., None]:
    def report(*args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the job object was deleted at quit
            emit(*args)

    return report


class TaskRunner(QObject):
    """Starts jobs on a private thread pool and keeps them alive until they end."""

    started = Signal(object)  # Job
    ended = Signal(object)  # Job

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._jobs: set[Job] = set()
        self._pending: list[_Runnable] = []
        self._delayed: list[_Runnable] = []  # started with a delay that is not over yet
        self._announced: set[Job] = set()  # jobs whose ``started`` was emitted

    def start(self, name: str, fn: Callable[..., Any], delay_ms: int = 0) -> Job:
        """The job runs from the next turn of the event loop, not at once.

        Callers connect ``job.finished`` after ``start`` returns; a fast job could
        otherwise finish before anyone listens, and its result would be lost.

        ``delay_ms`` holds back a lookup that only matters if the user stays where they
        are (the "seen before" matches of the card shown): a job cancelled before its
        delay is over never runs (it ends as cancelled), so paging through articles
        leaves no queue of stale Python work competing with the window for the
        interpreter lock.
        """
        job = Job(name)
        self._jobs.add(job)
        job.done.connect(lambda: self._finish(job))
        runnable = _Runnable(job, fn)
        if delay_ms > 0:
            self._delayed.append(runnable)
            QTimer.singleShot(delay_ms, self, lambda: self._submit(runnable))
        else:
            self._pending.append(runnable)
            self.started.emit(job)
            self._announced.add(job)
            QTimer.singleShot(0, self._submit_pending)
        return job

    def _submit_pending(self, delayed: bool = False) -> None:
        """Start the jobs due now (``delayed``: also those still waiting for their delay)."""
        while self._pending:
            self._submit(self._pending[0])
        while delayed and self._delayed:
            self._submit(self._delayed[0])

    def _submit(self, runnable: _Runnable) -> None:
        for queue in (self._pending, self._delayed):
            if runnable in queue:
                queue.remove(runnable)
                break
        else:
            return  # submitted already (``wait`` submits what is pending)
        job = runnable.job
        if job.token():  # cancelled while it waited: it never runs
            _emit(job.cancelled)
            _emit(job.done)
            return
        if job not in self._announced:
            self.started.emit(job)
        self._pool.start(runnable)

    def _finish(self, job: Job) -> None:
        self._jobs.discard(job)
        self._announced.discard(job)
        self.ended.emit(job)

    @property
    def running(self) -> list[Job]:
        return list(self._jobs)

    def wait(self, msecs: int = -1) -> bool:
        self._submit_pending(delayed=True)
        return self._pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()
