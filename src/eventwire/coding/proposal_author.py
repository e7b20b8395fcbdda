"""The author of a proposal, plan or demand that a response answers (issue 14, no target).

"Madrid unveiled a plan to share the costs of the border. Lisbon rejected the plan": a response (CAMEO 016, roots
05, 10-12) whose object is a definite proposal-like noun with no author of its own (data/coding/roles.tsv
`proposal-noun`: plan, proposal, programme, scheme, offer, bill, resolution, warning, ultimatum, policy ...) answers
the party the story named as its author before (coding/act_args.py story_doer): besides a possessor or modifier of an
earlier mention ("the Spanish plan"), the subject of a verb that put it forward (`noun-maker` verbs, "announced
plans", "unveiled a plan"; and `proposal-maker` verbs with their particle, "put forward a proposal", "tabled a
motion", "drew up a blueprint").

A body of several members (roles.tsv `member-body`: cabinet, parliament, party, ministers) is another party than a
named person of its own state whose proposal it answers: "the cabinet backed the prime minister's warning" is aimed
at the prime minister though both are the government (coding/same_party.py).
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words

PROPOSAL_NOUNS = role_words().get("proposal-noun", frozenset())
NOUN_MAKERS = role_words().get("noun-maker", frozenset())
PROPOSAL_MAKERS = role_words().get("proposal-maker", frozenset())
MEMBER_BODIES = role_words().get("member-body", frozenset())


def proposal_maker(n):
    """The subject of the verb that put forward the proposal noun `n` as its object ("Madrid unveiled a plan",
    "the EU put forward a proposal", "Labour tabled a motion"), a name or a noun, or None."""
    if n.lemma_.lower() not in PROPOSAL_NOUNS or n.dep_ != "dobj" or n.head.pos_ not in ("VERB", "AUX"):
        return None
    v = n.head
    lemma = v.lemma_.lower()
    prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    if not (lemma in NOUN_MAKERS or lemma in PROPOSAL_MAKERS and prt is None
            or prt is not None and f"{lemma} {prt}" in PROPOSAL_MAKERS):
        return None
    from eventwire.coding.clause_args import subject_of     # (here: same_party.py is imported before clause_args)
    s, _ = subject_of(v)
    return s if s is not None and s.pos_ in ("PROPN", "NOUN") else None


def member_body(a, s) -> bool:
    """Whether `s` is a body of several members (a `member-body` word heads its mention: "the UK cabinet") and `a`
    a person the actor lists know: two parties though one state's government holds both."""
    if not (a.entity and a.kind == "person" and not s.entity and s.text):
        return False
    head = s.text.split()[-1].lower()
    return head in MEMBER_BODIES


def refused_proposal(coder, cl, code: str, sources: list, ctx, sent):
    """([actors], how) for a verb of refusal (CAMEO 12) with no target whose "to V" act has a proposal noun for its
    object or its "in"/"to" phrase ("refused to join a programme run by the EU", "declined to take part in the
    Russian scheme", "refused to implement the resolution" after "the council adopted a resolution"): the author of
    that proposal, as the noun's own doer or, for a definite noun with none, the one the story named before
    (act_args.story_doer); never the refuser's own side. None otherwise."""
    if cl.kind != "verb" or code[:2] != "12" or not sources:
        return None
    from eventwire.coding.act_args import story_doer
    from eventwire.coding.clause_args import noun_agent, preps_of
    from eventwire.coding.same_party import other_parties
    for act in (c for c in cl.pred.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        objs = [c for c in act.children if c.dep_ == "dobj"]
        objs += [o for p, o in preps_of(act).items() if p in ("in", "to", "into") and o is not None]
        for obj in objs:
            if obj.pos_ != "NOUN" or obj.lemma_.lower() not in PROPOSAL_NOUNS:
                continue
            author = noun_agent(obj)
            how = f"author of the '{obj.lemma_.lower()}' that the refused act '{act.text}' names"
            if author is None:
                author = story_doer(obj, coder.event_noun)
                how += ", named with it earlier in the story"
            if author is None or author.pos_ == "PRON":
                continue
            found = [a for a in other_parties(coder, author, sources, ctx, sent)
                     if not any(a.country and a.country == s.country and not (a.sector and s.sector)
                                for s in sources)]
            if found:
                return found, how + f" ('{author.text}')"
    return None
