"""Holders of a place read from a side's presence there (issue 14; part of the holder memory, coding/held_memory.py).

An article often says who holds a place not with "-held" or "controlled by" but by where a side is:
- a "where" relative clause on the place whose verb says a side is posted there (place_targets.tsv `based-verb`:
  "Manbij, where Kurdish units are based", "the town, where the militia is entrenched");
- a side named with an "in" phrase that is the place ("the Kurdish militia in Afrin", "the YPG in Afrin"), or a
  presence noun (`presence-noun`) whose possessor or modifier is the side ("the Kurdish presence in Manbij",
  "its presence in Afrin");
- the defenders of the place (`defender-noun`): the place as the noun's possessor or "of" phrase, the side its
  modifier or the noun itself ("Afrin's Kurdish defenders", "the enclave's defenders", "the defenders of Kobani").
The side must be no state's own forces or government (a state's troops posted abroad hold no ground by that: "US
troops in Syria"), no civilians, and of the place's country (held_ground.foreign_group). What the sentence says with
"had" or "were" of a presence ("had used its presence in Afrin") is a past holding. Each reading gives
(place, holder, cue, past) for held_memory.holders, which keeps a place only where one holder is named; these
readings say less than a "-held" or "stronghold of" reading, so they count only for a place no such reading names.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.context import STATE_SECTORS

_ARMED = ("REB", "INS", "UAF", "SEP", "MIL")     # (a people in a place, "the Kurds in Afrin", are its residents)
_PAST = ("had", "was", "were", "used", "former", "formerly", "previously", "once", "until")


def _side(coder, tok, ctx, p, itself=False) -> Optional[object]:
    """The non-state armed side a token names (a named group, rebels, a militia, a people's forces), or None. With
    `itself`, only a side the token's own word names and says which side it is: a named group or a people's
    ("the Kurdish militia", "the YPG"), armed (not "the Kurds in Afrin", who live there), not one of its possessor ("Baghdadi's appearance") nor a bare sector
    ("fighters in the town", who may be of either side)."""
    from eventwire.coding.held_memory import _in_place_country
    if tok is None or tok.pos_ == "PRON" and tok.dep_ != "poss":
        return None
    for a in coder.actors_for(tok, ctx, tok.sent, role="target"):
        if itself and not (a.start is not None and a.end is not None and a.start <= tok.idx < a.end
                           and ((a.entity and a.kind != "people") or (a.sector in _ARMED
                                             and len(a.code or "") > len((a.country or "") + a.sector)))):
            continue
        if not a.code or (a.sector or "") in ("CVL", "REF", "MED", "HLH", "EDU", "BUS", "NGO", "HRI", "REL", "LAB"):
            continue
        state_own = (a.sector or "GOV") in STATE_SECTORS and not a.entity \
            and a.code == (a.country or "") + (a.sector or "")
        if state_own:
            continue
        return _in_place_country(a, p)
    return None


def _places_at(ctx, tok, mentions) -> list:
    """The places (not countries) a token names (also where the place finder left a name out at one spot:
    held_memory._mentions), or the place a place word ("the enclave") stands for."""
    from eventwire.coding.place_anaphora import place_word_of
    from eventwire.coding.held_memory import NAMING_NOUNS
    lo, hi = tok.left_edge.idx, tok.idx + len(tok.text)
    if tok.lemma_.lower() in NAMING_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        hi = tok.right_edge.idx + len(tok.right_edge.text)     # ("in the Syrian enclave of Afrin")
    out = [p for p in mentions.within(lo, hi) if lo <= p.start and p.end <= hi
           and not p.demonym and p.country and (p.feature or "") not in ("country", "continent", "region")]
    if not out and (w := place_word_of(ctx, tok)) is not None and getattr(w, "stands_for", None) is not None:
        s = w.stands_for
        if s.country and (s.feature or "") not in ("country", "continent", "region"):
            out = [s]
    return out


class _ByStart:
    """The place mentions of a document indexed once by start offset: `within(lo, hi)` gives those starting in
    [lo, hi] in the list's own order (as a pass over the whole list would keep them), by bisection, not a pass over
    every mention of the document for each phrase (issue 16)."""

    def __init__(self, mentions: list):
        self.mentions = mentions
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        self.starts = [mentions[k].start for k in order]
        self.order = order

    def within(self, lo: int, hi: int) -> list:
        import bisect
        ks = self.order[bisect.bisect_left(self.starts, lo):bisect.bisect_right(self.starts, hi)]
        return [self.mentions[k] for k in sorted(ks)]


def _cue(noun, pobj) -> str:
    """The words of a side "in" a place, for a why ("the Kurdish militia in Afrin", "militias in the enclave of
    Afrin"), without an apposition after the place."""
    from eventwire.coding.held_memory import NAMING_NOUNS
    end = pobj.i
    if pobj.lemma_.lower() in NAMING_NOUNS:
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        end = of.right_edge.i if of is not None else end
    return pobj.doc[noun.left_edge.i:end + 1].text


def _past(tok) -> bool:
    """Whether the clause a phrase stands in tells a past holding ("had used its presence in Afrin")."""
    verb = tok
    while verb.dep_ not in ("ROOT", "relcl", "ccomp", "advcl") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had",) for c in verb.children) \
        or any(w.lower_ in _PAST for w in tok.subtree)


def _in_owner(prep):
    """The noun an "in" phrase is about: its head noun, or the object right before it where the parser hung the
    phrase on the verb ("to attack the Kurdish militia in Afrin"); or None."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    if head.pos_ == "VERB":
        return next((c for c in head.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1
                     and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def presence_holdings(coder, ctx, doc, mentions: list) -> list:
    """[(place, actor, cue, past)] for the document's readings of a side's presence in a place (module doc);
    `mentions`: held_memory._mentions of the document, made once by its caller."""
    from eventwire.coding.held_ground import foreign_group
    from eventwire.coding.held_memory import _phrase, _pobj
    from eventwire.coding.place_targets import place_words
    words = place_words()
    based = words.get("based-verb", frozenset())
    presence = words.get("presence-noun", frozenset())
    defenders = words.get("defender-noun", frozenset())
    out, mentions = [], _ByStart([p for p in mentions if p.start is not None])

    def add(p, actor, cue, tok, past=None):
        if actor is not None and not foreign_group(actor, p, ctx, tok.sent):
            out.append((p, actor, cue, _past(tok) if past is None else past))

    for tok in doc:
        low = tok.lemma_.lower()
        if tok.dep_ == "relcl" and (low in based or tok.lower_ in based) \
                and any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children):
            # ("Manbij, where Kurdish units are based")
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            for p in _places_at(ctx, tok.head, mentions):
                add(p, _side(coder, subj, ctx, p), _phrase(tok.head), tok)
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "inside") and tok.head.dep_ == "prep" \
                and (noun := _in_owner(tok.head)) is not None:
            if noun.lemma_.lower() in presence:
                # ("the Kurdish presence in Manbij", "its presence in Afrin")
                who = next((c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                            and c.i < noun.i and c.pos_ in ("PROPN", "NOUN", "ADJ", "PRON")), None)
            elif noun.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj", "appos", "conj") \
                    and not (noun.dep_ == "pobj" and noun.head.dep_ == "agent"):
                who = noun      # ("the Kurdish militia in Afrin"; not "killed by Isis in the town", where it was done)
            else:
                who = None
            for p in (_places_at(ctx, tok, mentions) if who is not None else ()):
                add(p, _side(coder, who, ctx, p, itself=who is noun), _cue(noun, tok), noun)
        elif low in defenders and tok.pos_ == "NOUN":
            # ("Afrin's Kurdish defenders", "the defenders of Kobani")
            own = next((c for c in tok.children if c.dep_ == "poss"), None)
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            ground = own if own is not None else (_pobj(of) if of is not None else None)
            if ground is None:
                continue
            for p in _places_at(ctx, ground, mentions):
                add(p, _side(coder, tok, ctx, p), _phrase(tok), tok, past=False)
    return out
