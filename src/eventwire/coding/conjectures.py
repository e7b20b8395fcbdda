"""Acts named only as what is guessed, feared, hoped or expected, and acts of a class of people a norm speaks of
(issue 14, "not an event"): read by coding/embedded_acts.py `embedded`, and so by modality.status, at each step up
from the act's verb; the words are in data/coding/complements.tsv (`conjecture`, `apprehension`).

- the content clause of a noun of guessing ("speculation that the deal gives them protection", "rumours the envoy
  had resigned": `conjecture`, any tense) or of fearing, hoping or foreseeing ("concerns that the rebels will free
  the prisoners", "hopes he will share intelligence": `apprehension`, not in the past), also where the clause is
  set after the noun's verb or adjective ("fears remain that the Taliban will attempt to seize the district",
  "speculation is rife that ...", "concern is growing that ...");
- the "that" clause of an adjective or participle of conviction, in any tense ("convinced that the rebels had been
  routed", "confident the army has won": what someone holds, not an act the text asserts);
- the same clause after a copula whose subject is such a noun or is called likely or possible ("the likely outcome
  is that the militia will attack", "one option is that Paris would ask the junta to hold elections");
- the "that" clause of an adjective of fearing or doubting, or of "it is likely/possible", not in the past ("is
  doubtful that Nairobi will send troops", "worried that another attack will ...", "it is likely Addis Ababa
  will side with Cairo");
- what a relative clause says of a bare plural, a kind of people, under a norm ("militants who have been arrested
  must be tried", "gunmen who have been detained should stand trial"): a rule about a class, not an act done (a
  simple past, "soldiers who fired on the crowd must be punished", or a perfect with an object, "soldiers who have
  killed civilians must be punished", tells what was done and stays);
- "the first to V" where that is only what something will be or is due to be ("was due to be the first district
  to be transferred", "will be the first state to recognise"): to come, not done;
- what anyone of a kind may be doing ("any Norwegian thought to be serving with the jihadists");
- a readiness the writer only supposes ("it seems the Gulf states are happy to talk about ...");
- what it would take to act ("it will take more than goodwill to end the blockade"; not where "it takes" names who
  acts: "it takes the army a week to retake each village");
- an intention no one has ("has not taken any decision to deploy warships", "no promise to support").
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.tables import aux_words
from eventwire.coding.clause_record import OBLIGATION_AUX
from eventwire.doc_index import to_infinitive

NORM_MODALS = frozenset(OBLIGATION_AUX | {"shall"})
SUBJECTS = ("nsubj", "nsubjpass")


def listed(pos: str, kind: str) -> frozenset:
    """The words of complements.tsv of a part of speech and kind (`norm-head`, `scheduling`, `rank`, `seeming`,
    `making`: see its header)."""
    from eventwire.coding.modality import words
    return words().get((pos, kind), frozenset())


def _has(pos, kind, lemma):
    from eventwire.coding.modality import _has as has
    return has(pos, kind, lemma)


def _past(tok) -> bool:
    from eventwire.coding.modality import _past as past
    return past(tok)


def _finite_clause(tok) -> bool:
    """A clause with a subject of its own that is no question ("that the rebels will free ...", "he will share ...")."""
    if not any(c.dep_ in SUBJECTS for c in tok.children):
        return False
    if to_infinitive(tok):
        return False
    first = tok.left_edge
    if first.lower_ in ("if", "whether") or first.tag_ in ("WDT", "WP", "WP$", "WRB"):
        return False
    return not any(c.dep_ == "mark" and c.lower_ not in ("that",) for c in tok.children)


def _noun_guess(noun, tok) -> Optional[str]:
    """Why `tok` is only what `noun` guesses, fears or hopes (see the module doc), or None."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma, low = noun.lemma_.lower(), noun.lower_
    if _has("N", "conjecture", lemma) or _has("N", "conjecture", low):
        return f"'{noun.text} that ... {tok.text}': what is guessed, not an act asserted"
    if (_has("N", "apprehension", lemma) or _has("N", "apprehension", low)) and not _past(tok):
        return f"'{noun.text} that ... {tok.text}': what is feared, hoped or foreseen, not an act done"
    return None


def _subject(tok):
    return next((c for c in tok.children if c.dep_ in SUBJECTS), None)


def _likely(noun) -> bool:
    """ "the likely outcome", "a possible scenario": a noun called likely or possible."""
    return any(c.dep_ == "amod" and any(_has("A", kind, w) for kind in ("speculation", "apprehension")
                                         for w in (c.lemma_.lower(), c.lower_)) for c in noun.children)


def _noun_before(tok):
    """The noun right before a clause ("... played down speculation Moscow would hit back", "... concerns that the
    army would attack"), which the parser often passes over to hang the clause on a verb further up; or None."""
    i = tok.left_edge.i - 1
    if i >= 0 and tok.doc[i].lower_ == "that":
        i -= 1
    prev = tok.doc[i] if i >= 0 else None
    if prev is None or prev.pos_ != "NOUN" or prev.dep_ not in ("dobj", "pobj", "nsubj", "attr"):
        return None
    return prev


def _convinced(head) -> bool:
    """ "convinced that ...", "is confident the army ...": an adjective of conviction, or the participle of one the
    parser reads as a verb ("Convinced that the rebels had been routed, the general ...", "was persuaded that ..."),
    not an active verb with an object of its own ("convinced allies that ...", a persuasion told)."""
    words = (head.lemma_.lower(), head.lower_)
    if head.pos_ == "ADJ":
        return any(_has("A", "conviction", w) for w in words)
    if not (head.pos_ in ("VERB", "AUX") and head.tag_ in ("VBN", "VBD") and _has("A", "conviction", head.lower_)):
        return False
    if any(c.dep_ in ("dobj", "nsubj") for c in head.children):
        return False
    return head.dep_ in ("advcl", "acl", "amod", "acomp") or any(c.dep_ == "auxpass" for c in head.children) \
        or head.i == head.sent.start or head.doc[head.i - 1].is_punct


def guessed(tok, head, dep) -> Optional[str]:
    """The content clause of a word of guessing, fearing or hoping (see the module doc): why, or None."""
    if dep not in ("ccomp", "acl", "advcl", "attr") or not _finite_clause(tok):
        return None
    if dep in ("ccomp", "advcl") and (noun := _noun_before(tok)) is not None and noun.i != head.i \
            and (why := _noun_guess(noun, tok)):
        return why                              # "played down speculation Moscow would hit back", hung higher
    if head.pos_ in ("NOUN", "PROPN"):
        return _noun_guess(head, tok)           # "concerns that the rebels will free", "hopes he will share"
    if _convinced(head):
        return f"'{head.text} that ... {tok.text}': what someone is convinced of, not an act asserted"
    if head.pos_ == "ADJ":
        verb = head.head if head.dep_ == "acomp" else None
        if (_has("A", "apprehension", head.lemma_.lower()) or _has("A", "apprehension", head.lower_)
                or _has("A", "speculation", head.lemma_.lower())) and not _past(tok):
            return f"'{head.text} that ... {tok.text}': what is feared, doubted or foreseen, not an act done"
        subj = _subject(verb) if verb is not None else None
        return _noun_guess(subj, tok)           # "speculation is rife that ..."
    if not (head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")):
        return None
    subj = _subject(head)
    if subj is None:
        return None
    why = _noun_guess(subj, tok)                # "fears remain that ...", "the fear is that ..."
    if why:
        return why
    acomp = next((c for c in head.children if c.dep_ == "acomp"), None)
    if acomp is not None and subj.lower_ == "it" and not _past(tok) and (
            _has("A", "speculation", acomp.lemma_.lower()) or _has("A", "apprehension", acomp.lemma_.lower())):
        return f"'it {head.text} {acomp.text} ... {tok.text}': a forecast, not an act done or announced"
    if head.lemma_.lower() == "be" and subj.pos_ == "NOUN" and _likely(subj) and not _past(tok):
        return f"'{subj.text} {head.text} that ... {tok.text}': what is foreseen, not an act done"
    return None


def _norm_governor(noun) -> bool:
    """Whether the clause a noun is the subject of is a norm ("... must be tried", "... should face justice",
    "... need to be tried")."""
    if noun.dep_ not in SUBJECTS:
        return False
    gov = noun.head
    if any(c.dep_ == "aux" and c.lower_ in NORM_MODALS for c in gov.children):
        return True
    return gov.lemma_.lower() in listed("V", "norm-head") and any(c.dep_ == "xcomp" for c in gov.children)


def class_norm(tok, head, dep) -> Optional[str]:
    """A relative clause on a bare plural under a norm (see the module doc): why, or None."""
    if dep != "relcl" or head.tag_ not in ("NNS", "NNPS"):
        return None
    if any(c.dep_ in ("det", "nummod", "poss", "predet") for c in head.children):
        return None
    if tok.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None                              # "soldiers who fired on the crowd must be punished": done
    if tok.tag_ == "VBN" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) \
            and any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return None                              # "soldiers who have killed civilians must be punished": done
    if not _norm_governor(head):
        return None
    return f"'{head.text} who ... {tok.text}' under a norm: a kind of people, not an act done"


_TO_COME_AUX = aux_words("future", "would")


def first_to_come(tok, head, dep) -> Optional[str]:
    """ "the first country to recognise" tells what was done (modality.py), but not where the noun is what something
    only will be or is due to be: "Kidal was due to be the first district to be transferred to the army", "Kenya will be
    the first state to recognise the government": to come, not done (why), or None."""
    if dep not in ("relcl", "acl") or not to_infinitive(tok) \
            or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "amod" and (c.lower_ in listed("A", "rank") or c.ent_type_ == "ORDINAL") for c in head.children):
        return None
    noun = head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "attr":
        noun = noun.head.head                    # "one of the first towns"
    cop = noun.head
    if noun.dep_ != "attr" or cop.lemma_.lower() != "be":
        return None
    if any(c.dep_ == "aux" and c.lower_ in _TO_COME_AUX for c in cop.children) or (
            cop.dep_ == "xcomp" and to_infinitive(cop)
            and cop.head.lower_ in listed("A", "scheduling")):
        return f"'{cop.text} ... {head.text} to {tok.text}': what is to come, not an act done"
    return None


def any_member(tok, head, dep) -> Optional[str]:
    """ "any Norwegian thought to be serving with the jihadists", "any citizen fighting alongside Isis": what anyone of a kind
    may be doing, not an act done (a participle on a noun "any" picks out, or the "to V" of such a participle):
    why, or None."""
    part = tok if dep == "acl" else (head if dep == "xcomp" and head.dep_ == "acl" else None)
    if part is None or part.tag_ not in ("VBN", "VBG") or part.head.pos_ not in ("NOUN", "PROPN"):
        return None          # (a participle, not a "to V": "any decision to launch" is another matter)
    noun = part.head
    if not any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return None
    return f"'any {noun.text} ... {tok.text}': anyone of a kind, not an act done"


def seeming_will(tok, head, dep) -> Optional[str]:
    """ "it seems the Gulf states are happy to talk about ...", "the junta appears ready to expel the envoy":
    a readiness the writer only supposes (an intent adjective under "seem" or "appear") is no one's announcement and
    no act (why), or None; "Turkey is ready to withdraw", said or reported, stays an intention."""
    from eventwire.coding.clause_record import INTENT_ADJECTIVES
    if dep != "xcomp" or head.pos_ != "ADJ" or head.lower_ not in INTENT_ADJECTIVES \
            or head.dep_ not in ("acomp", "oprd") or not to_infinitive(tok):
        return None
    cop = head.head
    seem = cop if cop.lemma_.lower() in listed("V", "seeming") else (
        cop.head if cop.dep_ in ("xcomp", "ccomp") and cop.head.lemma_.lower() in listed("V", "seeming") else None)
    if seem is None:
        return None
    return f"'{seem.text} ... {head.text} to {tok.text}': a readiness the writer supposes, not announced nor done"


def what_it_takes(tok, head, dep) -> Optional[str]:
    """ "it will take more than goodwill to end the blockade", "it takes courage to confront them": what an act would
    need, not an act done (why), or None; "it took the army three days to capture the town" tells it done."""
    if dep not in ("xcomp", "advcl", "ccomp") or head.lemma_.lower() != "take" or _past(head) \
            or not to_infinitive(tok):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in head.children):
        return None
    if _takes_doer(head, tok):
        return None
    return f"'it {head.text} ... to {tok.text}': what it would take, not an act done"


def _takes_doer(take, tok) -> bool:
    """Whether "it takes" names who acts before the "to V": a dative, or the first of two objects ("it takes the
    army a week to retake each village", "it takes Kenyan troops days to clear a town"), or a named party ("it
    takes Turkey to ..."): the act is told of that party, as done (what it takes in time), not only needed."""
    objs = [c for c in take.children if c.i < tok.i and c.dep_ in ("dative", "dobj", "npadvmod", "iobj")
            and c.pos_ in ("NOUN", "PROPN")]
    if any(c.dep_ in ("dative", "iobj") for c in objs):
        return True
    first = next((c for c in objs if c.dep_ == "dobj"), None)
    return first is not None and (any(c.i > first.i for c in objs)
                                  or first.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"))


def unmade(tok, head, dep) -> Optional[str]:
    """ "has not taken any decision to deploy warships", "extracted no promise from Turkey to support": an
    intention noun that no one has (under "no", or the object of a negated verb) names no intention and no act
    (why), or None."""
    from eventwire.coding.modality import _negated, _noun_kind
    if dep not in ("acl", "relcl") or head.pos_ != "NOUN" or _noun_kind(head) != "intent" \
            or not to_infinitive(tok):
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children) or (
            head.dep_ == "dobj" and head.head.lemma_.lower() in listed("V", "making") and _negated(head.head)):
        return f"'{head.text} to {tok.text}' denied or lacking: no intention, no act"
    return None


def conjectured(tok, head, dep) -> Optional[str]:
    """The first of guessed, class_norm, first_to_come, any_member, seeming_will, what_it_takes, unmade that holds
    for `tok` under `head` by `dep`."""
    return guessed(tok, head, dep) or class_norm(tok, head, dep) or first_to_come(tok, head, dep) \
        or any_member(tok, head, dep) or seeming_will(tok, head, dep) or what_it_takes(tok, head, dep) \
        or unmade(tok, head, dep)

