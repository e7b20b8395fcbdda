"""Roles stage: the antecedent of a relative clause fills the role its gap stands for (issue 14, "no target" and
"no source" through relative clauses).

A relative pronoun that is a clause's subject or object ("who", "whom", "which", "that") stands for the noun the
clause modifies. Coreference (knowledge/coref.py `_relative`) gives it the actor already resolved at that noun; where
it finds none, the noun is read as the role's own phrase, with its conjuncts, as any subject or object is
(`antecedent_of`, asked by coding/resolve.py): "Both Adil and Karim, who were arrested by police" -- both men are
arrested, persons the lists do not know, as "police arrested Adil and Karim" reads.

A relative clause whose passive verb has no "by" phrase of its own, followed by a participle with one after a comma
and "then" ("the journalists, who were beaten, then killed by the militants"), is one series of acts done to the
relative clause's noun by that agent; the parser hangs the second participle elsewhere (on the noun, or on the verb
of the clause above): `series_relative` gives the relative clause verb the participle continues, and `series_agent`
the agent a relative clause verb with none shares with the participle after it (asked by coding/clause_args.py).
"""
from __future__ import annotations

from eventwire.coding.lexicon import default_lexicon
from eventwire.coding.clause_record import PASSIVE_SUBJ_DEPS, RELATIVE_PRONOUNS, SUBJ_DEPS, _child
from eventwire.coding.relative_number import nearest_conjunct

# the words that join a second act of a series to the first after a comma ("beaten, then killed"; "tortured, and
# then executed")
_SERIES_WORDS = frozenset({"then", "later", "eventually", "finally", "subsequently"})


def antecedent_of(tok):
    """The noun a relative pronoun `tok` stands for, when it is the subject or object of a relative clause hung on a
    noun or name before it (the nearest conjunct for a singular verb: coding/relative_number.py); else None."""
    if tok is None or tok.lower_ not in RELATIVE_PRONOUNS or tok.lower_ == "whose":
        return None
    verb = tok.head
    if tok.dep_ not in SUBJ_DEPS | PASSIVE_SUBJ_DEPS | {"dobj"} or verb.dep_ != "relcl":
        return None
    ante = nearest_conjunct(verb) or verb.head
    if ante.pos_ not in ("NOUN", "PROPN") or ante.i > tok.i:
        return None
    return ante


def antecedents_of(tok) -> list:
    """The nouns a relative pronoun `tok` stands for: its antecedent and the antecedent's conjuncts before the
    relative clause ("Both Adil and Karim, who were": both; not the nouns the parser coordinated with the antecedent
    after the clause, "In Deir Azzour, which remains besieged by ..., Russian special forces"); [] for none."""
    ante = antecedent_of(tok)
    if ante is None:
        return []
    return [ante] + sorted((c for c in ante.conjuncts if ante.i < c.i < tok.i), key=lambda c: c.i)


def names_antecedent(actor, ante) -> bool:
    """Whether `actor`, read from the antecedent `ante`'s phrase, is named at the noun (its span holds it), not only by a modifier or a phrase inside it ("a militant capability, which ...": no
    actor; "the siege of the town, which ..."): the relative word stands for the noun, not for what the noun names."""
    if actor is None or actor.start is None or actor.end is None:
        return False
    return actor.start <= ante.idx < actor.end


def _passive_relative(verb) -> bool:
    """A relative clause verb in the passive whose relative pronoun is its subject ("who were beaten")."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ in PASSIVE_SUBJ_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)


def series_relative(part):
    """The passive relative clause verb a participle `part` continues after a comma and "then" ("who were beaten,
    then killed by the militants"), where the parser did not coordinate them; else None. The participle has a "by"
    phrase and no subject of its own, and the relative clause ends right before its comma."""
    if part.tag_ != "VBN" or part.dep_ in ("relcl", "conj", "ROOT") or _child(part, {"agent"}) is None \
            or any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS | {"dobj", "auxpass"} for c in part.children):
        return None
    doc = part.doc
    j = part.i - 1
    while j > 0 and doc[j].lower_ in _SERIES_WORDS | {"and"}:
        j -= 1
    if j == part.i - 1 or doc[j].lower_ != "," or not any(t.lower_ in _SERIES_WORDS for t in doc[j + 1: part.i]):
        return None
    # the relative clause verb whose clause ends right before the comma
    for t in doc[max(0, j - 12): j]:
        if t.dep_ == "relcl" and _passive_relative(t) and t.right_edge.i == j - 1 and t.i < j:
            return t
    return None


# the CAMEO roots of acts of coercion and force: a participle of one of them lends its agent to the relative clause verb
# it continues ("beaten, then killed by"); one of another kind does not ("wounded, then taken to hospital by the Red
# Cross": the Red Cross did not wound them)
_FORCE_ROOTS = ("17", "18", "19", "20")


def _force_act(part) -> bool:
    preps = frozenset(c.lower_ for c in part.children if c.dep_ in ("prep", "agent"))
    return any(e.cameo[:2] in _FORCE_ROOTS for e in default_lexicon().match_verb(part.lemma_.lower(), None, None, preps))


def series_agent(verb):
    """The "by" phrase's object a passive relative clause verb with none of its own shares with the participle of
    coercion or force that continues it ("who were beaten, then killed by the militants": the militants beat them
    too); else None."""
    if not _passive_relative(verb) or _child(verb, {"agent"}) is not None:
        return None
    doc = verb.doc
    end = verb.right_edge.i
    if end + 1 >= len(doc) or doc[end + 1].lower_ != ",":
        return None
    for t in doc[end + 2: min(len(doc), end + 6)]:
        if t.tag_ == "VBN":
            rel = series_relative(t)
            if rel is not None and rel.i == verb.i and _force_act(t):
                return _child(_child(t, {"agent"}), {"pobj"})
            return None
    return None


_RELATIVE_TAGS = ("WP", "WDT")


def misread_object_relative(verb):
    """(subject, antecedent) of an object relative clause the parser read as a participle on its own subject, or
    None: "the soldiers whom the militants abducted were Turkish", "the prisoners, who the rebels released on Sunday,
    were soldiers" parsed as "the militants abducted[acl]" with the relative word hung on the main verb. The verb is
    a past form on a noun right after the relative word, with no object, subject, auxiliary or "by" phrase of its
    own: the noun is its subject and the noun the relative word follows is its object."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS | {"dobj", "aux", "auxpass", "agent", "ccomp", "xcomp"}
                   for c in verb.children):
        return None
    subj = verb.head
    if subj.pos_ not in ("NOUN", "PROPN", "PRON") or subj.i > verb.i or subj.left_edge.i < 2:
        return None
    doc = verb.doc
    rel = doc[subj.left_edge.i - 1]
    if rel.lower_ not in ("who", "whom", "that", "which") or rel.tag_ not in _RELATIVE_TAGS \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[subj.left_edge.i: subj.i]):
        return None
    ante = doc[rel.i - 1]
    if ante.lower_ == "," and rel.i > 1:
        ante = doc[rel.i - 2]
    if ante.pos_ not in ("NOUN", "PROPN"):
        return None
    # (the relative word hung on the sentence's own verb, which the parser made a relative clause of the noun)
    if not (rel.head.dep_ == "relcl" and rel.head.head.i == ante.i or rel.head.i == ante.i):
        return None
    return subj, ante


def relative_read_as_conjunct(verb):
    """The noun a relative clause modifies, when the parser coordinated the sentence's own verb with the relative
    clause after a comma, with no conjunction ("The protesters, some of whom were beaten by police, marched on the
    parliament": the protesters marched, not the police); else None. Only a finite verb whose relative clause's
    subject is a share of the relative word ("some of whom", "many of which") or the word itself."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "relcl" or head.i > verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for c in verb.children):
        return None
    doc = verb.doc
    if doc[verb.i - 1].lower_ != "," or any(c.dep_ in ("cc", "preconj") for c in head.children) \
            or any(t.dep_ == "cc" for t in doc[head.i: verb.i]):
        return None
    subj = next((c for c in head.children if c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS), None)
    if subj is None:
        return None
    if subj.lower_ not in RELATIVE_PRONOUNS and not any(
            t.lower_ in RELATIVE_PRONOUNS and t.dep_ == "pobj" for t in subj.subtree):
        return None
    ante = head.head
    return ante if ante.pos_ in ("NOUN", "PROPN") and ante.i < subj.i else None


def misread_main_subject(tok):
    """The noun a relative word follows, when `tok`, the subject the parser gave the sentence's own verb, is the
    subject of an object relative clause it read as a participle on it ("The protesters whom police arrested on
    Friday were released": the protesters were released, not the police); else None."""
    if tok is None:
        return None
    for c in tok.children:
        if c.dep_ == "acl" and (misread := misread_object_relative(c)) is not None and misread[0].i == tok.i:
            return misread[1]
    return None
