"""A passive participle set off by a comma after a noun is said of that noun, where the parser hung it on the verb:
"a betrayal of the Kurds, until now armed and supported by the US", "the fate of the rebels, trained by Turkey".

The parser reads ", armed by the US," after a noun inside another noun's phrase, or after the subject of the clause,
as an adverbial clause of the main verb (advcl), or as the complement of "until"/"since" (pcomp), with no subject:
the act's patient is then lost and the event names no target. The participle (tagged VBN, no auxiliary, subject or
object of its own, with a "by" agent on it or on a participle coordinated with it) that opens right after a comma
(after at most "until now", "since", an adverb) is a reduced passive about the noun before the comma, where that
noun is the object of a preposition in a noun's phrase ("the betrayal of the Kurds, armed by ...") or the subject
before it ("the Kurds, armed by the US, fought on"); never the object of a verb, nor a noun in its phrase ("the rebels
attacked the town, backed by Turkish guns", "militias control the east of the country, supported by US troops": the
subject was backed), nor a date.

    patient = comma_aside_patient(verb)     # the noun, or None (clause_args.object_of)
"""
from __future__ import annotations

_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "expl", "csubj"})
_OPENERS = frozenset({"until", "till", "since"})


def _agent(verb) -> bool:
    return any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children) \
        or any(c.dep_ == "conj" and c.tag_ == "VBN" and _agent(c) for c in verb.children)


def comma_aside_patient(verb, lead: bool = False):
    """The noun a comma-set passive participle hung on the main verb is said of (module doc), or None. `lead`: `verb`
    is the first of coordinated participles, which the tagger may read as an adjective ("until now armed[JJ] and
    supported by the US")."""
    participle = verb.tag_ == "VBN" or (lead and verb.tag_ in ("JJ", "VBD") and verb.lower_.endswith("ed"))
    if not participle or any(c.dep_ in _OWN for c in verb.children) or not _agent(verb):
        return None
    if verb.dep_ == "advcl":
        first, main = verb, verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in _OPENERS and verb.head.i < verb.i:
        first, main = verb.head, verb.head.head
    else:
        return None
    if main.pos_ not in ("VERB", "AUX") or any(t.pos_ != "ADV" for t in verb.doc[first.i + 1:verb.i]):
        return None
    doc = verb.doc
    lo = min(first.i, first.left_edge.i if first is verb else first.i)
    if lo < 2 or doc[lo - 1].text != ",":
        return None
    noun = doc[lo - 2]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY"):
        return None
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN" \
            and not (noun.head.head.dep_ == "dobj" and noun.head.head.head.i == main.i):
        return noun                     # ("a betrayal of the Kurds, armed by the US"; not in the main verb's object:
        #                                  "militias control the east of the country, supported by US troops")
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == main.i and noun.i < verb.i < main.i:
        return noun                     # ("the Kurds, armed by the US, fought on")
    return None
