"""Sides driven out with no doer named (issue 14, no source): "Ethiopian troops forced the rebels out of Humera. The
rebels were pushed back from the border." -> Ethiopia pushed the rebels back.

    events = ousted_doers(sdoc, events, ctx)     # after retaken_targets (coding/retaken.py)

An ouster told in the passive or as a participle of the ground ("the militia was driven out", "the rebels were
pushed back", "villages freed from the militants") often names no doer, because the sentences just before told who
took the ground from that side. coding/doers.py joins such an act to an act of force only where its verb is a
toll verb (killed, wounded) and coding/sides.py reads the article's one doer of the kind, which a war with several
sides seldom has; this stage reads the ground taken from that same side, close by:

- the event: an act of force (CAMEO 19) told as done (asserted or reported) with no source and a named target,
  whose verb drives a side out or frees ground from it (data/coding/victims.tsv `ouster-verb`, `freeing-word`;
  retaken.tsv `ousting`, `retake`): "were driven out", "was kicked out", "pushed back", "liberated from", "recaptured
  from"; the target an armed side or a named group (not a bare state or capital: for a verb of freeing, only the
  side in its "from" phrase, never the ground freed, "Kuwait was liberated"); its clause names no doer (no
  subject, no "by" phrase; not a gerund whose doer is the subject of the clause it hangs on: "fresh from ousting
  the militants"); not told as a claim ("argued that the rebels had been beaten");
- the ground acts: the events of force of its own sentence and the BACK sentences before it, told as done, in the
  same quotation (or none), whose doer is a named side that fights (a state, its forces, an armed group) and whose
  target is the same side as the event's ("the Kurds", "Kurdish forces": one people's side; or, for a named armed
  group, a bare mention of its own kind with no name, "the militants" near "al-Shabaab"), told by a verb of
  taking ground or driving out (the verbs above and victims.tsv `conquest-verb`, retaken.tsv `back-verb`);
- not ground taken at another town than the one the event's sentence names (both towns of the gazetteer; or, with
  no town as either act's place, where both sentences name towns and none in common), nor an event at one of towns
  its sentence lists together, or in a sentence that names several towns and none as its place ("A, B and C lie in
  ruins after the militia was driven out": each was taken by whoever took it; coding/sides._place_listed);
- the event takes the doer of the nearest of them, only where they are all one side (a state's government and
  forces are one: coding/sides.side_key) and no other side is told doing any act of force to that target in those
  sentences (two sides fighting the same foe: whose ouster it was is not plain); never the target's own side.
The source's `why` begins "the one side told taking ground from '<target>' in its sentence or just before" with
the sentence and words of that act, and the event's rule ends with "; source: the one side told taking ground from
the target ('<words>', sentence N)".
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from eventwire.coding.answered import is_named
from eventwire.coding.roles import victim_words
from eventwire.coding.sides import NAMED_PLACE, SIDES, _claimed, _place_listed, side_key
from eventwire.coding.tables import kind_sets
from eventwire.doc_index import span_root
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.model import Event

TOLD = ("asserted", "reported")
BACK = 2                       # sentences before the ouster that may tell who took the ground
FORCE = ("18", "19", "20")
IRREGULAR = frozenset({"INS", "REB", "SEP", "UAF"})


@lru_cache(maxsize=1)
def _verbs() -> tuple:
    """(ousting verbs, ground verbs): the verbs of an ouster with no doer, and those of the acts that give it one."""
    victims, retaken = victim_words(), kind_sets("retaken.tsv")
    ousting = (victims.get("ouster-verb", frozenset()) | victims.get("freeing-word", frozenset())
               | retaken.get("ousting", frozenset()) | retaken.get("retake", frozenset()))
    ground = ousting | victims.get("conquest-verb", frozenset()) | retaken.get("back-verb", frozenset())
    return frozenset(ousting), frozenset(ground)


def _words(t) -> set:
    return {t.lemma_.lower(), t.lower_}


def _same_side(a, b) -> bool:
    """One side: the same code or entity, or one a sector of the other's people or group ("SYRKUR", "SYRKURMIL")."""
    if a.code == b.code or (a.entity and a.entity == b.entity):
        return True
    x, y = a.code or "", b.code or ""
    return min(len(x), len(y)) > 3 and (x.startswith(y) or y.startswith(x))


def _described(named, other) -> bool:
    """Whether `other` may be the named armed group `named` described by its kind close by ("the militants" near
    "al-Shabaab"): a sector of an irregular side with no entity of its own, the group's own sector."""
    return bool(named.entity) and not other.entity and (other.sector or "") in IRREGULAR \
        and other.sector == named.sector


def _armed(a) -> bool:
    return is_named(a) and (a.sector in SIDES or (bool(a.country) and not a.sector) or bool(a.entity))


def _driven_side(a) -> bool:
    """A target that may be a side driven out: an armed sector or a named group, not a bare state or its capital (the
    ground or its people: "Kuwait was liberated")."""
    return is_named(a) and ((a.sector or "") in SIDES or (bool(a.entity) and a.kind not in ("country", "capital")))


def _own_side(d, t) -> bool:
    """The target's own side (coding/sides.side_key: a state's government and forces are one; its rebels are not)."""
    return side_key(d) == side_key(t) or _same_side(d, t)


def _freed_from(sdoc, t, e: Event) -> bool:
    """For a verb of freeing ground, whether the target is the side it was freed from ("villages freed from the
    militants"), not the ground freed ("the town was liberated": the town's own state is no side driven out)."""
    if not (_words(t) & victim_words().get("freeing-word", frozenset())):
        return True
    x = span_root(sdoc, e.target.start, e.target.end)
    if x is None:
        return False
    while x.i != t.i and x.head.i != x.i:
        if x.dep_ == "pobj" and x.head.lower_ == "from" and x.head.head.i == t.i:
            return True
        x = x.head
    return False


def _town(p) -> Optional[str]:
    """The town its sentence names as the act's place (a city of the gazetteer), or None."""
    if p is None or p.feature != "city" or p.precision not in NAMED_PLACE:
        return None
    return p.geonameid or (p.name or p.text or "").lower() or None


def _open(t, e: Event) -> bool:
    """Whether the ouster's clause names no doer (module doc)."""
    if t.tag_ == "VBG" and t.dep_ in ("pcomp", "xcomp", "advcl", "acl"):
        return False            # ("fresh from ousting the militants": the subject of the clause it hangs on)
    if any(c.dep_ in ("agent", "nsubj") for c in t.children):
        return False
    if t.dep_ in ("acl", "relcl") or "subject by none" in (e.rule or ""):
        return True
    return False


def ousted_doers(sdoc, events: list[Event], ctx=None) -> list[Event]:
    """The events, with a side driven out with no doer given the one side told taking ground from it just before."""
    if sdoc is None or len(events) < 2:
        return events
    ousting, ground = _verbs()
    todo = [i for i, e in enumerate(events) if e.source is None and _driven_side(e.target)
            and (e.cameo or "").startswith("19") and e.modality in TOLD and e.trigger_token is not None
            and e.trigger_token < len(sdoc) and _words(sdoc[e.trigger_token]) & ousting]
    if not todo:
        return events
    quote = quote_index(ctx)
    places_in = getattr(ctx, "places_in", None)
    place = (lambda tok: bool(places_in(tok.idx, tok.idx + len(tok.text)))) if places_in is not None \
        else (lambda tok: tok.ent_type_ in ("GPE", "LOC", "FAC"))
    sents = list(sdoc.sents)

    def towns(x: Event) -> frozenset:
        """The towns (cities of the gazetteer) its sentence names."""
        if places_in is None or not 0 <= x.sentence < len(sents):
            return frozenset()
        s = sents[x.sentence]
        return frozenset(p.geonameid or (p.name or "").lower() for p in places_in(s.start_char, s.end_char)
                         if p.feature == "city")
    out = list(events)
    for i in todo:
        e = events[i]
        t = sdoc[e.trigger_token]
        if not _open(t, e) or _claimed(t) or not _freed_from(sdoc, t, e) or _place_listed(sdoc, e, place):
            continue            # (one of towns listed together: "A, B and C are in ruins after the militia was driven
            #                     out": each was taken by whoever took it)
        here, mine = _town(e.location), towns(e)
        if here is None and len(mine) > 1:
            continue            # (several towns named and none its own: which was taken by whom is not plain)
        near = [x for x in events if x is not e and x.trigger_token is not None and x.trigger_token < len(sdoc)
                and e.sentence - BACK <= x.sentence <= e.sentence and (x.cameo or "")[:2] in FORCE
                and x.modality in TOLD and x.target is not None
                and (_same_side(x.target, e.target) or _described(e.target, x.target))
                and is_named(x.source) and quote(x.trigger_start) == quote(e.trigger_start)]
        takers = [x for x in near if _armed(x.source) and _words(sdoc[x.trigger_token]) & ground
                  and not _own_side(x.source, e.target)
                  and (here is None or _town(x.location) in (None, here))     # (ground taken at another town)
                  and not (mine and towns(x) and not mine & towns(x))]
        if not takers or len({side_key(x.source) for x in near}) != 1:
            continue            # (none; or two sides told acting against the same foe: whose ouster is not plain)
        act = min(takers, key=lambda x: (e.sentence - x.sentence, abs(x.trigger_token - e.trigger_token)))
        where = f"'{act.trigger_text}', sentence {act.sentence}"
        said = f"the one side told taking ground from '{e.target.text}' in its sentence or just before ({where})"
        d = act.source
        out[i] = replace(e, source=replace(d, why=f"{said}; " + (d.why or "")), counts=list(e.counts),
                         rule=(e.rule or "") + f"; source: the one side told taking ground from the target ({where})")
    return out
