"""Ground taken back from the side the article tells driven from ground (issue 14, no target).

    events = retaken_targets(sdoc, events)     # after foe_sides (coding/foes.py)

A retaking is aimed at the side that held the ground. Most are told with that side ("recaptured the town from the
militants": coding/ousted.py) or with a place whose holder the article names (coding/held_memory.py); some name only
the ground ("government troops retook the town", "the army and allied militias wrested back control of the three
cities", "areas retaken by the rebels"). Where the article tells exactly one side driven from ground, that side is
the target:

- a retaking: an act of force (CAMEO 19) told as done, with a doer and no target, whose verb is a verb of taking
  ground back (data/coding/retaken.tsv `retake`: retake, recapture, reclaim, regain) or one told with "back"
  (`back-verb`: "took back", "wrested back");
- the sides driven from ground: the named targets (a state's side or a named group, coding/foes.py `Foes.key`; never
  a place's state taken as the target of an act on the place) of the article's acts of force told as done whose
  verb drives a side out (victims.tsv `ouster-verb`, the list coding/ousted.py reads, and retaken.tsv `ousting`:
  "kicked out", "cleared"; "the insurgents were driven out of the city") or
  whose target is the side a taking (or a `retake` verb) names in its "from" phrase ("reclaimed the town from the
  jihadists", coding/ousted.py); and the side the article tells ground fell to ("Mosul fell to Isis", "fell into
  the hands of X": coding/fallen_to.py), which held that ground;
- a retaking whose only target is the state the ground lies in (the place acted on, "retook Afrin": SYR; or a
  demonym on the ground noun, "reclaimed northern Syrian towns") is handled as one with no target, and its new
  target's `why` names the state it replaces;
- the retaking takes that side only where it is the one such side other than the doer's own (its side, its state)
  and the doer is not itself told driven from ground (a side that comes back, "won back land after being driven
  out", retakes from whoever drove it out, which this does not tell).
The target says so: its `why` begins "the one side the article tells driven from ground" with the sentence and words
of the act it was learned from, and the event's rule ends with "; target from the side driven from ground: ...".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.fallen_to import fallen_sides
from eventwire.coding.foes import _named, _place
from eventwire.coding.held_memory import GROUND_WORDS
from eventwire.coding.roles import victim_words
from eventwire.coding.tables import kind_sets
from eventwire.coding.side_index import side_index
from eventwire.model import Event

TOLD = ("asserted", "reported")
TAKEN_FROM = "the side the ground was"      # (coding/ousted.py's why of a target named by a "from" phrase)


def _table() -> dict:
    return kind_sets("retaken.tsv")


def _words(t) -> set:
    """A verb's lemma and its word as written (the parser leaves some unlemmatised: "retook")."""
    return {t.lemma_.lower(), t.lower_}


def _retaking(sdoc, e: Event) -> bool:
    """A verb of taking ground back, or one told with "back" ("wrested back control")."""
    t, words = sdoc[e.trigger_token], _table()
    if _words(t) & words.get("retake", frozenset()):
        return True
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in t.children)
    return back and bool(_words(t) & words.get("back-verb", frozenset()))


def _taken_from(sdoc, e: Event) -> bool:
    """Whether the target is the object of a "from" phrase on a taking ("reclaimed the town from the jihadists")."""
    if TAKEN_FROM in (e.target.why or ""):
        return True
    t = sdoc[e.trigger_token]
    if not (_words(t) & (_table().get("retake", frozenset()) | _table().get("back-verb", frozenset())
                         | victim_words().get("conquest-verb", frozenset()))):
        return False
    span = None if e.target.start is None else sdoc.char_span(e.target.start, e.target.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    x = span.root
    while x.head.i != x.i and x.i != t.i:
        if x.dep_ == "pobj" and x.head.lower_ == "from":
            return any(a.i == t.i for a in x.head.ancestors)
        x = x.head
    return False


def _driven(sdoc, e: Event) -> bool:
    """An act that tells its target driven from ground (module doc)."""
    ousting = victim_words().get("ouster-verb", frozenset()) | _table().get("ousting", frozenset())
    return bool(_words(sdoc[e.trigger_token]) & ousting) or _taken_from(sdoc, e)


def _ground_state(sdoc, e: Event) -> bool:
    """A retaking's target that is only the state the ground lies in: the state of the place acted on ("retook
    Afrin": SYR), or a bare state named by a modifier of the ground noun ("reclaimed northern Syrian towns")."""
    t = e.target
    if _place(t):
        return True
    if not t.country or t.code != t.country or t.entity or t.start is None:
        return False
    span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    x = span.root
    return x.dep_ in ("amod", "compound", "nmod") and x.head.lemma_.lower() in GROUND_WORDS \
        and x.head.i != e.trigger_token


def retaken_targets(sdoc, events: list[Event], coder=None, ctx=None) -> list[Event]:
    """The events, with a retaking's missing target (or the ground's state taken for one) taken from the side the
    article tells driven from ground, or the side it tells the ground fell to."""
    if sdoc is None:
        return events
    ok = [e.trigger_token is not None and e.trigger_token < len(sdoc) and e.modality in TOLD for e in events]
    todo = [i for i, e in enumerate(events) if ok[i] and (e.cameo or "").startswith("19")
            and (e.target is None or _ground_state(sdoc, e)) and _named(e.source) and _retaking(sdoc, e)]
    if not todo:
        return events
    foes = side_index(coder, sdoc, ctx).foes(events)     # (the article's one index of sides)
    driven: dict = {}                      # side -> [(actor, sentence, word)]
    for e, good in zip(events, ok):
        if good and (e.cameo or "")[:2] in ("18", "19", "20") and _named(e.target) and not _place(e.target) \
                and foes.fights(e.target) and _driven(sdoc, e):
            driven.setdefault(foes.key(e.target), []).append((e.target, e.sentence, e.trigger_text))
    # ground the article tells fallen to a side ("Mosul fell to Isis"): that side held it (coding/fallen_to.py)
    for k, got in fallen_sides(coder, sdoc, ctx, foes).items():
        driven.setdefault(k, []).extend(got)
    if not driven:
        return events
    out = list(events)
    for i in todo:
        e = events[i]
        own = {foes.key(e.source), e.source.country}
        if own & set(driven):
            continue                       # (a side told driven out itself comes back: from whom is not told here)
        sides = [k for k in driven if k not in own]
        if len(sides) != 1:
            continue
        tellings = driven[sides[0]]
        actor, _, word = min(tellings, key=lambda c: (abs(c[1] - e.sentence), c[1] > e.sentence))
        told = sorted({n for _, n, _ in tellings})
        why = (f"the one side the article tells driven from ground, in sentence{'s' if len(told) > 1 else ''} "
               f"{', '.join(map(str, told[:3]))} ('{word}')")
        if e.target is not None:
            why += f", not the state of the ground ({e.target.code} '{e.target.text}')"
        out[i] = replace(e, target=replace(actor, why=f"{why}; " + (actor.why or "")),
                         rule=(e.rule or "") + f"; target from the side driven from ground: {why}",
                         counts=list(e.counts))
    return out
