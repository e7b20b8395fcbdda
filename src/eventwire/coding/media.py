"""News outlets as actors (issue 14): acts on an outlet, journalism, and state outlets that speak for their state.

The outlets are in data/actors/media.tsv (read as organisations, kind MED: "the New York Times" USAMED, "Al Jazeera"
QATMED, "Sana" SYRMED); the columns `state` says which are a state's own voice. Three readings, once the act's
actors are known (`sides`, called from coding/coder.py):

- an outlet named as the audience of an act, "told the Guardian", "in an interview with CNN", "a statement to
  Reuters", "speaking to the BBC", "according to Reuters", "wrote for the Times" (a phrase under to/with/by/for/
  according to): journalism. A consultation or an inquiry (CAMEO 04, 09) with it is no event at all; any other act
  keeps its doer and loses the outlet as its target (the statement stands, it was not made to a party);
- an independent outlet as the doer of a public statement (CAMEO 01: "revealed by ITV News", "confirmed by the
  Guardian", "Guardian letters") is reporting, no event; a pronoun never stands for an outlet (knowledge/coref.py);
- an outlet as the doer of coercion or force (CAMEO 17-20) is a misreading of a report ('Reuters reported "armed
  youths killed seven"'): the act keeps no source;
- an outlet the act is done to ("denounced the New York Times", "banned Al Jazeera", "expelled a BBC
  correspondent") stays the target, with its own country (the outlet's, not the story's);
- a state outlet, or state media named by a sector phrase ("state television", "the state news agency"), as the doer
  of a statement, an appeal, a demand, a rejection or a threat (CAMEO 01-03, 10-13) speaks for its government: the
  doer is the government of the outlet's country ("Syrian state television accused Turkey" SYRGOV), with a `why`
  that says so. An independent outlet's own statement ("the Times criticised the deal") stays the outlet's.

An outlet's country never serves as the country of the sentence or the story (coding/coder.py, knowledge/
actor_country.py: "told the Guardian that the government would negotiate" is no British government).
"""
from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path
from typing import Optional

AUDIENCE_PREPS = frozenset({"to", "with", "by", "for", "on"})
JOURNALISM_ROOTS = ("04", "09")     # a consultation or an inquiry with an outlet: no event
SPEAKER_ROOTS = ("01", "02", "03", "10", "11", "12", "13")   # what a state outlet says, its state says


@functools.cache
def outlets() -> dict:
    """{entity id: whether the state owns or runs it} from data/actors/media.tsv (empty when it cannot be read)."""
    from eventwire.knowledge.actor_records import _read_tsv
    path = Path(__file__).resolve().parent.parent / "data" / "actors" / "media.tsv"
    try:
        _, rows = _read_tsv(path)
    except OSError:
        return {}
    return {r["entity"]: (r.get("state") or "").lower() == "yes" for r in rows if r.get("entity")}


@functools.cache
def speech_words() -> frozenset:
    """Words of speaking whose to/with/by/for phrase is the audience ("said to", "an interview with", "quoted by",
    "wrote for"): data/coding/non_events.tsv, kind `audience`."""
    from eventwire.coding.nonevent import words
    return words().get("audience", frozenset())


def is_outlet(actor) -> bool:
    """A news outlet of data/actors/media.tsv."""
    return actor is not None and bool(actor.entity) and actor.entity in outlets()


def is_media(actor) -> bool:
    """An outlet, or media named by a sector word ("journalists", "state television")."""
    return actor is not None and (is_outlet(actor) or (actor.sector == "MED" and not actor.entity))


def _state_voice(actor) -> bool:
    """A state outlet ("Sana", "Xinhua"), or state media named by its phrase ("Syrian state television", "the
    state-run news agency"), with a country."""
    if actor is None or not actor.country:
        return False
    if is_outlet(actor):
        return outlets().get(actor.entity, False)
    words = (actor.text or "").lower().replace("-", " ").split()
    return actor.sector == "MED" and not actor.entity and "state" in words


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def audience(tok, pred) -> Optional[str]:
    """The preposition that makes `tok` (a word of an outlet's mention) the audience of the act `pred` ("to" in
    "a statement to Reuters", "with" in "an interview with CNN", "according to"), or None: walks up from the
    mention to the predicate; a phrase of what the act is about or aimed at ("against", "on", "of") stops it."""
    t = tok
    for _ in range(8):
        if t is None or t.i == pred.i:
            return None
        if t.dep_ in ("prep", "dative"):
            low = t.lower_
            if low == "according" or (low == "to" and t.head.lower_ == "according"):
                return "according to"
            h = t.head
            if low in AUDIENCE_PREPS and (h.lemma_.lower() in speech_words() or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in speech_words() for c in h.children)
                    or (h.dep_ == "relcl" and h.head.lemma_.lower() in speech_words())):
                return low         # ("an interview she gave to the BBC"; not "blocked access to the BBC")
            return None
        if t.dep_ == "dobj" and t.head.lemma_.lower() in ("tell", "interview", "brief"):
            return t.head.lemma_.lower()           # "told the Guardian", "interviewed by the BBC"
        if t.head.i == t.i:
            return None
        t = t.head
    return None


FORCE_ROOTS = ("17", "18", "19", "20")     # coercion and force: no outlet does them
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def relaying_outlet(pred, actors_at):
    """The state outlet whose report or quotation holds the act `pred` ("the state news agency Sana said the army had
    recaptured ...", "Sana quoted a ministry source as condemning ..."): the subject of a verb above it (within a
    few heads) that is a state outlet, else None. `actors_at(tok)`: the actors of a token's phrase."""
    t = pred
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        subjs = [c for c in t.children if c.dep_ == "nsubj"]     # ("The state news agency Sana said": two)
        if subjs:
            # (the nearest speaker only: "Sana said Lavrov claimed ...")
            return next((a for subj in subjs for a in actors_at(subj) if _state_voice(a)), None)
    return None


def _after_tell(tok) -> bool:
    """An outlet's name right after a form of "tell" ("told the Observer Moscow feels ...", however parsed)."""
    first = tok
    while first.i > 0 and first.doc[first.i - 1].dep_ in ("det", "compound") and first.doc[first.i - 1].head.i >= tok.i:
        first = first.doc[first.i - 1]
    return first.i > 0 and first.doc[first.i - 1].lemma_.lower() == "tell"


def sides(cl, code: str, sources, targets, actors_at=None):
    """(sources, targets, note) for an act whose actors are known: journalism drops the outlet it was done to or
    the whole event (None), a state outlet's statement becomes its government's. `note` ('' when nothing
    changed) is for the event's rule."""
    pred = cl.pred
    doc = pred.doc
    note = ""
    kept = []
    for t in targets:
        if is_media(t) and t.start is not None:
            tok = _token_at(doc, t.start)
            how = (audience(tok, pred) or ("tell" if _after_tell(tok) else None)) if tok is not None else None
            if how is not None:
                if code[:2] in JOURNALISM_ROOTS:
                    return None
                note += f"; '{t.text}' is the audience ('{how}'): journalism, no target"
                continue
        kept.append(t)
    if code[:2] in FORCE_ROOTS and any(is_outlet(a) for a in sources):
        # 'Reuters reported "Armed youths ... killed seven"' read with Reuters as the subject: an outlet uses no force
        note += "; a news outlet as the doer of force is a misreading: no source"
        sources = [a for a in sources if not is_outlet(a)]
    if code[:2] == "01" and sources and all(is_outlet(a) and not outlets().get(a.entity, False) for a in sources):
        return None          # "revealed by ITV News", "confirmed by the Guardian", "Guardian letters": a report
    outlet = relaying_outlet(pred, actors_at) if actors_at is not None and any(
        a is not None and not a.country and not a.entity and a.sector in STATE_SECTORS for a in list(sources) + kept) \
        else None
    if outlet is not None:
        # a state body with no country in what a state outlet reports: the outlet's own state's
        sources = [_of_outlet(a, outlet) for a in sources]
        kept = [_of_outlet(a, outlet) for a in kept]
    new_sources = []
    for s in sources:
        if code[:2] in SPEAKER_ROOTS and _state_voice(s):
            gov = replace(s, code=s.country + "GOV", sector="GOV", entity=None, name=None, kind="sector",
                          why=f"'{s.text}' is a state outlet of {s.country}: it speaks for its government")
            note += f"; state outlet '{s.text}' speaks for {s.country}GOV"
            new_sources.append(gov)
        else:
            new_sources.append(s)
    return new_sources, kept, note


def _of_outlet(a, outlet):
    if a is None or a.country or a.entity or a.sector not in STATE_SECTORS:
        return a
    return replace(a, code=outlet.country + a.code, country=outlet.country,
                   why=(a.why or "") + f"; country of the state outlet '{outlet.text}' that reports it ({outlet.country})")
