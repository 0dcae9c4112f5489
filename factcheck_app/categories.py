"""What each assertion category looks like and means, in one Qt-free table.

The report, the HTML export and the GUI must show the same colour for the same category,
so the table lives here (no Qt import) and every consumer reads it. Colours come from the
Okabe-Ito and Paul Tol palettes and are checked (tests/unit/test_categories.py) to stay at
least 20 CIEDE2000 apart from each other, also as a deuteranope sees them; ``fill`` is the
same hue mixed with 65 % white, light enough to read black text on it; ``ink`` is the hue
darkened by 40 %, for small coloured text such as numbered markers. ``sourced`` is grey on
purpose: it is listed for checking but must not shout; nothing else may look green, which
reads as "sourced". ``priority`` is the one overlap order: where spans coincide the
category with the lower number is shown on top (article view and report alike).
``underline``/``filled``/``weight`` say how the article view marks the text, so colour is
never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck_app.i18n import N_, translator
from factcheck_app.models import Category, Lifecycle, Relation


@dataclass(frozen=True)
class CategoryStyle:
    category: Category
    label: str  # English; translated through factcheck_app.i18n
    colour: str  # strong colour: markers, icons, borders
    fill: str  # light background behind highlighted text
    ink: str  # the hue darkened to read as text on white (markers, labels)
    icon: str  # qtawesome name
    description: str  # English, likewise
    priority: int = 0  # where spans coincide, the lowest number is shown on top
    underline: str = "single"  # single, wave, dash, dashdot, dashdotdot, dot
    filled: bool = True  # False: only underlined (``sourced``)
    weight: float = 1.0  # fill strength; whole-sentence categories stay lighter


CATEGORY_STYLES: dict[Category, CategoryStyle] = {
    Category.NO_EVIDENCE: CategoryStyle(
        Category.NO_EVIDENCE,
        N_("No evidence"),
        "#C23B22",  # red
        "#EABAB2",
        "#742314",
        "fa5s.exclamation-triangle",
        N_("The text itself says the claim lacks evidence or could not be verified."),
        priority=0,
        underline="single",
    ),
    Category.VAGUE_SOURCE: CategoryStyle(
        Category.VAGUE_SOURCE,
        N_("Vague source"),
        "#E69F00",  # orange
        "#F6DDA6",
        "#8A5F00",
        "fa5s.user-secret",
        N_("Attributed to unnamed or unspecific sources."),
        priority=2,
        underline="wave",
    ),
    Category.HEDGED: CategoryStyle(
        Category.HEDGED,
        N_("Hedged"),
        "#56B4E9",  # sky blue
        "#C4E5F7",
        "#336C8C",
        "fa5s.question-circle",
        N_("Speculative or reported (“allegedly”, “is said to”) rather than stated."),
        priority=3,
        underline="dash",
    ),
    Category.DISPUTED: CategoryStyle(
        Category.DISPUTED,
        N_("Disputed"),
        "#AA3377",  # purple
        "#E1B8CF",
        "#661F47",
        "fa5s.balance-scale",
        N_("The text reports that someone denies or contests the claim."),
        priority=1,
        underline="dashdot",
    ),
    Category.UNSOURCED_CLAIM: CategoryStyle(
        Category.UNSOURCED_CLAIM,
        N_("Unsourced claim"),
        "#332288",  # indigo: clearly not the sky blue of "hedged", and not green
        "#B8B2D5",
        "#1F1452",
        "fa5s.hashtag",
        N_("A checkable fact (figure, date, name) given without any attribution."),
        priority=4,
        underline="dashdotdot",
        weight=0.6,
    ),
    Category.SOURCED: CategoryStyle(
        Category.SOURCED,
        N_("Sourced"),
        "#BBBBBB",  # grey: listed, but quiet
        "#E7E7E7",
        "#707070",
        "fa5s.quote-right",
        N_("Attributed to a named person, office or document: check that they said it."),
        priority=5,
        underline="dot",
        filled=False,
    ),
}


#: Display order (legend, menus, filters): the checker's categories first, ``sourced`` last.
ORDER: tuple[Category, ...] = tuple(CATEGORY_STYLES)
#: Overlap order, most important first: where spans coincide, the first is shown on top.
PRIORITY: tuple[Category, ...] = tuple(
    sorted(CATEGORY_STYLES, key=lambda c: CATEGORY_STYLES[c].priority)
)


def style(category: Category | str) -> CategoryStyle:
    """The style of a category; unknown names raise ``ValueError`` like ``Category()``."""
    return CATEGORY_STYLES[Category(category)]


def label(category: Category | str, lang: str = "en") -> str:
    """The category's name in ``lang`` (the core catalogue; English without one)."""
    return translator(lang).gettext(style(category).label)


def description(category: Category | str, lang: str = "en") -> str:
    """What the category means, in ``lang``."""
    return translator(lang).gettext(style(category).description)


# --- the app's other colours (one table with the categories', so the GUI and the reports
# --- agree; none of them is category green or may be mistaken for one) ----------------

#: Verdict colours by the 1 (false) .. 5 (true) scale of ``memory.ratings``; grey when a
#: rating has no place on it ("unverifiable", a custom word).
VERDICT_COLOURS: dict[int | None, str] = {
    1: "#C62828",
    2: "#EF6C00",
    3: "#B8860B",
    4: "#689F38",
    5: "#2E7D32",
    None: "#607D8B",
}
#: Each lifecycle state's colour (card icon, the mark in the article text).
LIFECYCLE_COLOURS: dict[Lifecycle, str] = {
    Lifecycle.TO_CHECK: "#757575",
    Lifecycle.IN_PROGRESS: "#1565c0",
    Lifecycle.CHECKED: "#2e7d32",
    Lifecycle.DISMISSED: "#9e9e9e",
}
#: How a reference relates to a claim (badge colour).
RELATION_COLOURS: dict[Relation, str] = {
    Relation.SUPPORTS: "#2e7d32",
    Relation.CONTRADICTS: "#c62828",
    Relation.CONTEXT: "#546e7a",
}
#: Text that says something is wrong (a refused input, an over-long summary).
ERROR_COLOUR = "#c62828"
#: Secondary text (who and when, hints).
MUTED_COLOUR = "#5f6368"
