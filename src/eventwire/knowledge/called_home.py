"""Forces called home are the caller's own (issue 14, item 3: "a sector with no country takes one from its own
clause"; asked by knowledge/actor_country.fill_countries for each target).

    got = called_home(a, head, anchor, sources)     # (country, why) or None

A state's leader who calls for, orders or urges troops "to return home", "to come home", or wants "to bring the
troops home" speaks of the state's own forces: "Trump's call for troops to return home" is USAMIL, "Macron ordered
the soldiers to return home from Mali" FRAMIL. Only a sector-only force (data/coding/actor_country.tsv `abroad`
sectors) that is the subject or object of a verb of going home (`home-verb`) with the word "home" (`home-word`)
hung on that verb (or the object of "for" on the act's word, the verb beside it: "a call for troops to return
home"), the verb itself the act's own complement (hung on the act's word, or on its complement), and
only where the act's doers name one country, that of a state or its organs. A place the forces return from ("from
Mali") is never theirs: they leave it for home.
"""
from __future__ import annotations

from typing import Optional

_STATE_SECTORS = ("", "GOV", "MIL", "LEG", "SPY")
_ARGS = ("nsubj", "nsubjpass", "dobj")


def _home_verb(head, kinds):
    """The verb of going home the force word `head` is the subject or object of ("troops to return home", "bring
    the troops home", "ordered the soldiers to return home": the object of the order, subject of its complement)."""
    verbs = kinds.get("home-verb", frozenset())
    homes = kinds.get("home-word", frozenset())

    def goes_home(v) -> bool:
        return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in verbs \
            and any(c.lower_ in homes and c.dep_ in ("advmod", "npadvmod", "dobj", "prt") for c in v.children)
    if head.dep_ in _ARGS and goes_home(head.head):
        return head.head
    def subjectless(v) -> bool:
        return not any(g.dep_ in ("nsubj", "nsubjpass") for g in v.children)
    if head.dep_ == "dobj":         # ("ordered the soldiers to return home": object of the order, subject of its xcomp)
        for c in head.head.children:
            if c.dep_ == "xcomp" and goes_home(c) and subjectless(c):
                return c
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "for":
        # ("a call for troops to return home", parsed as 'for troops' and 'to return home' both on 'call')
        for c in list(head.children) + list(head.head.head.children):
            if c.i > head.i and c.dep_ in ("acl", "advcl", "relcl", "xcomp") and goes_home(c) and subjectless(c):
                return c
    return None


def _under(v, anchor, steps: int = 2) -> bool:
    t = v
    for _ in range(steps):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i == anchor.i:
            return True
    return False


def called_home(a, head, anchor, sources) -> Optional[tuple]:
    """(country, why) for a sector-only force the act's doer calls home (module doc); None otherwise."""
    from eventwire.knowledge.actor_where import sector_only, word_kinds
    kinds = word_kinds()
    if head is None or anchor is None or not sector_only(a) or a.sector not in kinds.get("abroad", frozenset()):
        return None
    verb = _home_verb(head, kinds)
    if verb is None or not (verb.i == anchor.i or _under(verb, anchor)):
        return None
    callers = [s for s in sources if s is not None and s.country and (s.sector or "") in _STATE_SECTORS]
    if len({s.country for s in callers}) != 1 or len(callers) != len([s for s in sources if s is not None]):
        return None
    s = callers[0]
    return s.country, f"from who called them home ('{s.text}': '{verb.text} home')"
