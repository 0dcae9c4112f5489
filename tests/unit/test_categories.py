"""The one category table: colours stay apart (also for deuteranopes), one overlap order.

Colour distance is CIEDE2000 on CIELAB (D65); the deuteranope's view is Machado, Oliveira
and Fernandes (2009) at full severity, applied in linear sRGB. Both are written out here
so the test needs no colour library.
"""

from __future__ import annotations

import itertools
import math

import pytest

from factcheck_app import categories
from factcheck_app.categories import CATEGORY_STYLES, PRIORITY
from factcheck_app.models import Category

MIN_DELTA_E = 20.0

_DEUTERANOPIA = (
    (0.367322, 0.860646, -0.227968),
    (0.280085, 0.672501, 0.047413),
    (-0.011820, 0.042940, 0.968881),
)


def _linear(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    c = min(max(c, 0.0), 1.0)
    return 255 * (12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055)


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def deuteranope(rgb: tuple[float, ...]) -> tuple[float, float, float]:
    lin = [_linear(c) for c in rgb]
    return tuple(_gamma(sum(m * v for m, v in zip(row, lin, strict=True))) for row in _DEUTERANOPIA)  # type: ignore[return-value]


def lab(rgb: tuple[float, ...]) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def ciede2000(lab1: tuple[float, ...], lab2: tuple[float, ...]) -> float:
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    else:
        dh = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    dh_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    else:
        h_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_bar - 30))
        + 0.24 * math.cos(math.radians(2 * h_bar))
        + 0.32 * math.cos(math.radians(3 * h_bar + 6))
        - 0.20 * math.cos(math.radians(4 * h_bar - 63))
    )
    d_theta = 30 * math.exp(-(((h_bar - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_bar**7 / (cp_bar**7 + 25**7))
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    s_c = 1 + 0.045 * cp_bar
    s_h = 1 + 0.015 * cp_bar * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dh_big / s_h) ** 2 + r_t * (dc / s_c) * (dh_big / s_h)
    )


def test_ciede2000_matches_the_published_reference_pairs():
    # Sharma, Wu and Dalal (2005), table 1, pairs 1 and 17
    assert ciede2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert ciede2000((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


PAIRS = list(itertools.combinations(Category, 2))


@pytest.mark.parametrize(("one", "other"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_every_two_categories_look_different_also_to_deuteranopes(one, other):
    first, second = _rgb(CATEGORY_STYLES[one].colour), _rgb(CATEGORY_STYLES[other].colour)
    assert ciede2000(lab(first), lab(second)) >= MIN_DELTA_E
    assert ciede2000(lab(deuteranope(first)), lab(deuteranope(second))) >= MIN_DELTA_E


def test_only_sourced_may_read_as_green():
    for category, style in CATEGORY_STYLES.items():
        r, g, b = _rgb(style.colour)
        greenish = g > r + 20 and g > b + 20
        assert not greenish or category is Category.SOURCED, category


def test_one_overlap_order_shared_by_the_view_and_the_report():
    from factcheck_app.export import segments

    assert set(PRIORITY) == set(Category) and PRIORITY[0] is Category.NO_EVIDENCE
    assert PRIORITY[-1] is Category.SOURCED
    assert sorted(Category, key=segments._PRIORITY.__getitem__) == list(PRIORITY)
    assert len({s.priority for s in CATEGORY_STYLES.values()}) == len(Category)


def test_fill_and_ink_follow_the_colour():
    for style in CATEGORY_STYLES.values():
        colour, fill, ink = _rgb(style.colour), _rgb(style.fill), _rgb(style.ink)
        assert all(
            abs(f - (c * 0.35 + 255 * 0.65)) <= 1.5 for c, f in zip(colour, fill, strict=True)
        )
        assert all(abs(i - c * 0.6) <= 1.5 for c, i in zip(colour, ink, strict=True))
    assert categories.style("hedged").underline == "dash"
