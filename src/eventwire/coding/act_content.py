"""Targets stage: actors named only in what an act noun proposes or is meant to do are not its doer (issue 14,
wrong target).

"opposed a motion to bar Danish firms from dealing with Iran", "denounced a pact struck with the bloc meant to handle
the Venezuelan migrant crisis": the firms and the migrants are what the motion or the pact is about, named inside an
infinitive clause under the noun ("to bar ...", "meant to handle ..."); read as the phrase's actor they would stand
for its author, the party the response answers. coding/target_chain.py drops them when it reads a response's object
as the author of the act it answers, and, for a disapproval or rejection (CAMEO roots 11, 12), from the actors its
object slot names; the noun's own possessor, "by" phrase, actor modifier or the party its participle names ("a pact
signed with Chile") stay.
"""
from __future__ import annotations


def _infinitives(h) -> list:
    """(start, end) character spans of the infinitive clauses inside the phrase of the noun `h` ("to ban ...")."""
    out = []
    for t in h.subtree:
        if t.i != h.i and t.pos_ in ("VERB", "AUX") and t.i > h.i \
                and any(a.dep_ == "aux" and a.lower_ == "to" and a.tag_ == "TO" for a in t.children):
            out.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)))
    return out


def in_act_content(h, actors: list) -> list:
    """The actors of `actors` (read from the phrase of the act noun `h`) that are not named only inside an infinitive
    clause of it (module doc)."""
    spans = _infinitives(h)
    if not spans:
        return actors
    return [a for a in actors if a.start is None or not any(s <= a.start and (a.end or a.start) <= e for s, e in spans)]
