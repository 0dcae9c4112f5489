"""Convert SpkAtt-2023 speaker-attribution data into the analyser's eval-dev JSONL.

Provenance: SpkAtt-2023, Shared Task on Speaker Attribution (Task 1), University of
Mannheim (https://github.com/umanlp/SpkAtt-2023), German Bundestag speeches annotated with
speech events (cue) and their roles (Source, Message, ...). Annotations: CC BY-SA 4.0.
Only ``data/train/task1`` and ``data/dev/task1`` are read, never ``data/eval``. The output
is development data for tuning and checking the analyser; it is not committed and not
shipped (the shared 60-item smoke test ``/work/shared/eval-dev/bundestag_attribution_de.jsonl``
was mapped by the same rule).

Mapping rule (one item per sentence that holds a speech event whose cue and Source span lie
in that sentence; the Source span decides the label):

1. the cue is a denial ("bestreiten", "dementieren", "leugnen", "zurückweisen", ...):
   ``disputed`` (``denial_cue``);
2. the Source is only a personal pronoun ("ich", "wir", "er", "Sie"): no label, the event is
   skipped (who "er" is depends on context the sentence does not hold);
3. the Source opens with an indefinite or quantifier ("man", "jemand", "viele", "manche",
   "einige", "andere", "mehrere", "ein/eine" ...): ``vague_source`` (``vague``);
4. the Source holds a title + name ("Kollege Weiß", "Frau Merkel"; ``title+name``), a named
   institution or party ("die Bundesregierung", "die CSU", "das Bundesverfassungsgericht",
   an acronym such as "WHO"; ``named_institution_or_party``) or two adjacent capitalised
   words that are not determiners ("der Deutsche Bundestag", "Konrad Adenauer";
   ``two_capitalised_words``): ``sourced``;
5. a definite plural group noun with no name ("Die Experten", "die Kritiker"):
   ``vague_source`` (``vague``);
6. anything else (a bare office "der Minister", a common noun): no label, skipped.

With ``--extended`` the converter writes ``spkatt_de.dev2.jsonl`` instead: a larger held-out
set of the sentences the rules above skip, from the train and dev speeches alike, labelled by
two further rules (the docs/DESIGN.md conventions) and disjoint from both files above (no
sentence of ``spkatt_de.train.jsonl`` or ``spkatt_de.dev.jsonl`` is in it):

7. a definite singular office or institution with no name ("Der Finanzminister", "die
   Bundeskanzlerin", "das Kartellamt", "die Koalition"; ``definite_office``): ``sourced``
   (a definite office identifiable in context is named);
8. a quantified or generic group ("jeder Richter", "alle im Land", "die Mehrheit der
   Bevölkerung", a bare plural "Chefärzte"; ``group``): ``vague_source``; but a share in
   figures ("88 Prozent der Bevölkerung"; ``share``) is ``unsourced_claim``: by the
   docs/DESIGN.md convention a poll's figure is no speaker, the figure is the claim (as
   "74 percent of voters said" in English; until issue 11's fourth German pass these
   were labelled ``vague_source``, a whole class the analyser is right to disagree with).

The test compartment (``data/eval``) holds no Source spans (blind test) and the trial
speeches are also in train, so no other part of the mirror yields labels.

A sentence whose events map to different labels is skipped (the eval-dev format holds one
label). About one label in four is doubtful (a speech event is not always an attribution
in the news-desk sense); use the file as development data, not as a score of record.

Usage::

    python tools/devdata/spkatt_to_jsonl.py --git-dir /work/.mirror/umanlp+SpkAtt-2023/repo \\
        --out-dir /work/wt/devdata
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import subprocess
from pathlib import Path

log = logging.getLogger("spkatt_to_jsonl")

DENIAL_CUES = ("bestreit", "bestritt", "dementier", "leugn", "zurückweis", "zurückgewies")
DENIAL_SPLIT = {"weisen", "weist", "wies", "wiesen", "weise", "streiten", "streitet", "stritt"}
PRONOUNS = {
    "ich", "wir", "du", "ihr", "sie", "er", "es", "mir", "uns", "mich", "ihm", "ihnen",
    "die", "der", "das", "dies", "diese", "dieser", "welche", "selbst",
}  # fmt: skip
INDEFINITE = {
    "man", "jemand", "niemand", "viele", "vielen", "manche", "manchen", "einige", "einigen",
    "andere", "anderen", "mehrere", "wenige", "etliche", "zahlreiche", "ein", "eine", "einer",
    "einem", "einen", "eines", "kein", "keine", "keiner", "irgendwer", "irgendjemand",
    "beobachter", "kritiker", "experten",
}  # fmt: skip
PARTICLES = {"auch", "schon", "ja", "doch", "sogar", "selbst", "nur", "gerade", "bereits"}
DETERMINERS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen",
    "eines", "unser", "unsere", "unserer", "unseren", "mein", "meine", "meiner", "ihr",
    "ihre", "ihrer", "sein", "seine", "seiner", "dieser", "diese", "dieses", "liebe",
    "lieber", "sehr", "geehrte", "verehrte",
}  # fmt: skip
TITLES = {
    "kollege", "kollegin", "kollegen", "frau", "herr", "herrn", "minister", "ministerin",
    "bundeskanzlerin", "bundeskanzler", "kanzlerin", "kanzler", "präsident", "präsidentin",
    "staatssekretär", "staatssekretärin", "abgeordnete", "abgeordneter", "dr.", "professor",
}  # fmt: skip
PARTIES = {"cdu", "csu", "spd", "fdp", "afd", "linke", "linken", "grüne", "grünen", "union"}
INSTITUTION_SUFFIXES = (
    "regierung", "kommission", "gericht", "ministerium", "bundesrat", "bundestag",
    "bundesamt", "bundesbank", "bundesagentur", "rechnungshof", "institut",
)  # fmt: skip
PLURAL_GROUP = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(en|er|innen|ler|ten)$")
OFFICES = (
    "minister", "ministerin", "kanzlerin", "kanzler", "präsident", "präsidentin",
    "staatssekretär", "staatssekretärin", "ausschuss", "koalition", "kartellamt", "bund",
    "ministerpräsident", "ministerpräsidentin", "staatsanwaltschaft", "polizei", "konferenz",
    "beauftragte", "beauftragter", "senat", "landesregierung", "fraktion", "partei", "amt",
)  # fmt: skip
QUANTIFIERS = {"jeder", "jede", "jedes", "alle", "allen", "sämtliche"}
NOT_GROUPS = {"wer", "wir", "sie", "deren", "dessen"}
POSSESSIVES = ("ihr", "unser", "mein", "dein", "euer", "eur", "sein")
GROUP_HEADS = {"prozent", "mehrheit", "teil", "hälfte", "großteil", "drittel", "viertel"}


def label_extended(source: list[str], after: str = "") -> tuple[str, str] | None:
    """Rules 7 and 8 for a Source span the base rules give no label (``after``: the token
    after the span; a capitalised one makes a lone "-er" word an adjective, "Pekinger
    Erklärung")."""
    text = " ".join(source)
    words = [w for w in source if w not in {",", "-", "–"}]
    if not words:
        return None
    lows = [w.lower() for w in words]
    if len(lows) > 1 and re.fullmatch(r"[\d.,]+", lows[0]) and lows[1] in ("prozent", "%"):
        return "unsourced_claim", f"share:{text}"
    if lows[0] in QUANTIFIERS or any(w in GROUP_HEADS for w in lows[:3]):
        return "vague_source", f"group:{text}"
    if lows[0] in {"der", "die", "das"} and len(words) <= 3:
        head = lows[-1]
        if head.endswith(OFFICES):
            return "sourced", f"definite_office:{text}"
    if (
        len(words) <= 4
        and words[0][:1].isupper()
        and lows[0] not in DETERMINERS | PRONOUNS | INDEFINITE | NOT_GROUPS
        and not lows[0].startswith(POSSESSIVES)
        and PLURAL_GROUP.match(words[0])
        and not words[0].endswith("land")
        and not ((words[1:2] or [after])[0][:1].isupper() and lows[0].endswith("er"))
    ):
        return "vague_source", f"group:{text}"
    return None


def detokenize(tokens: list[str]) -> str:
    """Join SpkAtt tokens into running text (no space before punctuation or after an
    opening quote or bracket)."""
    out = ""
    for tok in tokens:
        if not out:
            out = tok
        elif tok in {",", ".", ";", ":", "!", "?", ")", "“", "”", "'"} or out[-1] in "(„":
            out += tok
        else:
            out += " " + tok
    return out


def _ids(refs: list[str]) -> list[tuple[int, int]]:
    return [tuple(int(x) for x in r.split(":")) for r in refs]  # type: ignore[misc]


def label_source(cue: list[str], source: list[str]) -> tuple[str, str] | None:
    """(label, rule) for one speech event, or None when the rule gives no label."""
    text = " ".join(source)
    low_cue = [c.lower() for c in cue]
    if any(c.startswith(DENIAL_CUES) for c in low_cue) or (
        set(low_cue) & DENIAL_SPLIT and {"zurück", "ab"} & set(low_cue)
    ):
        return "disputed", f"denial_cue:{' '.join(cue)}"
    words = [w for w in source if w not in {",", "-", "–"}]
    content = [w for w in words if w.lower() not in PARTICLES]
    if not content or all(w.lower() in PRONOUNS for w in content):
        return None
    if content[0].lower() in INDEFINITE:
        return "vague_source", f"vague:{text}"
    lows = [w.lower() for w in words]
    for k, w in enumerate(lows[:-1]):
        nxt = words[k + 1]
        if w in TITLES and nxt[:1].isupper() and nxt.lower() not in TITLES:
            return "sourced", f"title+name:{text}"
    for w, low in zip(words, lows, strict=True):
        bare = low.split("-")[-1]
        if (
            bare in PARTIES
            or low.endswith(INSTITUTION_SUFFIXES)
            or (len(w) >= 2 and w.isupper() and w.isalpha())
        ):
            return "sourced", f"named_institution_or_party:{text}"
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        if (
            a[:1].isupper()
            and b[:1].isupper()
            and a.lower() not in DETERMINERS | PARTICLES | PRONOUNS
            and b.lower() not in DETERMINERS
        ):
            return "sourced", f"two_capitalised_words:{text}"
    if (
        len(content) == 2
        and content[0].lower() in {"die", "den"}
        and PLURAL_GROUP.match(content[1])
    ):
        return "vague_source", f"vague:{text}"
    return None


def convert_document(name: str, doc: dict, extended: bool = False) -> tuple[list[dict], int]:
    """Items of one speech, and how many labelled sentences were skipped as conflicting;
    ``extended``: only the sentences the base rules skip entirely, by rules 7 and 8."""
    sentences = {s["SentenceId"]: s["Tokens"] for s in doc["Sentences"]}
    labels: dict[int, list[tuple[str, str, str]]] = {}
    based: set[int] = set()  # sentences the base rules label (they belong to the other files)
    for ann in doc["Annotations"]:
        cue, src = _ids(ann["Cue"]), _ids(ann["Source"])
        if not cue or not src:
            continue
        sid = cue[0][0]
        if any(s != sid for s, _ in cue + src):
            continue  # the speaker is named in another sentence
        toks = sentences[sid]
        src_pos = sorted(t for _, t in src)
        cue_words = [toks[t] for _, t in sorted(cue)]
        last = max(t for _, t in cue)
        # a separable verb's particle ("weisen ... zurück") belongs to the cue
        cue_words += [w for w in toks[last + 1 :] if w in ("zurück", "ab")][:1]
        span = toks[src_pos[0] : src_pos[-1] + 1]
        found = label_source(cue_words, span)
        if extended:
            if found is not None:
                based.add(sid)
                continue
            found = label_extended(span, (toks[src_pos[-1] + 1 :] or [""])[0])
        if found is not None:
            labels.setdefault(sid, []).append((*found, " ".join(cue_words)))
    items, conflicts = [], 0
    for sid, found in sorted(labels.items()):
        if sid in based:
            continue
        kinds = {label for label, _, _ in found}
        if len(kinds) > 1:
            conflicts += 1
            continue
        label = kinds.pop()
        original = ";".join(
            f"{'vague_attribution' if lab == 'vague_source' else lab}<-{rule}"
            for lab, rule, _ in found
        )
        items.append(
            {
                "id": f"spkatt2023-{name}-s{sid}-{sid}",
                "lang": "de",
                "text": detokenize(sentences[sid]),
                "label": label,
                "source_dataset": "spkatt2023_task1",
                "original_label": f"spkatt:speech_event[{original}]",
                "cues": [cue for _, _, cue in found],
            }
        )
    return items, conflicts


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--git-dir", type=Path, required=True, help="SpkAtt-2023 git dir")
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument(
        "--extended", action="store_true", help="write spkatt_de.dev2.jsonl (rules 7 and 8)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    outputs = {"train": ("train",), "dev": ("dev",)}
    if args.extended:
        outputs = {"dev2": ("train", "dev")}
    for name, parts in outputs.items():
        items: list[dict] = []
        conflicts = 0
        for part in parts:
            paths = _git(
                args.git_dir, "ls-tree", "-r", "--name-only", "HEAD", f"data/{part}/task1/"
            )
            for path in sorted(p for p in paths.split() if p.endswith(".json")):
                doc = json.loads(_git(args.git_dir, "show", f"HEAD:{path}"))
                got, skipped = convert_document(Path(path).stem, doc, args.extended)
                items.extend(got)
                conflicts += skipped
        out = args.out_dir / f"spkatt_de.{name}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        counts: dict[str, int] = {}
        for item in items:
            counts[item["label"]] = counts.get(item["label"], 0) + 1
        log.info("%s: %d items %s (%d conflicting sentences skipped)", out, len(items),
                 counts, conflicts)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
