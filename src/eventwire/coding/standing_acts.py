"""Acts a sentence names only as a standing state, a class's lot, a lack or a characterisation (issue 14, precision:
not an event).

Each test reads the parse around the clause's predicate and returns a reason (str) or None; `unasserted(cl, code)`
asks them in turn (coding/clause_gate.py, after coding/mentioned_acts.py). Words: data/coding/standing_acts.tsv.

* `lacked`: the "to V" of a verb of lacking or needing, or of its object: "aid groups say they lack food and medicine
  to treat the wounded", "the army needs more troops to retake the town": what cannot be done, no act ("need to V",
  an obligation, is the modality rules').
* `regarded`: an act noun inside what a verb of regarding or naming calls its object: "we consider these sites part of
  the Russian and Iranian occupation of Syria", "regards the deployment as an invasion", "called the presence an
  occupation": the speaker's characterisation of something else, not an act told (the thing characterised is coded
  where an act word tells it). The act noun is the complement itself, or its conjunct, or the "of" phrase of a `part`
  noun ("part of", "a form of"); "Daraa is seen as the cradle of the uprising" names the uprising as done. Only an
  active verb: "six died in what was described as a night attack" reports the attack.
* `standing_status`: a bare past participle that a `status` adverb makes a standing state: "the Kurdish leader now
  imprisoned in Turkey", "a reporter, still held in the capital": who the person is now, no new arrest.
* `class_lot`: a present passive with "get", "dissidents get arrested", or present verbs offered as alternatives,
  "they either get killed or replaced", "commanders either resign or are sacked": what befalls a class as a rule, no
  act told.
* `standing_post`: a progressive relative clause of a `standing` verb on a noun, "a building he and Holmes were
  guarding was set alight", "the checkpoint the soldiers were manning": a standing watch that places a party in the
  scene of another act, not an act of protection.
* `identifying_fight`: a present participle of fighting on a party noun with no one fought named (no object, no
  `target-prep` phrase), "the Kurdish militias fighting in Syria are a threat", "foreign volunteers fighting in Iraq":
  it says who the party is, not a use of force told ("rebels fighting government troops" names the foe and stays).
* `supposed_gerund`: anything under a gerund subject of a supposing modal, "Having someone like her work with the
  government to speak out against hatred would be a useful tool": an act supposed, not done (the modality rules read
  the gerund subject itself, but stop at a purpose clause below it).
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.tables import aux_words, kind_sets

FIGHT_ROOTS = ("19",)
PRESENT = frozenset({"VBP", "VBZ"})
PERFECT_OR_FUTURE = frozenset({"have", "has", "will", "would", "had"})


def _w(kind: str) -> frozenset:
    return kind_sets("standing_acts.tsv").get(kind, frozenset())


def _is(kind: str, tok) -> bool:
    w = _w(kind)
    return tok.lemma_.lower() in w or tok.lower_ in w


def _to_infinitive(tok) -> bool:
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


# --- lacked -----------------------------------------------------------------------------------------------------

def lacked(cl) -> Optional[str]:
    pred = cl.pred
    if cl.kind != "verb" or pred.dep_ not in ("advcl", "acl", "relcl") or not _to_infinitive(pred):
        return None
    head = pred.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "conj"):
        while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        head = head.head if head.dep_ == "dobj" else head
    if head.pos_ not in ("VERB", "AUX") or not _is("lack", head):
        return None
    return f"'{head.text} ... to {pred.text}': what cannot be done for want of means, not an act"


# --- regarded ---------------------------------------------------------------------------------------------------

def _regarding(tok) -> Optional[object]:
    """The verb of regarding whose characterisation of its object `tok` (an "attr"/"oprd" or an "as" pobj) is."""
    head = tok.head
    if tok.dep_ in ("oprd", "ccomp", "xcomp") and tok.pos_ in ("NOUN", "PROPN") and _is("regard", head):
        return head          # "call the presence an occupation", "consider the bases part of the occupation"
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep" and _is("regard", head.head):
        return head.head
    if tok.dep_ == "attr" and head.lemma_ == "be" and head.dep_ in ("ccomp", "xcomp", "oprd") \
            and _is("regard", head.head):
        return head.head
    if tok.dep_ == "dobj" and _is("regard", head) and any(c.dep_ == "dobj" and c.i < tok.i for c in head.children):
        return head          # "called the presence an occupation" read as two objects
    return None


def _told_passive(verb) -> bool:
    """ "died in what was described as a night attack", "X is seen as ...": a passive of regarding reports how the
    thing is read, often the act itself."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def regarded(cl) -> Optional[str]:
    if cl.kind != "noun":
        return None
    tok = cl.pred
    for _ in range(5):
        verb = _regarding(tok)
        if verb is not None and not _told_passive(verb):
            return f"'{verb.text} ... {cl.pred.text}': a characterisation of something else, not an act told"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _is("part", tok.head.head):
            tok = tok.head.head      # "part of the occupation", "a form of invasion": the act is the characterisation
            continue
        if tok.dep_ in ("conj", "appos") and tok.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
            continue
        return None                  # "seen as the cradle of the uprising": the uprising is told, the cradle named
    return None


# --- standing_status --------------------------------------------------------------------------------------------

def _apposed_subject(pred) -> bool:
    """Whether the subject the parser gave a bare participle read as the sentence's verb is an apposition set off by
    a comma ("... by Abdullah Ocalan, the Kurdish leader now imprisoned in Turkey")."""
    subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    start = subj.left_edge.i
    return start > pred.sent.start and pred.doc[start - 1].text == ","


def standing_status(cl) -> Optional[str]:
    pred = cl.pred
    if cl.kind != "verb" or pred.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in pred.children):
        return None
    if pred.dep_ not in ("acl", "ROOT", "advcl", "appos"):
        return None
    if pred.dep_ == "ROOT" and not _apposed_subject(pred):
        return None          # "Journalist now freed after two years": a headline's verb, an act told
    mark = next((c for c in pred.children if c.dep_ == "advmod" and c.i < pred.i and _is("status", c)), None)
    if mark is None:
        return None
    return f"'{mark.text} {pred.text}': a standing state that says who the party is now, no new act"


# --- class_lot --------------------------------------------------------------------------------------------------

def _present(verb) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in PERFECT_OR_FUTURE or a.tag_ == "MD" or a.tag_ in ("VBD",) for a in auxes):
        return False
    return verb.tag_ in PRESENT or any(a.tag_ in PRESENT for a in auxes)


def class_lot(cl) -> Optional[str]:
    pred = cl.pred
    if cl.kind != "verb":
        return None
    verb = pred.head if pred.dep_ == "conj" and pred.head.pos_ in ("VERB", "AUX") else pred
    get = next((c for c in verb.children if c.dep_ == "auxpass" and _is("generic-aux", c) and c.tag_ in PRESENT), None)
    if get is not None:
        return f"'{get.text} {pred.text}': what befalls a class as a rule, no act told"
    either = next((c for c in verb.children if c.dep_ == "preconj" and c.lower_ == "either"), None)
    if either is not None and _present(verb) and any(c.dep_ == "conj" for c in verb.children):
        return f"'either {verb.text} or ...': alternatives that befall a class as a rule, no act told"
    return None


# --- standing_post ----------------------------------------------------------------------------------------------

def _contact_relative(pred) -> bool:
    """ "A checkpoint soldiers were guarding was attacked" read with "guarding" as the verb and the real verb as its
    subjectless passive clause, or "attacked a checkpoint Iraqi soldiers were guarding" with the noun, article and
    all, a modifier of the subject: the progressive is a relative clause with no pronoun on that noun."""
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    noun = next((m for m in subj.children if m.dep_ == "nmod" and m.pos_ == "NOUN" and m.i < subj.i), None) \
        if subj is not None else None
    if noun is None:
        return False
    if any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in noun.children):
        return True          # "attacked a checkpoint Iraqi soldiers were guarding": the noun's own article
    return any(c.dep_ == "ccomp" and c.i > pred.i and any(a.dep_ == "auxpass" for a in c.children)
               and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children) for c in pred.children)


def standing_post(cl) -> Optional[str]:
    pred = cl.pred
    if cl.kind != "verb" or pred.tag_ != "VBG" or not _is("standing", pred):
        return None
    if pred.dep_ != "relcl" and not _contact_relative(pred):
        return None
    if not any(c.dep_ == "aux" and c.lemma_ == "be" for c in pred.children):
        return None
    if any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that" for c in pred.children):
        return None          # "the soldiers who were guarding the prisoners": the object is its own, an act told
    return f"'{pred.head.text} ... {pred.text}': a standing post that sets the scene of another act, not an act"


# --- identifying_fight ------------------------------------------------------------------------------------------

def identifying_fight(cl, code: str) -> Optional[str]:
    pred = cl.pred
    if cl.kind != "verb" or not code or code[:2] not in FIGHT_ROOTS or pred.tag_ != "VBG" or pred.dep_ != "acl" \
            or not _is("fight-verb", pred):
        return None
    if pred.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("dobj", "prt", "xcomp", "advcl", "ccomp") for c in pred.children) or any(
            c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in pred.children):
        return None          # ("fighting and defeating the militants": the object they share)
    if any(c.dep_ == "prep" and _is("target-prep", c) for c in pred.children):
        return None
    return f"'{pred.head.text} {pred.text}': the participle says who the party is, no use of force told"


# --- supposed_gerund --------------------------------------------------------------------------------------------

def supposed_gerund(cl) -> Optional[str]:
    tok = cl.pred
    for _ in range(6):
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("relcl", "acl", "appos"):
            return None          # (a relative clause or a participle on a noun tells its own act)
        if tok.dep_ == "ccomp" and (tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                              for c in tok.children)):
            return None          # "Acknowledging they were advancing would have been a tough sell": what is told
        if tok.dep_ in ("csubj", "csubjpass") and tok.tag_ == "VBG":
            modal = next((c for c in head.children if c.dep_ in ("aux", "auxpass")
                          and c.lower_ in aux_words("supposing")), None)
            if modal is None:
                return None
            return f"'{tok.text} ... {modal.text} {head.text}': an act supposed under a gerund subject, not done"
        tok = head
    return None


def unasserted(cl, code: str) -> Optional[str]:
    """Why the clause `cl`, read with CAMEO `code`, names an act only as a state, a lot, a lack or a characterisation
    (the module doc), or None."""
    return (lacked(cl) or regarded(cl) or standing_status(cl) or class_lot(cl) or standing_post(cl)
            or identifying_fight(cl, code) or supposed_gerund(cl))
