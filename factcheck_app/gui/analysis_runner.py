"""Runs the analyser in the background; loads spaCy only once the window is on screen.

The first analyser is created by a background job right after the window is shown
(``preload``); analysis jobs share it. ``factory`` lets tests (and a future plug-in)
supply another analyser object with the same ``analyze_article`` method.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.tasks import Job
from factcheck_app.models import AnalysisResult, Cancel, Changes, Progress


class AnalysisRunner(QObject):
    #: results of a finished job (list[AnalysisResult])
    analysed = Signal(object)
    #: the analyser is ready (after ``preload``)
    ready = Signal()
    #: an analysis job failed (the exception; its message is for the user)
    failed = Signal(object)

    def __init__(
        self,
        ctx: GuiContext,
        factory: Callable[[], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.factory = factory
        self._lock = threading.Lock()
        self._cached: tuple[object, Any] | None = None

    def analyzer(self) -> Any:
        """The analyser for the current settings; created on first use (slow: spaCy)."""
        with self._lock:
            key = self.factory if self.factory else self.ctx.settings
            if self._cached is None or self._cached[0] != key:
                if self.factory is not None:
                    made = self.factory()
                else:
                    from factcheck_app.services.analysis import analyzer_for

                    made = analyzer_for(self.ctx.settings)
                self._cached = (key, made)
            return self._cached[1]

    def preload(self) -> Job:
        job = self.ctx.tasks.start(
            self.tr("Loading the analyser"), lambda progress, cancelled: self.analyzer()
        )
        job.finished.connect(lambda _result: self.ready.emit())
        return job

    def analyze(self, article_ids: Sequence[str]) -> Job:
        """Analyse (or re-analyse) articles; the checker's work is kept by the service."""
        ids = list(article_ids)
        lib = self.ctx.library

        def run(progress: Progress, cancelled: Cancel):
            from factcheck_app.services.analysis import analyze_article

            analyzer = self.analyzer()
            results: list[AnalysisResult] = []
            for done, article_id in enumerate(ids):
                if cancelled():
                    break
                inner = progress if len(ids) == 1 else None
                results.append(
                    analyze_article(lib, article_id, analyzer, progress=inner, cancel=cancelled)
                )
                if len(ids) > 1:
                    progress(done + 1, len(ids))
            return results

        name = (
            self.tr("Analysing the article")
            if len(ids) == 1
            else self.tr("Analysing %Ln article(s)", "", len(ids))
        )
        job = self.ctx.tasks.start(name, run)
        job.finished.connect(self._publish)
        job.failed.connect(self.failed.emit)
        return job

    def _publish(self, results: list[AnalysisResult]) -> None:
        changes = Changes()
        for result in results:
            changes = changes | result.changes | Changes(articles=frozenset({result.article_id}))
        self.ctx.bus.publish(changes)
        self.analysed.emit(results)
