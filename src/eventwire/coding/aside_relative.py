"""Which noun a relative clause after a comma-set participle aside is about (issue 14; asked by
coding/clause_args.subject_of).

"the Kurds, armed and supported by the US, who have been fighting Isis", "the rebels, backed by Turkey, which
control the town", "the delegation, led by the minister, who ...": the parser hangs the relative clause on the
nearest noun, the "by" agent of the aside; but the comma that closes the aside closes it, and the clause is about
the noun the aside describes. Only where the participle is an aside: set off by a comma after that noun, with no
auxiliary or subject of its own (not "were attacked by the militants, who later fled": a verb of the clause, whose
agent the relative clause is about), and the relative pronoun right after a comma. With no comma before the
participle ("an adversary trained and armed by the US, which had ousted Isis", "an alliance led by Kurdish militias and
backed by the US, which took Raqqa") the participle restricts the noun and the relative clause after the agent may be
about either; it is about the described noun only where that noun names a body or side (nouns.tsv `igo`, `side-taker`, `body`, not
`rally`: an alliance, a coalition, an adversary, an ally), never a thing ("a video released by the charity, which
runs hospitals": the charity) nor a bare sector word ("a militia funded by Iran, which has denied ...": either). Where the relative verb shows a
number that only the agent agrees with ("the militias, led by a cleric, who was ..."), or "who" follows a person
agent while the described noun is no one's ("the party, led by Jane Doe, who ..."), the agent stays.

    noun = aside_antecedent(verb)    # the described noun, or None (keep the parser's head)
"""
from __future__ import annotations

from eventwire.coding.comma_aside import comma_aside_patient
from eventwire.coding.tables import word_kind_sets

_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})
_SINGULAR = frozenset({"has", "is", "was", "does"})
_PLURAL = frozenset({"have", "are", "were", "do"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG"})
_CLASSES = word_kind_sets("nouns.tsv")
# (nouns for a party that acts, which a restrictive participle with no comma may describe: module doc)
_PARTY_NOUNS = frozenset().union(*(_CLASSES.get(k, frozenset()) for k in ("igo", "side-taker", "body"))) \
    - _CLASSES.get("rally", frozenset())


def _number(verb):
    """'sg', 'pl' or None: the number the relative verb (or its first auxiliary) shows."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    w = aux[0] if aux else verb
    if w.lower_ in _SINGULAR or w.tag_ == "VBZ":
        return "sg"
    if w.lower_ in _PLURAL or w.tag_ == "VBP":
        return "pl"
    return None


def _noun_number(t):
    return "pl" if t.tag_ in ("NNS", "NNPS") else "sg"


def _lead(part):
    """The first of coordinated participles ("armed and supported by")."""
    while part.dep_ == "conj" and part.head.i < part.i:
        part = part.head
    return part


def _described(lead):
    """The noun a comma-set participle aside (its first participle `lead`) describes, or None."""
    doc = lead.doc
    if any(c.dep_ in _OWN for c in lead.children):
        return None
    if lead.dep_ == "acl" and lead.head.pos_ in ("NOUN", "PROPN") and lead.head.i < lead.i:
        # (a comma between the noun's phrase and the participle, at most adverbs after it: "the Kurds, long armed by")
        lo = lead.i
        while lo >= 1 and doc[lo - 1].pos_ == "ADV" and doc[lo - 1].head.i == lead.i:
            lo -= 1
        if lo >= 1 and doc[lo - 1].text == ",":
            return lead.head
        # (no comma: "an adversary trained and armed by the US, which ...": only a noun for a party that acts)
        return lead.head if lead.head.pos_ == "NOUN" and lead.head.lemma_.lower() in _PARTY_NOUNS else None
    return comma_aside_patient(lead, lead=True)


def aside_antecedent(verb):
    """The noun a relative clause (`verb`, dep relcl) after ", <participle> by <agent>," is about (module doc), or
    None where the parser's head stands."""
    if verb.dep_ != "relcl":
        return None
    agent = verb.head
    doc = verb.doc
    first = verb.left_edge
    if first.i < 1 or doc[first.i - 1].text != "," or first.lower_ not in ("who", "which"):
        return None
    by = agent.head
    if agent.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return None
    part = by.head
    if part.tag_ not in ("VBN", "JJ", "VBD") or not part.lower_.endswith(("ed", "en", "led", "run")):
        return None
    if any(c.dep_ in _OWN for c in part.children):
        return None
    noun = _described(_lead(part))
    if noun is None or noun.i >= agent.i:
        return None
    # the number the relative verb shows decides where only one of the two agrees with it
    n = _number(verb)
    if n is not None and _noun_number(noun) != n and _noun_number(agent) == n:
        return None
    if first.lower_ == "who" and agent.ent_type_ == "PERSON" and noun.ent_type_ not in ("PERSON", "NORP") \
            and not (noun.tag_ in ("NNS", "NNPS")):
        return None                 # ("the party, led by Jane Doe, who": the person)
    if first.lower_ == "which" and noun.ent_type_ == "PERSON" and agent.ent_type_ in _PLACE_ENTS:
        return None
    return noun
