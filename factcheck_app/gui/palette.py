"""How each assertion category looks in Qt: colours, icons, underlines and labels.

Every fact comes from the one Qt-free table in ``factcheck_app.categories`` (the report
uses the same); this module only turns it into ``QColor``/``QIcon``/underline styles. Fills
are blended into the current window background, so the same hues stay readable in a dark
theme. ``sourced`` is deliberately quiet: a thin dotted underline and no fill, because it
marks what is fine rather than what needs checking.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QIcon, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from factcheck_app import categories
from factcheck_app.models import Category

Underline = QTextCharFormat.UnderlineStyle


_UNDERLINES: dict[str, QTextCharFormat.UnderlineStyle] = {
    "single": Underline.SingleUnderline,
    "wave": Underline.WaveUnderline,
    "dash": Underline.DashUnderline,
    "dashdot": Underline.DashDotLine,
    "dashdotdot": Underline.DashDotDotLine,
    "dot": Underline.DotLine,
}


@dataclass(frozen=True)
class CategoryStyle:
    """The Qt form of a row of ``categories.CATEGORY_STYLES`` (derived, never edited here)."""

    category: Category
    colour: str
    icon: str  # qtawesome name
    underline: QTextCharFormat.UnderlineStyle
    fill: bool = True
    #: fill strength relative to the others (whole-sentence categories stay lighter)
    weight: float = 1.0


STYLES: dict[Category, CategoryStyle] = {
    c: CategoryStyle(c, s.colour, s.icon, _UNDERLINES[s.underline], s.filled, s.weight)
    for c, s in categories.CATEGORY_STYLES.items()
}

#: Display order: the checker's categories first, ``sourced`` last.
ORDER: tuple[Category, ...] = categories.ORDER


def label(category: Category | str) -> str:
    """The category's name in the UI language (the table in ``categories`` has both)."""
    from factcheck_app.gui.i18n import current_language

    try:
        return categories.label(category, current_language())
    except ValueError:
        return str(category)


def description(category: Category | str) -> str:
    from factcheck_app.gui.i18n import current_language

    try:
        return categories.description(category, current_language())
    except ValueError:
        return ""


def colour(category: Category | str) -> QColor:
    return QColor(STYLES[Category(category)].colour)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def blend(front: QColor, back: QColor, alpha: float) -> QColor:
    """An opaque colour: ``front`` over ``back`` at ``alpha`` (fills must not stack)."""
    return QColor(
        round(front.red() * alpha + back.red() * (1 - alpha)),
        round(front.green() * alpha + back.green() * (1 - alpha)),
        round(front.blue() * alpha + back.blue() * (1 - alpha)),
    )


def fill(category: Category | str, palette: QPalette | None = None, strong: bool = False) -> QColor:
    """Background of a highlight; ``strong`` marks the selected assertion."""
    palette = palette or QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    alpha = (0.62 if strong else 0.38) if dark else (0.55 if strong else 0.24)
    if not strong:
        alpha *= STYLES[Category(category)].weight
    return blend(colour(category), base, alpha)


def icon(category: Category | str, palette: QPalette | None = None) -> QIcon:
    """The category's icon; made once (views ask for it on every header repaint)."""
    category = Category(category)
    made = _ICONS.get(category)
    if made is None:
        import qtawesome as qta

        made = _ICONS[category] = qta.icon(STYLES[category].icon, color=colour(category))
    return made


#: one icon per category: the colour is fixed, so the window's palette does not matter
_ICONS: dict[Category, QIcon] = {}
