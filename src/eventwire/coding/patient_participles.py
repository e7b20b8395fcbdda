"""Clauses, arguments stage: two shapes in which a noun and a past participle after it are a passive, which the
parser reads as a clause with the noun as the participle's active subject (nsubj), as if the noun had done the act:

- the absolute "with" phrase: "With the militia crushed and its leaders in hiding, the army turned north";
- the causative "have/get X done": "the minister wants to have the suspects extradited", "lobbied to get the rebels
  banned", for a noun that names parties (the one who has it done is the subject of "have"; the act is as done as
  "have/get" is: coding/clause_modality.py; coding/misparses.py `undergone_thing` reads the owned-thing case, "had
  her passport revoked", for the knowledge stage too);
- the aside of a portion: "six clinics have been bombed - most of them badly damaged - in the past week", "the
  convoy was hit, several of its trucks destroyed": a portion word ("most", "many", "some", "all", ...; the
  PARTITIVES of coding/context.py) with an "of" phrase, opening after a comma, dash or bracket, and a past
  participle with no auxiliary after it: a verbless aside on what was done, never the portion acting; a pronoun
  in its "of" phrase ("of them") is the subject of the clause the aside hangs on.

The noun is what was done to, and only a "by" phrase names the doer. A finite past tense cannot follow "with" or
"have/get" and a noun, so both hold for any verb, not only the participles roles.tsv lists as `patient-participle`
(which misparses.py reads in other shapes too). coding/misparses.py `participle_read_as_active` asks them."""
from __future__ import annotations

from eventwire.coding.clause_record import PASSIVE_SUBJ_DEPS, _child

_ABSOLUTE_OPENERS = frozenset({"with", "without"})
_FOR_OPENERS = frozenset({"for"})          # (made the participle's marker, with no "to": with_absolute_patient)
_CAUSATIVE_HEADS = frozenset({"have", "get"})


def with_absolute_patient(verb):
    """The noun an absolute "with NOUN PARTICIPLE" phrase says was acted on, when the parser made it the subject of
    the participle, or None. The participle (tagged VBN) has no auxiliary, dative or object after it; its subject
    comes before it, opens right after "with" or "without", and no comma or dash parts the two ("walking with her
    brother, strayed into a minefield": the verb has a subject elsewhere). Also after a "for" the parser made the
    participle's marker, a "for X to V" clause with no "to" ("a return for fighters pushed out of Syria"). The participles of roles.tsv `patient-participle` may also be tagged as a past
    tense ("with the rebels ousted[VBD]")."""
    from eventwire.coding.misparses import PATIENT_PARTICIPLES
    if verb.tag_ != "VBN" and not (verb.tag_ == "VBD" and (verb.lemma_.lower() in PATIENT_PARTICIPLES
                                                           or _for_marked(verb))):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dative", "expl") or c.dep_ in PASSIVE_SUBJ_DEPS
           or (c.dep_ == "dobj" and c.i > verb.i) for c in verb.children):
        return None
    subj = _child(verb, {"nsubj"})
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > verb.i or subj.left_edge.i == 0:
        return None
    doc = verb.doc
    opener = doc[subj.left_edge.i - 1]
    if opener.lower_ in _FOR_OPENERS and opener.dep_ == "mark" and opener.head.i == verb.i:
        # ("a return for hundreds of fighters pushed[VBN] out of Syria": the parser took "for" for the opener of a
        # "for X to V" clause that has no "to"; the noun is the participle's patient)
        return None if any(t.is_punct for t in doc[subj.right_edge.i + 1: verb.i]) else subj
    if opener.lower_ not in _ABSOLUTE_OPENERS or (opener.head is not verb and opener.head.pos_ not in ("VERB", "AUX")):
        return None                     # ("a deal with Russia agreed[VBN] in May": a "with" of a noun is no opener)
    if any(t.is_punct for t in doc[subj.right_edge.i + 1: verb.i]):
        return None
    return subj


def _for_marked(verb) -> bool:
    """Whether the verb's marker is a "for" the parser took for the opener of a "for X to V" clause with no "to"."""
    return any(c.dep_ == "mark" and c.lower_ in _FOR_OPENERS for c in verb.children) \
        and not any(c.dep_ == "aux" for c in verb.children)


def causative_patient(verb):
    """The noun a causative "have/get NOUN PARTICIPLE" says was acted on, when the parser made it the subject of the
    participle, or None: "to have them jailed", "lobbied to have the rebels designated". The participle (VBN or VBD)
    hangs on "have" or "get" after it, with no auxiliary, marker or object of its own; the noun opens right after
    "have/get" and names parties (a pronoun, a name or a plural noun; "get the bill passed" is left as parsed: a
    thing made to happen names no wrong doer); and "have/get" is a verb with a subject of its own before it, a "to"
    or a gerund, not the auxiliary of an inverted perfect ("nor have the rebels accepted", "has the mandate ended?").
    "got what they wanted" keeps its subject (the noun does not open after "got")."""
    head = verb.head
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("ccomp", "xcomp", "oprd") or head is verb \
            or head.lemma_.lower() not in _CAUSATIVE_HEADS or verb.i < head.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark", "dative", "expl") or c.dep_ in PASSIVE_SUBJ_DEPS
           or (c.dep_ == "dobj" and c.i > verb.i) for c in verb.children):
        return None
    subj = _child(verb, {"nsubj"})
    if subj is None or not (subj.pos_ in ("PROPN", "PRON") or subj.tag_ == "NNS") or not head.i < subj.i < verb.i \
            or subj.left_edge.i != head.i + 1:
        return None
    own = any((c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i) or (c.dep_ == "aux" and c.lower_ == "to")
              for c in head.children)
    return subj if own or head.tag_ == "VBG" else None


_ASIDE_OPENERS = frozenset({",", "-", "\u2013", "\u2014", "(", ";"})


def portion_aside_patient(verb):
    """The portion an aside "- most of them damaged -" says was acted on, when the parser made it the subject of the
    participle (module doc), or None."""
    from eventwire.coding.context import PARTITIVES
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dative", "expl", "mark") or c.dep_ in PASSIVE_SUBJ_DEPS
                                 or (c.dep_ == "dobj" and c.i > verb.i) for c in verb.children):
        return None
    subj = _child(verb, {"nsubj"})
    if subj is None or subj.i > verb.i or subj.lower_ not in PARTITIVES or subj.left_edge.i == 0 \
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
        return None
    opener = verb.doc[subj.left_edge.i - 1]
    if opener.text not in _ASIDE_OPENERS:
        return None                     # ("most of them fled[VBN?]" as a sentence of its own keeps its subject)
    of = next(c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of")
    whole = _child(of, {"pobj"})
    host = opener.head if opener.head.i != verb.i else verb.head     # (the clause the aside follows)
    if whole is not None and whole.pos_ == "PRON" and host.i < verb.i and (
            held := _child(host, {"nsubjpass", "nsubj"})) is not None and held.pos_ in ("NOUN", "PROPN"):
        return held                     # ("six clinics were bombed - most of them damaged": of the clinics, not of
        #                                 whoever "them" may read as on its own)
    return subj
