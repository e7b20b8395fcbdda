"""Doers of an act noun that did harm, told in its own sentence (issue 14 item 2, no source): an act noun of force with
no doer of its own phrase (no possessor, "by" phrase or name modifier) that is the subject of a harm, or the noun a
relative clause of harm hangs on, is done by

- the subject of the light verb it is the object of (data/lexicon/light_verbs.tsv: "wage", "carry out", "conduct",
  "continue"), where no event was coded at that verb: "Russia has waged a bombing campaign that has killed hundreds"
  (the wrapper noun "campaign" codes no act of its own, so "waged" gave no event whose doer coding/doers.py step 1
  could take); not a verb in the passive, nor a light verb that does not carry the noun (light_verbs.tsv `not`);
- the act noun it restates, set off by a comma or a dash right after that noun's phrase, with no verb between them
  ("launched a fresh assault on the town, an offensive that has displaced 3,000 families", "began 'engagements' in
  Syria in 2015 - relentless campaigns that targeted civilians"): the parser hangs such an apposition on the nearest
  noun ("the town", the relative clause's antecedent); the act restated is the nearest act noun of force before it.

    tok, how = light_verb_subject(coder, n)       # asked by coding/doers.py step 2, after the noun's own phrase
    m = restated_act(coder, n, is_force)           # asked by coding/doers.py for each act noun its clause names
    resisting(verb)                                # step 1 of coding/doers.py: no doer from a verb of resisting

The doer of an act noun is never the subject of a verb of resisting it (data/coding/resisted.tsv: "the rebels
repelled an offensive that killed 40 civilians": the offensive was not the rebels'), which coding/doers.py step 1
took as the doer of any act of force coded at the verb whose object the noun is.

Where the restated noun names no doer either, and no event was coded at it or its verb, nothing is taken. The doer's
`why` names the act noun and the verb or noun that gave it.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import verb_key
from eventwire.coding.tables import kind_sets

SET_OFF = frozenset({",", "-", "–", "—"})
RESTATE_SPAN = 12               # tokens from the restated noun to the apposition that restates it


def light_verb_subject(coder, n) -> tuple:
    """(subject token, how) of the active light verb whose direct object is the act noun `n`, or (None, "")."""
    from eventwire.coding.clause_args import subject_of
    verb = n.head
    key = _light_key(coder, verb)
    if n.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or key is None \
            or coder.lex.light_not(key.split()[0], n.lemma_) \
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None, ""
    subj, _ = subject_of(verb)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None, ""
    return subj, f"the subject of '{key}', whose object the '{n.text}' is"


def _light_key(coder, verb) -> Optional[str]:
    """The light verb (with its particle) `verb` is, or None; a lemma the tagger cut short is read whole, as the
    lexicon reads it ("waged" -> "wag": "wage")."""
    key = verb_key(verb)
    if key in coder.light:
        return key
    lemma, _, prt = key.partition(" ")
    whole = f"{lemma}e" + (f" {prt}" if prt else "")
    return whole if whole in coder.light and verb.lower_.startswith(lemma) else None


def resisting(v) -> bool:
    """Whether `v` is a verb of resisting an act (data/coding/resisted.tsv, as coding/resisted.py reads it): its subject
    is the act's target, never its doer ("the rebels repelled an offensive that killed 40": not the rebels')."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    w = kind_sets("resisted.tsv")
    lemma = v.lemma_.lower()
    return lemma in w.get("resist-verb", ()) or any(
        f"{lemma} {c.lower_}" in w.get("resist-phrasal", ()) for c in v.children if c.dep_ in ("prt", "advmod"))


def restated_act(coder, n, is_force) -> Optional[object]:
    """The act noun of force that the apposition `n` restates (module doc), or None. `is_force(tok)`: whether a
    token is an act or weapon of force."""
    if n.dep_ != "appos" or n.left_edge.i < 2:
        return None
    start = n.left_edge.i
    if n.doc[start - 1].text not in SET_OFF:
        return None
    for k in range(start - 2, max(n.sent.start, start - RESTATE_SPAN) - 1, -1):
        tok = n.doc[k]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":") or tok.lower_ in ("and", "but", "while", "as"):
            return None         # ("attacked the town, and an offensive that ..."): another clause's noun
        if tok.pos_ == "NOUN" and is_force(tok) and tok.i != n.i:
            return tok
    return None
