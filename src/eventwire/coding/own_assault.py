"""Assaults by those killed in them (issue 14, no source): "Dozens of Turkish soldiers were killed in a failed
assault on a Kurdish position" - the soldiers made the assault; the position held out.

    events = own_assault_doers(sdoc, events)     # late: after the stages that borrow doers (pipeline.py)

An assault noun (data/coding/roles.tsv `assault-noun`: assault, attack, raid, offensive, ...) told as failed (a
`failed-mark` modifier: failed, ill-fated, botched, abortive) coded as an act of force with a target and no doer
(coding/doers.doerless_force) that is the object of an "in", "during" or "after" phrase of a passive verb of harm
(attack_cues.tsv `harm`: "were killed", "were wounded") whose event has as its target a fighting side (`FIGHTERS`:
soldiers, militias, rebels, insurgents, separatists) was made by that side, where the assault's own target is another
side (coding/sides.side_key): those killed attacked, they did not defend. Not an assault not told as failed ("three
US soldiers were killed in an attack on an Iraqi base": they may have been there), nor guards, police or officials
("two guards were killed in a failed attack on the embassy"); never where the harmed are the assault's target's
own side ("Kurdish fighters were killed in a failed attack on a Kurdish position": who attacked is not said), nor
private people, nor an assault noun with a doer of its own (it has a source). The source's `why` begins "the ones harmed in their own assault".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_record import role_words
from eventwire.coding.doers import FORCE, doerless_force
from eventwire.coding.sides import side_key
from eventwire.coding.tables import word_kind_sets
from eventwire.model import Event

ASSAULT_NOUNS = role_words().get("assault-noun", frozenset())
FAILED = role_words().get("failed-mark", frozenset())
PREPS = frozenset({"in", "during", "after"})
FIGHTERS = frozenset({"MIL", "UAF", "REB", "INS", "SEP"})


def _harm_verbs() -> frozenset:
    return word_kind_sets("attack_cues.tsv").get("harm", frozenset())


def _one_side(a, b) -> bool:
    """Whether two actors are one side: side_key's, or one's code the other's with a sector added ("Kurdish fighters",
    SYRKURUAF, and "a Kurdish position", SYRKUR), or one entity."""
    return side_key(a) == side_key(b) or a.code.startswith(b.code) or b.code.startswith(a.code) \
        or bool(a.entity and a.entity == b.entity)


def own_assault_doers(sdoc, events: list[Event]) -> list[Event]:
    """The events, with a doerless assault in which an armed side was harmed given that side (module doc)."""
    if sdoc is None or not events or not ASSAULT_NOUNS:
        return events
    harm = _harm_verbs()
    out = list(events)
    for i, e in enumerate(events):
        if not doerless_force(e, sdoc):
            continue
        t = sdoc[e.trigger_token]
        if t.lemma_.lower() not in ASSAULT_NOUNS or t.pos_ != "NOUN" or t.dep_ != "pobj" \
                or t.head.lower_ not in PREPS or t.head.dep_ != "prep" \
                or not any(c.dep_ in ("amod", "compound") and c.i < t.i
                           and sdoc[c.left_edge.i: c.i + 1].text.lower().replace(" ", "") in FAILED
                           for c in t.children):    # ("ill-fated": one modifier of three tokens)
            continue
        verb = t.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in harm \
                or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        harmed = [h for h in events if h.trigger_token == verb.i and h.sentence == e.sentence
                  and (h.cameo or "")[:2] in FORCE and h.target is not None and h.target.code]
        sides = {side_key(h.target) for h in harmed}
        if len(sides) != 1:
            continue
        who = harmed[0].target
        if (who.sector or "") not in FIGHTERS or not e.target.code or _one_side(who, e.target):
            continue
        why = f"the ones harmed in their own failed assault ('{verb.text} {t.head.text} ... {t.text}' on another side)"
        src = replace(who, why=f"{why}; " + (who.why or ""))
        out[i] = replace(e, source=src, rule=(e.rule or "") + f"; implicit agent: {why}", counts=list(e.counts))
    return out
