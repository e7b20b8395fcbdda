"""Doers named by an act's setting (issue 14, no source): an act of custody or force told with no doer of its own
(a passive, a participle) whose clause puts it inside a span or a scene the article names takes the doer that setting
names.

    events = setting_doers(coder, sdoc, events, ctx)    # after borrow_doers (coding/doers.py)

1. A side's rule or campaign: an act of coercion, custody or force (CAMEO roots 17-20) done "during", "under",
   "amid", "in" or "throughout" a `span-noun` of data/coding/setting_doers.tsv (reign, rule, occupation, crackdown,
   siege, campaign...), also through an "of" phrase ("in years of militia rule"), is the doing of the one the span
   noun's own phrase names: its possessor, "by" phrase or name modifier (coding/noun_args.noun_agent), or for a
   `ruler-of` noun its "of" phrase ("under the rule of the junta"; not "the siege of Aleppo": a place). "Hundreds of
   people detained during the militia's reign of terror" were detained by the militia; an arrest's implicit state
   agent (knowledge/implicit_agents.py: the police where it happened) gives way to it. Never a doer of the
   victims' own side (own_forces: "soldiers killed during the army's offensive" were killed by its foe), nor the
   victims themselves, nor a country or town read from the "of" phrase.
2. A protest: a killing (roots 18-20, at a `toll` verb of attack_cues.tsv: killed, shot, wounded..., not "died") of
   people of no armed side ("21 killed in a week of protests",
   "demonstrators were shot dead during the rallies in Minsk") with no doer, no "by" phrase and no other cause
   (`not-by-state`: a stampede, a crash, clashes: no one's act, or fighting between sides) is the implicit act of
   the state's security forces where it happened (COP of the country of the event's place, else of the victims).
3. A relative clause on an act noun: a `coerce-verb` told in the passive in a relative clause or participle on an act
   noun whose own phrase names its doer ("executions by the militia that villagers were summoned to watch") was
   done by that doer: the ones who carried out the act made people watch it.

Each source's `why` begins "implicit agent: " and says which setting named it; the event's rule ends with
"; implicit agent (setting): ...".
"""
from __future__ import annotations

from dataclasses import replace
from eventwire.coding.doers import TOLD, own_forces
from eventwire.coding.noun_args import noun_agent
from eventwire.coding.tables import kind_sets, word_kind_sets
from eventwire.model import Actor, Event
from eventwire.coding.state_agents import STATE_AGENT

_KINDS = kind_sets("setting_doers.tsv")
SPAN = _KINDS.get("span-noun", frozenset())
RULER_OF = _KINDS.get("ruler-of", frozenset())
SPAN_PREPS = _KINDS.get("span-prep", frozenset())
PROTEST = _KINDS.get("protest-noun", frozenset())
NOT_BY_STATE = _KINDS.get("not-by-state", frozenset())
COERCE = _KINDS.get("coerce-verb", frozenset())
TOLL = word_kind_sets("attack_cues.tsv").get("toll", frozenset())
ROOTS = ("17", "18", "19", "20")
FORCE = ("18", "19", "20")
ARMED = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "COP", "GOV", "SPY", "JUD"})
PLACE_KINDS = ("country", "capital", "place")


def _open(e: Event) -> bool:
    """Whether the event has no doer, or only an implicit state agent that a named setting may replace."""
    return e.source is None or (e.source.why or "").startswith(STATE_AGENT)


def _phrase_nouns(t, preps) -> list:
    """The nouns of trigger `t`'s phrases led by one of `preps`, each with the noun of its "of" phrase (up to two
    steps: "in a week of protests", "in years of militia rule") and the conjuncts of each."""
    out = []
    for c in t.children:
        if c.dep_ not in ("prep", "agent") or c.lower_ not in preps:
            continue
        for o in (g for g in c.children if g.dep_ == "pobj"):
            chain = [o]
            for _ in range(2):
                inner = next((g for k in chain[-1].children if k.dep_ == "prep" and k.lower_ == "of"
                              for g in k.children if g.dep_ == "pobj"), None)
                if inner is None:
                    break
                chain.append(inner)
            for n in chain:
                out += [n] + [k for k in n.children if k.dep_ == "conj"]
    return out


def _span_doers(coder, sdoc, e: Event, t, ctx) -> list:
    """Step 1: the doers a span noun the act happened in names (module doc)."""
    for n in _phrase_nouns(t, SPAN_PREPS):
        lemma = n.lemma_.lower()
        if n.pos_ != "NOUN" or lemma not in SPAN:
            continue
        tok = noun_agent(n)
        how = "named in its phrase"
        if tok is None and lemma in RULER_OF:
            tok = next((g for k in n.children if k.dep_ == "prep" and k.lower_ == "of"
                        for g in k.children if g.dep_ == "pobj"), None)
            how = "its 'of' phrase"
        if tok is None:
            continue
        doers = [d for d in coder.actors_for(tok, ctx, t.sent, role="source")
                 if d is not None and d.code and _other_party(d, e)
                 and not (how == "its 'of' phrase" and d.kind in PLACE_KINDS)]
        if doers:
            return [(d, f"the doer of the '{n.text}' it was done {_prep_of(n, t)}, {how} ('{d.text}')")
                    for d in doers]
    return []


def _prep_of(n, t) -> str:
    """The preposition that puts act `t` inside span noun `n` ("during")."""
    x = n
    while x.head.i != x.i and x.head.i != t.i:
        x = x.head
    return x.lower_ if x.dep_ in ("prep", "agent") else "in"


def _other_party(d: Actor, e: Event) -> bool:
    """Whether `d` is neither the victim itself nor of the victims' own side."""
    tg = e.target
    if tg is None:
        return True
    if d.code == tg.code or (d.entity and d.entity == tg.entity) or (d.start is not None and d.start == tg.start):
        return False
    return not own_forces(d, tg)


def _protest_doer(e: Event, t) -> list:
    """Step 2: the state's security forces for a killing in a protest (module doc)."""
    if (e.cameo or "")[:2] not in FORCE or e.target is None or (e.target.sector or "") in ARMED \
            or e.target.kind == "group" or t.lemma_.lower() not in TOLL:
        return []                 # (a verb of killing or wounding: "died during the protest" may be anyone's death)
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in t.children):
        return []
    nouns = _phrase_nouns(t, frozenset({"in", "during", "amid", "at", "after", "by", "from", "with"}))
    if any(n.lemma_.lower() in NOT_BY_STATE for n in nouns):
        return []
    protest = next((n for n in _phrase_nouns(t, frozenset({"in", "during", "amid"})) + _shared_nouns(t)
                    if n.lemma_.lower() in PROTEST and n.pos_ == "NOUN" and n.ent_type_ not in ("DATE", "TIME")
                    and n.text[:1].islower()), None)     # (not the month: "shot dead in March")
    if protest is None:
        return []
    country = (e.location.country if e.location is not None and e.location.precision not in ("article",) else None) \
        or e.target.country
    if not country:
        return []
    sector = "COP"
    why = f"the state's security forces where it happened: a killing in the '{protest.text}' with no doer named"
    return [(Actor.national(country, sector, text=None, kind="sector", why=why), why)]


def _shared_nouns(t) -> list:
    """The nouns of the "in"/"during"/"amid" phrases after `t` of the verb it is coordinated with ("Hundreds have been
    arrested and at least 21 killed, in a week of protests": the phrase the parser hung on the first verb is both
    verbs')."""
    head = t
    for _ in range(2):
        if head.dep_ not in ("conj", "acl") or head.head.i == head.i:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return [n for n in _phrase_nouns(head, frozenset({"in", "during", "amid"})) if n.i > t.i]
    return []


def _relative_doers(coder, sdoc, e: Event, t, ctx) -> list:
    """Step 3: the doer of the act noun a passive coercion verb's relative clause describes (module doc)."""
    if t.lemma_.lower() not in COERCE or t.dep_ not in ("relcl", "acl") or t.tag_ != "VBN":
        return []
    if not any(c.dep_ == "nsubjpass" for c in t.children) or not any(c.dep_ == "xcomp" for c in t.children):
        return []
    if any(c.dep_ == "agent" for c in t.children):
        return []
    head = t.head
    if head.pos_ != "NOUN" or coder.event_noun(head) is None:
        return []
    tok = noun_agent(head)
    if tok is None:
        return []
    doers = [d for d in coder.actors_for(tok, ctx, t.sent, role="source") if d is not None and d.code
             and _other_party(d, e)]
    return [(d, f"the doer of the '{head.text}' its relative clause describes ('{d.text}')") for d in doers]


def _doers(coder, sdoc, e: Event, ctx, protest: bool) -> list:
    t = sdoc[e.trigger_token]
    if protest:
        return _protest_doer(e, t) if e.source is None else []
    got = _relative_doers(coder, sdoc, e, t, ctx) if e.source is None else []
    if not got and (e.cameo or "")[:2] in ROOTS:
        got = _span_doers(coder, sdoc, e, t, ctx)
    return got


def setting_doers(coder, sdoc, events: list[Event], ctx, protest: bool = False) -> list[Event]:
    """The events, with an act that has no doer taking the one its setting names (module doc): steps 1 and 3, or
    with `protest` step 2 (asked last, after the stages that read the article's own doers)."""
    if sdoc is None or not events:
        return events
    out: list[Event] = []
    for e in events:
        if not _open(e) or e.modality not in TOLD or e.trigger_token is None or e.trigger_token >= len(sdoc):
            out.append(e)
            continue
        got = _doers(coder, sdoc, e, ctx, protest)
        if not got:
            out.append(e)
            continue
        for doer, why in got:
            src = replace(doer, why=f"implicit agent: {why}" + (f"; {doer.why}" if doer.why and doer.why != why
                                                                   else ""))
            was = f" (in place of '{e.source.code}', {e.source.why.split(':')[1].strip()})" if e.source else ""
            out.append(replace(e, source=src, rule=e.rule + f"; implicit agent (setting): {why}{was}",
                               counts=list(e.counts)))
    return out
