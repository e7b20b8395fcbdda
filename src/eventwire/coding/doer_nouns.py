"""The doer of a gerund after a noun or adverb of a clause's part in an act or nearness to it (issue 14, no source):
"they are now on the cusp of beating the rebels", "they led the charge in retaking Marawi", "the army,
which did the bulk of the fighting in driving the militants out", "we are well along in pushing them back". The gerund hangs on a preposition of such a word (roles.tsv `doer-noun`: "cusp of", "point
in", "fighting in", "away from"); that word stands in the predicate of a clause, through noun and preposition phrases
("most of the fighting", "on the cusp"), and the clause's subject does the act.

    verb = governing_clause(gerund)      # asked by clause_args.subject_of for a `pcomp`; None where it does not apply

An amount of effort put into an act ("Turkey has done the most to support the opposition", "Qatar did its utmost to
arm the rebels"): the parser hangs the "to" complement on the amount (roles.tsv `effort-amount`: most, more,
everything, utmost) as a relative clause with no subject; the subject of the verb of effort (`effort-verb`: do) whose
object the amount is does the act (`effort_clause`, asked by clause_args.subject_of for a `relcl`). Only amounts that
assert the act: "did little to restrain", "did nothing to stop" tell no act done.

A body of fighters made or used in the passive for an act ("the militia, which was created to fight Isis", "the
brigade was used to capture the town"): a verb of making or using (roles.tsv `instrument-passive`: "drones used to
attack", "bombing designed to terrorise") makes its patient a means, but a force of people (roles.tsv `raised-force`:
militia, brigade, fighters, opposition...) does the act itself (`raised_force`, asked by
clause_args.controller_object); a relative pronoun stands for the noun its clause hangs on.

Nearness to an act not yet done ("on the cusp of defeating Isis") is no act done (complements.tsv: `cusp`, `verge`,
`brink` are irrealis nouns); its doer is still the subject. Not a word of wish, stance or topic ("interested in ousting Assad", "in support of attacking", "policy on
repatriating"): only the listed words, so the gerund's doer is never a supporter's or a policy's owner's.
"""
from __future__ import annotations

from eventwire.coding.clause_record import DOER_NOUNS, role_words
from eventwire.doc_index import to_infinitive

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


def effort_clause(verb):
    """The verb of effort whose subject does the "to" infinitive `verb` the parser hung as a relative clause on its
    amount object ("has done[effort] the most[dobj] to support[relcl]"), or None (module doc)."""
    if verb.dep_ != "relcl" or not to_infinitive(verb) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    amount, words = verb.head, role_words()
    if amount.dep_ != "dobj" or amount.i > verb.i or amount.lemma_.lower() not in words.get("effort-amount", ()) \
            and amount.lower_ not in words.get("effort-amount", ()):
        return None
    did = amount.head
    if did.pos_ not in ("VERB", "AUX") or did.lemma_.lower() not in words.get("effort-verb", ()):
        return None
    return did


def raised_force(patient) -> bool:
    """Whether the patient of a passive of making or using is a body of fighters (roles.tsv `raised-force`), itself
    or the noun the relative pronoun stands for ("the opposition, which was raised to fight the army")."""
    from eventwire.coding.clause_record import RELATIVE_PRONOUNS
    tok = patient
    if tok.lower_ in RELATIVE_PRONOUNS:
        rel = tok.head
        while rel.dep_ == "conj" and rel.head.i != rel.i:
            rel = rel.head
        if rel.dep_ != "relcl":
            return False
        tok = rel.head
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    forces = role_words().get("raised-force", frozenset())
    return tok.lemma_.lower() in forces or tok.lower_ in forces
