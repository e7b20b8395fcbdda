"""Acts a sentence names only as a backdrop, a prospect, a norm, a need, an accident or a standing tie (issue 14
item 6, precision: not an event), asked by coding/clause_gate.py `not_an_act` after coding/unheld_states.py; words in
data/coding/backdrop_acts.tsv:

- a prospect in a time clause: "what happens after the militants are finally driven from the city" (`awaited_act`:
  a present-tense clause under a `time_mark` with a `future_sign` adverb, or under a verb that is future or a
  `happen` verb: what has not happened yet);
- a state under absolute "with": "With the militia crushed and the opposition in retreat, the powers will meet"
  (`absolute_state`: a participle with a subject of its own after "with", and no agent, place or time: a
  backdrop that sums up a campaign, no act told; "with the Taliban expelled from the valley" tells one act, kept);
- a threat or a killing by a thing: "the offensive now threatens the town", "fires caused by stoves, which killed
  two children" (`hazard_doer`: the doer of a threat or of force is a `hazard` noun, or a thing caused by one: it
  endangers, no one threatens; an accident, no one kills);
- a need: "defences were needed, he said, to protect hospitals" (`needed_for`: the "to V" of a `need` word, across
  a parenthetical "he said": what the thing is needed for, no act done);
- a prospect weighed: "a wider revolt is not beyond the realms of possibility" (`weighed_prospect`: an event noun
  subject of a copula whose complement holds a `possible` word, alone or with "to be", "to happen": "the
  announcement is likely to embolden Turkey" weighs what the act brings, and the act stays);
- a norm: "ending the bloodshed is a moral imperative" (`norm_stated`: the act inside a gerund subject of a copula
  whose complement is a `norm` word), "nationals detained abroad have the right to return" (a participle on a class
  of people who "have" a `norm` noun: a rule about the class, no detention told);
- a tie held: "officials invested in an ongoing partnership with the militia" (`tie_held`: an event noun in the
  "in" phrase of an `attitude` participle);
- a domestic ban: "the first country to impose a blanket ban on metal mining" (`activity_ban`: a sanction whose
  object is a `ban` noun on an activity that names no party, and no one it is against);
- a private crime told as background: "she threatened to kill a man who had killed her brother" (`private_killing`:
  force in a relative clause on "a man", "a woman" (a `people` word no sector names), against the kin of a private
  "her", "his"; "an airstrike that killed their mother" stays);
- a generic present passive: "in Somalia, as in Yemen, reporters are killed for doing their jobs" (`generic_passive`:
  a present simple passive of force with no agent, no time, a bare plural subject, told of places in two countries
  or more: what happens to a class; one place may be a report in the present, "protesters are killed in Baghdad").

Each test returns a reason (str) or None.
"""
from __future__ import annotations

import functools
from typing import Callable, Optional

from eventwire.coding.tables import kind_sets

PRESENT = frozenset({"VBZ", "VBP"})
FORCE_ROOTS = frozenset({"18", "19", "20"})
FUTURE_AUX = frozenset({"will", "'ll", "shall", "would"})
PRIVATE_POSS = frozenset({"her", "his", "their", "my", "our"})
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
PERSON_KINDS = frozenset({"person", "people", "kin", "armed"})


@functools.cache
def _words() -> dict:
    return kind_sets("backdrop_acts.tsv")


def _is(kind: str, tok) -> bool:
    words = _words().get(kind, frozenset())
    return tok.lemma_.lower() in words or tok.lower_ in words


def backdrop(cl, cameo: str, lex, sector_of: Callable) -> Optional[str]:
    """Why the clause `cl`, read as CAMEO `cameo`, tells no act (the tests above), or None."""
    pred = cl.pred
    if cl.kind == "noun":
        return weighed_prospect(pred) or norm_stated(pred) or tie_held(pred)
    return awaited_act(pred) or absolute_state(pred) or hazard_doer(cl, cameo) or needed_for(pred, lex) \
        or norm_stated(pred) or activity_ban(cl, cameo, lex, sector_of) or private_killing(cl, cameo, lex, sector_of) \
        or generic_passive(pred, cameo)


def _present(verb) -> bool:
    """ "is pushed", "are driven", "retake", "has been cleared": a present tense, simple or perfect."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return all(c.tag_ in PRESENT or (c.tag_ == "VBN" and c.lower_ == "been") for c in auxes)
    return verb.tag_ in PRESENT


def awaited_act(verb) -> Optional[str]:
    """ "central to what happens after the group is finally pushed from the city": an act still awaited."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and _is("time_mark", c)), None)
    if mark is None or not _present(verb):
        return None
    gov = verb.head
    sign = next((c for c in verb.children if c.dep_ == "advmod" and _is("future_sign", c)), None)
    future_gov = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in gov.children) \
        or (_is("happen", gov) and gov.tag_ in PRESENT)
    if sign is None and not future_gov:
        return None
    why = f"'{sign.text}'" if sign is not None else f"'{gov.text}'"
    return f"'{mark.text} ... {verb.text}' with {why}: an act still awaited, not one told"


def absolute_state(verb) -> Optional[str]:
    """ "With the militia crushed and the opposition in retreat, ...": a state set as the backdrop."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl", "pcomp"):
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("agent", "aux", "auxpass", "prep", "npadvmod") for c in kids):
        return None          # "with the Taliban expelled from the valley": a place or a time tells one act done
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is None:
        return None
    with_ = next((c for c in kids if c.lower_ == "with" and c.dep_ in ("mark", "prep") and c.i < subj.left_edge.i + 1),
                 None)
    if with_ is None and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        with_ = verb.head
    if with_ is None:
        return None
    return f"'with {subj.text} {verb.text}': a state set as the backdrop, no act told"


def _hazard_thing(tok, kinds=("hazard",)) -> bool:
    """A `hazard` noun (or, for a threat, a `menace` one), or a thing "caused by" one ("fires caused by stoves")."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in PARTY_ENTS:
        return False
    if any(_is(k, t) for k in kinds for t in (tok, *tok.conjuncts)):
        return True
    for acl in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() == "cause"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            if any(_hazard_thing(p, kinds) for p in agent.children if p.dep_ == "pobj"):
                return True
    return False


def hazard_doer(cl, cameo: str) -> Optional[str]:
    """ "the offensive now threatens the town": it endangers; "stoves, which have killed two children": an accident."""
    root = cameo[:2]
    subj = cl.subj
    if root == "13" and _hazard_thing(subj, ("hazard", "menace")):
        return f"'{subj.text} {cl.pred.text}': a thing endangers, no threat made"
    if root in FORCE_ROOTS and _hazard_thing(subj):
        return f"'{subj.text} ... {cl.pred.text}': an accident or nature, no one's act of force"
    return None


def needed_for(verb, lex) -> Optional[str]:
    """ "Air defences were needed, the commander said, to protect clinics": what the thing is needed for."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.dep_ not in ("xcomp", "advcl"):
        return None
    head = verb.head
    if head.dep_ == "parataxis" and head.lemma_.lower() in lex.reporting_verbs:
        head = head.head            # "were needed, he said, to protect": the parser hangs the aim on "said"
    if not _is("need", head) or head.tag_ not in ("VBN", "JJ"):
        return None
    if head.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in head.children):
        return None                 # "Russia needed jets to bomb the town" is not a need of a thing
    return f"'{head.text} ... to {verb.text}': what is needed for, no act done"


def weighed_prospect(noun) -> Optional[str]:
    """ "a wider revolt is not beyond the realms of possibility", "a new offensive is likely"."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in ("be", "seem", "remain", "look"):
        return None
    cop = noun.head
    for comp in (c for c in cop.children if c.dep_ in ("acomp", "attr", "prep", "oprd")):
        word = next((t for t in comp.subtree if _is("possible", t)), None)
        if word is None:
            continue
        then = next((c for c in word.children if c.dep_ == "xcomp"), None)
        if then is not None and not _is("happen", then) and then.lemma_.lower() != "be":
            return None      # "the announcement is likely to embolden Turkey": what the act may bring, the act told
        return f"'{noun.text} ... {word.text}': a prospect weighed, no act told"
    return None


def _norm_copula(cop) -> Optional[object]:
    if cop.lemma_.lower() != "be":
        return None
    return next((c for c in cop.children if c.dep_ in ("attr", "acomp") and _is("norm", c)), None)


def norm_stated(tok) -> Optional[str]:
    """ "ending the bloodshed is a moral imperative", "nationals detained abroad have the right to return"."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "nsubj":
        holder = tok.head
        have = holder.head
        if holder.tag_ in ("NNS", "NNPS") and have.lemma_.lower() == "have" and \
                any(c.dep_ == "dobj" and _is("norm", c) for c in have.children):
            return f"'{holder.text} {tok.text} ... {have.text} the right': a rule about a class, no act told"
    if tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
            and tok.right_edge.i + 1 < len(tok.doc):
        # "citizens captured in Isis territory have the right": the parser may read the participle as the verb of
        # "citizens" and hang "have" beside it; the "have" right after the participle's phrase tells the class
        holder = next((c for c in tok.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")), None)
        have = tok.doc[tok.right_edge.i + 1]
        if holder is not None and have.lemma_.lower() == "have" and \
                any(c.dep_ == "dobj" and _is("norm", c) for c in have.children):
            return f"'{holder.text} {tok.text} ... {have.text} the right': a rule about a class, no act told"
    t = tok
    for _ in range(4):
        if t.dep_ in ("csubj", "nsubj") and t.tag_ == "VBG":
            norm = _norm_copula(t.head)
            if norm is not None:
                return f"'{t.text} ... is a {norm.text}': a norm stated, no act told"
            return None
        if t.dep_ not in ("dobj", "pobj", "prep", "compound") or t.head.i == t.i:
            return None
        t = t.head
    return None


def tie_held(noun) -> Optional[str]:
    """ "many of whom were invested in an ongoing partnership with the militia": a tie held, not an act."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    part = noun.head.head
    if not _is("attitude", part) or part.tag_ not in ("VBN", "JJ"):
        return None
    if part.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in part.children) and part.dep_ != "acl":
        return None                 # "the state invested billions in the partnership": an act
    return f"'{part.text} in ... {noun.text}': a tie held, no act told"


def activity_ban(cl, cameo: str, lex, sector_of: Callable) -> Optional[str]:
    """ "the first country to impose a blanket ban on metal mining": a domestic regulation, no sanction on anyone."""
    if cameo[:2] != "16" or cl.obj is None or not _is("ban", cl.obj) or cl.kind != "verb":
        return None
    if any(p in cl.preps for p in ("against", "to")):
        return None
    on = next((c for c in cl.obj.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is None:
        return None
    for t in on.subtree:
        if t.ent_type_ in PARTY_ENTS or t.pos_ in ("PROPN", "PRON"):
            return None
        if t.pos_ == "NOUN" and (sector_of(t) or lex.word_kinds(t.lemma_.lower()) & PERSON_KINDS):
            return None
    return f"'{cl.obj.text} on {on.right_edge.text}': a ban on an activity, no party sanctioned"


def private_killing(cl, cameo: str, lex, sector_of: Callable) -> Optional[str]:
    """ "she threatened to kill a man who had killed her brother": a private crime told as background."""
    verb = cl.pred
    if cameo[:2] not in FORCE_ROOTS or verb.dep_ != "relcl" or cl.obj is None:
        return None
    from eventwire.coding.clause_record import role_words
    obj = cl.obj
    if obj.lemma_.lower() not in role_words().get("kin", frozenset()) or \
            not any(c.dep_ == "poss" and c.lower_ in PRIVATE_POSS for c in obj.children):
        return None
    doer = verb.head
    if doer.pos_ != "NOUN" or doer.ent_type_ or sector_of(doer) \
            or not lex.word_kinds(doer.lemma_.lower()) & {"people", "person"} \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in doer.children):
        return None
    return f"'a {doer.text} who {verb.text} {obj.text}': a private crime told as background, no political act"


def generic_passive(verb, cameo: str) -> Optional[str]:
    """ "In Somalia, as in Yemen, reporters are killed simply for doing their jobs": what happens to a class."""
    if cameo[:2] not in FORCE_ROOTS or verb.tag_ != "VBN":
        return None
    kids = list(verb.children)
    auxpass = [c for c in kids if c.dep_ == "auxpass"]
    if not auxpass or not all(c.tag_ in PRESENT for c in auxpass) or any(c.dep_ in ("aux", "agent") for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    from eventwire.coding.unheld_states import _bare_plural
    if subj is None or subj.pos_ != "NOUN" or not _bare_plural(subj) or any(c.dep_ == "amod" for c in subj.children):
        return None
    if any(c.dep_ in ("npadvmod", "tmod") for c in kids) or any(t.ent_type_ in ("DATE", "TIME", "CARDINAL")
                                                                 for t in verb.subtree):
        return None
    places = {t.text for c in kids if c.dep_ == "prep" for t in c.subtree if t.ent_type_ == "GPE"}
    if len(places) < 2:
        return None          # "Protesters are killed in Baghdad as police open fire": a report in the present
    return f"'{subj.text} are {verb.text}' in {len(places)} countries: what happens to a class, no act told"
