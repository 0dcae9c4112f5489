"""The words the human-readable formats (PDF, HTML, Markdown) add, in the report's language.

Every word goes through the one core catalogue (``factcheck_app.i18n``): headings and
labels are ``gettext`` calls in the renderers, the fixed vocabularies (status, relation,
category, default verdicts) are marked here and translated by value.
"""

from __future__ import annotations

from factcheck_app import categories
from factcheck_app.cards import lifecycle_label
from factcheck_app.explanations import MARKED_BY_HAND, explain
from factcheck_app.export.model import ArticleReport, AssertionItem, Report
from factcheck_app.i18n import N_, format_date, format_datetime, translator
from factcheck_app.models import Assertion, Category, Lifecycle, Origin, Relation

#: What storage writes as the explanation of a finding marked by hand without one.

RELATION_LABELS: dict[Relation, str] = {
    Relation.SUPPORTS: N_("supports"),
    Relation.CONTRADICTS: N_("contradicts"),
    Relation.CONTEXT: N_("context"),
}


class Words:
    """The report's language: ``_("Summary")``, ``_.status(s)``, ``_.date(stamp)`` ..."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._t = translator(lang)

    def __call__(self, text: str) -> str:
        return self._t.gettext(text)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._t.ngettext(singular, plural, count)

    def status(self, status: Lifecycle | str) -> str:
        """A lifecycle state in the report's language (the words of ``cards``)."""
        return lifecycle_label(status, self.lang)

    def relation(self, relation: Relation | str) -> str:
        key = Relation(relation) if relation in tuple(Relation) else None
        return self._t.gettext(RELATION_LABELS[key]) if key else str(relation)

    def category(self, category: str) -> str:
        return categories.label(category, self.lang)

    def verdict(self, rating: str) -> str:
        """A default verdict word in the report's language; a custom word as written."""
        return self._t.pgettext("verdict", rating)

    def explanation(self, assertion: Assertion) -> str:
        """Why a finding was flagged, rendered from its stored rule key in the report's
        language; rows without a key show their stored text (a hand-marked span from before
        keys existed still gets "marked by hand" in the report's language)."""
        if (
            not assertion.explain_key
            and assertion.origin is Origin.MANUAL
            and assertion.explanation == MARKED_BY_HAND
        ):
            return self._t.gettext(MARKED_BY_HAND)
        return explain(assertion, self.lang)

    def quoted(self, text: str) -> str:
        """Text in the report language's quotation marks (“…” / „…“)."""
        return self._t.gettext("“{quote}”").format(quote=text)

    def date(self, stamp: str | None) -> str:
        return format_date(stamp, self.lang)

    def datetime(self, stamp: str | None) -> str:
        return format_datetime(stamp, self.lang)


def speakers(_: Words, items: tuple[AssertionItem, ...]) -> list[tuple[str, str]]:
    """(label, name) of who is speaking in a claim, once per name. A name the analyser
    found is marked as still to be checked; the unnamed "source" of a vague attribution
    ("officials", "Berichten") is no speaker and is left out (its explanation says it)."""
    found: dict[str, str] = {}
    for item in items:
        a = item.assertion
        if not a.source_text or a.source_text in found:
            continue
        if a.origin is Origin.DETECTOR:
            if a.category is Category.VAGUE_SOURCE:
                continue
            found[a.source_text] = _("Speaker found by the analyser (to be checked)")
        else:
            found[a.source_text] = _("Speaker")
    return [(label, name) for name, label in found.items()]


def short(text: str, limit: int = 90) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut).rstrip(" ,;:") + "…"


def words(report: Report) -> Words:
    return Words(report.options.lang)


#: Provenance fields an article may carry (some only after other features add them),
#: with their label; printed when the article has a value.
_PROVENANCE_FIELDS: tuple[tuple[str, str], ...] = (
    ("outlet", N_("Outlet")),
    ("byline", N_("Author")),
    ("published", N_("Published")),
    ("modified", N_("Updated")),
    ("source_name", N_("Source file")),
    ("fetched_at", N_("Fetched")),
    ("original_hash", N_("Original (SHA-256)")),
)
_DATE_FIELDS = frozenset({"published", "modified"})
#: The provenance row that holds a web address (linked in HTML and PDF).
ORGANISATION_URL = N_("Organisation web site")
_TIME_FIELDS = frozenset({"fetched_at"})


def provenance(report: Report, ar: ArticleReport) -> list[tuple[str, str]]:
    """(label, plain text) rows: where the article came from and who checked it."""
    _ = words(report)
    a = ar.article
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name, label in _PROVENANCE_FIELDS:
        value = getattr(a, name, None)
        if not value or not isinstance(value, str) or _(label) in seen:
            continue
        seen.add(_(label))
        if name in _DATE_FIELDS:
            value = _.date(value)
        elif name in _TIME_FIELDS:
            value = _.datetime(value)
        rows.append((_(label), value))
    asked = getattr(getattr(a, "provenance", None), "requested_url", None)
    if isinstance(asked, str) and asked and asked != a.url:
        rows.append((_("Requested URL (redirected)"), asked))
    if not (a.url or a.source_name or a.fetched_at):
        # pasted: the text is its own copy; say so, so the block is not silently short
        rows.append((_("Origin"), _("pasted text")))
    rows.append((_("Imported"), _.datetime(a.created_at)))
    if ar.tags:
        rows.append((_("Tags"), ", ".join(ar.tags)))
    if report.checker:
        rows.append((_("Checked by"), report.checker))
    if report.organisation:
        rows.append((_("Organisation"), report.organisation))
    if report.options.organisation_url:
        rows.append((_(ORGANISATION_URL), report.options.organisation_url))
    rows.append((_("Report date"), _.datetime(report.generated_at)))
    return [(k, v) for k, v in rows if v]
