"""Which of two passive subjects the parser gave a verb is its own (a stage of reading a clause's arguments,
coding/clause_args.py)."""
from __future__ import annotations

from eventwire.coding.clause_record import PASSIVE_SUBJ_DEPS


def passive_subject(verb, first):
    """The passive subject of `verb` whose first is `first`: where the parser gave it two set apart by a comma, the
    first opening right after a fronted phrase on the verb and its comma ("In the border town, scene of last year's
    fighting, 40 people were killed": the phrase's appositive read as a subject), the one nearest before the verb
    is its own, as subject_of takes for two active subjects ("Waving flags, 800 workers demonstrated"). Not two
    subjects of which the first opens the clause ("The council, in theory its guardian, has been discredited")."""
    before = [c for c in verb.children if c.dep_ in PASSIVE_SUBJ_DEPS and c.i < verb.i]
    if len(before) < 2 or not any(t.lower_ == "," for t in verb.doc[before[-2].i + 1: before[-1].i]):
        return first
    # (only the appositive of a fronted phrase: the first "subject" opens right after "In X," on the verb)
    opens = before[-2].left_edge.i
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < opens and c.right_edge.i == opens - 2]
    return before[-1] if fronted and verb.doc[opens - 1].lower_ == "," else first
