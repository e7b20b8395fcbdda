"""Clauses, modality stage: the flags a clause carries (negated, hypothetical, intent, reported, refused), from
the predicate's own auxiliaries, negation, subordinators and question form (`modality`) and from what it inherits
climbing through its governors (`_climb_modality`: "pledged to send", "urged Iraq to withdraw", "denied that ...",
"will investigate when they take control"). The status coding/modality.py gives a clause from what governs it
(`apply_status`) is the next stage: coding/clause_status.py.
"""
from __future__ import annotations

import functools

from eventwire.coding.doer_nouns import effort_clause
from eventwire.coding.tables import aux_words, word_kind_sets
from eventwire.coding.own_tense import contrasted_tense
from eventwire.coding import modality as assertion, sought
from eventwire.doc_index import dep_children, per_token, to_infinitive
from eventwire.coding.patient_participles import causative_patient
from eventwire.coding.clause_record import (ALLEGING_HEADS, CONTROL_HEADS, DEMANDING_HEADS,
    DEMANDING_SPEECH, DENYING_HEADS, FUTURE_AUX, HYPOTHETICAL_AUX, HYPOTHETICAL_MARKS, INCAPABLE_ADJECTIVES,
    INTENT_ADJECTIVES, INTENT_HEADS, INTENT_NOUNS, NEGATING_ADJECTIVES, NEGATING_ADVERBS, NEGATING_HEADS,
    JOINT_CONTROL, OBJECT_CONTROL, PASSIVE_SUBJ_DEPS, PREP_CONTROL, REFUSING_HEADS, REQUEST_HEADS, SUBJ_DEPS, _child, _is_verbal,
    object_complement, verb_key)

_TO_COME_AUX = aux_words("future", "would")



def _with_modality(flags, verb):
    """(negated, hypothetical, intent) joined with those the verb's own modality says."""
    n2, h2, f2 = modality(verb)
    return flags[0] or n2, flags[1] or h2, flags[2] or f2

def _name_read_as_modal(aux) -> bool:
    """A capitalised "Will", "May" or "Can" that opens its sentence and is followed by a finite verb ("Will was
    shot", "May has said"): a person's name the tagger took for a modal, which no finite verb can follow."""
    doc = aux.doc
    if aux.tag_ != "MD" or not aux.text[:1].isupper() or aux.i != aux.sent.start or aux.i + 1 >= len(doc):
        return False
    return doc[aux.i + 1].tag_ in ("VBD", "VBZ", "VBP")


def _inverted_nor(tok) -> bool:
    """ "Nor did it say ...", "did not fire, nor did it arrest ...": a "nor" before the verb's own subject (the
    inverted order of a negated clause), on the verb or, for a conjunct, on the verb it is coordinated with."""
    doc = tok.doc
    kids = dep_children(doc)
    subj = next((i for i, dep in kids[tok.i] if dep in ("nsubj", "nsubjpass")), None)
    if subj is None or subj > tok.i:
        return False
    cands = kids[tok.i] + (kids[tok.head.i] if tok.dep_ == "conj" else ())
    before = [i for i, dep in cands if dep in ("cc", "preconj") and i < subj]
    # (the conjunction nearest the subject: not "neither freed them nor released them, and the army stormed ...")
    return bool(before) and doc[max(before)].lower_ == "nor"


@per_token("eventwire.modality")
def modality(tok):
    """(negated, hypothetical, future) from the verb's own auxiliaries, negation and subordinators."""
    negated = hyp = fut = False
    if _inverted_nor(tok):
        negated = True                   # "Nor did the police arrest anyone", "..., nor did it arrest the organisers"
    for c in tok.children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in ("never",)) \
                or (c.dep_ == "advmod" and low in NEGATING_ADVERBS and tok.pos_ == "ADJ"):
            negated = True
        elif c.dep_ in ("aux", "auxpass") and _name_read_as_modal(c):
            continue
        elif c.dep_ in ("aux", "auxpass"):
            if low in FUTURE_AUX and not _done_already(tok):
                fut = True
            elif low in HYPOTHETICAL_AUX:
                hyp = True
        elif c.dep_ == "mark" and low in HYPOTHETICAL_MARKS:
            hyp = True
        elif c.dep_ in ("nsubj", "nsubjpass") and _no_one(c):
            hyp = True                   # "neither Britain nor France has ratified", "no country has", "few have":
                                         # no one's act (not a refusal: no one refused)
        elif c.dep_ == "prep" and _no_way(c):
            negated = True               # "in no way condemns", "by no means backs": denied outright
    if not hyp and _set_aside(tok):
        hyp = True                       # "sent frigates rather than blockading the port": the act not chosen
    if not hyp and _asks(tok):
        hyp = True                       # "will Russia hit back?", "did Turkey shell the town?": a question
    if not hyp and _imperative(tok):
        hyp = True                       # "'Release the prisoners,' the commander told them": asked for, not done
    return negated, hyp, fut


def _done_already(tok) -> bool:
    """A future perfect with "already" ("the ministry will already have shared some files with them"): an inference
    about what is done by now, not an act to come (no intention)."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children) \
        and any(c.dep_ == "advmod" and c.lower_ == "already" for c in tok.children)


# words an imperative may follow at the opening of its sentence or quotation ("Do not attack", "Please leave")
# verbs whose "to V" complement is their subject's own account of what it did ("claims to have taken the town")
CLAIMING_HEADS = frozenset({"claim", "purport", "profess"})
# verbs whose passive with a "to V" tells what others say or hold ("is said to have fled", "are believed to hold")
HEARSAY_HEADS = frozenset({"say", "believe", "think", "report", "rumour", "rumor", "understand", "suppose", "presume",
                           "reckon", "assume", "consider"})
IMPERATIVE_LEAD = frozenset({"do", "not", "n't", "please", "just", "now", "simply", "immediately", "so"})
# marks that open a quotation or what is said
QUOTE_OPENERS = frozenset({"“", '"', "‘", "'", ":", "—", "–"})


def _imperative(tok) -> bool:
    """An order or call: a base-form verb with no subject and no auxiliary but "do" that opens its sentence or a
    quotation ("'Release the prisoners and stop bombing our villages,' the commander told the government", "Think
    twice before you throw your futures away!"); its conjuncts, complements and time clauses inherit it through the
    climb. What it names is asked for, not done (not "Turkey let the rebels cross", "they would rather go fight")."""
    if tok.tag_ != "VB" or tok.dep_ not in ("ROOT", "ccomp", "advcl", "parataxis"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") or (c.dep_ in ("aux", "auxpass")
                                                                 and c.lemma_.lower() != "do") for c in tok.children):
        return False
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].lower_ in IMPERATIVE_LEAD:
        i -= 1
    return i < tok.sent.start or tok.doc[i].text in QUOTE_OPENERS


_NONE_SUBJECTS = assertion.NEG_SUBJECTS | {"few", "neither"}     # ("nobody knows": modality.py)


def _no_one(subj) -> bool:
    """Whether a subject says no one did it: "nobody", "none", "few", "neither", or a subject determined by "no" or
    opened by "neither" ("no country", "neither Britain nor France")."""
    return subj.lower_ in _NONE_SUBJECTS or any(
        g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither") for g in subj.children)


def _no_way(prep) -> bool:
    """ "in no way", "by no means", "in no sense": a prepositional phrase that negates its verb."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (prep.lower_, obj.lower_) in (("in", "way"), ("by", "means"), ("in", "sense")) \
        and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)


def _set_aside(tok) -> bool:
    """A V-ing right after "instead of" or "rather than", however the parser hung it ("sent two frigates rather
    than blockading the port", with "than" read as a conjunction); a bare verb right after "rather than" or "other
    than" ("chose to die rather than surrender", "to do anything other than send aid"): the act not chosen."""
    doc = tok.doc
    if tok.i < 2 + tok.sent.start:
        return False
    before = (doc[tok.i - 2].lower_, doc[tok.i - 1].lower_)
    if tok.tag_ == "VB":
        return before in (("rather", "than"), ("other", "than"))
    return tok.tag_ == "VBG" and before in (("instead", "of"), ("rather", "than"))


def _alternative_prep(prep) -> bool:
    """Whether a preposition opens the act set aside for another: "instead of V-ing", "rather than V-ing" (the parser
    hangs "instead"/"rather" on the preposition, or the preposition on "instead"/"rather")."""
    if prep.lower_ not in ("of", "than"):
        return False
    word = "instead" if prep.lower_ == "of" else "rather"
    return prep.head.lower_ == word or any(c.dep_ == "advmod" and c.lower_ == word for c in prep.children)


def _asks(tok) -> bool:
    """Whether a verb puts a question by inversion: an auxiliary before its subject, in a sentence that ends with a
    question mark ("will Russia hit back when ...?"); not "Russia will hit back, won't it?"."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not any(c.dep_ in ("aux", "auxpass") and c.i < subj.i and not _name_read_as_modal(c)
                               for c in tok.children):
        return False
    last = next((t for t in reversed(tok.sent) if not t.is_space and t.text not in ('"', "\u201d", "'", "\u2019")), None)
    if last is not None and last.text == "?":
        return True
    # a quoted question the sentence goes on to attribute ("'Why are we fighting there?' the senator asked"):
    # the first stop after the verb is the question mark, closed by a quotation mark
    stop = next((t for t in tok.doc[tok.i + 1: tok.sent.end] if t.text in ("?", ".", "!")), None)
    return stop is not None and stop.text == "?" and stop.i + 1 < tok.sent.end \
        and any(t.text in ('"', "\u201d") for t in tok.doc[stop.i + 1: min(stop.i + 3, tok.sent.end)])


def _split_conjunct(tok):
    """The "to V" complement a bare verb is really coordinated with when the parser hung it on the governing verb
    ("the US wants to defeat Isis, and reassure its allies": "reassure" is wanted too), or None."""
    head = tok.head
    if tok.tag_ != "VB" or head.tag_ not in ("VBZ", "VBD", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < tok.i
                 and to_infinitive(c)), None)


def _made_to_aim(verb) -> bool:
    """Whether an object-control verb ("persuade", "force") is itself only attempted, planned or supposed: "trying
    to persuade X to V", "will force X to V" (then X's act is only what someone seeks, not X's own intention)."""
    negated, hyp, intent, _head, *_ = _climb_modality(verb)
    return bool(hyp or intent) and not negated


@functools.lru_cache(maxsize=1)
def _signal_heads() -> frozenset:
    """Verbs whose V-ing (object or "at"/"about" phrase) is a course only hinted at or floated: aim_heads.tsv `signal`."""
    return word_kind_sets("aim_heads.tsv").get("signal", frozenset())


def _climb_modality(verb):
    """Modality of a verb, including what it inherits from its governors."""
    negated, hyp, fut = modality(verb)
    intent = fut
    refusing = negated and fut             # "will not lift the ban"
    # "X will withdraw if Y ...": a conditional offer or threat, coded as an intention (not a verb of speech:
    # "warned of a catastrophe if the attack goes ahead" is a warning now; the condition is part of what is said)
    if verb.lemma_.lower() not in DEMANDING_SPEECH and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in verb.children):
        intent = True
    intent_head = None
    reported = False
    unable = False                         # negated by an incapacity ("unable to defend"): no refusal
    tok = verb
    serial = None
    for _ in range(8):
        dep = tok.dep_
        head = tok.head
        if head is tok:
            break
        if dep == "conj" and _split_conjunct(tok) is not None:
            tok = _split_conjunct(tok)   # "wants to defeat Isis, and reassure its allies": one more "to V"
            continue
        if dep == "relcl" and (did := effort_clause(tok)) is not None:
            tok = did                    # "promised to do everything to protect": as done as "do" (doer_nouns.py)
            continue
        if object_complement(tok) is not None or causative_patient(tok) is not None:
            # "a bill that would keep the clinics funded", "trying to have the rebels extradited" (misparsed with the
            # noun as the participle's subject: coding/patient_participles.py): the participle is as done as its verb
            head = object_complement(tok) or tok.head
            negated, hyp, intent = _with_modality((negated, hyp, intent), head)
            tok = head
            continue
        if dep == "conj":
            n2, h2, f2 = modality(head)
            if not any(c.dep_ in ("aux", "neg") for c in tok.children) and not contrasted_tense(tok, head):
                # ("will not join the strikes, but supports": coding/own_tense.py)
                negated = negated or n2
                hyp = hyp or h2
                intent = intent or f2
            tok = head
            continue
        if _claim_content(tok):
            reported = True              # "the ministry's claim that its jets killed 40 fighters", "with witnesses
            break                        # claiming the fighters lost a battle": the claimer's account, not asserted
        if dep == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in INTENT_NOUNS \
                and to_infinitive(tok):
            intent = True                # "Turkey's plan to attack", "a bid to retake the city": announced, not done
            intent_head = head
            break
        if dep in ("xcomp",) or (dep == "advcl" and _child(tok, {"aux"}) is not None and _child(tok, {"aux"}).lower_ == "to"):
            hl = head.lemma_.lower()
            if head.pos_ == "ADJ" and hl in INTENT_ADJECTIVES and any(
                    c.dep_ in ("advmod", "neg") and c.lower_ in NEGATING_ADVERBS | {"not", "n't", "never"}
                    for c in list(head.children) + (list(head.head.children) if head.dep_ == "acomp" else [])):
                negated = True           # "are hardly likely to attack", "is not ready to send"
                break
            if head.pos_ == "ADJ" and hl in INTENT_ADJECTIVES:
                intent = True            # "was willing to withdraw", "is ready to send"
                intent_head = head
                tok = head
                continue
            if head.pos_ == "ADJ" and (hl in NEGATING_ADJECTIVES or any(c.lower_ == "too" for c in head.children)):
                negated = True           # "was unable to capture the town", "had been too slow to deliver tanks"
                unable = unable or hl in INCAPABLE_ADJECTIVES or any(c.lower_ == "too" for c in head.children)
            if head.pos_ == "ADJ" and head.dep_ == "acomp" and _is_verbal(head.head):
                # "was able to push back", "will be able to enter", "was not able to reach": the copula's modality
                negated, hyp, intent = _with_modality((negated, hyp, intent), head.head)
                tok = head.head
                continue
            if hl in ("be", "have") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children) \
                    and to_infinitive(tok):
                negated = True           # "Turkey is yet to offer", "has yet to withdraw": not done
                break
            if hl == "have" and (head.tag_ in ("VBP", "VBZ") or (head.tag_ == "VB" and any(
                    c.dep_ == "aux" and c.lower_ in _TO_COME_AUX for c in head.children))) \
                    and to_infinitive(tok):
                # ("will have to address": an obligation to come)
                hyp = True               # "we have to reinforce", "Turkey has to withdraw": an obligation, like "must"
                break                    # (past "had to withdraw" says it was done)
            if hl == "ought" and to_infinitive(tok):
                hyp = True               # "Washington ought to clarify" read as a verb "ought": an obligation, like
                break                    # "should" (what the speaker asks of it, not its act)
            if _present_obligation(head) and to_infinitive(tok):
                hyp = True               # "we have got to reinforce", "troops are obliged to withdraw": an obligation
                break                    # (past "were obliged to withdraw" says it was done)
            if hl in ("allege", "suspect", "rumor", "rumour") and to_infinitive(tok):
                hyp = True               # "the people he is alleged to have shot": an allegation
                break
            if hl in CLAIMING_HEADS and _child(tok, {"aux"}) is not None and _child(tok, {"aux"}).lower_ == "to":
                reported = True          # "Turkey claims to have taken the town": its own account, told, not asserted
            if mistaken_report(head) and _child(tok, {"aux"}) is not None and _child(tok, {"aux"}).lower_ == "to":
                negated = True           # "was mistakenly thought to be killed": told, and untrue
                break
            if hl in HEARSAY_HEADS and any(c.dep_ == "auxpass" for c in head.children) \
                    and to_infinitive(tok):
                reported = True          # "the gunmen are said to have stormed the village", "is believed to be
                #                          holding hostages": hearsay, told, not asserted by the writer
            if hl in NEGATING_HEADS:
                negated = True
                refusing = refusing or hl in REFUSING_HEADS
            elif hl in REQUEST_HEADS and (_child(head, {"dobj"}) is not None or verb_key(head) in PREP_CONTROL or any(
                    c.dep_ == "prep" and hl + " " + c.lower_ in PREP_CONTROL for c in head.children)):
                hyp = True               # "urged Iraq to withdraw", "called on Sudan to release": asked for, not done
                break
            elif hl in OBJECT_CONTROL and hl not in JOINT_CONTROL and _child(head, {"dobj"}) is not None \
                    and _made_to_aim(head):
                hyp = True               # "trying to persuade the militants to relent", "plans to force them to
                break                    # leave": the object's act is only sought ("forced them to leave" stays)
            elif hl in INTENT_HEADS or _prospective(head) or (hl in _signal_heads() and tok.tag_ == "VBG"):
                intent = True            # "plans to attack"; "is going to protect", "is set to deploy", "is poised to"
                intent_head = head
            negated, hyp, intent = _with_modality((negated, hyp, intent), head)
            tok = head
            continue
        if dep == "acomp" and tok.pos_ == "ADJ" and _is_verbal(head) and head.lemma_.lower() == "be":
            # "whether locals are ready to welcome the troops": the copula of an adjective the climb reached
            negated, hyp, intent = _with_modality((negated, hyp, intent), head)
            tok = head
            continue
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in ("at", "about") \
                and head.head.lemma_.lower() in _signal_heads() and head.head.pos_ == "VERB":
            intent = True                # "hinted at relaxing the ban": a course hinted at, announced, not done
            intent_head = head.head
            negated, hyp, intent = _with_modality((negated, hyp, intent), head.head)
            tok = head.head
            continue
        if dep == "pcomp" and head.dep_ == "prep" and (head.lower_ in ("against", "from", "without", "instead")
                                                        or _alternative_prep(head)) \
                and (head.lower_ != "from" or _is_verbal(head.head)):
            # (not "the toll from fighting on Friday", whose "from" hangs on a noun)
            hyp = True                   # "warned Japan against sending warships", "refrained from attacking",
            break                        # "instead of pulling out, the militia shelled the posts": not chosen
        if dep == "pcomp" and head.dep_ == "prep" and assertion._governing_verb(tok) is not None \
                and head.head.lemma_.lower() not in ALLEGING_HEADS:
            # "could withdraw before attacking", "will Russia retaliate by striking ...?": what the governing act
            # is, hypothetical or asked for, its manner or time is too (not its negation: "left without firing");
            # so is an intention a head announces ("are getting ready to assist in seizing the city": planned, not
            # done), but not an attempt ("tried to retake it by shelling": the shelling was done), a bare future
            # ("in criticising the withdrawal, she won't admit ...") or a time ("has threatened to push deeper since
            # sending troops into Afrin": sent)
            _, g_hyp, g_intent, g_head, *_ = _climb_modality(head.head)
            hyp = hyp or g_hyp
            if g_intent and not intent and g_head is not None and g_head.lemma_.lower() not in CONTROL_HEADS \
                    and head.lower_ in ("in", "by", "through", "via"):
                intent, intent_head = True, g_head
            break
        if (dep == "pcomp" or (dep == "pobj" and tok.tag_ == "VBG")) and head.dep_ == "prep" \
                and head.head.lemma_.lower() in ALLEGING_HEADS:
            hyp = True                   # "accused Doha of supporting terrorism": an allegation, not an act (the
            #                              parser reads some V-ings as the object: "accused of planning ... attacks")
            break
        if dep in ("pcomp", "pobj") and head.dep_ == "prep" and head.head.dep_ in ("dobj", "pobj") \
                and head.head.head.lemma_.lower() in ALLEGING_HEADS:
            hyp = True                   # "accused Doha of ... " where "of" hangs on the object
            break
        if dep == "ccomp":
            hl = head.lemma_.lower()
            if _reduced_relative_head(head, tok) or _modifier_read_as_verb(head, tok):
                break                    # "gunmen suspected to be militants stormed the village": the main verb
            if _exhortation(head):
                hyp = True               # "let us fight for ourselves", "let them talk": urged, not done
                break
            if hl in DEMANDING_HEADS and not _tensed_past_or_present(tok):
                hyp = True               # "demanded that Moscow withdraw": asked for, not done
                break                    # ("reports suggest the army has entered the town" is reported)
            if hl in DENYING_HEADS or mistaken_report(head):
                negated = True           # "denied that its forces had attacked the port", "falsely claimed that"
                break
            if hl in ALLEGING_HEADS:
                hyp = True               # "alleged that troops had fired on protesters"
                break
            if sought.unsaid(head):
                hyp = True               # "will announce that Isis has been defeated": nothing said yet (sought.py)
                break
            # "said it would send": future-in-the-past under a reporting verb is an intention
            reported = True
            if any(c.lower_ == "would" and c.dep_ == "aux" for c in (tok if serial else verb).children) \
                    and not _preference(tok):
                hyp = False
                intent = True
            break
        if dep == "advcl" and _serial(tok, head):
            # "would rather go fight them", "will go and fight": the verb of motion's modality is the act's own
            negated, hyp, intent = _with_modality((negated, hyp, intent), head)
            tok = serial = head
            continue
        if dep == "advcl" and _accompanying(tok):
            # "we will be leaving while continuing to fight them", "could withdraw while keeping the bases": what
            # goes with an act to come is to come too, as that act is (not "left while firing": done)
            _, h_hyp, h_fut = modality(head)
            if h_hyp or h_fut:
                hyp, intent = hyp or h_hyp, intent or h_fut
                tok = head
                continue
        if dep == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ in SUBJ_DEPS | {"mark"} for c in tok.children) \
                and _asks(head):
            hyp = True                   # "why are we staying there, killing their enemies for them?": the
            break                        # participle that goes with a questioned act is asked about too
        if dep == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in tok.children):
                hyp = True
            elif _future_time_clause(tok, head):
                hyp = True               # "will investigate when they take control", "may die as forces storm"
            break
        break
    # ("will be unable to protect their villages" is no refusal: a lack of means, not of will)
    return negated, hyp, intent, intent_head, reported, refusing or (negated and intent and not unable)


def mistaken_report(head) -> bool:
    """A verb of saying, believing or claiming with an adverb that says what it tells is untrue (complements.tsv
    `R mistaken`): "was mistakenly thought to be killed", "was wrongly reported killed"."""
    return head.lemma_.lower() in HEARSAY_HEADS | CLAIMING_HEADS and any(
        c.dep_ == "advmod" and c.lower_ in assertion.words().get(("R", "mistaken"), ()) for c in head.children)


def _claim_content(tok) -> bool:
    """ `tok` is what a claim noun says ("the ministry's claim that its jets killed 40 fighters") or a verb whose
    claimer the parser read as its subject ("with witnesses claiming the fighters lost a battle")."""
    from eventwire.coding import accused
    if tok.pos_ in ("VERB", "AUX") and accused.misread_claimer(tok) is not None:
        return True
    if tok.head.pos_ != "NOUN":
        return False
    from eventwire.coding.nonevent import _is
    return _is("claim", tok.head) and accused.content_clause(tok)


# participles whose present passive lays an obligation on their subject ("are obliged to", "is required to")
OBLIGING_PARTICIPLES = frozenset({"oblige", "require", "suppose", "bind"})


def _present_obligation(head) -> bool:
    """ "have got to", "has got to", "are obliged to", "is required to", "are supposed to": an obligation in the
    present, whose "to V" is not done (not "had got to", "were obliged to": done)."""
    if head.tag_ != "VBN":
        return False
    hl = head.lemma_.lower()
    if hl == "get":
        return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ") for c in head.children)
    return hl in OBLIGING_PARTICIPLES and any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ")
                                               for c in head.children)


def _needed_now(head) -> bool:
    """ "it needs to be done now, before more children are killed", "it has to stop before ...", "are obliged to":
    a present need or obligation, whose time clause in the present is still to come, as a modal's is."""
    if head.dep_ == "xcomp" and to_infinitive(head):
        head = head.head                 # the clause hung on the needed act: "has to stop[before ...]"
    if _present_obligation(head):
        return True
    return head.lemma_.lower() in ("need", "have") and head.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "xcomp" and to_infinitive(c) for c in head.children)


TIME_MARKS = {"when", "once", "as", "after", "before", "until", "till", "whenever"}
# verbs of motion that take a bare verb as a serial complement: "go fight", "come help"
SERIAL_HEADS = frozenset({"go", "come"})


def _serial(verb, head) -> bool:
    """ "go fight them", "come help us": a bare verb right after "go" or "come" (the parser hangs it as an adverbial
    clause) is one act with it, so it has the modality of "go" ("would rather go fight": a preference)."""
    return head.lemma_.lower() in SERIAL_HEADS and verb.i == head.i + 1 and verb.tag_ == "VB" \
        and not any(c.dep_ in ("mark", "aux", "nsubj") for c in verb.children)


def _exhortation(head) -> bool:
    """An imperative "let" ("Let us fight for ourselves", "let them negotiate"): the base form with no subject of
    its own, what it governs is urged, not done ("Turkey let the rebels cross" stays)."""
    return head.lemma_.lower() == "let" and head.tag_ == "VB" \
        and not any(c.dep_ in ("nsubj", "aux", "mark") for c in head.children) and head.dep_ not in ("xcomp", "conj")


def _preference(verb) -> bool:
    """ "I would rather fight", "they'd sooner die": "would" with "rather" or "sooner" states a preference, not a
    future-in-the-past intention ("said it would send troops") nor an act."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children) \
        and any(c.dep_ == "advmod" and c.lower_ in ("rather", "sooner") for c in verb.children)


def _accompanying(clause) -> bool:
    """ "while continuing to fight", "whilst keeping its bases": a V-ing with no subject of its own that says what
    goes on alongside its head's act."""
    return clause.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ in ("while", "whilst") for c in clause.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children)


def _future_time_clause(clause, head) -> bool:
    """A present-tense time clause of a future or modal verb names a time to come, not an act done: "Democrats will
    investigate when they take control", "thousands may die as troops storm the city" (not "died as troops
    stormed", nor "when troops storm a town, they loot": a habit)."""
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < clause.i for c in clause.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBD", "MD")) for c in clause.children):
        return False
    # a present verb, or a present passive or perfect ("after Isis is defeated", "once civilians have left"; not
    # "as he has threatened to do", a manner)
    if clause.tag_ not in ("VBP", "VBZ", "VB") and not (
            clause.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ")
                                         for c in clause.children)
            and not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)):
        return False
    _, h_hyp, h_fut = modality(head)
    if h_hyp or h_fut or _needed_now(head):
        return True
    # a time clause nested in another of a future verb: "Trump will look abroad as the House begins its inquiries
    # once Democrats take control" (the outer clause, or the conjunct it is coordinated with, is one)
    outer = head
    while outer.dep_ == "conj" and outer.head.i != outer.i:
        outer = outer.head
    return clause.dep_ == "advcl" and outer.dep_ == "advcl" and outer.head.i != outer.i \
        and _future_time_clause(outer, outer.head)


def _reduced_relative_head(head, comp) -> bool:
    """Whether a participle the parser made the main verb ("Gunmen suspected[ROOT] to be militants stormed[ccomp]
    the village") is a reduced relative on the subject ("gunmen [who are] suspected to be ..."), and its finite
    complement the sentence's real main verb: the participle has no auxiliary, a "to be"-type complement of its
    own before the complement verb, and the complement verb is finite with no subject of its own."""
    if head.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    xcomp = next((c for c in head.children if c.dep_ == "xcomp" and c.i < comp.i), None)
    if xcomp is None or _child(head, SUBJ_DEPS) is None or not _tensed_past_or_present(comp):
        return False
    # (a subject of its own is allowed only between "to be" and the verb: "to be cattle thieves[nsubj] have killed")
    return not any(c.dep_ == "mark" or (c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS and c.i < xcomp.i)
                   for c in comp.children)


def _modifier_read_as_verb(head, comp) -> bool:
    """Whether a participle the parser made the main verb is the modifier of the next verb's subject ("Last
    year suspected[ROOT] militants bombed[ccomp] a hotel"): it has no subject of its own and the complement's
    subject phrase starts right after it."""
    if head.tag_ != "VBN" or head.dep_ != "ROOT" or _child(head, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) is not None \
            or head.i > comp.i:
        return False
    subj = _child(comp, SUBJ_DEPS)
    return subj is not None and subj.left_edge.i == head.i + 1


def _tensed_past_or_present(verb) -> bool:
    """A finite indicative verb ("has entered", "attacked", "were killed"), not a subjunctive, modal or
    infinitive complement ("that Moscow withdraw", "that talks be resumed", "should leave")."""
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
        return False
    if verb.tag_ in ("VBD", "VBZ"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in verb.children)


def _prospective(head) -> bool:
    """A verb form whose "to V" complement is an act still to come: "is going to protect", "is set to deploy", "was
    poised to enter" (not "went to meet", "set out to deploy")."""
    hl = head.lemma_.lower()
    if hl == "go" and head.tag_ == "VBG":
        # ("we’re going to protect": the parser reads a copy with straight apostrophes, nlp.straight_apostrophes)
        return any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children)
    if hl in ("set", "poise", "schedule", "slate") and head.tag_ == "VBN":   # also "is scheduled to visit"
        return any(c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in head.children) \
            and not any(c.dep_ == "prt" for c in head.children)
    return False
