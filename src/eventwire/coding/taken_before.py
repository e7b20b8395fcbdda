"""Ground taken from the side that took it before (issue 14, no target): "The town fell to Isis in 2015 ... The town
was later reclaimed by the government", "Isis seized Mosul in June 2014. ... Iraqi forces recaptured the city".

A taking of a place (a verb of taking ground, victims.tsv `conquest-verb`, or of taking it back, retaken.tsv
`retake`: "reclaimed") whose holder the article never names as such (coding/held_memory.py) is done to the side the article
last told taking that same place before it:

    takers(coder, ctx, doc)                      # {place key: [(char, actor, cue)]}, learned once per document
    taken_from(coder, ctx, place, char, sources) # (actor, cue) or None

- a taking told: a place (a gazetteer mention, or a place word standing for one: "the town", coding/
  place_anaphora.py) that is the subject of "fell to X" ("the town fell to Isis"), the object of a conquest verb
  with a subject ("Isis seized Mosul"), or the passive subject of one with a "by" agent ("Mosul was captured by
  Isis"); told as done (not negated, no modal, not what someone wants or plans: "vowed to capture"), outside
  quotes; its taker is the actor its subject or agent names, a state's side or a named group (a code with a country
  or an entity, or a side of no state: "rebels"), never civilians;
- the taking acted on later takes the last such taker before it (by position in the text) that is not the doer's
  own side (its code, its entity, or its state for a state's side): the side it held the ground from. A place the
  doer itself took last, or one never told taken, gets nothing here.
The target says so: its `why` begins "'<place>' was last taken by <code> before this, as the article tells it".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.context import STATE_SECTORS

_WANTED = ("xcomp", "advcl", "pcomp", "acl", "relcl")


def _keys(p) -> list:
    from eventwire.coding.held_memory import _keys as keys
    return keys(getattr(p, "stands_for", None) or p)


def _place_of(ctx, tok):
    """The place a token names: a gazetteer mention on it, or the place a place word stands for."""
    from eventwire.coding.place_anaphora import place_word_of
    got = [p for p in ctx.places_in(tok.idx, tok.idx + len(tok.text)) if not p.demonym and p.country
           and (p.feature or "") not in ("country", "continent", "region")]
    if got:
        return got[0]
    return place_word_of(ctx, tok)


def _told(verb) -> bool:
    """A taking told as done: no negation or modal, and not the complement of a verb of wanting or planning."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ in ("MD", "TO")) for c in verb.children):
        return False
    return not (verb.dep_ == "xcomp" or (verb.dep_ in _WANTED and verb.tag_ in ("VB", "VBG")))


_ARMED = ("REB", "INS", "UAF", "OPP")       # sectors of a side with no state that holds ground ("rebels")


def retaking(verb) -> bool:
    """A verb of taking ground back (data/coding/retaken.tsv `retake`: "reclaimed", "regained")."""
    from eventwire.coding.retaken import _table, _words
    return bool(_words(verb) & _table().get("retake", frozenset()))


def _named(a) -> bool:
    """A side that takes ground: a state's or a named group's, or a side of no state ("rebels")."""
    return bool(a.code) and (bool(a.country or a.entity) or a.sector in _ARMED) and a.sector not in ("CVL", "REF")


def _taking(tok, words):
    """(place token, taker token) for a taking told at the verb `tok` (module doc), or None."""
    lemma = tok.lemma_.lower()
    if lemma == "fall":
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        who = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return (subj, who) if subj is not None and who is not None else None
    if lemma not in words and tok.lower_ not in words:
        return None
    if any(c.dep_ == "auxpass" for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return (subj, who) if subj is not None and who is not None else None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if obj is not None and obj.lemma_.lower() == "control":
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if subj is not None and subj.lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
        subj = tok.head
    return (obj, subj) if obj is not None and subj is not None else None


def takers(coder, ctx, doc) -> dict:
    """{place key: [(char, taker actor, cue)]} for the takings the document tells (module doc), in text order."""
    cache = getattr(ctx, "_taken_before", None)
    if cache is not None and cache[0] is doc:
        return cache[1]
    from eventwire.coding.roles import victim_words
    from eventwire.knowledge.coref_quotes import quote_index
    vw = victim_words()
    from eventwire.coding.retaken import _table
    words = vw.get("conquest-verb", frozenset()) | vw.get("freeing-word", frozenset()) \
        | _table().get("retake", frozenset())
    quote = quote_index(ctx)
    out: dict = {}
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or not _told(tok) or quote(tok.idx) >= 0:
            continue
        got = _taking(tok, words)
        if got is None:
            continue
        place_tok, who = got
        if who.pos_ == "PRON" and who.lower_ not in ("it", "they"):
            continue
        p = _place_of(ctx, place_tok)
        if p is None:
            continue
        actors = [a for a in coder.actors_for(who, ctx, who.sent, role="source") if _named(a)]
        if len({a.code for a in actors}) != 1:
            continue
        cue = doc[min(place_tok.left_edge.i, who.left_edge.i, tok.i):max(place_tok.i, who.i, tok.i) + 1].text
        for k in _keys(p):
            out.setdefault(k, []).append((tok.idx, actors[0], cue if len(cue) <= 80 else cue[:77] + "..."))
    ctx._taken_before = (doc, out)
    return out


def _own(a, sources) -> bool:
    return any(s.code == a.code or (s.entity and s.entity == a.entity)
               or (not a.entity and (a.sector or "GOV") in STATE_SECTORS and s.country == a.country)
               for s in sources)


def taken_from(coder, ctx, doc, p, char: int, sources) -> Optional[tuple]:
    """(actor, cue) for the side that last took the place `p` before the taking at `char`, where it is not the doer's
    own side (module doc); else None."""
    told = []
    memory = takers(coder, ctx, doc)
    for k in _keys(p):
        told += [x for x in memory.get(k, ()) if x[0] < char]
    if not told:
        return None
    _, actor, cue = max(told, key=lambda x: x[0])
    if _own(actor, sources):
        return None
    named = getattr(p, "stands_for", None) or p
    from eventwire.coding.held_memory import _in_place_country
    actor = _in_place_country(actor, named)       # ("rebels captured Afrin": Syria's rebels)
    said = f"'{p.text}'" if named is p else f"'{p.text}' (standing for '{named.text}')"
    why = f"{said} was last taken by {actor.code} before this, as the article tells it ('{cue}'): the side it was " \
          f"taken from is the target"
    return replace(actor, text=p.text, start=p.start, end=p.end, why=why), \
        f"the side that took the place before ('{named.text}')"
