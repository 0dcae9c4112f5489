"""Background jobs held back by a dwell: what paging through articles leaves behind."""

from __future__ import annotations

import threading

from factcheck_app.gui.tasks import TaskRunner


def test_a_delayed_job_cancelled_before_its_delay_never_runs(qtbot):
    tasks = TaskRunner()
    ran = threading.Event()
    job = tasks.start("lookup", lambda progress, cancelled: ran.set(), delay_ms=200)
    job.cancel()  # the user moved on to another article
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        pass
    assert tasks.wait(5000)
    assert not ran.is_set()
    assert tasks.running == []


def test_a_delayed_job_runs_after_its_delay_and_reports(qtbot):
    tasks = TaskRunner()
    started: list[str] = []
    tasks.started.connect(lambda job: started.append(job.name))
    job = tasks.start("lookup", lambda progress, cancelled: 42, delay_ms=150)
    assert started == []  # not announced (nor run) while it waits
    with qtbot.waitSignal(job.finished, timeout=5000) as result:
        pass
    assert result.args == [42]
    assert started == ["lookup"]


def test_the_seen_before_markers_skip_an_article_only_passed_through(
    qtbot, window, library, monkeypatch
):
    """Three articles opened in quick succession: one lookup, for the last one."""
    from factcheck_app.models import Category
    from factcheck_app.services import annotations, articles, claim_memory

    looked_up: list[list[str]] = []

    def seen_before(lib, ids, **_):
        looked_up.append(list(ids))
        return set()

    monkeypatch.setattr(claim_memory, "seen_before", seen_before)
    ids = []
    for n in range(3):
        text = f"# Article {n}\n\nThe minister reportedly resigned {n} times.\n"
        article = articles.import_text(library, text, fmt="md").article
        start = article.text.index("The minister")
        made = annotations.add_manual_assertion(
            library, article.id, start, start + 12, Category.HEDGED
        ).created
        ids.append((article.id, made))
    window.library_view.refresh()
    for article_id, _ in ids:
        window.show_article(article_id)
        qtbot.wait(60)  # the window handles its events; the user has not settled yet
    markers = window.workbench.seen_markers
    with qtbot.waitSignal(markers.updated, timeout=5000):
        pass
    assert looked_up == [[ids[-1][1]]]
