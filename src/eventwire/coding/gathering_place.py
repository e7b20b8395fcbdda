"""Roles stage: the host of a gathering named by its place, told elsewhere in the story (issue 14, targets given
through an object).

"Moscow's congress of Syrian parties will bring delegations together in the Russian city of Sochi ... One opposition
leader dismissed the Sochi congress as a farce": an act of taking part in, rejecting or boycotting a gathering (the
roots of hosted.gathering_host: 03, 04, 12, and 14) whose own phrase names its place ("the Sochi conference", "the
Astana talks") and no host (hosted.sponsored_gathering reads a host named there) is aimed at the host the story names
for a gathering (data/coding/roles.tsv `gathering-noun`) in a sentence that names that place: the gathering's
possessor ("Moscow's congress"), the agent of its host participle ("talks hosted by Kazakhstan"), or the subject of a
host verb that has it for object ("Russia will host a conference in Sochi"; `host-verb`). Only where the story names
one such host; never the doer itself; the place alone (the state it lies in) is no host.

    found = place_gathering_host(coder, cl, code, tgt_tok, sources, ctx, sent)    # ([actor], how) or None
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_args import subject_of
from eventwire.coding.clause_record import role_words
from eventwire.coding.hosted import _host_tokens, sponsor_state
from eventwire.coding.same_party import other_parties

_ROOTS = ("03", "04", "12", "14")


def _place_named(g, ctx):
    """(compound token, place) for the place a compound before the gathering noun names ("the Sochi conference"), or
    None."""
    for c in g.children:
        if c.dep_ == "compound" and c.i < g.i and c.pos_ == "PROPN":
            found = [p for p in ctx.places_in(c.idx, c.idx + len(c.text)) if p.country]
            if found:
                return c, found[0]
    return None


def _same_place(p, q) -> bool:
    if p.geonameid and q.geonameid:
        return p.geonameid == q.geonameid
    return (p.name or p.text).lower() == (q.name or q.text).lower()


def _story_hosts(g, place, ctx) -> list:
    """(host token, gathering token) for each gathering the story names, in a sentence naming `place`, with a host."""
    words = role_words().get("gathering-noun", frozenset())
    hosts = role_words().get("host-verb", frozenset())
    out = []
    for s in g.doc.sents:
        if s.start <= g.i < s.end:
            continue
        there = ctx.places_in(s.start_char, s.end_char)
        if not any(_same_place(p, place) for p in there):
            continue
        for t in s:
            if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in words:
                continue
            found = [c for c in t.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
            found += [h for h, _ in _host_tokens(t) if h.dep_ != "compound"]
            if t.dep_ == "dobj" and t.head.lemma_.lower() in hosts:
                subj, _ = subject_of(t.head)
                if subj is not None and subj.pos_ in ("PROPN", "NOUN"):
                    found.append(subj)
            out += [(h, t) for h in found]
    return out


def place_gathering_host(coder, cl, code: str, tgt_tok, sources, ctx, sent) -> Optional[tuple]:
    """([host actor], how) for a gathering named by its place whose host the story names (module doc), or None."""
    if code[:2] not in _ROOTS or not sources:
        return None
    g = tgt_tok if tgt_tok is not None else cl.obj
    if g is None or g.pos_ not in ("NOUN", "PROPN") \
            or g.lemma_.lower() not in role_words().get("gathering-noun", frozenset()):
        return None
    if any(tok.dep_ != "compound" for tok, _ in _host_tokens(g)) \
            or any(c.dep_ == "poss" for c in g.children):
        return None     # (a host of its own: hosted.sponsored_gathering)
    named = _place_named(g, ctx)
    if named is None:
        return None
    mod, place = named
    found = {}
    for host, other in _story_hosts(g, place, ctx):
        for a in other_parties(coder, host, sources, ctx, sent):
            if a.code:
                found.setdefault(a.code, (a, host, other))
    if len({a.home() for a, _, _ in found.values()}) != 1:
        return None     # (none, or hosts of several sides)
    a, host, other = next(iter(found.values()))
    return [sponsor_state(a)], f"the host the story names ('{host.text}') of the {other.text} in {mod.text}"
