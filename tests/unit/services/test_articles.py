from pathlib import Path

import pytest

from factcheck_app.ingest import IngestError
from factcheck_app.services import articles
from factcheck_app.services.articles import NotFound

ARTICLE = """# Minister denies report

Berlin (dpa) - Reports indicate that the ministry spent 4 million euros on consultants.
The minister denied the claims on Monday.
"""


def test_import_then_list_get_and_search(library, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    result = articles.import_file(library, path)
    assert not result.duplicate
    assert result.article.id in result.changes.articles
    summaries = articles.list_articles(library)
    assert [s.title for s in summaries] == ["Minister denies report"]
    article = articles.get_article(library, result.article.id[:8])
    assert article.text.startswith("Minister denies report")
    for block in article.blocks:
        assert article.text[block.start : block.end].strip()
    hits = articles.search(library, "consultant")
    assert [h.kind for h in hits] == ["article"]
    assert "[consultants]" in hits[0].snippet


def test_same_text_twice_is_reported_not_duplicated(library) -> None:
    first = articles.import_text(library, ARTICLE, fmt="markdown")
    again = articles.import_text(library, ARTICLE, fmt="markdown")
    assert again.duplicate and again.article.id == first.article.id
    assert len(articles.list_articles(library)) == 1


def test_bad_file_writes_nothing(library, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("   \n", encoding="utf-8")
    with pytest.raises(IngestError):
        articles.import_file(library, path)
    assert articles.list_articles(library) == []


def test_delete_marks_and_hides(library) -> None:
    result = articles.import_text(library, ARTICLE)
    articles.delete_article(library, result.article.id)
    assert articles.list_articles(library) == []
    with pytest.raises(NotFound):
        articles.get_article(library, result.article.id)
    with library.session() as db:
        assert db.execute("SELECT deleted FROM articles").fetchone()[0] == 1


def test_unknown_and_ambiguous_ids(library) -> None:
    with pytest.raises(NotFound, match="no article"):
        articles.get_article(library, "nope")
