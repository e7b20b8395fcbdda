"""Place words that stand for a place named before (issue 14, targets): "there", "here", and a definite place noun
that names no place ("the town", "the city", "the enclave", "the province").

"Russian jets bombed the town again on Monday", told after a sentence naming Saraqib, or "US airstrikes there", name
no place in their clause, so the place-target rules (coder._place_held, coding/place_targets.py) found none. Such a
word stands for the last named place of a fitting kind (data/coding/place_targets.tsv: `anaphor-city` nouns take a
city, `anaphor-region` nouns a first-level region, `anaphor-either` both, `anaphor-adverb` "there"/"here" a city,
region or country; `anaphor-country` "the country" a country, also one a nationality names as ground, "the Malian
towns ... overran a swathe of the country") in its own sentence before it or in the 2 sentences before, when that window holds
one such place only (a country or region holding the other candidates is no rival: "Saraqib, in Idlib province"
leaves Saraqib for "there"), or, where it holds more, the one the same word stood for earlier in that window ("the
town of Qaryatain ... The town fell to Isis when militants took the city of Palmyra ... The town was reclaimed"); neither the word nor the place in a quote, nor the place in a dateline. The word's place
(`PlaceWord`) is the named place's, spanning the word, with `stands_for` the place named; the rules use it only where
the clause names no place and the doer's side is known, under the same guards (the doer's own ground, a country the
story is not about), also in a part or direction noun's or a ground noun's "of" phrase ("the east of the province",
"a swathe of the country": `place_word_of`); the target's why says which place the word stood for, and an event its
sentence did not place is placed there (`word_location`, called from the pipeline). Indexed once per document
(`place_word`).
The pronoun "it" (`anaphor-pronoun`), as a verb's object or passive subject, stands for the one city or region named
before it in its own sentence only ("has lived in the city of Mosul since it was seized by Isis").
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import Optional

from eventwire.model import Place

WINDOW = 2             # sentences before the word's own that its place may be named in
FITS = {"anaphor-city": ("city",), "anaphor-region": ("admin1",), "anaphor-either": ("city", "admin1"),
        "anaphor-adverb": ("city", "admin1", "country"), "anaphor-pronoun": ("city", "admin1"),
        "anaphor-country": ("country",)}
DETERMINERS = ("the", "this", "that")


@dataclass
class PlaceWord(Place):
    stands_for: Optional[Place] = None     # the place named before that the word stands for


def said(p) -> str:
    """How a target's why quotes a place: a place word says which place it stood for."""
    w = getattr(p, "stands_for", None)
    return f"'{p.text}'" if w is None else f"'{p.text}' (standing for '{w.text}', named before it)"


def _where_named(doc, p) -> bool:
    """A country counts only where named as a place ("in Syria", "Raqqa, Syria"), not as a party ("the United
    States carried out airstrikes there")."""
    from eventwire.coding.place_targets import _where_named as where
    if where(doc, p):
        return True
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    return tok is not None and tok.dep_ in ("appos", "npadvmod") and tok.head.ent_type_ in ("GPE", "LOC")


def _kinds() -> dict:
    from eventwire.coding.place_targets import place_words
    words = place_words()
    return {w: k for k in FITS for w in words.get(k, ())}


def _quoted(ctx, char: int) -> bool:
    co = getattr(ctx, "coref", None)
    return co is not None and hasattr(co, "quote_at") and co.quote_at(char) >= 0


def _word_span(tok, kinds) -> Optional[tuple]:
    """(kind, start token) for a token that is a place word standing for a place, or None."""
    low = tok.lower_
    kind = kinds.get(low) if kinds.get(low) == "anaphor-adverb" else kinds.get(tok.lemma_.lower())
    if kind is None:
        return None
    if kind == "anaphor-adverb":
        return (kind, tok) if tok.dep_ == "advmod" and tok.pos_ == "ADV" else None
    if kind == "anaphor-pronoun":
        return (kind, tok) if tok.pos_ == "PRON" and tok.dep_ in ("dobj", "nsubjpass") else None
    if tok.tag_ != "NN" or tok.dep_ in ("compound", "amod", "nmod", "poss", "appos"):
        return None
    det = None
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in DETERMINERS and c.i < tok.i:
            det = c
        elif c.dep_ in ("poss", "appos", "relcl", "acl") or (c.dep_ == "compound" and c.pos_ == "PROPN") \
                or (c.dep_ == "prep" and c.lower_ == "of"):
            return None      # "its town", "the town of Douma", "the city, Aleppo", "the town where ..."
    if det is None or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"):
        return None
    return kind, det


def _keyed(p) -> tuple:
    return ((p.name or p.text).lower(), p.country)


def _ground_demonym(doc, p) -> bool:
    """Whether a nationality mention modifies a noun of ground ("the Malian towns", "Iraqi territory")."""
    from eventwire.coding.victim_roles import victim_words
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    from eventwire.coding.context import PLACE_HEADS
    return tok is not None and tok.dep_ == "amod" and (tok.head.lemma_.lower() in victim_words().get("ground", ())
                                                       or tok.head.lemma_.lower() in PLACE_HEADS)


def _index(ctx, doc) -> dict:
    """{token index: PlaceWord} for the document's place words that stand for one place."""
    kinds = _kinds()
    named = [p for p in (ctx.places or ()) if p.start is not None and p.country and not p.demonym
             and not ctx.in_junk(p.start, p.end) and not _quoted(ctx, p.start)]
    named.sort(key=lambda p: p.start)
    starts = [p.start for p in named]
    # ("the Malian towns ... a swathe of the country": a nationality naming ground names its country as a place)
    grounds = sorted((p for p in (ctx.places or ()) if p.start is not None and p.country and p.demonym
                      and _ground_demonym(doc, p) and not _quoted(ctx, p.start)), key=lambda p: p.start)
    sents = list(doc.sents)
    out = {}
    from eventwire.doc_index import lemma_lowers, word_lowers
    lemmas, lows = lemma_lowers(doc), word_lowers(doc)
    for si, sent in enumerate(sents):
        # (only the words `_word_span` can take, by their form or lemma: no Token made for the others)
        for tok in [doc[i] for i in range(sent.start, sent.end)
                    if lemmas[i] in kinds or kinds.get(lows[i]) == "anaphor-adverb"]:
            got = _word_span(tok, kinds)
            if got is None or _quoted(ctx, tok.idx):
                continue
            kind, first = got
            end = tok.idx + len(tok.text)
            if ctx.places_in(first.idx, end) or ctx.places_in(tok.left_edge.idx,
                                                               tok.right_edge.idx + len(tok.right_edge.text)):
                continue      # a place is named in the word's own phrase
            lo = sents[max(0, si - (0 if kind == "anaphor-pronoun" else WINDOW))].start_char
            fits = FITS[kind]
            cands = [p for p in named[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, first.idx)]
                     if (p.feature or "") in fits and _where_named(doc, p)]
            if kind == "anaphor-country":
                cands += [replace(p, feature="country", demonym=False) for p in grounds if lo <= p.start < first.idx]
            # (a country or region holding the others is no rival: "Saraqib, in Idlib province ... there")
            cities = [p for p in cands if p.feature == "city"]
            cands = [p for p in cands if not (p.feature == "country" and any(q.country == p.country for q in cands
                                                                               if q is not p))
                     and not (p.feature == "admin1" and p.admin1 and any(q.admin1 == p.admin1 and q.country == p.country
                                                                         for q in cities))]
            if len({((p.name or p.text).lower(), p.country) for p in cands}) != 1:
                # ("the town of Qaryatain ... The town fell to Isis when militants conquered the city of Palmyra ...
                # The town was later reclaimed"): the same word told just before stood for one of them
                same = [w for i, w in out.items() if doc[i].lemma_.lower() == tok.lemma_.lower() and w.start >= lo
                        and any(_keyed(w.stands_for) == _keyed(p) for p in cands)]
                if not same:
                    continue
                cands = [same[-1].stands_for]
            p = cands[-1]
            out[tok.i] = PlaceWord(**{**{k: getattr(p, k) for k in p.__dataclass_fields__},
                                      "text": ctx.text[first.idx:end], "start": first.idx, "end": end,
                                      "stands_for": p})
    return out


def place_word(ctx, tok) -> Optional[PlaceWord]:
    """The place the word `tok` stands for ("the town", "there"), or None; the document is indexed on first use."""
    if tok is None or ctx is None:
        return None
    cache = getattr(ctx, "_place_words", None)
    if cache is None or cache[0] is not tok.doc:
        words = _index(ctx, tok.doc)
        cache = (tok.doc, words, {w.start: w for w in words.values()})
        ctx._place_words = cache
    return cache[1].get(tok.i)


def place_word_of(ctx, tok) -> Optional[PlaceWord]:
    """The place a phrase's head stands for: the word itself ("the town"), or the place word in the "of" phrase of a
    part or direction noun ("the east of the province", "the outskirts of the city") or of a stretch of ground
    (victims.tsv `ground`: "a swathe of the country")."""
    w = place_word(ctx, tok)
    if w is not None or tok is None:
        return w
    from eventwire.coding.victim_roles import victim_words
    from eventwire.knowledge.place_words import _DIRECTION_HEADS, _PART_NOUNS
    if tok.lower_ in ("kilometers", "kilometres", "km", "miles") \
            or tok.lower_ not in _DIRECTION_HEADS | _PART_NOUNS | victim_words().get("ground", frozenset()):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return place_word(ctx, inner) if inner is not None else None


def there_slots(ctx, toks) -> list:
    """The "there"/"here" adverbs on the tokens `toks` that stand for a place (as slots, like a prepositional object)."""
    out = []
    for t in toks:
        for c in (t.children if t is not None else ()):
            if c.dep_ == "advmod" and c.lower_ in ("there", "here") and place_word(ctx, c) is not None:
                out.append(c)
    return out


def word_location(ctx, target) -> Optional[Place]:
    """The place an act's target was found from when that was a place word ("bombed the town": the town named
    before, spanning the word, precision "clause"), or None."""
    cache = getattr(ctx, "_place_words", None)
    w = cache[2].get(target.start) if cache is not None and target is not None else None
    if w is None or w.end != target.end:
        return None
    return Place(**{**{k: getattr(w, k) for k in Place.__dataclass_fields__}, "precision": "clause"})
