"""Clauses, arguments stage: the readings that mend a parse (a passive labelled active, a verb coordinated with no
"and" before it, an absolute participle, a reporting passive's raised subject, a harm verb read as active with a
gerund for its object). coding/clause_args.py asks them and re-exports them; split from it to keep it short."""
from __future__ import annotations

from eventwire.coding.lexicon import default_lexicon
from eventwire.coding.patient_participles import causative_patient, portion_aside_patient, with_absolute_patient
from eventwire.coding.tally_fragments import tally_patient
from eventwire.coding.clause_record import PASSIVE_SUBJ_DEPS, RELATIVE_PRONOUNS, SUBJ_DEPS, role_words, _child
from eventwire.doc_index import to_infinitive


def _mislabelled_passive_subject(verb):
    """The subject of a passive participle that the parser labelled an active subject, or None: a participle with a
    passive auxiliary ("was", "been") and a "by" agent of its own whose subject is `nsubj` ("the coup, which he
    claimed was instigated by exiles": "which" nsubj of "instigated"). The agent is the doer, the subject the
    patient."""
    if verb.tag_ != "VBN" or _child(verb, {"auxpass"}) is None or _child(verb, {"agent"}) is None:
        return None
    return _child(verb, {"nsubj"})


# data/coding/roles.tsv: the prepositions and subordinators of an adverbial clause whose doer is its main clause's
# subject, also when that clause is a passive ("was deprived of his passport after leaving", "was arrested while
# crossing"), and the prepositions that may open a clause ("before Mike Pompeo announced the summit")
SUBJECT_PREPS = role_words().get("subject-prep", frozenset())
SUBJECT_MARKS = role_words().get("subject-mark", frozenset())
CLAUSE_PREPS = role_words().get("clause-prep", frozenset())
OBJECT_GERUND_PREPS = role_words().get("object-gerund-prep", frozenset())


def gerund_subject_object(prep):
    """The object of a preposition of an act's aim that the parser read as the subject of a gerund hung on it, or
    None: "airstrikes on rebels hiding in the hills" parsed as on -> pcomp "hiding" -> nsubj "rebels" (the noun is
    the phrase's object, the gerund a reduced relative clause describing it). Only a noun or name right before the
    gerund it is the subject of, and only after "on", "against" and the like (data/coding/roles.tsv
    `object-gerund-prep`); "after police opening fire" stays a clause."""
    if prep.lower_ not in OBJECT_GERUND_PREPS:
        return None
    gerund = _child(prep, {"pcomp"})
    if gerund is None or gerund.tag_ != "VBG":
        return None
    subj = _child(gerund, {"nsubj"})
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > gerund.i or subj.right_edge.i >= gerund.i:
        return None
    return subj


def _absolute_participle_patient(verb):
    """The patient of a passive participle with no subject of its own that modifies a clause, or None: the clause's
    subject ("Backed by Russian air power, government forces swept south": the forces were backed; "Forced to flee,
    she moved to Douma"; "the militias hold sway, supported by US troops"). A participle after its clause needs a
    comma and a "by" phrase to be read so (a past tense the parser took for a participle has neither)."""
    if verb.tag_ != "VBN" or any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or c.dep_ in ("aux", "mark", "dobj")
                                 for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ != "advcl" or any(c.dep_ == "auxpass" for c in verb.children) or head is verb \
            or head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.i > head.i and (_child(verb, {"agent"}) is None or verb.i == 0 or verb.doc[verb.i - 1].text != ","):
        return None                      # (after its clause: only ", backed by X")
    subj = _child(head, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    return subj


def misread_conjunct(verb):
    """("subject", noun) or ("patient", noun) for a verb the parser coordinated with an earlier one although no
    "and", "or" or comma comes before it, or None. The noun phrase right before such a verb belongs to it:

    - a noun phrase coordinated with the earlier verb's object, or the object of a clause-prep, is a finite later
      verb's subject ("rejected the report and a team of inspectors landed[conj]", "keep soldiers in Mali and the
      French minister, X, denied[conj]", "was not asked before Rex Tillerson, the secretary, revealed[conj]"), and
      a passive later verb's patient ("criticised following the death and the UK has been urged[conj] to");
    - otherwise a participle straight after a noun is a reduced relative on it, the noun its patient ("to take in
      members of the armed band seized[conj] during a decade of fighting").
    An adverbial clause the parser hung the same way ("active in Yemen and the government of Yemen had welcomed[advcl]")
    is read as the first case."""
    if verb.dep_ not in ("conj", "advcl") or verb.head.i == verb.i or verb.head.i > verb.i \
            or any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for c in verb.children):
        return None
    doc = verb.doc
    j = verb.left_edge.i - 1
    if j <= verb.head.i:
        return None
    prev = doc[j]
    if prev.text == ",":
        # "Canada's minister, Mark Lowe, rejected": a comma that closes an appositive; the noun it names is next
        t = doc[j - 1]
        while t.dep_ != "appos" and t.head.i != t.i and verb.head.i < t.head.i < j:
            t = t.head
        if t.dep_ != "appos":
            return None
        prev = t.head
    if prev.pos_ not in ("NOUN", "PROPN") or prev.i in {t.i for t in verb.subtree}:
        return None
    np = prev
    while np.head.i != np.i and np.head.i < verb.i:
        if np.dep_ in ("appos", "compound"):
            np = np.head
        elif np.dep_ == "pobj" and np.head.dep_ == "prep" and np.head.head.pos_ in ("NOUN", "PROPN") \
                and np.head.head.i < verb.i:
            np = np.head.head            # "a team of inspectors from the IAEA"
        else:
            break
    if np.head.i > verb.i:
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return "patient", np             # "... and the UK[conj] has been urged[conj] to": the passive's own subject
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ != "TO" for c in verb.children)
    if finite and not any(t.pos_ in ("VERB", "AUX") for t in doc[np.i: verb.left_edge.i]):
        if np.dep_ == "conj" and any(c.dep_ == "cc" and np.head.i < c.i < np.i for c in np.head.children):
            return "subject", np         # "denied the raid and a team ... arrived"
        if np.dep_ == "pobj" and np.head.lower_ in CLAUSE_PREPS and np.head.head.pos_ in ("VERB", "AUX") \
                and verb.dep_ == "conj":
            return "subject", np         # "was not asked before Rex Tillerson, the secretary of state, revealed"
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and prev.i == verb.left_edge.i - 1 == verb.i - 1 \
            and not any(c.dep_ in ("aux", "auxpass", "cc") for c in verb.children) and prev.head.dep_ != "agent":
        return "patient", np             # (not "a drone recovered by Kurdish forces exploded": the forces are a doer)
    return None


# heads whose passive carries a participle reporting what befell their subject ("were feared killed", "were
# reported kidnapped", "was believed abducted", "were confirmed killed")
REPORTING_RAISERS = {"fear", "believe", "report", "confirm", "think", "presume", "know", "say", "find"}
# raising heads that assert the participle's act as a state found, not a report of it ("was found murdered in her
# house", "were found shot dead"): the participle's act is asserted
ASSERTING_RAISERS = frozenset({"know", "find"})


# the labels a bare participle under a raising head can have (raised_participle_subject is None for any other)
RAISED_DEPS = frozenset({"advcl", "xcomp", "oprd", "ccomp", "acomp"})


def raised_participle_subject(verb):
    """The passive subject of a reporting head that a bare participle complements ("40 villagers were feared
    killed": villagers; "a clerk was found murdered": the clerk), or None. The participle is the head's clause,
    reported (asserted after "known", "found": ASSERTING_RAISERS)."""
    head = verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in RAISED_DEPS or head is verb \
            or head.lemma_.lower() not in REPORTING_RAISERS or head.tag_ != "VBN" or head.i > verb.i \
            or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark") or c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or c.dep_ == "dobj"
           for c in verb.children):
        return None                      # "was feared that they had killed ...", "believed to have killed"
    return _child(head, PASSIVE_SUBJ_DEPS)


def misread_harm_passive(verb):
    """The patient of a verb of force or harm the parser read as active with a bare gerund for its object ("the first
    British woman killed[VBD] fighting[dobj] alongside the Kurds": she was killed while fighting), or None. A verb of
    force takes people or places for its object, never an act, so its subject is the one it was done to and no doer
    is named. The parser may also hang the gerund as a complement ("killed[VBD] fighting[xcomp] X") where a finite
    verb follows ("the families of two Danish volunteers killed fighting X have criticised ..."); and where the
    subject has an "of" phrase ending right before the participle, the participle is a reduced relative on that
    phrase's noun: the volunteers were killed (and fought), not their families."""
    doc = verb.doc
    if verb.tag_ != "VBD" or verb.i + 1 >= len(doc):
        return None
    g = doc[verb.i + 1]
    if g.dep_ not in ("dobj", "xcomp") or g.tag_ != "VBG" or g.head.i != verb.i \
            or any(c.dep_ in ("det", "poss", "nsubj") or (c.dep_ == "dobj" and g.dep_ == "dobj") for c in g.children):
        return None
    if g.dep_ == "xcomp" and not any(t.i > g.i and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent):
        return None                      # ("Soldiers killed fighting ..." alone is a headline's own past tense)
    s = _child(verb, {"nsubj"})
    if s is None or s.pos_ not in ("NOUN", "PROPN") \
            or not any(e.cameo[:2] in ("18", "19", "20") for e in default_lexicon().match_verb(verb.lemma_.lower())):
        return None
    of = next((c for c in s.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i), None)
    held = _child(of, {"pobj"}) if of is not None else None
    if held is not None and held.pos_ in ("NOUN", "PROPN") and held.right_edge.i == verb.i - 1:
        return held                      # "the families of two Danish volunteers killed fighting": the volunteers
    return s


def finite_read_as_participle(verb):
    """The subject of a past tense the parser read as a participle on a noun, or None: a sentence with no verb of its
    own whose root is a noun phrase, and a `VBN` modifier of a noun inside it that has a direct object and no
    auxiliary ("Napalm attacks by Turkish-backed militias killed[acl] nine villagers", "Shelling by the army
    destroyed[acl] two clinics"). A participle on a noun takes no direct object; the verb is the sentence's own, its
    subject the root's phrase (an act noun's "by" phrase then names the doer: coding/resolve.py)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or _child(verb, {"dobj"}) is None \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent", "mark") for c in verb.children):
        return None
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i or root not in verb.ancestors:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent if t.i != verb.i):
        return None                      # (a finite verb elsewhere: the parse has a clause of its own)
    if any(t.dep_ == "punct" and t.text in (",", ";", ":", "–", "—") for t in verb.doc[root.i: verb.i]):
        return None                      # ("the town, captured ... last year": an apposition with its participle)
    return root


def misread_gerund_modifier(verb):
    """The object of a verb that the parser gave to a participle modifying it instead ("shot fleeing villagers",
    "bombed retreating fighters": "fleeing" read as the verb's xcomp with "villagers" its object), or None. Only
    for a `modifier-participle` of data/coding/roles.tsv (a verb of moving away that takes no object of its own)
    right after a verb that has no object (or whose object the parser took from a later item of a list: "destroy
    remaining goodwill, undermine Iranian opinion, ..." with "opinion" as the object of "destroy")."""
    own = _child(verb, {"dobj"})
    part = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1), None)
    if part is None or part.lemma_.lower() not in role_words().get("modifier-participle", frozenset()) \
            or any(c.dep_ in SUBJ_DEPS or c.dep_ == "aux" for c in part.children):
        return None
    obj = _child(part, {"dobj"})
    if own is not None and (obj is None or own.i < obj.i):
        return None
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None


FINITE_TAGS = ("VBD", "VBZ", "VBP")


def series_read_as_participle(verb):
    """The finite verb whose series a past tense the parser read as a participle on the object before it belongs to,
    or None: "Isis seized oil fields, sold[acl] crude to Damascus and began levying taxes" read as "fields sold". A
    `VBN` (or `VBD`) modifier right after a comma, on the direct object of a finite active verb with a subject of its
    own, with a direct object of its own (a passive participle on a noun takes none) and no auxiliary, subject or
    "by" agent, that is itself coordinated with a finite verb ("and began"): one of the subject's acts in a series,
    done by that subject, not a passive done to the object (nor a part of the object's phrase: in_series_verb)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or _child(verb, {"dobj"}) is None \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent", "mark") for c in verb.children):
        return None
    noun, gov = verb.head, verb.head.head
    if noun.dep_ != "dobj" or noun.i > verb.i or gov.tag_ not in FINITE_TAGS or _child(gov, {"nsubj"}) is None:
        return None
    if not any(c.dep_ == "conj" and c.tag_ in FINITE_TAGS for c in verb.children) \
            or not any(c.dep_ == "cc" for c in verb.children):
        return None                      # (only a series: "seized X, sold Y and began Z")
    return gov


def in_series_verb(head, start) -> bool:
    """Whether the character offset `start` lies in a verb of a series the parser hung on the object `head`
    (series_read_as_participle): "seized the port, sold fuel to Kenya and began ...": Kenya is no owner of the port."""
    if start is None:
        return False
    return any(c.dep_ == "acl" and c.left_edge.idx <= start <= c.right_edge.idx
               and series_read_as_participle(c) is not None for c in head.children)


def leading_phrase_subject(verb):
    """The subject of a finite main verb that the parser hung on the end of the phrase that opens the sentence, or
    None: "In an interview on Monday, Jane Doe, the minister, rejected the plan" read with "Jane Doe" coordinated
    with "Monday". A verb with no subject of its own and a name (a proper noun) coordinated with no "and" or "or"
    with the object of a prepositional phrase before the verb, right after a comma, and followed by a comma before
    the verb: the name is the verb's subject, not a part of the opening phrase."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS \
            or any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or c.dep_ in ("auxpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    found = None
    for tok in doc[verb.sent.start: verb.i]:
        head = tok.head
        # (also one read as an apposition of the place that ends an opening clause: "As shells fell on Hajin, a
        # Dutch woman, Anna de Vries, begged ...", a described person: an indefinite noun or a name)
        appos = tok.dep_ == "appos" and head.ent_type_ in ("GPE", "LOC", "FAC") and (tok.pos_ == "PROPN" or (
            tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)))
        if (tok.dep_ != "conj" or tok.pos_ != "PROPN") and not appos or head.dep_ != "pobj" or head.i >= tok.i \
                or any(c.dep_ in ("cc", "preconj") for c in head.children) or any(c.dep_ == "cc" for c in tok.children):
            continue
        start = min(t.i for t in tok.subtree if t.dep_ in ("compound", "amod", "det", "nmod") or t is tok)
        if start == 0 or doc[start - 1].text != ",":
            continue
        prep = head.head
        while prep.dep_ in ("prep", "pobj") and prep.head.i != verb.i and prep.head.i < verb.i:
            prep = prep.head
        if appos and prep.dep_ == "prep" and prep.head.dep_ == "advcl" and prep.head.head.i == verb.i \
                and any(c.dep_ == "mark" for c in prep.head.children):
            prep = prep.head      # (the opening clause's place: "As shells fell on Hajin, ...")
        if prep.dep_ not in ("prep", "advcl") or prep.head.i != verb.i:
            continue
        after = max(t.i for t in tok.subtree)
        if not any(t.text == "," for t in doc[after: verb.i]) or any(
                t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_TAGS for t in doc[after + 1: verb.i]):
            continue
        found = tok
    return found


def plural_noun_verb_subject(tok):
    """The subject of a present-tense verb the parser read as a plural noun at the root of its sentence, or None:
    "The group's propaganda talks of a quiet phase" (talks[NNS] ROOT, "propaganda" its compound, "the group's" its
    possessor): a singular noun straight before it, then an "of"/"about" phrase straight after it, and no verb
    heading the sentence. The subject is the possessor, else the singular noun ("Propaganda talks of ...")."""
    doc = tok.doc
    if tok.dep_ != "ROOT" or tok.tag_ != "NNS" or not tok.lower_.endswith("s") or tok.lower_ == tok.lemma_.lower() \
            or tok.i == 0 or tok.i + 1 >= len(doc):
        return None
    comp, nxt = doc[tok.i - 1], doc[tok.i + 1]
    if comp.head.i != tok.i or comp.dep_ != "compound" or comp.tag_ != "NN" \
            or nxt.head.i != tok.i or nxt.dep_ != "prep" or nxt.lower_ not in ("of", "about"):
        return None
    if any(c.dep_ in ("amod", "nummod") for c in tok.children):
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.i < comp.i), None)
    return poss if poss is not None else comp


# heads that tell a thing done to what their subject owns, "had X V-ed" ("had her citizenship revoked", "got his
# passport confiscated")
UNDERGOING_HEADS = frozenset({"have", "get"})


def undergone_thing(verb):
    """The owned thing a subject "had" done to it, which the parser made the active subject of the participle ("Letts
    had his citizenship revoked[ccomp]": "citizenship" nsubj of "revoked"), or None: a noun with a possessor (whose it
    was), after the head, of a participle or past form with no object, auxiliary or marker of its own. It is the
    patient of a passive (the possessor the one it befell); only a "by" phrase names a doer."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "oprd") or head is verb or head.lemma_.lower() not in UNDERGOING_HEADS \
            or verb.i < head.i or verb.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("dobj", "aux", "auxpass", "mark") for c in verb.children):
        return None
    s = _child(verb, {"nsubj"})
    if s is None or s.pos_ != "NOUN" or s.i < head.i or not any(c.dep_ == "poss" for c in s.children):
        return None
    return s


def role_read_as_verb(verb):
    """Why a verb is no act, or None: a noun of a description the parser read as a verb coordinated with the
    description's noun ("Omar Haddad, a former nurse and volunteer with the rescue service, said": "volunteer" a
    verb conj of "nurse"). A verb conjunct of an indefinite noun that describes someone (an apposition or a
    predicate noun), with no subject, object or auxiliary of its own, is a second noun of that description."""
    head = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or head.pos_ != "NOUN" or head.dep_ not in ("appos", "attr") \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) \
            or not any(c.dep_ == "cc" for c in head.children) \
            or any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or c.dep_ in ("dobj", "aux", "auxpass", "neg")
                   for c in verb.children):
        return None
    return f"'{head.text} and {verb.text}': a description's second noun read as a verb, no act"


def for_to_subject(verb, anchor):
    """The subject of a "for X to V" clause the parser split, hanging "for X" on the verb above as a preposition and
    "to V" on it as a purpose ("the proposals will be sent for the two leaders – A and B – to approve"): X, the
    object of the verb's "for" phrase that ends right before "to" (a dash or comma between), or None. Not "for" with
    anything else between it and "to" ("waited for hours in the rain to vote")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.left_edge.i for c in verb.children):
        return None
    doc = verb.doc
    for c in anchor.children:
        if c.dep_ != "prep" or c.lower_ != "for" or c.i > verb.i:
            continue
        x = next((p for p in c.children if p.dep_ == "pobj"), None)
        if x is None or x.pos_ not in ("NOUN", "PROPN", "PRON") or x.ent_type_ in ("DATE", "TIME"):
            continue
        between = doc[x.right_edge.i + 1: verb.left_edge.i]
        if all(t.is_punct for t in between):
            return x
    return None


def participle_read_as_past(verb) -> bool:
    """Whether a verb the parser tagged as a past tense is a participle on the act noun before it: a modifier of an
    event noun of the lexicon (`acl`) with no subject, auxiliary, object or marker of its own ("rips up a truce
    agreed[VBD] last year between X and Y": the truce was agreed). A past tense has a subject; a participle on a noun
    takes no direct object. (Not on a noun of people or places: "people gathered around them" gathered, "the plains,
    hailed as ..." are described.)"""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i < verb.i \
        and verb.head.pos_ == "NOUN" and default_lexicon().is_event_noun(verb.head.lemma_.lower()) \
        and not any(c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or c.dep_ in ("aux", "auxpass", "dobj", "mark", "ccomp")
                    for c in verb.children)


def interjected_object_verb(noun):
    """The verb whose object the parser hung, as an apposition, on the name in a "with" phrase set off by commas
    between the verb and its object, or None: "the ministry signed, along with 12 other agencies, an accord to ...":
    "accord" (appos of "agencies") is the object of "signed". Only where that verb has no object of its own and a
    comma stands right before the noun's phrase."""
    if noun.dep_ != "appos" or noun.head.dep_ != "pobj":
        return None
    prep = noun.head.head
    if prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    verb = prep.head.head if prep.head.dep_ == "prep" else prep.head      # ("along with", "together with")
    doc = noun.doc
    start = noun.left_edge.i
    if verb.pos_ not in ("VERB", "AUX") or verb.i > prep.i or start < 1 or doc[start - 1].text != "," \
            or _child(verb, {"dobj"}) is not None:
        return None
    return verb


def perfect_participle(verb) -> bool:
    """Whether `verb` is an active perfect participle that modifies a noun: "a Dutch nurse, having fled to Turkey,
    ..." ("having" for auxiliary, no passive one): the noun did it, nothing was done to the noun (not "having been
    captured", a passive)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and _child(verb, {"auxpass"}) is None \
        and any(c.dep_ == "aux" and c.lower_ == "having" and c.i < verb.i for c in verb.children)


def aside_governor(verb, anchor, dep):
    """The clause a subordinate clause belongs to when the parser hung it on a bare passive participle set off by
    commas before it: "the patrol was hit by a shell, fired by the rebels, while trying to reach the post" is the
    patrol trying, not the rebels (the aside "fired by the rebels" only describes the shell); else `anchor`."""
    if dep != "advcl" or anchor.dep_ not in ("advcl", "acl") or anchor.tag_ != "VBN" \
            or not any(c.dep_ == "agent" for c in anchor.children) \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in anchor.children) \
            or not any(c.dep_ == "mark" and c.lower_ in SUBJECT_MARKS and c.i < verb.i for c in verb.children):
        return anchor
    doc = verb.doc
    if anchor.i == 0 or doc[anchor.i - 1].text != "," or doc[verb.left_edge.i - 1].text != ",":
        return anchor
    gov = anchor.head if anchor.dep_ == "advcl" else anchor.head.head
    return gov if gov.pos_ in ("VERB", "AUX") else anchor


PATIENT_PARTICIPLES = role_words().get("patient-participle", frozenset())
_FINITE = frozenset({"VBP", "VBZ", "VBD", "MD"})


def _subjectless_finite(verb) -> bool:
    """Whether a finite verb with no subject of its own follows `verb` as its "dep" child, or as a later
    conjunct of the verb it is the complement of ("X maintains that citizens captured[ccomp] abroad have[conj] the
    right"): the clause the noun before `verb` is really the subject of."""
    cands = [c for c in verb.children if c.dep_ == "dep" and c.i > verb.i]     # (not "conj": "arrested and charged him")
    if verb.dep_ == "ccomp":
        cands += [c for c in verb.head.children if c.dep_ == "conj" and c.i > verb.i]
    if verb.dep_ == "advcl" and verb.head.i > verb.i:
        cands.append(verb.head)         # "civilians forced[advcl] from their homes are gathered[ROOT] in camps"
    return any((c.tag_ in _FINITE or any(a.dep_ in ("aux", "auxpass") and a.tag_ in _FINITE for a in c.children))
               and not any(a.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS for a in c.children) for c in cands)


def participle_read_as_active(verb):
    """The patient of a past participle the parser read as an active verb with the noun before it as its subject, or
    None. The participle is one of a verb that takes an object when active (roles.tsv `patient-participle`: "armed",
    "ousted", "exiled", "captured") and has none, nor an auxiliary, and the noun is plainly not its doer: after
    "with" ("with the rebels ousted from the valley", an absolute phrase); the object the verb above lacks ("to house
    families deported from abroad"); or the subject of a finite verb that follows with none of its own ("clansmen
    armed to battle the militants now decline to disarm", "citizens captured abroad have the right to return",
    "villagers forced from their farms are sheltering in schools")."""
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    if (patient := with_absolute_patient(verb) or causative_patient(verb) or tally_patient(verb)
            or portion_aside_patient(verb)) is not None:
        return patient                  # "with the militia crushed", "to have them jailed", "- most of them damaged -"
        #                                 (patient_participles.py), "12 dead and two schools shelled" (tally_fragments.py)
    if verb.lemma_.lower() not in PATIENT_PARTICIPLES:
        return None
    if any(c.dep_ in ("dative", "aux", "auxpass", "nsubjpass", "agent") or (c.dep_ == "dobj" and c.i > verb.i)
           for c in verb.children):
        return None                     # (a "that" before it read as its object is the complementizer above)
    subj = _child(verb, {"nsubj"})
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > verb.i:
        return None
    doc = verb.doc
    if subj.left_edge.i > 0 and doc[subj.left_edge.i - 1].lower_ == "with":
        return subj                     # "with the rebels ousted from the valley"
    if verb.tag_ != "VBN":
        return None                     # (a past tense is read so only after "with")
    if verb.dep_ == "csubj" and verb.head.i > verb.i:
        return subj                     # "villagers armed to fight X[csubj] now refuse ...": the noun is the subject
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() not in \
            default_lexicon().reporting_verbs and _child(verb.head, {"dobj"}) is None:
        return subj                     # "to house families deported from abroad": the object of the verb above
    return subj if _subjectless_finite(verb) else None


def listed_infinitive(tok):
    """The "to V" clause a bare verb continues when the parser hung the later items of a list of infinitives on the
    governor as adverbial clauses ("it was vital to secure the border, disarm the militias and rebuild the courts":
    "disarm" an advcl of "was" beside the xcomp "secure"), or None. Only a bare base form with no subject, auxiliary or
    marker of its own, after an earlier "to V" complement of the same governor; what that infinitive is, a rule or
    a plan, the later items are."""
    if tok.dep_ != "advcl" or tok.tag_ != "VB" \
            or any(c.dep_ in SUBJ_DEPS | {"aux", "auxpass", "mark", "neg"} for c in tok.children):
        return None
    return next((s for s in tok.head.children if s.dep_ == "xcomp" and s.i < tok.i
                 and to_infinitive(s)), None)
