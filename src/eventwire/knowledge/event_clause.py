"""Event location, first stage: the trigger's clause and the places its sentence names (event_location.py).

The places are mapped to their tokens once per document (`_places_by_sentence`, `_head_in_span`); the syntax
helpers find the clause an event belongs to (`_clause_root`, `_subtree_ids`), the preposition a place hangs from
(`_governing_prep`), reporting verbs and "according to" phrases whose places do not locate the event
(`_is_report`, `_according_phrases`), and the checks that bring a place in a linked clause into the event's
clause: a "when" clause that caused it (`_in_cause_clause`) and the ground crossed on the way (`_on_the_way`).
dates.py and actor_country.py read some of these helpers too.
"""
from __future__ import annotations

from typing import Sequence

from eventwire.doc_index import per_token
from eventwire.model import Place
from eventwire.knowledge.place_words import _BATTLE_NOUNS, _DIRECTION_HEADS, _SETTLEMENT_NOUNS, _STRONG_PREPS, _WORDS

_REPORT_LEMMAS = _WORDS["report_lemmas"]
_CLAUSE_BREAK = {"ccomp", "parataxis", "relcl", "csubj", "advcl", "acl"}
_DEVICE_NOUNS = _WORDS["device_nouns"]
_WAY_NOUNS = _WORDS["way_nouns"]
_TRAVEL_VERBS = _WORDS["travel_verbs"]
_OF_PREPS = _WORDS["of_preps"]
_BETWEEN_NOUNS = _WORDS["between_nouns"]


def _places_by_sentence(doc, places: Sequence[Place]) -> dict:
    """{sentence start token: [(place, first token, end token)]}, built once per document and place list."""
    key = (id(places), len(places))
    cache = doc.user_data.get("eventwire.place_tokens")
    if cache is not None and cache[0] == key:
        return cache[1]
    by_sent: dict = {}
    for p, i, j in _place_tokens_uncached(doc, places):
        by_sent.setdefault(doc[i].sent.start, []).append((p, i, j))
    doc.user_data["eventwire.place_tokens"] = (key, by_sent)
    return by_sent


def _place_tokens_uncached(doc, places: Sequence[Place]) -> list[tuple[Place, int, int]]:
    out = []
    for p in places:
        if p.demonym:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append((p, span.start, span.end))
    return out


def _head_in_span(doc, i: int, j: int):
    """The head word of the tokens i..j (the first whose head lies outside them, punctuation last), kept per span
    in Doc.user_data: the same place's and actor's spans are asked for by several stages."""
    cache = doc.user_data.get("eventwire.span_heads")
    if cache is None or cache[0] != len(doc):
        cache = doc.user_data["eventwire.span_heads"] = (len(doc), {})
    got = cache[1].get((i, j))
    if got is None:
        got = cache[1][(i, j)] = _span_head(doc, i, j)
    return got


def _span_head(doc, i: int, j: int):
    for t in doc[i:j]:
        if (not (i <= t.head.i < j) or t.head.i == t.i) and not t.is_punct:
            return t
    for t in doc[i:j]:
        if not (i <= t.head.i < j) or t.head.i == t.i:
            return t
    return doc[i]


@per_token("eventwire.governing_prep")
def _governing_prep(tok):
    """The preposition a place hangs from (through 'the city of', compounds and appositions), or None."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("compound", "amod", "nmod", "appos", "conj", "poss") and t.head.i != t.i:
            t = t.head
            continue
        if t.head.lower_ in ("called", "named") and t.head.dep_ in ("acl", "relcl") and t.dep_ != "pobj":
            t = t.head.head       # "a peak called Tiger Hill": the peak
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lower_ == "known" \
                and t.head.head.dep_ in ("acl", "relcl"):
            t = t.head.head.head  # "an area known as El Tablazo": the area
            continue
        if t.dep_ == "pobj":
            p = t.head
            if p.lower_ == "of" and p.head.lower_ in _DIRECTION_HEADS and p.head.dep_ in ("advmod", "npadvmod"):
                return p              # "raids north of Baghdad": the direction phrase itself
            if p.lower_ == "of" and p.head.lower_ in _OF_PREPS and p.head.dep_ in ("prep", "advmod") \
                    and p.head.head.i != p.head.i:
                return p.head         # "killed outside of Kandy", "seized points inside of X": the place's own
                #                       preposition is the word before "of"
            if p.lower_ == "of" and (p.head.pos_ in ("NOUN", "PROPN") or p.head.lower_ in ("one", "two", "some",
                                                                                       "many", "most", "all")) \
                    or p.lower_ == "for" and p.head.lemma_.lower() in _BATTLE_NOUNS \
                    or p.lower_ in ("like", "including") and (p.head.lower_ in _SETTLEMENT_NOUNS
                                                              or p.head.lower_ in ("places", "sites")) \
                    and p.head.dep_ == "pobj" and p.head.head.lower_ in _STRONG_PREPS:
                t = p.head            # "the city of X", "the outskirts of X", "in the battle for X"
                continue
            if p.lower_ == "to" and p.head.lower_ in _WAY_NOUNS and p.head.dep_ == "pobj":
                t = p.head            # "at the entrance to Bethlehem", "on the road to Ariel"
                continue
            if p.lower_ == "between" and p.head.lemma_.lower() in _BETWEEN_NOUNS and p.head.dep_ in ("pobj", "dobj"):
                t = p.head            # "near the crossing between X and Y", "patrolled the zone between X and Y"
                continue
            return p
        return None
    return None


def _is_report(tok) -> bool:
    """Does tok report speech ("said", "claimed")? Not "claimed 37 lives", "reported missing", "a blast was
    reported"."""
    if tok.lemma_.lower() not in _REPORT_LEMMAS:
        return False
    return not any(c.dep_ in ("dobj", "oprd", "acomp") and c.lemma_.lower() in ("life", "live", "lives", "missing",
                                                                                 "dead", "killed", "wounded")
                   or c.dep_ == "nsubjpass" and (c.lemma_.lower() in _DEVICE_NOUNS or c.lemma_.lower() in _BATTLE_NOUNS)
                   for c in tok.children)     # ("an explosion was reported inside X": where it went off)


def _clause_root(trigger):
    """Walk up from the trigger to the verb whose clause it belongs to, stopping below reporting verbs."""
    t = trigger
    for _ in range(8):
        if t.dep_ in ("ROOT", "ccomp", "parataxis", "relcl", "csubj") or t.head.i == t.i:
            return t
        h = t.head
        if _is_report(h) and t.dep_ in ("advcl", "xcomp", "conj", "dobj"):
            return t
        if t.dep_ in ("xcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "amod", "acl",
                      "advcl", "conj", "npadvmod", "agent", "oprd", "acomp", "aux", "auxpass"):
            t = h
            continue
        return t
    return t


def _subtree_ids(tok, stop_deps=_CLAUSE_BREAK, skip=None) -> set[int]:
    """Token indexes under tok, not crossing into other clauses (stop_deps). The plain case is computed once per
    token and document: event places and event dates ask for the same subtrees for every event. Read-only."""
    if stop_deps is _CLAUSE_BREAK and skip is None:
        cache = tok.doc.user_data.setdefault("eventwire.subtrees", {})
        got = cache.get(tok.i)
        if got is None:
            got = cache[tok.i] = frozenset(_subtree_walk(tok, stop_deps, None))
        return got
    return _subtree_walk(tok, stop_deps, skip)


def _subtree_walk(tok, stop_deps, skip) -> set[int]:
    out = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            if c.dep_ in stop_deps and c.i != tok.i:
                continue
            if skip is not None and c.i == skip:
                continue
            stack.append(c)
    return out


def _subject_ids(trig) -> set[int]:
    out: set[int] = set()
    for c in trig.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            out |= {t.i for t in c.subtree}
    return out


def _according_phrases(doc, sent) -> list[set[int]]:
    """Token ids of each "according to ..." phrase in the sentence (computed once per sentence)."""
    cache = doc.user_data.setdefault("eventwire.according", {})
    hit = cache.get(sent.start)
    if hit is None:
        from eventwire.nlp import doc_text
        # (a token "according" is in the sentence's text: no pass over its tokens where the word is not)
        hit = cache[sent.start] = [{x.i for x in t.subtree} for t in sent if t.lower_ == "according"] \
            if "according" in doc_text(doc)[sent.start_char:sent.end_char].lower() else []
    return hit


def _np_head(tok):
    t = tok
    for step in range(6):
        if t.dep_ in ("compound", "amod", "nmod", "conj") and t.head.i != t.i:
            t = t.head
        elif (step == 0 or t.dep_ == "conj") and t.dep_ == "pobj" and t.head.lower_ == "of" \
                and t.head.head.lower_ in _SETTLEMENT_NOUNS:
            t = t.head.head       # "the towns of X, Y and Z" (the name itself, not "X state of ...")
        else:
            break
    return t


def _in_cause_clause(trig, h) -> bool:
    """Is the place at h inside a "when" clause hung on the trigger or a verb joined to it, the happening that
    caused it ("died and 9 were hurt when a truck bomb exploded in X")? ("as", "after" and "while" clauses
    were tried too: as often the victim's errand or an earlier event as where it happened.)"""
    verbs = [trig] + [c for c in trig.children if c.dep_ == "conj"] + ([trig.head] if trig.dep_ == "conj" else [])
    for c in [c for v in verbs for c in v.children]:
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children):
            if h.i in {t.i for t in c.subtree}:
                return True
    return False


def _in_scene_clause(trig, h) -> bool:
    """Is the place at h inside an "as" or "while" clause hung on the trigger, telling what the victim or the doers
    were doing when it happened ("was shot as he walked out of a bakery on the edge of X", "were killed while they
    prayed at a mosque in X")? Only a last resort for an event its own words place nowhere (event_location.py):
    as often the victim's errand as the scene where a better place is named."""
    for c in trig.children:
        # (the parser sometimes hangs the "as" on the clause's auxiliary: "as she helped evacuate ...")
        heads = [c] + [a for a in c.children if a.dep_ in ("aux", "auxpass")]
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "while")
                                     for x in heads for m in x.children):
            if any(t.i == h.i for t in c.subtree):
                return True
    return False


def _on_the_way(doc, trig, h, clause: set) -> bool:
    """Is the place at h the ground a victim or convoy was crossing when the event happened: "through X" (or
    "along", "across") after a verb of travel in a clause hung on the event's clause ("as he drove through X",
    "while travelling through X", "a man travelling through X was shot")?"""
    prep = _governing_prep(h)
    if prep is None or prep.lower_ not in ("through", "along", "across"):
        return False
    v = prep.head
    if v.pos_ not in ("VERB", "AUX") or v.lemma_ not in _TRAVEL_VERBS or v.dep_ not in ("advcl", "acl", "relcl"):
        return False
    return v.head.i in clause or v.head.head.i in clause and v.head.dep_ in ("nsubj", "nsubjpass", "dobj")
