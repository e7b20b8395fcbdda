"""An organisation the story names in full and then by its initials alone (issue 14, no source).

A story often writes a body's full name once and its short form after: "the National Unity Council (NUC) said ...
The NUC rejected ...", "the Syrian National Army, or TFSA", or with no definition at all, "the Security Belt Forces
took the port ... The SBF detained". The actor lists know the full name; the short form, unless the lists give it too, is a word
of capitals that nothing matches, so the act it does has no source. Within that story the short form is the body:

- defined: the capitals in brackets right after a mention of a group, party or international body ("X (ABC)"), or
  after ", or" ("X, or ABC");
- by its initials: the capitals are the first letters of the capitalised words of such a mention named before it
  ("Security Belt Forces": SBF; "Organisation of Islamic Cooperation": OIC).

A body the lists do not know whose name carries its country ("the Malawi Labour Congress (MLC)", knowledge/
org_names.py) defines its short form too, and there the story's definition wins over the letters the lists give another
body ("MLC"): the coder reads that mention first (coding/resolve.py).

Every later use of the short form that no list matches (ctx.mentions holds nothing there) is then a mention of that
body, with a `why` that names the full mention. Never where two bodies named before have the same short form, nor a
word in a run of capitals (a headline: "REBELS SEIZE TOWN"), nor the defining words themselves.

    mentions = acronym_mentions(text, mentions)     # by Coder.context, after the actor lists' matcher
"""
from __future__ import annotations

import bisect
import re
from eventwire.model import Actor

KINDS = ("group", "party", "igo")
_SHORT = re.compile(r"(?<![\w’'-])[A-Z]{2,6}(?![\w-])")
_WORD = re.compile(r"[^\s\-–/]+")
_PARTICLES = frozenset({"al", "el", "ad", "ud", "ash", "as", "an", "ar"})
_DEFINED = re.compile(r"\s*(?:\(\s*|,\s+or\s+|,\s+known as\s+)$")


def initials(text: str) -> frozenset:
    """The short forms a name's initials make, as written: the first letters of its capitalised words ("the Syrian
    Negotiations Commission": SNC; a leading "The" is no word of the name), and with an article or particle hyphened
    to a word counted too ("al-Qaida in the Arabian Peninsula": AQAP; "of", "in", "the" never)."""
    words = _WORD.findall(text)
    if words and words[0].lower() == "the":
        words = words[1:]
    caps = "".join(w[0] for w in words if w[:1].isupper())
    parts = "".join(w[0].upper() for w in re.findall(r"[^\s\-–/’']+", " ".join(words))
                    if w[:1].isalpha() and (w[:1].isupper() or w.lower() in _PARTICLES))
    return frozenset(x for x in (caps, parts) if len(x) >= 3)


def _in_caps_run(text: str, s: int, e: int) -> bool:
    """Is the word one of a run of capitals (a headline), not a short form in running text?"""
    before = re.search(r"([A-Za-z]+)[^A-Za-z]*$", text[max(0, s - 30):s])
    after = re.match(r"[^A-Za-z]*([A-Za-z]+)", text[e:e + 30])
    return any(m is not None and len(m.group(1)) > 1 and m.group(1).isupper() for m in (before, after))


def _copy(m: Actor, text: str, s: int, e: int, why: str) -> Actor:
    return Actor(code=m.code, country=m.country, sector=m.sector, name=m.name, entity=m.entity, text=text[s:e],
                 start=s, end=e, kind=m.kind, why=why)


def acronym_mentions(text: str, mentions: list, named: list = ()) -> list:
    """`mentions` (in start order) with a mention added at each later use of a short form the story gives a body named
    in full (module doc); the same list when there is none. One pass over the text's words of capitals, each looked
    up by its letters and by the body mention that ends just before it. `named`: bodies the lists do not know whose
    names carry their country, each defining a short form ("the Malawi Labour Congress (MLC)": knowledge/org_names.py)."""
    orgs = sorted([m for m in mentions if m.kind in KINDS and m.code and m.start is not None and m.end is not None
                   and len(m.text or "") > 6] + [m for m in named if m.code and m.start is not None],
                  key=lambda m: m.end)
    if not orgs:
        return mentions
    by_initials: dict = {}        # short form -> the bodies' mentions that make it, in end order
    for m in orgs:
        for short in initials(m.text):
            by_initials.setdefault(short, []).append(m)
    org_ends = [m.end for m in orgs]
    spans = sorted((m.start, m.end) for m in mentions if m.start is not None and m.end is not None)
    starts = [a for a, _ in spans]
    defined: dict = {}            # short form -> (the body's mention, how) or None (two bodies make it)
    added, dropped = [], []
    # a short form the story itself defines for a body the lists do not know ("the Malawi Labour Congress (MLC)")
    # means that body in this story, whatever else the lists give those letters
    own = {}
    for m in named:
        x = _SHORT.match(text, m.end + len(text[m.end:m.end + 16]) - len(text[m.end:m.end + 16].lstrip(" (,or")))
        if x is not None and _DEFINED.match(text[m.end:x.start()]):
            own.setdefault(x.group(), m)
    for x in _SHORT.finditer(text):
        s, e, short = x.start(), x.end(), x.group()
        k = bisect.bisect_right(starts, s)
        body = own.get(short)
        if body is not None and s > body.end and not _in_caps_run(text, s, e):
            dropped += [m for m in mentions if m.start is not None and m.start <= s < m.end]
            added.append(_copy(body, text, s, e, f"'{short}': the short form the story gives '{body.text}' "
                                                 f"({body.code})"))
            continue
        if any(a <= s < b for a, b in spans[max(0, k - 3): k]) or _in_caps_run(text, s, e):
            continue              # (a name the lists match, or a headline)
        if short not in defined:
            j = bisect.bisect_right(org_ends, s) - 1
            by_def = [orgs[j]] if j >= 0 and s - orgs[j].end < 16 and _DEFINED.match(text[orgs[j].end:s]) else []
            ms = by_initials.get(short, [])
            cands = by_def or ms[:bisect.bisect_right([m.end for m in ms], s)]
            if not cands:
                continue
            if len({(m.code, m.entity or m.name) for m in cands}) > 1:
                defined[short] = None
                continue
            defined[short] = (cands[-1], "defined" if by_def else "initials")
            if by_def:
                continue          # (the defining words themselves: "the National Unity Council (NUC)")
        got = defined[short]
        if got is None:
            continue
        m, how = got
        why = (f"'{short}': the short form the story gives '{m.text}' ({m.code})" if how == "defined" else
               f"'{short}': the initials of '{m.text}', named before ({m.code})")
        added.append(_copy(m, text, s, e, why))
    if not added:
        return mentions
    return sorted([m for m in mentions if not any(m is d for d in dropped)] + added, key=lambda a: a.start)
