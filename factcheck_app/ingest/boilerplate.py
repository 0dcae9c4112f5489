"""Cues for site furniture: transparency notes, share buttons, cookie and newsletter
prompts, "read more" sections, copyright lines, key/value fact boxes.

Boilerplate blocks stay in the canonical text (nothing the user imported disappears) but
are marked ``boilerplate`` so the analyser skips them. The cues are data, kept general
(not fitted to one site): each pattern must match a *whole* short block or line, which
keeps a real sentence that merely mentions "cookies" or "Impressum" out of it.
"""

from __future__ import annotations

import re

#: Longest block (in characters) that can be boilerplate; furniture is short.
MAX_BOILERPLATE_CHARS = 300

_SHARE_WORD = (
    r"(?:teilen|twittern|tweet(?:en)?|share|shares?|e-?mail|mail|drucken|print|whatsapp|"
    r"facebook|twitter|x|linkedin|telegram|reddit|pinterest|threads|bluesky|mastodon|"
    r"xing|flipboard|messenger|link kopieren|kopieren|copy link|copy|teilen auf|share on|"
    r"merken|speichern|save|bookmark|kommentieren|comment|comments)"
)

#: Whole-block (or whole-line) cues, matched case-insensitively with ``fullmatch``.
LINE_CUES: tuple[str, ...] = (
    # editorial transparency / imprint lines
    r"transparenz\s*:.*",
    r"(?:.*[|·•]\s*)?(?:impressum|redaktionskodex|datenschutz(?:erklärung)?|privacy policy|"
    r"terms of (?:use|service)|nutzungsbedingungen|agb|imprint|kontakt|contact(?: us)?|"
    r"about us|über uns)(?:\s*[|·•].*)?",
    r"(?:zuletzt )?(?:veröffentlicht|aktualisiert|published|updated|posted|stand)"
    r"(?: am| on| at)?\s*:?(?:\s*\d[\d\s.,:/|·-]*(?:uhr|utc|gmt|cet|cest|mez|mesz)?)?",
    r"(?:lesezeit|reading time)\s*:?\s*\d+\s*(?:min(?:uten|utes)?|minutes?)\.?",
    r"\d+\s*(?:min(?:ute)?s?)\.? (?:read|lesezeit)",
    # visit / follow us
    r"(?:besuchen|folgen) sie uns\b.*",
    r"(?:visit|follow|join) us\b.*",
    r"(?:find|like) us on\b.*",
    # share-button rows: "Teilen | Twittern", "Share · Tweet · Email"
    rf"{_SHARE_WORD}(?:\s*[|·•/,;:]?\s*{_SHARE_WORD})*\s*[|·•]?",
    # cookie notices and consent
    r".*\bcookies?\b.*\b(?:website|webseite|web site|site|seite|browser|accept\w*|"
    r"akzeptier\w*|zustimm\w*|einwillig\w*|consent|einverstanden|datenschutz|privacy)\b.*",
    r".*\b(?:wir verwenden|we use|diese (?:website|seite) (?:verwendet|nutzt)|"
    r"this (?:website|site) uses)\b.*\bcookies?\b.*",
    r"(?:accept|reject|manage) (?:all )?cookies?.*",
    r"(?:alle )?(?:akzeptieren|ablehnen)|(?:accept|reject) all",
    # newsletter / subscription prompts
    r".*\bnewsletter\b.*\b(?:abonn\w*|subscri\w*|sign up|anmeld\w*|registr\w*|inbox|"
    r"postfach|kostenlos|free|bestell\w*)\b.*",
    r".*\b(?:abonn\w*|subscri\w*|sign up for|melden sie sich)\b.*\bnewsletter\b.*",
    r"(?:jetzt |now )?(?:abonnieren|subscribe|sign up|anmelden|log ?in|einloggen)"
    r"(?:[\s:!»›>-].{0,80})?",
    # related-content sections and teasers
    r"(?:mehr|weitere(?:s)?) zum thema\b.*",
    r"mehr (?:lesen|dazu|erfahren|aus dem ressort|nachrichten)\b.*",
    r"(?:weiterlesen|read more|continue reading|lesen sie (?:auch|mehr)|"
    r"auch interessant|das könnte sie auch interessieren|empfehlungen|recommended|"
    r"related(?: articles| stories| content| coverage| news)?|see also|siehe auch|"
    r"more (?:on|about) (?:this|the) (?:story|topic|subject)|top stories|"
    r"most read|meistgelesen|beliebte artikel|popular)"
    r"(?:\s*[:…»›>|]\s*.{0,80}|\s*[.…»›>]*)",
    r"(?:zurück|back)(?: to top| nach oben| zur startseite| to home)?|nach oben",
    r"(?:skip to|zum inhalt|zur navigation|springe zu)\b.*",
    r"(?:menü|menu|navigation|suche|search|home|startseite)",
    r"(?:anzeige|advertisement|werbung|sponsored(?: content)?|promoted|ad)",
    r"(?:kommentare?|comments?)\s*\(?\d*\)?",
    # fact boxes: "Details", "Ort Pyongyang", "Quelle: dpa", image credits
    r"(?:details|info(?:box)?|fakten|facts|steckbrief|auf einen blick|at a glance)",
    r"(?:ort|datum|quelle|location|date|source|sources|foto|photo|bild|image|credit|"
    r"credits|autor(?:in)?|author|tags?|schlagwörter|schlagworte|themen|kategorie|"
    r"category|rubrik|ressort|topics?)\s*[:|]\s*.{1,100}",
    r"(?:foto|photo|bild|image|grafik|graphic|video)\s*[:©]?\s*\S.{0,60}/\s*\S.{0,60}",
    # copyright and rights lines
    r"(?:©|\(c\)|copyright\b).*",
    r".*\b(?:alle rechte vorbehalten|all rights reserved)\b.*",
    # bylines on their own line
    r"(?:von|by)\s+(?-i:[A-ZÄÖÜ][\w.'-]+(?:\s+(?:und |and |& )?[A-ZÄÖÜ][\w.'-]+){0,4})"
    r"(?:\s*[|·].{0,40})?",
    # menu rows: three or more short items separated by · | •
    r"[^|·•\n]{1,30}(?:\s*[|·•]\s*[^|·•\n]{1,30}){2,}",
)

#: Headings that open a furniture section; short blocks under them are boilerplate too.
SECTION_CUES: tuple[str, ...] = (
    r"details|info(?:box)?|fakten|facts|steckbrief|auf einen blick|at a glance",
    r"(?:mehr|weitere(?:s)?) zum thema.*|mehr (?:lesen|dazu|nachrichten).*",
    r"(?:read more|lesen sie auch|auch interessant|das könnte sie auch interessieren|"
    r"related(?: articles| stories| content| coverage| news)?|see also|siehe auch|"
    r"empfehlungen|recommended|top stories|most read|meistgelesen|beliebte artikel)"
    r"\s*[:.…]*",
    r"(?:share|teilen)(?: this)?(?: article| artikel)?\s*:?",
    r"(?:newsletter|kommentare?|comments?|tags?|schlagwörter|themen)\s*:?",
)

_LINE_RE = tuple(re.compile(p, re.IGNORECASE) for p in LINE_CUES)
_SECTION_RE = tuple(re.compile(p, re.IGNORECASE) for p in SECTION_CUES)


def is_boilerplate(text: str) -> bool:
    """True when the whole (short) block or line is site furniture."""
    text = text.strip()
    if not text or len(text) > MAX_BOILERPLATE_CHARS:
        return False
    return any(rx.fullmatch(text) for rx in _LINE_RE)


def opens_boilerplate_section(text: str) -> bool:
    """True for headings like "Details" or "Mehr zum Thema" that introduce furniture."""
    text = text.strip().rstrip(":")
    return bool(text) and len(text) <= 60 and any(rx.fullmatch(text) for rx in _SECTION_RE)
