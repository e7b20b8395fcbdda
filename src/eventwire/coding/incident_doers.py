"""One incident, one doer (issue 14 item 2, issue 15 item 3): a mention of an act of force told with no doer takes the
doer the article names for that incident elsewhere, however far from it, when the match is sure.

    events = incident_doers(sdoc, events, incidents, claims, act_noun)   # after link_incidents, before fold_mentions

A doerless act of force (CAMEO 18-20, told as done, with a target) takes a doer in two cases:

- a claimed incident told again: the article has one claim of responsibility (coding/claimed.py ``_claims``, outside
  quotes, not negated; one claimer), and the act's sentence names the act as one the reader knows, a definite act
  noun with no doer of its own ("Acknowledging the attack, the military said: 'service members were killed during
  an explosion'"), told after the claim, at the claimed act's place or in the country it lies in, on its day where
  both days are given. "A suicide bombing claimed by the Islamic State killed four Americans in Manbij ... [20
  sentences later] Acknowledging the attack, the US military said: US service members were killed": Islamic State.
- one ground, one doer: the act's own clause names it as an attack ("killed by Saturday's chemical attack", "died in
  a strike"; a bare harm, "seven civilians had been killed in the town", may be no act the article pins on anyone),
  its place is a town or district (not a country), and every act of force with a doer
  the article tells there (the same place, or a town and the district it lies in), of the act's kind where both
  kinds are plain (a bombing or suicide attack, CAMEO 18, is no air strike or gas attack, 195/2041), has the same
  one doer (told in another sentence), the act's target not among it: "Dozens were suffocated by Saturday's
  chemical attack on Douma ... The Syrian air force was able to bomb Douma": the air force. Two doers there give
  nothing.

Never the act's own target, never a side the act's sentence disputes ("denied"). The source's `why` names the
sentence of the attribution; the rule ends with "; incident doer: ...".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.doers import TOLD, doerless_force
from eventwire.knowledge.place_within import one_ground, place_key
from eventwire.model import Event

FORCE = ("18", "19", "20")
DEFINITE = frozenset({"the", "this", "that"})
DENIALS = frozenset({"deny", "reject", "dispute"})


def _same_ground(p, q) -> bool:
    a, b = place_key(p), place_key(q)
    return a is not None and (a == b or one_ground(p, q))


def _in_country(p, q) -> bool:
    """q (a country) holds place p."""
    return p is not None and q is not None and q.feature == "country" and bool(p.country) and p.country == q.country


def _days_differ(a: Event, b: Event, story_date: Optional[str] = None) -> bool:
    """Two days the text gives that differ (an act with no day of its own carries the story's, as in incidents.py)."""
    return bool(a.date and b.date and a.date_precision == "day" and b.date_precision == "day" and a.date != b.date
                and story_date not in (a.date, b.date))


def _own_side(e: Event, actor) -> bool:
    t = e.target
    return t is not None and (t.code == actor.code or bool(t.entity and t.entity == actor.entity))


def _told_known(sdoc, e: Event, act_noun) -> Optional[str]:
    """A definite act noun with no doer of its own in the act's sentence ("the attack"), or None."""
    t = sdoc[e.trigger_token]
    for tok in t.sent:
        if tok.pos_ != "NOUN" or not act_noun(tok):
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in DEFINITE), None)
        if det is None or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") or c.dep_ == "compound"
                              and c.pos_ == "PROPN" for c in tok.children):
            continue
        return f"{det.text} {tok.text}"
    return None


def _disputed(sdoc, e: Event) -> bool:
    return any(tok.lemma_.lower() in DENIALS for tok in sdoc[e.trigger_token].sent)


def _give(e: Event, actor, why: str) -> Event:
    src = replace(actor, why=f"{why}; " + (actor.why or ""))
    return replace(e, source=src, rule=(e.rule or "") + f"; incident doer: {why}", counts=list(e.counts))


def _claimed(sdoc, events, claims, act_noun, i, story_date) -> Optional[Event]:
    if len({a.code for _, _, a in claims}) != 1:
        return None
    e = events[i]
    sent_of = {s.start: k for k, s in enumerate(sdoc.sents)}
    back = _told_known(sdoc, e, act_noun)
    if back is None:
        return None
    for v, act, claimer in claims:
        cs = sent_of.get(v.sent.start)
        if cs is None or e.sentence <= cs or _own_side(e, claimer):
            continue
        told = [x for x in events if x.sentence == cs and (x.cameo or "")[:2] in FORCE and x.source is not None
                and x.source.code == claimer.code]
        if not told:
            continue
        a = told[0]
        if _days_differ(a, e, story_date):
            continue
        if e.location is not None and a.location is not None and not (
                _same_ground(e.location, a.location) or _in_country(a.location, e.location)
                or _in_country(e.location, a.location)):
            continue
        what = f"'{act.text}'" if act is not None else "responsibility"
        return _give(e, claimer, f"'{back}' is the act {claimer.text or claimer.code} claimed ({what}, sentence {cs})")
    return None


_GUESSED = ("article", "dateline")


def _told_at(x: Event, p) -> bool:
    """Whether the act x is told at place p: its own clause's place is p's ground, or its target is the word that
    names p ("bomb Douma", its town read as the one acted on)."""
    if x.location is not None and x.location.feature != "country" and x.location.precision not in _GUESSED \
            and _same_ground(p, x.location):
        return True
    words = {(p.text or "").lower(), (p.name or "").lower()} - {""}
    return x.target is not None and (x.target.text or "").lower() in words


_KINDS = (("18",), ("195", "2041", "2042"))      # irregular violence (bombings, suicide attacks); strikes from the air


def _other_kind(a: Event, b: Event) -> bool:
    """Two acts of plainly different kinds: a bombing or suicide attack (CAMEO 18) and an air strike or gas attack."""
    ka = next((k for k, pre in enumerate(_KINDS) if (a.cameo or "").startswith(pre)), None)
    kb = next((k for k, pre in enumerate(_KINDS) if (b.cameo or "").startswith(pre)), None)
    return ka is not None and kb is not None and ka != kb


_CAUSE_PREPS = frozenset({"in", "during", "by", "from"})


def _names_act(sdoc, e: Event, act_noun) -> bool:
    """Whether the act's own clause names it as an attack, an act noun as its trigger, its subject or its cause
    ("killed by Saturday's chemical attack", "died in a strike", "the bombing of the town"), not a bare harm ("seven
    civilians had been killed in the town": whose act that was the article may not know)."""
    t = sdoc[e.trigger_token]
    heads = [t] if t.pos_ == "NOUN" else []
    heads += [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += [g for c in t.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS)
              for g in c.children if g.dep_ == "pobj"]
    return any(h.pos_ == "NOUN" and act_noun(h) for h in heads)


_NEAR = 15      # sentences: a doer told farther off counts only for an act of the same 3-digit code


def _one_doer(sdoc, events, i, story_date, act_noun) -> Optional[Event]:
    e = events[i]
    p = e.location
    if p is None or p.feature == "country" or p.precision in _GUESSED or place_key(p) is None \
            or not _names_act(sdoc, e, act_noun):
        return None
    # (an act told with a doer in the act's own sentence that no stage shared with it is told as another act: "after
    # the chemical attack that killed dozens, when Trump ordered a missile strike")
    doers = [x for x in events if x.sentence != e.sentence and x.source is not None and x.source.code
             and (x.cameo or "")[:2] in FORCE and not _other_kind(e, x) and x.modality in TOLD and _told_at(x, p)
             and not (x.trigger_token is not None and x.trigger_token < len(sdoc) and _disputed(sdoc, x))
             and (abs(x.sentence - e.sentence) <= _NEAR or (x.cameo or "")[:3] == (e.cameo or "")[:3])]
    if not doers or len({x.source.code for x in doers}) != 1:
        return None
    d = min(doers, key=lambda x: abs(x.sentence - e.sentence))
    if _own_side(e, d.source) or any(_days_differ(x, e, story_date) for x in doers):
        return None
    name = p.name or p.text
    return _give(e, d.source, f"the one doer the article names for force at {name}: "
                              f"'{d.source.text or d.source.code}' (sentence {d.sentence})")


def incident_doers(sdoc, events: list[Event], incidents=(), claims=(), act_noun=None,
                   story_date: Optional[str] = None) -> list[Event]:
    """The events, with a doerless act of force given its incident's doer (module doc); an incident with no doer
    takes the one its events now have. ``claims``: (verb, act, claimer actor) of the article's claims of
    responsibility outside quotes."""
    if sdoc is None or not events:
        return events
    act_noun = act_noun or (lambda tok: False)
    todo = [i for i, e in enumerate(events) if doerless_force(e, sdoc) and not _disputed(sdoc, e)]
    if not todo:
        return events
    out = list(events)
    for i in todo:
        new = _claimed(sdoc, events, claims, act_noun, i, story_date) if claims else None
        new = new or _one_doer(sdoc, events, i, story_date, act_noun)
        if new is not None:
            out[i] = new
    for inc in incidents:
        if inc.source is None:
            inc.source = next((out[k].source.code for k in inc.events if out[k].source is not None), None)
    return out


def article_claims(coder, sdoc, ctx) -> list:
    """(verb, act noun or None, claimer) of each claim of responsibility outside quotes with one claimer
    (coding/claimed.py)."""
    from eventwire.coding.claimed import _claims
    from eventwire.knowledge.coref_quotes import quote_index
    if sdoc is None:
        return []
    quote = quote_index(ctx)
    out = []
    for v, subj, act in _claims(coder, sdoc):
        if quote(v.idx) >= 0:
            continue
        actors = [a for a in coder.actors_for(subj, ctx, v.sent, role="source") if a is not None and a.code]
        if len({a.code for a in actors}) == 1:
            out.append((v, act, actors[0]))
    return out
