"""The doer of a gerund after a noun or adverb of a clause's part in an act or nearness to it (issue 14, no source):
"they are now on the cusp of beating the rebels", "they led the charge in retaking Marawi", "the army,
which did the bulk of the fighting in driving the militants out", "we are well along in pushing them back". The gerund hangs on a preposition of such a word (roles.tsv `doer-noun`: "cusp of", "point
in", "fighting in", "away from"); that word stands in the predicate of a clause, through noun and preposition phrases
("most of the fighting", "on the cusp"), and the clause's subject does the act.

    verb = governing_clause(gerund)      # asked by clause_args.subject_of for a `pcomp`; None where it does not apply

Nearness to an act not yet done ("on the cusp of defeating Isis") is no act done (complements.tsv: `cusp`, `verge`,
`brink` are irrealis nouns); its doer is still the subject. Not a word of wish, stance or topic ("interested in ousting Assad", "in support of attacking", "policy on
repatriating"): only the listed words, so the gerund's doer is never a supporter's or a policy's owner's.
"""
from __future__ import annotations

from eventwire.coding.clause_record import DOER_NOUNS

CLIMB = frozenset({"attr", "dobj", "advmod", "npadvmod", "acomp", "prep"})
MAX_STEPS = 5


def governing_clause(verb):
    """The verb or copula whose subject does the gerund `verb` (a `pcomp` of a `doer-noun` word's preposition)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or verb.tag_ != "VBG":
        return None
    x = prep.head
    if f"{x.lemma_.lower()} {prep.lower_}" not in DOER_NOUNS and f"{x.lower_} {prep.lower_}" not in DOER_NOUNS:
        return None
    for _ in range(MAX_STEPS):
        if x.pos_ in ("VERB", "AUX"):
            return x
        if x.dep_ == "pobj" or x.dep_ in CLIMB:
            x = x.head      # (a noun to its preposition, a preposition or predicate word to its head)
        else:
            return None
    return None
