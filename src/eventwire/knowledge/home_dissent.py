"""A state's critics it curbs at home are its own (issue 14: bare sectors; run by pipeline.py last, after homecoming.py).

    events = curbed_at_home(sdoc, events, ctx)

A state that arrests, charges, bans or represses activists, journalists, opposition parties or unions (data/coding/
actor_country.tsv: the act's CAMEO code `home-curb`, the target's sector `home-dissent`, the doer a state body of a
`home-state` sector or the state itself) does so at home: "the Kenyan police detained dozens of protesters" are
Kenyan protesters, "Hungary's government banned the union" a Hungarian union. The sector-only target takes its doer's
country, with a `why` that says so. It stays bare where the country is not plain that way: a word of its own phrase
says it is foreign or names where it is from ("foreign journalists", "activists from Chad"), a place of another
country stands in the act's own clause ("protesters detained in Lyon" by a state that is not France), or the act
is an expulsion (174: foreigners are expelled, not one's own).
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.knowledge.actor_where import where_of, word_kinds
from eventwire.knowledge.own_clause import in_own_clause

# (the words of the target's own phrase that may name where it is from)
_OWN_DEPS = frozenset({"amod", "compound", "nmod", "poss", "prep", "acl", "relcl", "appos"})


def _curb(cameo: str, kinds) -> bool:
    codes = kinds.get("home-curb", frozenset())
    return any((cameo or "").startswith(c) for c in codes)


def _state(s, kinds) -> bool:
    """Whether the doer is a state body of a `home-state` sector, or the state itself (its code its country's)."""
    if s is None or not s.country or s.code != s.country + (s.sector or ""):
        return False            # (a people's or a group's force, "SYRKURMIL", is no state's own body)
    return s.sector in kinds.get("home-state", frozenset()) or (s.code == s.country and not s.sector)


def _head(sdoc, t):
    """The target's head token (the one of its characters whose head lies outside them), else None."""
    toks = [w for w in sdoc if t.start <= w.idx < t.end]
    for w in toks:
        if not (t.start <= w.head.idx < t.end) or w.head is w:
            return w
    return None


def _foreign_phrase(head, kinds) -> bool:
    """Whether the target's own phrase has a `foreign` word or any word of origin or place ("from Chad", "in Lyon",
    a demonym, a proper name modifying it): its country, if any, is for its own words to give."""
    foreign = kinds.get("foreign", frozenset())
    for c in head.children:
        if c.dep_ not in _OWN_DEPS:
            continue
        for w in c.subtree:
            if w.lower_ in foreign or w.ent_type_ in ("GPE", "NORP", "LOC", "ORG") or w.pos_ == "PROPN":
                return True
    return False


def _placed_elsewhere(anchor, sent, country, ctx) -> bool:
    """Whether a place of another country (not a demonym) stands in the act's own clause."""
    doc = anchor.doc
    for item in where_of(ctx, doc).in_sentence(sent):
        c, start, _end, _text, kind = item[:5]
        if kind != "place" or not c or c == country or (len(item) > 5 and item[5]):
            continue
        toks = [w for w in doc if start <= w.idx < _end]
        if toks and in_own_clause(anchor, toks[0]):
            return True
    return False


def curbed_at_home(sdoc, events: list, ctx) -> list:
    """Each sector-only target a state curbs at home given the state's country (module doc); the events, in place."""
    kinds = word_kinds()
    dissent = kinds.get("home-dissent", frozenset())
    for e in events:
        t, s = e.target, e.source
        if t is None or t.country or not t.sector or t.code != t.sector or t.sector not in dissent \
                or t.start is None or t.end is None or e.trigger_token is None \
                or not (0 <= e.trigger_token < len(sdoc)) or not _curb(e.cameo, kinds) or not _state(s, kinds):
            continue
        anchor = sdoc[e.trigger_token]
        sent = anchor.sent
        if not sent.start_char <= t.start < sent.end_char:
            continue            # (a target from another sentence was placed there)
        head = _head(sdoc, t)
        if head is None or _foreign_phrase(head, kinds) or _placed_elsewhere(anchor, sent, s.country, ctx):
            continue
        e.target = replace(t, code=s.country + t.sector, country=s.country,
                           why=(t.why or "") + f"; country {s.country}: curbed at home by its own state ('{s.text}')")
    return events
