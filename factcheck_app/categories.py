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

from factcheck_app.models import Category


@dataclass(frozen=True)
class CategoryStyle:
    category: Category
    label: str
    label_de: str
    colour: str  # strong colour: markers, icons, borders
    fill: str  # light background behind highlighted text
    ink: str  # the hue darkened to read as text on white (markers, labels)
    icon: str  # qtawesome name
    description: str
    description_de: str


CATEGORY_STYLES: dict[Category, CategoryStyle] = {
    Category.NO_EVIDENCE: CategoryStyle(
        Category.NO_EVIDENCE,
        "No evidence",
        "Ohne Belege",
        "#D55E00",  # vermillion
        "#F0C7A6",
        "#803800",
        "fa5s.exclamation-triangle",
        "The text itself says the claim lacks evidence or could not be verified.",
        "Der Text sagt selbst, dass Belege fehlen oder nichts überprüft werden konnte.",
    ),
    Category.VAGUE_SOURCE: CategoryStyle(
        Category.VAGUE_SOURCE,
        "Vague source",
        "Vage Quelle",
        "#E69F00",  # orange
        "#F6DDA6",
        "#8A5F00",
        "fa5s.user-secret",
        "Attributed to unnamed or unspecific sources.",
        "Unbenannten oder unbestimmten Quellen zugeschrieben.",
    ),
    Category.HEDGED: CategoryStyle(
        Category.HEDGED,
        "Hedged",
        "Relativiert",
        "#56B4E9",  # sky blue
        "#C4E5F7",
        "#336C8C",
        "fa5s.question-circle",
        "Speculative or reported (“allegedly”, “is said to”) rather than stated.",
        "Vermutet oder nur berichtet („angeblich“, „soll … haben“) statt festgestellt.",
    ),
    Category.DISPUTED: CategoryStyle(
        Category.DISPUTED,
        "Disputed",
        "Bestritten",
        "#CC79A7",  # reddish purple
        "#EDD0E0",
        "#7A4964",
        "fa5s.balance-scale",
        "The text reports that someone denies or contests the claim.",
        "Der Text berichtet, dass jemand die Behauptung bestreitet.",
    ),
    Category.UNSOURCED_CLAIM: CategoryStyle(
        Category.UNSOURCED_CLAIM,
        "Unsourced claim",
        "Unbelegte Behauptung",
        "#009E73",  # bluish green
        "#A6DDCE",
        "#005F45",
        "fa5s.hashtag",
        "A checkable fact (figure, date, name) given without any attribution.",
        "Eine überprüfbare Tatsache (Zahl, Datum, Name) ohne jede Quellenangabe.",
    ),
    Category.SOURCED: CategoryStyle(
        Category.SOURCED,
        "Sourced",
        "Belegt",
        "#999999",  # grey: listed, but quiet
        "#E6E6E6",
        "#5C5C5C",
        "fa5s.quote-right",
        "Attributed to a named person, office or document: check that they said it.",
        "Einer benannten Person, Stelle oder einem Dokument zugeschrieben: prüfen.",
    ),
}


def style(category: Category | str) -> CategoryStyle:
    """The style of a category; unknown names raise ``ValueError`` like ``Category()``."""
    return CATEGORY_STYLES[Category(category)]


def label(category: Category | str, lang: str = "en") -> str:
    s = style(category)
    return s.label_de if lang.startswith("de") else s.label
