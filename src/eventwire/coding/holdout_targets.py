"""Targets only the article's context gives (issue 14, item 4: no target): an act of force told with a clear doer and
no one it was done to, where the article makes the other side plain.

    events = holdout_targets(coder, sdoc, events, ctx)     # after retaken_targets (coding/retaken.py)

A war story names its cornered side once or twice ("the fight to drive Isis out of its last stronghold", "the last
pocket the group holds", "territory occupied by Islamic State") and then tells acts of force with the doer alone:
"US jets and helicopters have attacked", "mortars rained down on the holdouts", "coalition jets battered their
hideouts", "the fighters said they had pushed further into the enclave". A retaking is told the same way
("government forces have retaken the suburb") after the story told the same doer taking ground from one side.

- the holdout side: the holders the article names for its ground, outside quotes: a stronghold or ground noun
  (place_targets.tsv `stronghold-noun`, held_memory.GROUND_WORDS, holdouts.tsv `ground-noun`) whose possessor,
  modifier or "of" phrase names its holder (held_memory.stronghold_holder: "its last stronghold", "the group's last
  redoubt"), whose "-held", "held by", "occupied by" or "under X control" phrase does (place_targets._holder), or a
  relative clause of holding whose subject does ("the last pocket the group holds"); and the story's one holder of
  ground (held_memory.story_holder). Only sides that are no state; the article's holdout side is the one such holder
  where all agree, else none (the event's own sentence may still name one).
- an act of force (coding/foes.py `_is_act`) told as done, outside quotes, with a doer and no target, takes the
  holdout side H (the one its sentence names, else the article's one) where
    * what it is done to is a holdout noun (holdouts.tsv `holdout-noun`: "the holdouts", "their hideouts", "the
      enclave") as its object or its "on"/"into"/"against" phrase, definite ("the", a possessive pronoun), naming no
      holder and no place of its own; or
    * its clause leaves who it was done to unsaid (coding/sides.py `_object_open`) and its sentence names H and no
      other side of the fighting besides the doer's own ("Isis is hampered at night, and US jets have attacked"),
      nor has H as the subject of a verb the act is told under ("Trump said Isis had been defeated").
  Never the doer's own side (its code, group or state).
- a retaking of ground (holdouts.tsv `retaking`) told as done with a doer and no target, whose object names no side
  of its own, takes the one side the article tells the same doer (its side, coding/foes.py `Foes.key`) taking
  ground from elsewhere (another taking, victims.tsv `conquest-verb` or `retaking`, with both sides named: "the
  government has retaken Douma from the rebels"), never the doer's own.
The target says so: its `why` names the words and the sentence it was learned from, and the event's rule ends with
"; target from the article's context: ...".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.foes import Foes, TOLD, _armed, _governors, _is_act, _named, _place, _sentence_sides
from eventwire.coding.sides import SIDES
from eventwire.coding.held_memory import DIRECTED, GROUND_WORDS, _phrase, _pobj, stronghold_holder, story_holder
from eventwire.coding.tables import kind_sets
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.coding.side_index import side_index
from eventwire.model import Actor, Event

STATE = ("GOV", "MIL", "COP", "SPY", "LEG", "JUD", "ELI")
PRONOUNS = ("its", "their", "his", "her", "it", "they", "them")


def _words() -> dict:
    return kind_sets("holdouts.tsv")


def _stateless(a: Actor) -> bool:
    return bool(a.code) and (bool(a.entity) or (bool(a.sector) and a.sector not in STATE)) and a.kind != "person"


def _relative_holder(coder, noun, ctx) -> Optional[Actor]:
    """The subject of a verb of holding whose object is a ground noun, in a relative clause on it ("the last pocket
    the group holds") or as its object ("the militants still hold the last pocket of the valley")."""
    from eventwire.coding.place_targets import place_words
    verbs = place_words().get("hold-verb", frozenset())
    heads = [c for c in noun.children if c.dep_ == "relcl"] + ([noun.head] if noun.dep_ == "dobj" else [])
    for c in heads:
        if c.lemma_.lower() in verbs:
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ not in ("WDT", "WP"):
                found = [a for a in coder.actors_for(subj, ctx, subj.sent, role="target") if a.code]
                if found:
                    return found[0]
    return None


def _by_pronoun(a: Actor) -> bool:
    """Whether a holder was found through a pronoun ("their final redoubt"): a coreference, less sure than a name."""
    return (a.text or "").lower() in PRONOUNS or (a.why or "").startswith("pronoun")


def holdout_sides(coder, ctx, doc) -> list:
    """[(sentence number, holder Actor, cue, found through a pronoun)] for the ground the article names with a holder that is no state (module
    doc), outside quotes; cached on the context."""
    cache = getattr(ctx, "_holdout_sides", None)
    if cache is not None and cache[0] is doc:
        return cache[1]
    from eventwire.coding.place_targets import _holder, place_words
    from eventwire.coding.sent_index import sentence_number
    nouns = place_words().get("stronghold-noun", frozenset()) | frozenset(GROUND_WORDS) \
        | _words().get("ground-noun", frozenset())
    quote = quote_index(ctx)
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or quote(tok.idx) >= 0:
            continue
        got = stronghold_holder(coder, tok, tok, ctx)
        actor, cue = got if got is not None else (None, None)
        if actor is None:
            actor = _holder(coder, tok, None, ctx, tok.sent) or _relative_holder(coder, tok, ctx)
            cue = _phrase(tok)
        if actor is not None and _stateless(actor):
            out.append((sentence_number(doc, tok.i), actor, cue, _by_pronoun(actor)))
    story = story_holder(coder, ctx, doc)
    if story is not None and _stateless(story[0]):
        out.append((None, story[0], story[1], _by_pronoun(story[0])))
    ctx._holdout_sides = (doc, out)
    return out


def _own(foes: Foes, a: Actor, src: Actor) -> bool:
    """Whether `a` is the doer's own side: its code, group, or side (a state's government, forces and police are one
    side, coding/foes.py `Foes.key`; a country's rebels are not its state's)."""
    return a.code == src.code or (bool(a.entity) and a.entity == src.entity) or foes.key(a) == foes.key(src)


def _holdout_slot(coder, t, ctx):
    """The holdout noun an act at `t` is done to (module doc), or None."""
    words = _words().get("holdout-noun", frozenset())
    heads = [t] + [c for c in t.children if c.dep_ == "xcomp"]
    slots = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    slots += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in DIRECTED
              and (p := _pobj(c)) is not None]
    for s in slots:
        if s.lemma_.lower() not in words and s.lower_ not in words:
            continue
        definite = any(c.dep_ == "det" and c.lower_ == "the" or (c.dep_ == "poss" and c.pos_ == "PRON")
                       for c in s.children)
        if not definite or any(c.dep_ in ("prep", "compound", "amod", "nmod", "acl", "relcl") and c.lower_ not in
                               ("last", "final", "remaining", "few", "besieged", "embattled", "desert")
                               for c in s.children if c.dep_ != "det"):
            continue            # ("the Kurdish enclave", "the enclave of Afrin": its own phrase says whose)
        if ctx.places_in(s.left_edge.idx, s.right_edge.idx + len(s.right_edge.text)):
            continue
        return s
    return None


def _one(sides: list, foes: Foes) -> Optional[tuple]:
    """The one side the holders agree on: those named by a name, where there are any (a pronoun's reading gives way:
    "pursued by the Kurds to their final redoubt"), else those found through a pronoun."""
    sides = [m for m in sides if not m[3]] or sides
    keys = {foes.key(m[1]) for m in sides}
    return sides[0] if len(keys) == 1 else None


def _taking(t, back: bool = False) -> bool:
    """Whether `t` is a verb of taking ground (victims.tsv `conquest-verb`, holdouts.tsv `retaking`), or with `back`
    one of taking it back (`retaking` only)."""
    from eventwire.coding.roles import victim_words
    verbs = _words().get("retaking", frozenset())
    if not back:
        verbs = verbs | victim_words().get("conquest-verb", frozenset())
    return t.pos_ == "VERB" and (t.lemma_.lower() in verbs or t.lower_ in verbs)


def _names_side(t, ctx) -> bool:
    """Whether the object of the taking at `t` names a side of its own ("took control of YPG military points"): no
    ground the doer's other takings may stand for."""
    obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or not hasattr(ctx, "mentions_from"):
        return obj is not None
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    return any(m is not None and m.code and m.kind in ("group", "person") for m in ctx.mentions_from(lo, hi))


def _taken_from(foes: Foes, events: list[Event], e: Event, sdoc) -> Optional[tuple]:
    """(foe actor, event) for the one side the article tells the doer's side taking ground from (module doc)."""
    own = foes.key(e.source)
    got = {}
    for x in events:
        if x is e or not _is_act(x) or x.modality not in TOLD or x.source is None or x.target is None or x.trigger_token is None \
                or x.trigger_token >= len(sdoc) or not _taking(sdoc[x.trigger_token]):
            continue
        if foes.key(x.source) != own or not _named(x.target) or _place(x.target) or _own(foes, x.target, e.source):
            continue
        if not _stateless(x.target) and not x.target.country:
            continue
        got.setdefault(foes.key(x.target), (x.target, x))
    return next(iter(got.values())) if len(got) == 1 else None


def holdout_targets(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with an act of force's missing target taken from the article's context (module doc)."""
    if sdoc is None or not events:
        return events
    todo = [i for i, e in enumerate(events) if _is_act(e) and e.modality in TOLD and e.source is not None
            and e.target is None and e.trigger_token is not None and e.trigger_token < len(sdoc)
            and e.sentence is not None]
    if not todo:
        return events
    from eventwire.coding.foes import _act_word, _time
    from eventwire.coding.sides import _object_open
    quote = quote_index(ctx)
    foes = side_index(coder, sdoc, ctx).foes(events)     # (the article's one index of sides)
    sents = list(sdoc.sents)
    memory = None
    by_sentence: dict = {}
    for x in events:
        by_sentence.setdefault(x.sentence, []).append(x)
    out = list(events)
    for i in todo:
        e = events[i]
        if quote(e.trigger_start) >= 0 or e.sentence >= len(sents) or e.cameo.startswith("0874") \
                or not (_armed(e.source) or e.source.sector in SIDES):
            continue        # (a retreat is away from its foe; civilians and others of no armed side are not read)
        t = sdoc[e.trigger_token]
        got, why = None, None
        if _taking(t, back=True) and not _names_side(t, ctx):
            taken = _taken_from(foes, events, e, sdoc)
            if taken is not None:
                a, x = taken
                got = a
                why = (f"the one side the article tells the side of '{e.source.text}' taking ground from, told in "
                       f"sentence {x.sentence} ('{x.trigger_text}')")
        if got is None:
            if memory is None:
                memory = side_index(coder, sdoc, ctx).holdouts     # (the article's one index of sides)
            if not memory:
                continue
            here = _one([m for m in memory if m[0] == e.sentence], foes)
            side = here or _one(memory, foes)
            if side is None or _own(foes, side[1], e.source):
                continue
            n, holder, cue, _ = side
            told = f"sentence {n}" if n is not None else "the article"
            slot = _holdout_slot(coder, t, ctx)
            if slot is not None:
                got = replace(holder, text=slot.text, start=slot.idx, end=slot.idx + len(slot.text))
                why = (f"'{slot.text}' stands for the side the article names holding out ('{cue}', {told}): "
                       f"{holder.code}")
            elif _object_open(coder, t, skip=lambda s: _time(s) or _act_word(coder, s)):
                named, armed = _sentence_sides(foes, by_sentence.get(e.sentence, []), e, ctx, sents[e.sentence])
                k, own = foes.key(holder), foes.key(e.source)
                if k not in named or armed - {k, own, e.source.country}:
                    continue
                if k in _governors(foes, events, e, t, ctx):
                    continue
                mention = next((m for m in ctx.mentions_from(sents[e.sentence].start_char, sents[e.sentence].end_char)
                                if m is not None and _named(m) and foes.key(m) == k), None) \
                    if hasattr(ctx, "mentions_from") else None
                if mention is None:
                    continue
                got = replace(holder, text=mention.text, start=mention.start, end=mention.end)
                why = (f"the side the article names holding out ('{cue}', {told}), named in the act's sentence: "
                       f"{holder.code}")
        if got is None:
            continue
        got = replace(got, why=f"{why}; " + (got.why or ""))
        out[i] = replace(e, target=got, rule=(e.rule or "") + f"; target from the article's context: {why}",
                         counts=list(e.counts))
    return out
