"""The keeper of the place people are held in (issue 14, item 2: no source where the text names who holds them): a
passive of keeping with no "by" phrase whose "in"/"at"/"inside" place is a jail the text says is someone's ("are kept in
Kurdish and American-run jails", "was detained in the militia's prison", "jailed in a regime-controlled prison") is done
by that keeper (data/coding/keepers.tsv: `keep` verbs, `jail` nouns, `run` participles after "<actor>-").

    got = keeper_agent(verb)        # coding/clauses.py verb_clause, for a passive with no agent: (token, rule) or None

Only a verb of keeping, not of taking ("captured", "arrested": whoever took them may have handed them over), and only
the keeper the place's own phrase names: its possessor ("the militia's prison") or the actor before "-run",
"-controlled", "-held" ("US-run"; "Kurdish and US-run" names both: the first is the token given, its conjunct the
coder reads with it). A place's adjective alone ("Syrian camps", "a Turkish prison") says where it is, not who keeps it
(knowledge/implicit_agents.py gives the state where it happened). The rule says "the keeper of the '<noun>' it was
held in".
"""
from __future__ import annotations

from functools import lru_cache

from eventwire.coding.tables import word_kind_sets

PLACE_PREPS = frozenset({"in", "at", "inside", "within"})


@lru_cache(maxsize=1)
def _words() -> dict:
    return word_kind_sets("keepers.tsv")


def _keeper_of(jail):
    """The token naming who keeps place noun `jail`: its possessor, or the word before the hyphen of a `run` participle
    modifying it (with the conjunct the parser hung the participle on: "Kurdish and US-run"), or None."""
    words = _words()
    doc = jail.doc
    for c in jail.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
            return c
    for c in jail.children:
        if c.i >= jail.i or c.dep_ not in ("amod", "compound", "nmod"):
            continue
        runs = [c] + [k for k in c.conjuncts]
        for r in runs:
            if r.lower_ not in words.get("run", frozenset()) or r.i < 2 or doc[r.i - 1].text not in ("-", "–"):
                continue
            before = doc[r.i - 2]
            if before.pos_ not in ("PROPN", "NOUN", "ADJ") or before.is_punct:
                return None
            if r is not c:
                return c            # "Kurdish and US-run": the first of the keepers, its conjunct read with it
            return before
    return None


def keeper_agent(verb):
    """(token, rule) of the keeper of the jail a passive of keeping with no agent was done in, or None (module doc)."""
    words = _words()
    if verb.lemma_.lower() not in words.get("keep", frozenset()) or any(c.dep_ == "agent" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS:
            continue
        for jail in (g for g in c.children if g.dep_ == "pobj"):
            if jail.lemma_.lower() not in words.get("jail", frozenset()):
                continue
            keeper = _keeper_of(jail)
            if keeper is not None:
                return keeper, f"the keeper of the '{jail.text}' it was held in"
    return None
