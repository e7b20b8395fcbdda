"""One index of the article's sides (issue 14, items 2 and 4): who fights whom, who holds what, who backs whom, read
once per document and asked by the stages that fill a missing side of an act of force.

    index = side_index(coder, sdoc, ctx)                   # built on first use, cached on the context
    events = polity_targets(coder, sdoc, events, ctx)     # after holdout_targets (pipeline.py)

What it records (each read in one pass over the document or its mentions, so its cost grows with the article):
- backers: (backer, backed) for each "X-backed Y" ("the US-backed SDF", "Turkish-backed rebels"; the words after the
  hyphen: data/coding/actor_country.tsv `support`), "X backed Y" written apart only where the word is no clause's verb
  (`support-apart`: "Russian backed forces", not "Turkey backed the offensive against the YPG") and "Y, backed by X":
  the backed side's backer is its ally, never its foe (`backs`; coding/foes.py asks it before giving a side a foe).
- key: the one side key of the stages that fill a missing side of an act of force (`key`: foes.py, left_ground.py,
  gave_way.py, resisted.py and the index's own `backs`/`_own` checks): a state's government and forces are one side,
  a people's forces coded under the state ("SYRKURMIL", Syria's Kurdish forces) a side of their own.
- polity owners: for each polity noun (data/coding/holdouts.tsv `polity-noun`: "caliphate", "emirate"), outside
  quotes, whose own phrase names an owner of no state (held_memory.stronghold_holder: "the Isis caliphate",
  "Isis's caliphate", "the caliphate of Islamic State"), that owner (`polity_owner`: the one owner all agree on).
- holdouts: the sides the article names holding out in their last ground (coding/holdout_targets.holdout_sides).
- foes: the article's foes learned from its acts of force with both sides (coding/foes.Foes), for the events as
  they stand when a stage asks.

The stage here: an act of force (coding/foes.py `_is_act`) told as done, with a doer and no target, done to a polity
noun (its object, its passive subject or its "on"/"against"/"into" phrase; for an act noun its "of" phrase: "the
defeat of the caliphate") takes the side that noun stands for, an insurgent group (holdouts.tsv `polity-sector`):
the owner its own phrase names, else the one such group its sentence names ("Isis was a powerful force, and now the US has defeated the territorial
caliphate"), else the article's one owner of such a noun. Never the doer's own side (its code, group or state), nor
a side the index has backing the doer or backed by it; where the sentence names two such sides, none. The target
says so: its `why` names the words it was learned from and where, and the event's rule ends with "; target from the
article's sides: ...".
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Optional

from eventwire.coding.sides import STATE
from eventwire.coding.tables import kind_sets, word_kind_sets
from eventwire.model import Actor, Event

_NEAR = 50                      # characters between a backer's "-backed" and the side it backs
_CLAUSE = ("nsubj", "nsubjpass", "dobj", "aux", "auxpass")     # a verb's own parts: "Turkey backed the offensive"


@functools.cache
def _backed_res() -> tuple:
    """(hyphenated "-backed", "backed" apart, "backed by" before a mention) from actor_country.tsv's support words."""
    kinds = word_kind_sets("actor_country.tsv")
    alt = lambda k: "|".join(sorted(map(re.escape, kinds.get(k, ())))) or "(?!)"
    return (re.compile(rf"[-\u2010\u2011](?:{alt('support')})\b", re.I),    # (not "Kurdish forces armed with rifles")
            re.compile(rf"\s+({alt('support-apart')})\b", re.I),
            re.compile(rf"\b(?:{alt('support')})\s+by\s+(?:the\s+)?$", re.I))


def _polity_nouns() -> frozenset:
    return kind_sets("holdouts.tsv").get("polity-noun", frozenset())


def _claimant(a: Actor) -> bool:
    """Whether `a` may own a polity noun: a side of no state of a sector of holdouts.tsv `polity-sector` (insurgents:
    "the Isis caliphate"; not a rebel army named beside it, "the YPG said")."""
    return _stateless(a) and a.sector in kind_sets("holdouts.tsv").get("polity-sector", frozenset())


def key(a: Actor, group_of: Optional[dict] = None) -> str:
    """A side: a state (its government, forces and the state itself are one side; not "SYRKURMIL", Syria's Kurdish
    forces: a side of their own), else a group, else a code. `group_of`: a person's code -> the one group the article
    has for it (coding/foes.Foes)."""
    if a.country and (a.sector or "GOV") in STATE and a.code == a.country + (a.sector or ""):
        return a.country
    if a.kind == "person" and group_of:
        return group_of.get(a.code, a.code)
    return a.entity or a.code or ""


def _apart(m, sdoc) -> bool:
    """Whether a support word written apart after a mention ("Russian backed forces") describes the next noun: in the
    parse, no clause's verb (no subject, object or auxiliary of its own: not "Turkey backed the offensive")."""
    if m is None or sdoc is None:
        return False
    span = sdoc.char_span(m.start(1), m.end(1))
    return span is not None and not any(c.dep_ in _CLAUSE for c in span.root.children)


def _stateless(a: Actor) -> bool:
    return bool(a.code) and (bool(a.entity) or (bool(a.sector) and a.sector not in STATE)) and a.kind != "person"


class SideIndex:
    """The article's sides (module doc), read once per document."""

    def __init__(self, coder, sdoc, ctx):
        self.coder, self.sdoc, self.ctx = coder, sdoc, ctx
        self._backers_read, self._owners_read, self._holdouts = None, None, None

    @property
    def backers(self) -> set:
        """{(backer side, backed side)}, read on first use."""
        if self._backers_read is None:
            self._backers_read = self._read_backers(self.ctx, self.sdoc)
        return self._backers_read

    @property
    def owners(self) -> list:
        """[(sentence number, owner Actor, cue)] of the polity nouns, read on first use."""
        if self._owners_read is None:
            self._owners_read = self._read_owners(self.coder, self.sdoc, self.ctx)
        return self._owners_read

    @staticmethod
    def _read_backers(ctx, sdoc=None) -> set:
        """{(backer side, backed side)} from "X-backed Y", "X backed Y" and "Y, backed by X" (module doc)."""
        text = getattr(ctx, "text", "") or ""
        ms = [m for m in (getattr(ctx, "mentions", None) or []) if m is not None and m.code and m.start is not None
              and m.end is not None]
        hyphen, apart, backed_by = _backed_res()
        out = set()
        for j, m in enumerate(ms):
            if hyphen.match(text, m.end) or _apart(apart.match(text, m.end), sdoc):
                nxt = next((n for n in ms[j + 1:] if n.start >= m.end), None)
                if nxt is not None and nxt.start - m.end <= _NEAR and "." not in text[m.end:nxt.start]:
                    out.add((key(m), key(nxt)))
            if backed_by.search(text[max(0, m.start - 30):m.start]):
                prev = next((p for p in reversed(ms[:j]) if p.end <= m.start), None)
                if prev is not None and m.start - prev.end <= _NEAR and "." not in text[prev.end:m.start]:
                    out.add((key(m), key(prev)))
        return {(a, b) for a, b in out if a and b and a != b}

    @staticmethod
    def _read_owners(coder, sdoc, ctx) -> list:
        """[(sentence number, owner Actor, cue)] for the polity nouns whose own phrase names an owner of no state."""
        from eventwire.coding.held_memory import stronghold_holder
        from eventwire.coding.sent_index import sentence_number
        from eventwire.knowledge.coref_quotes import quote_index
        nouns = _polity_nouns()
        if sdoc is None or coder is None or not nouns:
            return []
        quote = quote_index(ctx)
        out = []
        for tok in sdoc:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in nouns or quote(tok.idx) >= 0:
                continue
            got = stronghold_holder(coder, tok, tok, ctx, nouns=nouns)
            if got is not None and _claimant(got[0]):
                out.append((sentence_number(sdoc, tok.i), got[0], got[1]))
        return out

    def backs(self, a: str, b: str) -> bool:
        """Whether one of the two sides backs the other in the article."""
        return (a, b) in self.backers or (b, a) in self.backers

    def polity_owner(self) -> Optional[tuple]:
        """(sentence number, owner, cue) for the article's one owner of a polity noun, or None."""
        keys = {key(o[1]) for o in self.owners}
        return self.owners[0] if len(keys) == 1 else None

    @property
    def holdouts(self) -> list:
        """The holdout sides (coding/holdout_targets.holdout_sides), read on first use."""
        if self._holdouts is None:
            from eventwire.coding.holdout_targets import holdout_sides
            self._holdouts = holdout_sides(self.coder, self.ctx, self.sdoc)
        return self._holdouts

    def foes(self, events: list[Event]):
        """The article's foes for the events as they stand when a stage asks (coding/foes.Foes: learned from its acts
        of force with both sides; coding/foes.py, retaken.py and holdout_targets.py read them here)."""
        from eventwire.coding.foes import Foes
        return Foes(events, self.sdoc)


def side_index(coder, sdoc, ctx) -> SideIndex:
    """The document's SideIndex, built once and cached on the context."""
    cache = getattr(ctx, "_side_index", None)
    if cache is not None and cache[0] is sdoc:
        return cache[1]
    index = SideIndex(coder, sdoc, ctx)
    try:
        ctx._side_index = (sdoc, index)
    except AttributeError:
        pass
    return index


def _polity_slot(t):
    """The polity noun an act at `t` is done to (module doc), or None."""
    from eventwire.coding.held_memory import DIRECTED, _pobj
    nouns = _polity_nouns()
    heads = [t] + [c for c in t.children if c.dep_ == "xcomp"]
    slots = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    preps = DIRECTED + (("of",) if t.pos_ == "NOUN" else ())
    slots += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
              and (p := _pobj(c)) is not None]
    return next((s for s in slots if s.lemma_.lower() in nouns or s.lower_ in nouns), None)


def _own(a: Actor, src: Actor, index: SideIndex) -> bool:
    """Whether `a` is the doer's own side, or backs it or is backed by it."""
    return a.code == src.code or (bool(a.entity) and a.entity == src.entity) or key(a) == key(src) \
        or index.backs(key(a), key(src))


def _sentence_owners(ctx, sent, src: Actor) -> list:
    """The armed sides of no state that may own a polity (`_claimant`) its sentence names by a name, other than the
    doer's own and any inside the doer's phrase ("Kurdish-led forces")."""
    if not hasattr(ctx, "mentions_from"):
        return []
    from eventwire.coding.sides import SIDES
    inside = (lambda m: src.start <= m.start < src.end) if src.start is not None and src.end is not None \
        else (lambda m: False)
    return [m for m in ctx.mentions_from(sent.start_char, sent.end_char)
            if m is not None and m.code and m.entity and m.kind != "person" and m.sector in SIDES and _claimant(m)
            and key(m) != key(src) and not inside(m)]


def polity_targets(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with an act of force done to a polity noun given the side it stands for (module doc)."""
    if sdoc is None or not events or not _polity_nouns():
        return events
    from eventwire.coding.foes import TOLD, _is_act
    from eventwire.coding.held_memory import stronghold_holder
    out = list(events)
    index = None
    sents = None
    for i, e in enumerate(events):
        if not (_is_act(e) and e.modality in TOLD and e.source is not None and e.target is None
                and e.trigger_token is not None and e.trigger_token < len(sdoc) and e.sentence is not None):
            continue
        slot = _polity_slot(sdoc[e.trigger_token])
        if slot is None:
            continue
        if index is None:
            index, sents = side_index(coder, sdoc, ctx), list(sdoc.sents)
        if e.sentence >= len(sents):
            continue
        got, why = None, None
        own = stronghold_holder(coder, slot, slot, ctx, nouns=_polity_nouns())
        if own is not None:
            if _claimant(own[0]):
                got, why = own[0], f"'{slot.text}' is the polity of the side its own phrase names ('{own[1]}')"
        else:
            named = _sentence_owners(ctx, sents[e.sentence], e.source)
            if len({key(m) for m in named}) == 1:
                got = named[0]
                why = f"'{slot.text}' is the polity of the one armed side of no state its sentence names ('{got.text}')"
            elif not named and (one := index.polity_owner()) is not None:
                n, got, cue = one
                why = f"'{slot.text}' is the polity of the side the article names as its owner ('{cue}', sentence {n})"
        if got is None or _own(got, e.source, index):
            continue
        got = replace(got, text=slot.text, start=slot.idx, end=slot.idx + len(slot.text),
                      why=f"{why}: {got.code}; " + (got.why or ""))
        out[i] = replace(e, target=got, rule=(e.rule or "") + f"; target from the article's sides: {why}",
                         counts=list(e.counts))
    return out
