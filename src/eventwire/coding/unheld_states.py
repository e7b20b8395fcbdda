"""Acts a sentence names only in a description, a slogan, a report it sets aside, a habit or a question (issue 14
item 6, precision: not an event), asked by coding/clause_gate.py `not_an_act`:

- a stance that describes a label: "Pompeo is seen as a hawk, opposed to the deal" (`labelled_stance`: a bare
  participle of a `relation` verb of data/coding/non_events.tsv set off by a comma right after the "as" label or the
  predicate noun of its verb, where the parser hung it on that verb; on the noun itself coding/described.py
  `related` reads it);
- a slogan or saying quoted as the object of a preposition: "the logic of 'Assad or we burn the country'", "under
  the banner of 'we will crush them'" (`quoted_saying`: a finite verb with a subject of its own, the object of a
  preposition, inside quotation marks that open right after the preposition: a phrase named, not an act told);
- what reports said that the sentence sets aside: "Despite reports that the commander had been killed, his wife
  said he was alive" (`conceded_report`: the clause of a `report` noun of data/coding/unheld_states.tsv governed by a
  `conceding` preposition, "despite", "notwithstanding", "in spite of", "contrary to");
- a habit told in the present: "commanders often find ways around the cap, sometimes bringing in troops for a
  month", "the militia usually frees its hostages" (`present_habit`: a frequency adverb, the `habit` rows of
  data/coding/complements.tsv, on a present simple verb, the act's own or the one whose participle or "to V" the act
  is: what a party does as a rule, not an act told; forecasts.py reads the same adverbs after "will");
- an intended act only asked about: "Why did nobody speak about the army's planned assault on the camp?"
  (`asked_intent`: an event noun with an `intent` adjective, planned, projected, in a sentence that ends with a
  question mark: the question supposes the plan, no one announces it);
- what a possessed thing does: "the party has its own bitter rift, cutting through its base" (`possessed_doer`: a
  V-ing set off by a comma right after the object of a main verb "have" tells what that object does; when the object
  is a common noun that names no party, no weapon and no person, the act is a figure, no one's);
- a state of being assured: "the party is already assured of the support of the nationalists" (`assured_state`: a
  present passive of an `assured` verb of data/coding/unheld_states.tsv with an "of" phrase and no agent: what the
  subject can count on, no assurance given);
- kin told of a death: "the soldier's family were informed of his death on Tuesday" (`kin_notified`: a passive of a
  `notify` verb with no agent whose subject is a `kin` noun of data/coding/roles.tsv: a private notification);
- a class named by alternatives: "refugees from the countries that Britain has bombed, or armed, or both"
  (`alternatives_class`: acts of a relative clause on a plural noun offered as alternatives closed by "or both": what
  marks out the class, no act told).

- the writer praised: "They were amazed, praised me and let me go" (`writer_praised`: an act of praise, root 05
  of a `praising` verb of data/coding/unheld_states.tsv, whose object is the writer's "me" outside any quotation: an
  everyday kindness to a private person, no endorsement).

Each test returns a reason (str) or None.
"""
from __future__ import annotations

import functools
from typing import Callable, Optional

from eventwire.coding.tables import kind_sets

OPEN_QUOTES = frozenset({"\u201c", "\u2018", '"', "'", "``", "`"})
PRESENT = frozenset({"VBZ", "VBP"})
# the edges from an act up to the verb whose tense and adverbs tell whether it is a habit ("sometimes bringing in
# forces" hangs on "find", "ways to work around" on "find")
HABIT_UP = frozenset({"advcl", "xcomp", "conj", "relcl", "acl"})
QUESTION_END = frozenset({"?"})


@functools.cache
def _words() -> dict:
    return kind_sets("unheld_states.tsv")


def unheld(cl, lex, sector_of: Callable, ctx=None) -> Optional[str]:
    """Why the clause `cl` tells no act (the tests above), or None."""
    pred = cl.pred
    if (why := writer_praised(cl, ctx)) is not None:
        return why
    if cl.kind == "noun":
        return conceded_report(pred) or asked_intent(pred)
    return labelled_stance(pred) or quoted_saying(pred) or conceded_report(pred) or present_habit(pred) \
        or possessed_doer(pred, lex, sector_of) or assured_state(pred) or kin_notified(pred) \
        or alternatives_class(pred)


def labelled_stance(verb) -> Optional[str]:
    """ "Pompeo is seen as a foreign policy hawk, opposed to the Iran nuclear deal": the participle goes with the
    label, "a hawk opposed to the deal", a description of the party, not an act."""
    from eventwire.coding.nonevent import _is
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "conj", "acl") or not _is("relation", verb):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent", "dobj") for c in verb.children):
        return None
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    label = doc[verb.i - 2]
    while label.dep_ in ("compound", "amod") and label.head.i > label.i:
        label = label.head
    if label.pos_ not in ("NOUN", "PROPN"):
        return None
    if not ((label.dep_ == "pobj" and label.head.lower_ == "as") or label.dep_ in ("attr", "oprd")):
        return None
    return f"'{label.text}, {verb.text}': a stance that describes the party, not an act"


def quoted_saying(verb) -> Optional[str]:
    """ "the logic of 'Assad or we burn the country'": a finite clause inside quotation marks as the object of a
    preposition is a saying named, not an act told."""
    if verb.dep_ not in ("pcomp", "pobj") or verb.head.pos_ != "ADP" or verb.tag_ not in ("VBP", "VBZ", "VBD", "MD"):
        if not (verb.dep_ == "conj" and verb.head.dep_ in ("pcomp", "pobj")):
            return None
        verb = verb.head
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    prep = verb.head
    doc = verb.doc
    if prep.i >= verb.left_edge.i or not any(doc[i].text in OPEN_QUOTES or doc[i].tag_ == "``"
                                             for i in range(prep.i + 1, verb.left_edge.i + 1)):
        return None
    return f"'{prep.text} \u201c... {verb.text} ...\u201d': a saying quoted as a name, not an act told"


def _conceding(prep) -> bool:
    words = _words().get("conceding", frozenset())
    if prep.lower_ in words:
        return True
    # "in spite of", "contrary to": the preposition's head word
    return prep.dep_ == "prep" and prep.head.lower_ in words and prep.head.i == prep.i - 1


def conceded_report(tok) -> Optional[str]:
    """ "Despite reports that the commander had been killed, ...": what a `report` noun says, under a `conceding`
    preposition, is set aside by the sentence, not asserted (the parser hangs the clause on the noun as a relative
    clause, an acl or a complement)."""
    reports = _words().get("report", frozenset())
    t = tok
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return None
        if t.dep_ in ("relcl", "acl", "ccomp", "advcl") and head.pos_ == "NOUN" and head.lemma_.lower() in reports \
                and head.dep_ == "pobj" and _conceding(head.head) and t.i > head.i:
            return f"'{head.head.text} {head.text} ... {tok.text}': what reports said, set aside by the sentence"
        if t.dep_ not in ("conj", "xcomp", "ccomp", "relcl", "acl", "pobj", "prep", "dobj", "nsubjpass", "nsubj"):
            return None
        t = head
    return None


def _habit_adverb(verb):
    """The frequency adverb on the verb or on its auxiliary ("they often get shot")."""
    from eventwire.coding.modality import _has
    heads = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return next((c for h in heads for c in h.children if c.dep_ == "advmod" and _has("R", "habit", c.lower_)), None)


def _present_simple(verb) -> bool:
    """ "find", "are forced", "get shot": a present simple verb or passive (no perfect, no modal, no "to")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "does")]
    if auxes:
        return all(c.tag_ in PRESENT and c.lemma_.lower() in ("be", "get") for c in auxes)
    return verb.tag_ in PRESENT


def _bare_plural(noun) -> bool:
    """ "militant organisations": a plural with no determiner, possessor or number, a class of things."""
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def present_habit(verb) -> Optional[str]:
    """ "commanders often find ways to work around the limits, sometimes bringing in forces": a frequency adverb on
    the act's verb or on a verb above it, up to the first finite verb, which is in the present simple."""
    adverb = None
    t = verb
    for _ in range(4):
        adverb = adverb or _habit_adverb(t)
        if t.tag_ in ("VBZ", "VBP", "VBD", "MD") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                                        for c in t.children):
            break
        if t.dep_ not in HABIT_UP or t.head.i == t.i or t.head.pos_ not in ("VERB", "AUX", "NOUN"):
            return None
        if t.dep_ == "acl" and not _bare_plural(t.head):
            return None      # "the groups armed by Turkey often fight": those groups' arming is told
        t = t.head
        if t.pos_ == "NOUN":
            # "find ways to work", "groups targeted by the west are usually forced": the verb of the noun
            t = t.head if t.dep_ in ("dobj", "nsubj", "nsubjpass") else t
    if adverb is None or not _present_simple(t):
        return None
    return f"'{adverb.text} ... {verb.text}': a habit told in the present, not an act told"


def asked_intent(noun) -> Optional[str]:
    """ "Why was nothing said about the army's projected assault on the camp?": a planned act only asked about."""
    from eventwire.coding.modality import _has
    mod = next((c for c in noun.children if c.dep_ in ("amod", "compound") and _has("A", "intent", c.lower_)), None)
    if mod is None:
        return None
    sent = noun.sent
    marks = [t for t in sent if t.is_punct and t.text not in ("\u201d", "\u2019", '"', "'", ")")]
    if not marks or marks[-1].text not in QUESTION_END:
        return None
    return f"'{mod.text} {noun.text}' in a question: the plan supposed, not announced"


def possessed_doer(verb, lex, sector_of: Callable) -> Optional[str]:
    """ "the US has its own deep divide, slashing through the body politic": what the possessed thing does."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or any(c.dep_ in ("nsubj", "mark", "aux")
                                                                      for c in verb.children):
        return None
    have = verb.head
    if have.lemma_.lower() != "have" or have.pos_ != "VERB" or have.dep_ in ("ccomp", "xcomp"):
        return None           # "X said Beijing had no role in it, dismissing a claim": the speaker's act told after
    obj = next((c for c in have.children if c.dep_ == "dobj" and c.i < verb.i), None)
    doc = verb.doc
    if obj is None or obj.right_edge.i + 2 != verb.i or doc[verb.i - 1].text != ",":
        return None
    if obj.pos_ != "NOUN" or obj.ent_type_ or sector_of(obj) \
            or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return None           # "had no role in it": nothing possessed that could do anything
    kinds = lex.word_kinds(obj.lemma_.lower())
    if kinds & {"arms", "person", "people", "kin", "armed", "wmd"}:
        return None
    return f"'{obj.text}, {verb.text}': what the thing '{have.text}' does, no party's act"


def _agentless_passive(verb) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def assured_state(verb) -> Optional[str]:
    """ "is already assured of the support of the MHP": what the subject can count on, no assurance given."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _words().get("assured", frozenset()) \
            or not _agentless_passive(verb):
        return None
    if not all(c.tag_ in PRESENT for c in verb.children if c.dep_ == "auxpass") \
            or any(c.dep_ == "aux" for c in verb.children):
        return None          # "Iraq was assured of support, the ministry said": an assurance someone gave
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return None
    return f"'{verb.text} of': what the subject can count on, no assurance given"


def kin_notified(verb) -> Optional[str]:
    """ "Hall's family were informed of his death": kin told by no one named, a private notification."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _words().get("notify", frozenset()) \
            or not _agentless_passive(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    from eventwire.coding.clause_record import role_words
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in role_words().get("kin", frozenset()):
        return None
    return f"'{subj.text} ... {verb.text}': kin told by no one named, a private notification"


def alternatives_class(verb) -> Optional[str]:
    """ "the countries that the UK has fought over, or armed, or both": alternatives that mark out a class."""
    doc = verb.doc
    sent = verb.sent
    rel = verb if verb.dep_ == "relcl" else None
    if rel is None:      # a later alternative, which the parser may hang anywhere: the relative verb before it
        rel = next((doc[i] for i in range(verb.i - 1, sent.start - 1, -1) if doc[i].dep_ == "relcl"), None)
    if rel is None or rel.head.tag_ not in ("NNS", "NNPS"):
        return None
    k = rel.right_edge.i + 1
    seen_verb = verb.i <= rel.right_edge.i
    while k < sent.end - 1:
        t = doc[k]
        if t.lower_ == "or" and doc[k + 1].lower_ == "both":
            return f"'{rel.head.text} that ... {verb.text} ... or both': alternatives that mark out a class, no act told" \
                if seen_verb else None
        if t.i == verb.i:
            seen_verb = True
        if t.text in (",", "or") or t.pos_ in ("ADV", "PART", "ADP") or (t.pos_ == "VERB" and t.tag_ in ("VBN", "VBD")):
            k += 1
            continue
        return None
    return None


def writer_praised(cl, ctx) -> Optional[str]:
    """ "They were amazed, praised me and let me go": the writer's own "me", outside quotation marks."""
    obj = cl.obj
    if cl.kind != "verb" or obj is None or obj.lower_ != "me" or cl.pred.i > obj.i \
            or cl.lemma not in _words().get("praising", frozenset()):
        return None
    coref = getattr(ctx, "coref", None)
    if coref is None or coref.quote_at(obj.idx) >= 0:
        return None          # '"The minister praised me," she said': the speaker may be a party
    return f"'{cl.pred.text} me': the writer praised, an everyday kindness, no endorsement"
