"""Clauses, event-noun stage: the clause of an event noun, with its source from the light verb it is the object
of ("held talks with"), a "between" phrase, "went on strike", its "by" phrase, its possessor or actor modifier, or
the verb whose "in/during/after ..." phrase it heads; the governor's modality and status carry over. Also
`unwrap_quantity` ("a new round of talks" -> talks).
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.mover_nouns import noun_mover
from eventwire.coding import modality as assertion
from eventwire.coding.addressees import addressee
from eventwire.coding.clause_args import _backer, between_parties, hyphen_pair, noun_preps, preps_of, subject_of
from eventwire.coding.portions import portion_head
from eventwire.coding.clause_modality import _climb_modality
from eventwire.coding.clause_status import apply_status
from eventwire.coding.culprit_acts import culprit_clause
from eventwire.coding.forum_acts import forum_caster, forum_modifier
from eventwire.coding.clause_record import (INTENT_NOUNS, UNDERGONE_NOUNS, Clause, _child, _is_verbal, role_words,
                                          verb_key)
from eventwire.coding.decided_acts import decided_keeper
from eventwire.coding.tables import word_kind_sets
from eventwire.coding.tried import TRIED_NOUNS, tried_clause
from eventwire.coding.unasserted import made_outcome


# verbs whose subject gets what a "from" phrase sent ("received a warning from Israel"): data/coding/roles.tsv
RECEIVING_VERBS = role_words().get("receiving-verb", frozenset())
SENT_NOUNS = role_words().get("sent-noun", frozenset())
SENDER_ENTS = ("PERSON", "ORG", "GPE", "NORP")
# person nouns named for what was done to them ("a detainee"): their owner or modifier is whose person it is
UNDERGONE_PERSONS = role_words().get("undergone-person", frozenset())
# nouns of fighting whose name-compound is the enemy ("the Isis fight"): data/coding/roles.tsv enemy-compound
ENEMY_COMPOUND_NOUNS = role_words().get("enemy-compound", frozenset())
ARMED_MODIFIERS = role_words().get("armed-modifier", frozenset())
ARMED_ACT_NOUNS = role_words().get("armed-act-noun", frozenset())
ARMED_ACT_PREPS = frozenset({"in", "during", "amid", "since", "following"})
# participles whose "by" phrase names the act that comes after or before another ("followed by a ground attack")
SEQUENCE_PARTICIPLES = role_words().get("sequence-participle", frozenset())
# verbs of going whose "to" act noun of help names the one helped by its possessor ("came to Baghdad's aid")
HELPER_VERBS = role_words().get("helper-verb", frozenset())
HELP_NOUNS = role_words().get("help-noun", frozenset())


def _sender(noun, preps):
    """The one who sent a statement, letter or warning: its "from" phrase when that names someone ("a letter from
    the French foreign minister", "a warning from Israel"), not a place or a thing ("a letter from prison")."""
    if noun.lemma_.lower() not in SENT_NOUNS:
        return None
    p = preps.get("from")
    if p is None and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "on"):
        p = preps.get("of")       # "at the invitation of the Iraqi cabinet", "on the request of Kabul"
    if p is None or p.pos_ not in ("PROPN", "NOUN"):
        return None
    if p.pos_ == "PROPN" or p.ent_type_ in SENDER_ENTS or any(
            c.dep_ in ("compound", "amod", "poss") and (c.ent_type_ in SENDER_ENTS or c.pos_ == "PROPN")
            for c in p.children):
        return p
    return None


_NOUN_KINDS = word_kind_sets("nouns.tsv")
# nouns of a visit, whose place-name modifier is the place visited ("a UK state visit"): place_targets.tsv `visit`
_VISIT_NOUNS = word_kind_sets("place_targets.tsv").get("visit", frozenset())
# spans of time that, counted, stand for the act of their "of" phrase: data/coding/nouns.tsv `duration`
_DURATION_NOUNS = _NOUN_KINDS.get("duration", frozenset())
# the start of an act its "of" phrase names, acted by a light verb ("announced the launch of an offensive"):
# data/coding/nouns.tsv `phase`
_PHASE_NOUNS = _NOUN_KINDS.get("phase", frozenset())
# a part of an act in time ("the final phase of the offensive"): data/coding/nouns.tsv `stage`
_STAGE_NOUNS = _NOUN_KINDS.get("stage", frozenset())
QUANTITY_NOUNS = {"round", "series", "wave", "number", "string", "spate", "set", "new round", "flurry", "barrage", "volley"}


def _counted_span(noun) -> bool:
    """A series noun ("a series of"), or a counted span of time ("two days of", "several weeks of")."""
    lemma = noun.lemma_.lower()
    return lemma in QUANTITY_NOUNS or (lemma in _DURATION_NOUNS and any(
        c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in ("several", "few")) for c in noun.children))


def unwrap_quantity(noun):
    """ "a new round of talks" -> talks; "a series of attacks" -> attacks; a counted `duration` noun
    (data/coding/nouns.tsv): "two days of talks" -> talks; a `stage` noun before a common noun: "the final phase of
    the operation" -> operation."""
    lemma = noun.lemma_.lower()
    if lemma in _STAGE_NOUNS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return pobj if pobj is not None and pobj.pos_ == "NOUN" else noun
    if _counted_span(noun):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            return pobj
    return noun


def spanned_act(tok):
    """The act a counted span of time or a series in a verb's "in"/"during" phrase stands for, through a portion
    word: "killed in ten days of a bombing campaign" -> campaign, "in six weeks of one of the heaviest raids" ->
    raids; any other token (None included) is its own."""
    if tok is None or tok.pos_ != "NOUN":
        return tok
    inner = unwrap_quantity(tok)
    if inner.i == tok.i and _counted_span(tok):
        # "three days of shelling by X": the parser hangs the gerund on "of" as its complement
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), tok) if of is not None else tok
    return tok if inner.i == tok.i else portion_head(inner)


def span_top(tok):
    """The counted span or series a noun is the act of ("a bombing campaign" in "ten days of a bombing campaign":
    "days"), so that the span's preposition ties the act to its verb; the noun itself where none holds it."""
    top = up = tok
    for _ in range(3):
        if up.dep_ not in ("pobj", "pcomp") or up.head.lower_ != "of":
            break
        up = up.head.head
        if up.pos_ == "NOUN" and spanned_act(up).i == tok.i:
            top = up
    return top


def noun_clause(noun, light_verbs: frozenset) -> Optional[Clause]:
    """An event noun with its arguments, or None when it has no governor that can give it a source.

    Accepted: object of a light verb ("held talks with"), object of a preposition on a verb
    ("in a meeting with X"), or with an actor possessor / modifier ("Iran's support for", "US airstrikes on").
    What governs it may say the act is not asserted (coding/modality.py): the light verb's complement status
    ("urged Iraq to hold talks"), or, for a noun with its own source, its place in an irrealis or hypothetical
    phrase ("demands such as an end to Turkey's offensive", "a generalised assault by X would lead to").
    """
    cl = _noun_clause(noun, light_verbs)
    if cl is None:
        return None
    if (got := addressee(noun, cl.preps)) is not None:
        # "accepted US assurances to the Kurds", "assured him of Moscow's support": whom the act is addressed to
        cl.preps = {**cl.preps, got[0]: got[1]}
        cl.rule += f"; addressee: {got[2]}"
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children):
        cl.negated = True                # "having no talks with", "there was no attack"
    if cl.light_verb is not None and (made := made_outcome(noun)) is not None:
        cl.irrealis = f"'{cl.light_verb.text} {noun.text} ... {made.text}': a forecast, not an act done"
        return cl                        # "the pullout makes renewed fighting all but certain"
    if cl.light_verb is not None:
        return apply_status(cl, cl.light_verb)
    if (seq := _sequence_status(noun)) is not None:
        # "Israel will open with air strikes to be followed by an infantry push by X": announced as the strikes are
        negated, hyp, intent, intent_head, reported, refused = seq
        cl.negated, cl.hypothetical = cl.negated or negated, cl.hypothetical or hyp
        cl.intent, cl.reported, cl.refused = cl.intent or intent, cl.reported or reported, cl.refused or refused
        cl.intent_head = cl.intent_head if cl.intent_head is not None else intent_head
    kind, why = assertion.noun_status(noun)
    if kind == "irrealis":
        cl.irrealis = why
    elif kind == "intent" and why.startswith("'"):
        # "Trump's planned withdrawal", "the planned summit between X and Y": announced, not done (an intention)
        cl.intent = True
        cl.intent_head = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i
                               and why.startswith(f"'{c.text} ")), None)
    return cl


def _claim_of_another(noun, poss) -> bool:
    """ "called Ankara's allegation absurd", "repeated Moscow's claim": a claim or accusation a named possessor
    made is the possessor's, not an act of the verb's subject (no light verb reading)."""
    from eventwire.coding.nonevent import _is
    return poss is not None and poss.pos_ in ("PROPN", "NOUN") and (_is("accusation", noun) or _is("claim", noun))


def _named_act(noun, verb) -> bool:
    """ "called the arrests illegal", "called the expulsion a mistake": an act named in the object of a naming verb
    that gives it a label (an object predicate, a second object, or an adjective the parser hung at the object's end)
    is judged by the verb's subject, not done by it (no light verb reading: "called a strike" stays one)."""
    from eventwire.coding.context import NAMING_VERBS
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in NAMING_VERBS:
        return False
    if any(c.dep_ == "oprd" or (c.dep_ == "dobj" and c.i != noun.i) for c in verb.children):
        return True
    last = max(noun.subtree, key=lambda t: t.i)
    return last.pos_ == "ADJ" and last.dep_ == "amod" and last.i > last.head.i


def _noun_clause(noun, light_verbs: frozenset) -> Optional[Clause]:
    if (tried := tried_clause(noun)) is not None:
        return tried                    # "three journalists stood trial": they are tried (coding/tried.py)
    preps = noun_preps(noun)
    head = noun.head
    poss = _child(noun, {"poss"})
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj" \
            and (head.head.lemma_.lower() in QUANTITY_NOUNS
                 or head.head.lemma_.lower() in _PHASE_NOUNS and verb_key(head.head.head) in light_verbs):
        head = head.head.head                     # "began a new round of exercises": the verb governs the round
        # ("announced the launch of an offensive": a light verb acts the offensive through its start)
    sender = _sender(noun, preps)
    if sender is not None:
        # "received a warning from Israel": the sender is the source, the one who got it the target
        verb = head if noun.dep_ in ("dobj", "nsubjpass") and _is_verbal(head) else None
        # who got it: the subject of "received", or of the verb "at the invitation of X" hangs on ("came")
        if verb is not None and verb.lemma_.lower() in RECEIVING_VERBS:
            receiver_verb = verb
        elif verb is None and noun.dep_ == "pobj" and head.lower_ in ("at", "on") and _is_verbal(head.head):
            receiver_verb = head.head
        else:
            receiver_verb = None
        got = subject_of(receiver_verb)[0] if receiver_verb is not None and "to" not in preps else None
        if got is not None:
            preps = dict(preps)
            preps["to"] = got
        negated = hyp = intent = reported = refused = False
        intent_head = None
        if verb is not None:
            negated, hyp, intent, intent_head, reported, refused = _climb_modality(verb)
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=sender, preps=preps,
                      negated=negated, hypothetical=hyp, intent=intent, intent_head=intent_head, refused=refused,
                      reported=reported, subj_rule="its sender, named by a 'from' (or 'at the ... of') phrase",
                      rule=f"event noun '{noun.lemma_}' with its sender")
    # the light verb's object, its passive subject ("sanctions were imposed"), or the subject of an intransitive
    # use ("air strikes escalated"); not the subject of a verb with an object of its own ("clashes took place")
    if noun.dep_ == "nsubj" and head.dep_ == "conj" and head.head.i < noun.i < head.i \
            and verb_key(head.head) in light_verbs and _child(head.head, {"dobj"}) is None \
            and not any(t.pos_ in ("VERB", "AUX") or t.dep_ == "cc" for t in noun.doc[head.head.i + 1: noun.i]):
        # "launched, this afternoon, a wide attack on the village located ...": the parser, thrown by the
        # inserted time, made the light verb's object the subject of the next verb
        head = head.head
    if (noun.dep_ in ("dobj", "nsubjpass") or head.i != noun.head.i
            or (noun.dep_ in ("nsubj", "dep") and _child(head, {"dobj", "ccomp", "xcomp", "oprd", "acomp", "attr"}) is None
                and (noun.dep_ == "nsubj" or head.i < noun.i))) \
            and verb_key(head) in light_verbs and not _claim_of_another(noun, poss) and not _named_act(noun, head):
        verb = head
        subj, subj_rule = subject_of(verb)
        if (subj is None or subj.i == noun.i) and poss is not None and poss.lower_ == "whose" \
                and _relative_head(noun) is not None:
            # "ministers, whose purge of the judges widened": the ministers' purge, not the purge's
            subj, subj_rule = _relative_head(noun), "possessor (the noun 'whose' stands for)"
        for p, o in preps_of(verb).items():
            preps.setdefault(p, o)
        negated, hyp, intent, intent_head, reported, refused = _climb_modality(verb)
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=subj, preps=preps,
                      light_verb=verb, negated=negated, hypothetical=hyp, intent=intent, intent_head=intent_head,
                      reported=reported, refused=refused, subj_rule=subj_rule,
                      rule=f"event noun '{noun.lemma_}' as object of light verb '{verb.lemma_}'")
    parties = between_parties(preps)
    if parties is not None:
        # "clashes between herders and farmers": the first party is the source, the others the targets (and back)
        subj, other, subj_rule = parties
        if other is not None:
            preps = dict(preps)
            preps["with"] = other
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=subj, preps=preps,
                      subj_rule=subj_rule, rule=f"event noun '{noun.lemma_}' between parties")
    if (kept := decided_keeper(noun)) is not None and "by" not in preps:
        return _kept_clause(noun, poss, preps, *kept)    # "its decision to prolong his detention"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and _is_verbal(head.head) \
            and f"{head.head.lemma_.lower()} {head.lower_}" in light_verbs \
            and (head.head.lemma_.lower() not in HELPER_VERBS or noun.lemma_.lower() in HELP_NOUNS):
        # (a helper verb only with a noun of help: not "came to an end", "rallied to the cause")
        verb = head.head                           # "resorted to a lathicharge": a light verb with its preposition
        if verb.lemma_.lower() in HELPER_VERBS:
            helped = poss if poss is not None and poss.pos_ in ("PROPN", "NOUN") else preps.get("of")
            if helped is not None:
                # "the UK is coming to Baghdad's aid", "rushed to the defence of Kiev": the possessor or "of" phrase
                # is the one helped, the verb's subject the helper (not "aid against the militants")
                preps = {p: o for p, o in preps.items() if p not in ("against", "of")}
                preps.update({"to": helped, "for": helped, "of": helped})
        subj, subj_rule = subject_of(verb)
        negated, hyp, intent, intent_head, reported, refused = _climb_modality(verb)
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=subj, preps=preps, light_verb=verb,
                      negated=negated, hypothetical=hyp, intent=intent, intent_head=intent_head, refused=refused,
                      reported=reported, subj_rule=subj_rule,
                      rule=f"event noun '{noun.lemma_}' as object of light verb '{verb.lemma_} {head.lower_}'")
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("go", "stage", "remain", "be") \
            and _is_verbal(head.head):
        verb = head.head                           # "went on strike"
        if _state_of_another(noun, verb) or noun.lemma_.lower() in TRIED_NOUNS:
            return None                            # (one who goes on trial is tried, if people: coding/tried.py)
        subj, subj_rule = subject_of(verb)
        negated, hyp, intent, intent_head, reported, refused = _climb_modality(verb)
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=subj, preps=preps, light_verb=verb,
                      negated=negated, hypothetical=hyp, intent=intent, intent_head=intent_head, refused=refused,
                      reported=reported, subj_rule=subj_rule, rule=f"'{verb.lemma_} on {noun.lemma_}'")
    by = preps.get("by")
    if by is not None and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        # "an attack by militants on a convoy"
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=by, preps=preps,
                      subj_rule="'by' phrase", rule=f"event noun '{noun.lemma_}' with its agent")
    if noun.dep_ == "pobj" and (blamed := culprit_clause(noun, preps, poss)) is not None:
        return blamed                    # "the junta was responsible for the massacre of X" (coding/culprit_acts.py)
    if poss is not None and poss.lower_ == "whose":
        owner = _relative_head(noun)
        if owner is not None:            # "Iranian ministers, whose purge of the judges widened": the ministers
            return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=owner, preps=preps,
                          subj_rule="possessor",
                          rule=f"event noun '{noun.lemma_}' with possessor ('whose': the noun before it)")
    undergone = _undergone_owner(noun, poss, preps)
    if undergone is not None and noun.lemma_.lower() in UNDERGONE_PERSONS:
        return None                     # "a Swedish detainee said": a person, whose modifier names no doer
    if undergone is not None:
        # "Flynn's sentencing": the possessor is the one it is done to ("the sentencing of Flynn")
        preps = dict(preps)
        preps["of"] = undergone
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=None, preps=preps,
                      subj_rule="none: the possessor or modifier is the one it is done to",
                      rule=f"event noun '{noun.lemma_}' done to its possessor or modifier")
    if poss is not None and poss.pos_ in ("PROPN", "NOUN"):
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=poss, preps=preps,
                      subj_rule="possessor", rule=f"event noun '{noun.lemma_}' with possessor")
    for c in noun.children:
        if _actor_modifier(c, noun) and c.dep_ == "compound" and noun.lemma_.lower() in ENEMY_COMPOUND_NOUNS \
                and c.ent_type_ not in ("GPE", "NORP") and "against" not in preps:
            # "the Isis fight": the fight against Isis (a name before it; "the Kurdish fight" stays theirs)
            preps = dict(preps)
            preps["against"] = c
            return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=None, preps=preps,
                          subj_rule="none: a name before the fight is its enemy",
                          rule=f"event noun '{noun.lemma_}' against the name before it")
        if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") and c.i < noun.i and "to" not in preps \
                and noun.lemma_.lower() in _VISIT_NOUNS:
            # "a UK state visit", "his Paris trip": a place's name before a visit is the place visited, not the visitor
            preps = dict(preps)
            preps["to"] = c
            return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=poss, preps=preps,
                          subj_rule="possessor; a place's name before a visit is the place visited",
                          rule=f"event noun '{noun.lemma_}' to the place before it")
        if _actor_modifier(c, noun) and "with" not in preps and hyphen_pair(noun, c) is not None:
            # "the Putin-Erdogan meeting", "the Iran-Iraq war": the first name's party acts with the second's (and back:
            # coding/reciprocal.py)
            first, second = hyphen_pair(noun, c)
            preps = dict(preps)
            preps["with"] = second
            return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=first, preps=preps,
                          subj_rule="first party of a hyphenated pair",
                          rule=f"event noun '{noun.lemma_}' between the parties of '{first.text}-{second.text}'")
        if _actor_modifier(c, noun) and not forum_modifier(noun, c) and not _name_tail(noun, c):
            return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=c, preps=preps,
                          subj_rule="actor modifier", rule=f"event noun '{noun.lemma_}' with actor modifier")
    if (caster := forum_caster(noun)) is not None:
        # "its Security Council veto": the council is where it is cast; "its" casts it (coding/forum_acts.py)
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=caster, preps=preps,
                      subj_rule="possessor", rule=f"event noun '{noun.lemma_}' with possessor (cast in a body)")
    if noun.lemma_.lower() in ARMED_ACT_NOUNS and (noun.dep_ in ("nsubj", "nsubjpass") or (
            noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ARMED_ACT_PREPS)):
        # (only the act told as such: "the attack killed", "killed in a militant attack"; not the object of another
        # verb, whose subject may be its doer or its means: "Isis conducted terrorist attacks", "ousted by a rebel
        # assault", nor "for carrying out bombings", "with every terrorist attack")
        armed = next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                      and c.lemma_.lower() in ARMED_MODIFIERS), None)
        if armed is not None:
            # "the insurgent raid on French bases", "a rebel offensive": armed people named by the modifier
            return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=armed, preps=preps,
                          subj_rule="armed modifier", rule=f"event noun '{noun.lemma_}' with armed modifier")
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "during", "at", "after", "following") \
            and _is_verbal(head.head) and preps and (mover := noun_mover(noun)) is not None:
        # "took the town after the withdrawal of the Isis fighters": the fighters withdrew (coding/mover_nouns.py)
        negated, hyp, intent, intent_head, reported, refused = _climb_modality(head.head)
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=mover,
                      preps={p: o for p, o in preps.items() if p != "of"},
                      negated=negated, hypothetical=hyp, intent=intent, intent_head=intent_head, refused=refused,
                      subj_rule="'of' phrase of a noun of moving",
                      rule=f"event noun '{noun.lemma_}' in a '{head.lower_} ...' phrase of '{head.head.lemma_}'; "
                           f"its mover in the 'of' phrase")
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "during", "at", "after", "following") \
            and _is_verbal(head.head) and preps:
        verb = head.head
        subj, subj_rule = subject_of(verb)
        negated, hyp, intent, intent_head, reported, refused = _climb_modality(verb)
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=subj, preps=preps,
                      negated=negated, hypothetical=hyp, intent=intent, intent_head=intent_head, refused=refused,
                      subj_rule=subj_rule + f" of '{verb.lemma_}'",
                      rule=f"event noun '{noun.lemma_}' in a '{head.lower_} ...' phrase of '{verb.lemma_}'")
    return None


def _actor_modifier(c, noun) -> bool:
    """Whether the child `c` of the event noun is a name or nationality before it that may be its doer ("the Iraqi
    offensive", "the Putin-Erdogan meeting"), not a backer's ("a Rwandan-backed push")."""
    return (c.dep_ in ("compound", "amod") or _armed_nmod(c, noun)) \
        and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN") and c.i < noun.i and not _backer(c)


def _armed_nmod(c, noun) -> bool:
    """Whether `c` is a name the parser read as a modifier of the adjective after it rather than of the armed act noun
    (roles.tsv `armed-act-noun`) it stands before: "US military airstrikes", "UK punitive strikes" (the `nmod` of
    noun_args.noun_agent); that name's state or group did the act."""
    if c.dep_ != "nmod" or noun.lemma_.lower() not in ARMED_ACT_NOUNS or c.i + 1 >= noun.i:
        return False
    a = noun.doc[c.i + 1]
    # (the word right after it, no name itself: not "joint US, French and British airstrikes", whose names the
    # coordinated modifier gives)
    return a.head.i == noun.i and a.dep_ in ("amod", "compound") and a.ent_type_ not in ("GPE", "NORP", "ORG") \
        and a.pos_ != "PROPN"


def _name_tail(noun, c) -> bool:
    """Whether the capitalised modifier `c` is the last word of a name "X of the Y" that the parser split, hanging
    "of the Y" on X and Y on the noun ("his State of the Union address", "the Day of the Dead parade"): part of the
    name of the occasion, not an actor of the act the noun names."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i >= of.i or not of.head.text[:1].isupper() \
            or of.head.pos_ not in ("PROPN", "NOUN") or not c.text[:1].isupper() \
            or of.head.ent_type_ in ("PERSON", "GPE", "NORP"):
        return False          # ("informed Erdogan of the US withdrawal": a person told of it, no name)
    return all(t.lower_ in ("the", "of") or t.text[:1].isupper() for t in noun.doc[of.head.i:c.i + 1]) \
        and noun.doc[of.i + 1].lower_ == "the"


def _state_of_another(noun, verb) -> bool:
    """Whether "X is on N" tells no act of X (data/coding/nouns.tsv): N an `on-patient` noun, whose subject is what is
    offered or shown ("only a limited autonomy is on offer", "the files are on display"), or the subject an
    `on-topic` noun, the focus of someone's attention ("the focus was on intelligence"), not "went on strike"."""
    from eventwire.coding.context import noun_classes
    classes = noun_classes()
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return noun.lemma_.lower() in classes.get("on-patient", ()) \
        or (subj is not None and subj.lemma_.lower() in classes.get("on-topic", ()))


def _kept_clause(noun, poss, preps, subj, subj_rule, verb) -> Clause:
    """The clause of an act noun a decision keeps going, done by who decided (coding/decided_acts.py); its possessor
    is the one it is done to ("his detention"); an intention noun's act is announced, a decision's done."""
    undergone = _undergone_owner(noun, poss, preps)
    if undergone is not None:
        preps = dict(preps)
        preps["of"] = undergone
    negated = hyp = intent = reported = refused = False
    intent_head = None
    if verb.head.lemma_.lower() in INTENT_NOUNS:
        negated, hyp, intent, intent_head, reported, refused = _climb_modality(verb)
    return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=subj, preps=preps, negated=negated,
                  hypothetical=hyp, intent=intent, intent_head=intent_head, reported=reported, refused=refused,
                  subj_rule=subj_rule, rule=f"event noun '{noun.lemma_}' kept going by a decision ('{verb.lemma_}')")


def _sequence_status(noun) -> Optional[tuple]:
    """The modality flags (as `_climb_modality` gives them) of the act an event noun comes after or before, when the
    noun is the "by" phrase of a `sequence-participle` of data/coding/roles.tsv hung on that act: the verb itself
    ("will launch airstrikes, followed by a ground assault by X") or the verb an act noun is the object of ("will
    open with air strikes to be followed by an infantry push by X"); None otherwise. The act that follows is done,
    announced or supposed as the one it follows ("bombed the town, followed by an assault by X": done)."""
    by = noun.head
    if noun.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return None
    part = by.head
    if part.tag_ != "VBN" or part.lemma_.lower() not in SEQUENCE_PARTICIPLES or part.dep_ not in ("acl", "advcl"):
        return None
    prior = part.head
    for _ in range(3):                    # (from the act noun up to the verb it is the object of)
        if _is_verbal(prior) and prior.pos_ != "NOUN":
            return _climb_modality(prior)
        if prior.dep_ not in ("dobj", "pobj", "prep", "nsubjpass") or prior.head.i == prior.i:
            return None
        prior = prior.head
    return None


def _undergone_owner(noun, poss, preps):
    """The possessor or actor modifier an event noun is done to, or None: the possessor of an undergone noun with no
    "of" or "by" phrase of its own ("Flynn's sentencing", "the pastor's release"; not "Turkey's detention of a US
    citizen"), or the actor modifier of a person noun of what was done to that person ("a Swedish detainee", "Isis
    exiles"; a possessor is who did it: "Assad's detainees"): data/coding/roles.tsv undergone-noun, undergone-person."""
    if "of" in preps or "by" in preps:
        return None
    lemma = noun.lemma_.lower()
    if poss is not None and poss.pos_ in ("PROPN", "NOUN") and lemma in UNDERGONE_NOUNS:
        return poss                     # (not "Assad's detainees": those Assad holds)
    if lemma in UNDERGONE_PERSONS:
        return next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                     and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN")), None)
    return None


def _relative_head(tok):
    """The noun a relative clause modifies, for a token inside that clause ("officials, whose crackdown ..."), or
    None: up to four steps to the clause's verb, which must hang on a noun before it; None for an event noun done to
    its possessor ("a reporter, whose release ...": data/coding/roles.tsv undergone-noun)."""
    if tok.lemma_.lower() in UNDERGONE_NOUNS or tok.lower_ in UNDERGONE_NOUNS:
        return None
    t = tok
    for _ in range(4):
        if t.dep_ == "relcl":
            return t.head if t.head.pos_ in ("NOUN", "PROPN") and t.head.i < tok.i else None
        if t.head.i == t.i:
            return None
        t = t.head
    return None
