"""What each assertion category looks like and means, in one Qt-free table.

The report, the HTML export and the GUI must show the same colour for the same category,
so the table lives here (no Qt import) and every consumer reads it. Colours come from the
Okabe-Ito palette, which stays distinguishable for the common colour-vision deficiencies;
``fill`` is the same hue mixed with 65 % white, light enough to read black text on it;
``ink`` is the hue darkened by 40 %, for small coloured text such as numbered markers.
``sourced`` is grey on purpose: it is listed for checking but must not shout.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck_app.i18n import N_, translator
from factcheck_app.models import Category


@dataclass(frozen=True)
class CategoryStyle:
    category: Category
    label: str  # English; translated through factcheck_app.i18n
    colour: str  # strong colour: markers, icons, borders
    fill: str  # light background behind highlighted text
    ink: str  # the hue darkened to read as text on white (markers, labels)
    icon: str  # qtawesome name
    description: str  # English, likewise


CATEGORY_STYLES: dict[Category, CategoryStyle] = {
    Category.NO_EVIDENCE: CategoryStyle(
        Category.NO_EVIDENCE,
        N_("No evidence"),
        "#D55E00",  # vermillion
        "#F0C7A6",
        "#803800",
        "fa5s.exclamation-triangle",
        N_("The text itself says the claim lacks evidence or could not be verified."),
    ),
    Category.VAGUE_SOURCE: CategoryStyle(
        Category.VAGUE_SOURCE,
        N_("Vague source"),
        "#E69F00",  # orange
        "#F6DDA6",
        "#8A5F00",
        "fa5s.user-secret",
        N_("Attributed to unnamed or unspecific sources."),
    ),
    Category.HEDGED: CategoryStyle(
        Category.HEDGED,
        N_("Hedged"),
        "#56B4E9",  # sky blue
        "#C4E5F7",
        "#336C8C",
        "fa5s.question-circle",
        N_("Speculative or reported (“allegedly”, “is said to”) rather than stated."),
    ),
    Category.DISPUTED: CategoryStyle(
        Category.DISPUTED,
        N_("Disputed"),
        "#CC79A7",  # reddish purple
        "#EDD0E0",
        "#7A4964",
        "fa5s.balance-scale",
        N_("The text reports that someone denies or contests the claim."),
    ),
    Category.UNSOURCED_CLAIM: CategoryStyle(
        Category.UNSOURCED_CLAIM,
        N_("Unsourced claim"),
        "#009E73",  # bluish green
        "#A6DDCE",
        "#005F45",
        "fa5s.hashtag",
        N_("A checkable fact (figure, date, name) given without any attribution."),
    ),
    Category.SOURCED: CategoryStyle(
        Category.SOURCED,
        N_("Sourced"),
        "#999999",  # grey: listed, but quiet
        "#E6E6E6",
        "#5C5C5C",
        "fa5s.quote-right",
        N_("Attributed to a named person, office or document: check that they said it."),
    ),
}


def style(category: Category | str) -> CategoryStyle:
    """The style of a category; unknown names raise ``ValueError`` like ``Category()``."""
    return CATEGORY_STYLES[Category(category)]


def label(category: Category | str, lang: str = "en") -> str:
    """The category's name in ``lang`` (the core catalogue; English without one)."""
    return translator(lang).gettext(style(category).label)


def description(category: Category | str, lang: str = "en") -> str:
    """What the category means, in ``lang``."""
    return translator(lang).gettext(style(category).description)
