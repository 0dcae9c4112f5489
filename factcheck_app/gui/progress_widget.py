"""Status-bar progress for background jobs, with a Cancel button.

Shows the most recent running job; hides itself when nothing runs, so the window never
looks busy when it is not.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from factcheck_app.gui.tasks import Job, TaskRunner


class TaskProgress(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this job; nothing half-done is stored"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._jobs: list[Job] = []
        tasks.started.connect(self._started)
        tasks.ended.connect(self._ended)
        self.setVisible(False)

    def current_job(self) -> Job | None:
        return self._jobs[-1] if self._jobs else None

    def cancel(self) -> None:
        job = self.current_job()
        if job is not None:
            job.cancel()
            self.label.setText(self.tr("Cancelling: {name}…").format(name=job.name))

    def _started(self, job: Job) -> None:
        self._jobs.append(job)
        job.progress.connect(lambda done, total, j=job: self._progress(j, done, total))
        self._show()

    def _ended(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        self._show()

    def _progress(self, job: Job, done: int, total: int) -> None:
        if job is self.current_job() and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _show(self) -> None:
        job = self.current_job()
        self.setVisible(job is not None)
        if job is not None:
            more = len(self._jobs) - 1
            suffix = self.tr(" (+{n} more)").format(n=more) if more else ""
            self.label.setText(f"{job.name}…{suffix}")
            self.bar.setRange(0, 0)  # busy until the job reports progress
