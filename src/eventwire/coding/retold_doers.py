"""Doers of an act told again, found late (issue 14, event coreference): a definite act noun ("the attacks", "this
shelling", "killed in the strikes") refers back to an act the article told before; where that first telling got its
doer only from a later stage, the act told again takes it too.

    events = retold_doers(coder, sdoc, events, ctx)    # after the stages that fill sides (fill_sides, foe_sides,
                                                       # claimed_doers, planted_doers, ...)

coding/doers.py (step 3) already gives an act of force told with no doer, whose clause names a definite act noun, the
doer of the latest earlier telling of that act; it runs first, on the doers the coder read from the clauses. Later
stages find more doers: "Five clinics were bombed on Monday" takes the article's one bomber (coding/sides.py), "the
device went off" the one who planted it (coding/planted.py). "A nurse was killed in the attacks." told next refers
back to that bombing; this stage reads the same step again over the events as they are now:

- the event: an act of force (CAMEO roots 18-20) told (asserted or reported) with a target and no source, whose
  clause names a definite act noun (coding/doers._act_nouns: the trigger itself, its subject, or the object of a
  by/in/during/amid/under/after/following phrase; "the", "this", "that", "these" or "those"; not a possessor or a
  name of its own: those name the doer and step 2 of doers.py reads them; not fighting, a `mutual` noun, which is
  both sides' act); and no subject of its own the coder could not resolve;
- the act referred to: the latest event with a source, in the noun's sentence before it or in the BACK sentences
  before, told at a word of the same lemma or of the noun's root (for a generic act noun of
  data/coding/retold_acts.tsv, "the attack", any act of force), in the same quotation (or none), at no other place
  (both places known and not countries);
- never: where the acts of that kind with a source in the sentences searched (the noun's and the BACK before it)
  are done by two sides (coding/sides.side_key: a state's government and forces are one side), which of them the
  noun means is not plain; where the source found is the target's own side (side_key); for fighters of no named
  side an act noun as the subject killed ("the attack killed three fighters": the attacker's own may be among them).

The source's `why` begins "act told again: ..." with the sentence and the words of the act it was taken from, and the
event's rule ends with "; implicit agent (act told again): ...".
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from eventwire.coding.doers import (BACK, DEFINITE, FORCE, RELATIVE, SIDES, TOLD, _act_nouns, _named_in,
                                    _noun_code, _place_key, _tells, _usable, doerless_force, two_sides)
from eventwire.coding.tables import word_kind_sets
from eventwire.knowledge.coref_quotes import quote_index
from eventwire.model import Event


@lru_cache(maxsize=None)
def _any_force() -> frozenset:
    """The act nouns that may refer back to an act of force of any root (data/coding/retold_acts.tsv)."""
    return word_kind_sets("retold_acts.tsv").get("any-force", frozenset())


def _tells_kind(sdoc, x: Event, lemma: str, kind) -> bool:
    """Whether event x may be the act a definite act noun of `lemma` (root `kind`) refers back to."""
    return _tells(sdoc, x, lemma, kind) or (lemma in _any_force() and (x.cameo or "")[:2] in FORCE)


def retold_doers(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with the doers of acts told again that later stages found given to the act nouns referring back
    to them (module doc)."""
    if sdoc is None or not events:
        return events
    acts: dict = {}
    for e in events:
        if e.source is not None and e.source.code and (e.cameo or "")[:2] in FORCE and e.trigger_token is not None \
                and e.modality in TOLD:
            acts.setdefault(e.sentence, []).append(e)
    if not acts:
        return events
    quote = quote_index(ctx)
    out: list[Event] = []
    for e in events:
        got = None
        if doerless_force(e, sdoc):
            got = _told_again(coder, sdoc, e, acts, quote)
        if got is None:
            out.append(e)
            continue
        doer, why = got
        src = replace(doer, why=f"act told again: {why}; " + (doer.why or ""))
        out.append(replace(e, source=src, rule=e.rule + f"; implicit agent (act told again): {why}",
                           counts=list(e.counts)))
    return out


def _told_again(coder, sdoc, e: Event, acts: dict, quote):
    from eventwire.coding.sides import side_key
    t = sdoc[e.trigger_token]
    named = _act_nouns(coder, t)
    if e.target.sector in SIDES and not e.target.country:
        # ("the attack displaced thousands and killed fighters"): fighters of no named side an act told again as
        # the subject killed may be of either side, the attacker's own too (as doers.py); one wounded "in the
        # attack" is its victim
        named = [x for x in named if x[0].dep_ != "nsubj"]
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if "subject by none" not in e.rule and subj is not None \
            and not any(subj.left_edge.i <= n.i <= subj.right_edge.i for n, _, _ in named) \
            and not (subj.lower_ in RELATIVE and t.dep_ == "relcl"):
        return None               # a subject of its own the coder could not resolve
    mutual = coder.attack_cues.get("mutual", frozenset())
    here_quote = quote(e.trigger_start)
    place = _place_key(e.location)
    for n, known, _prep in named:
        det = next((c.lower_ for c in n.children if c.dep_ == "det"), None)
        if det not in DEFINITE or any(c.dep_ == "poss" for c in n.children) or n.lemma_.lower() in mutual:
            continue
        if _named_in(e.target, n):
            continue              # ("the Isis fight"): told again only by an act against that side (doers.py)
        kind = _noun_code(coder, n) if known else None
        lemma = n.lemma_.lower()
        told = [x for si in range(e.sentence, max(-1, e.sentence - BACK - 1), -1) for x in acts.get(si, ())
                if x is not e and (si < e.sentence or x.trigger_start < e.trigger_start)
                and _tells_kind(sdoc, x, lemma, kind) and quote(x.trigger_start) == here_quote]
        if not told:
            continue
        if two_sides(told):
            return None           # acts of that kind by two sides: which one the noun means is not plain
        x = max(told, key=lambda x: (x.sentence, x.trigger_start))
        if place is not None and _place_key(x.location) not in (None, place):
            return None           # the latest telling is of another place: not this act
        doers = [d for d in _usable([x.source], e) if side_key(d) != side_key(e.target)]
        if not doers:
            return None           # (no act on its own side)
        where = "its sentence" if x.sentence == e.sentence else f"sentence {x.sentence}"
        return doers[0], f"the '{n.text}' is the act told in {where} ('{x.trigger_text}'), done by '{doers[0].text}'"
    return None

