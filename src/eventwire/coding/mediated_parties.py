"""The parties a mediation is between, where its own phrases name none (issue 14, no target).

    events = mediated_parties(coder, sdoc, events, ctx)     # a document stage, after the sentence's events are made

A mediation (CAMEO 045; an intention to mediate, 039; a mediation halted, 165) is aimed at the sides it goes between. The lexicon's rows take them from a "between" phrase
on the mediating word itself ("mediated between Kabul and the Taliban"); news as often names them in the quarrel the
mediation is meant to settle: "launched a mediation effort to resolve the rift between Qatar and other Gulf states",
"offered to broker an end to the feud between the two parties", "ended its mediation in the Sudanese conflict". A
mediation with no target takes, from the words its trigger governs (its object, its purpose clause, its "in"/"over"
phrase), a quarrel noun (data/coding/mediated_parties.tsv `dispute`: rift, dispute, conflict, talks) and the sides
that noun's "between" phrase names, or, with none, the sides its adjectives name ("the Sudanese conflict", "the
Arab-Israeli dispute").
Each side is one event, as the lexicon's "between" rows give. Never the mediator itself, nor a side of its country.
The rule ends with "; target: a side of the quarrel the mediation is between ('rift')".
"""
from __future__ import annotations

from eventwire.coding.tables import word_kind_sets
from eventwire.coding.taken_target import with_target
from eventwire.model import Event

# a mediation (045), an intention to mediate (039), a mediation halted (165)
_CODES = ("045", "039", "165")


def _quarrels(tok) -> list:
    """The quarrel nouns among the words `tok` (and, for an event noun, the verb it is the object of) governs."""
    words = word_kind_sets("mediated_parties.tsv").get("dispute", frozenset())
    roots = [tok]
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") and tok.head.pos_ in ("VERB", "ADP"):
        roots.append(tok.head if tok.head.pos_ == "VERB" else tok.head.head)
    seen, out = set(), []
    for r in roots:
        for t in r.subtree:
            if t.i not in seen and t.i != tok.i and t.pos_ == "NOUN" and t.lower_ in words:
                seen.add(t.i)
                out.append(t)
    return out


def _between(noun) -> list:
    """The heads the "between" phrase of `noun` names, conjuncts included."""
    out = []
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "between":
            for o in p.children:
                if o.dep_ == "pobj":
                    out.append(o)
                    out.extend(c for c in o.conjuncts if c.i > o.i)
    return out


def _sides(coder, noun, ctx, source) -> list:
    """The actors of the sides `noun` is between, or of the one country its adjective names; not the mediator's."""
    heads = _between(noun)
    got = []
    for h in heads:
        got.extend(a for a in coder.actors_for(h, ctx, h.sent, role="target") if a.code)
    if not heads:
        # "the Sudanese conflict": its country; "the Arab-Israeli dispute": each side its adjectives name
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN")]
        for m in mods:
            got.extend(a for a in coder.actors_for(m, ctx, m.sent, role="target") if a.code and a.start == m.idx)
    own = {source.code, source.country} - {None} if source is not None else set()
    keep, seen = [], set()
    for a in got:
        if a.code in own or (a.country and a.country in own) or a.code in seen:
            continue
        seen.add(a.code)
        keep.append(a)
    return keep


def mediated_parties(coder, sdoc, events: list[Event], ctx) -> list[Event]:
    """The events, with a mediation that names no target aimed at each side of the quarrel it goes between (module
    doc)."""
    if sdoc is None or not events:
        return events
    out = []
    for e in events:
        if e.target is not None or (e.cameo or "") not in _CODES or e.source is None \
                or e.trigger_token is None or e.trigger_token >= len(sdoc):
            out.append(e)
            continue
        tok = sdoc[e.trigger_token]
        sides = []
        for q in _quarrels(tok):
            sides = _sides(coder, q, ctx, e.source)
            if sides:
                break
        if not sides:
            out.append(e)
            continue
        said = f"a side of the quarrel the mediation is between ('{q.text}')"
        out.extend(with_target(e, a, said) for a in sides)
    return out
