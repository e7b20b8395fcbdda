"""Clauses from the dependency parse: each event predicate with its subject, object and prepositions.

A *predicate* is a verb (or an event noun under a light verb, a preposition or an actor
possessor). For each one this module finds, from spaCy's parse:

- the subject head (nsubj; for passives the agent "by X"; inherited through coordination,
  control ("to retake" under "congratulated Iraq" takes Iraq), relative clauses and participles),
- the object head (dobj; for passives the passive subject),
- prepositional objects by preposition (on the verb and on its object: "express gratitude to X"),
- the particle ("keep up"),
- modality: negated, hypothetical, intent (will / pledged to), reported (under a reporting verb).

Nothing here knows about CAMEO: the coder (coding/coder.py) matches a Clause against the lexicon.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Optional

from eventwire.coding import modality as assertion

NEG_WORDS = {"not", "n't", "never", "no"}
NEG_SUBJECTS = {"nobody", "none", "noone", "no-one", "nothing"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "lest"}
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "would", "can", "must"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# heads whose "to V" complement is a stated intention, not the act itself
INTENT_HEADS = {"pledge", "promise", "vow", "plan", "intend", "agree", "decide", "offer", "seek", "aim",
                "prepare", "want", "hope", "expect", "commit", "resolve", "undertake", "propose", "consider",
                "wish", "try", "attempt", "threaten", "vow", "swear", "determine", "mull", "weigh"}
# verbs whose "to V" complement is the act itself, done or tried: the trigger spans them ("managed to enter")
CONTROL_HEADS = {"manage", "continue", "begin", "start", "resume", "proceed", "attempt", "try"}
INTENT_ADJECTIVES = {"willing", "ready", "prepared", "determined", "eager", "keen", "poised", "set", "likely", "due"}
# adjectives whose "to V" complement did not happen ("was unable to capture the town")
NEGATING_ADJECTIVES = {"unable", "powerless", "reluctant", "loath", "loth", "hesitant", "unwilling", "unlikely"}
# adverbs that negate the verb or adjective they modify ("are hardly likely to attack", "barely touched")
NEGATING_ADVERBS = {"hardly", "scarcely", "barely"}
# heads whose "to V" complement did not happen
NEGATING_HEADS = {"fail", "refuse", "decline", "reject", "deny", "avoid", "stop", "cease", "halt", "abandon",
                  "forbid", "prevent", "prohibit", "ban", "oppose", "resist", "neglect"}
REFUSING_HEADS = {"refuse", "decline", "reject"}
OBLIGATION_AUX = {"must", "should", "ought"}
DEMANDING_HEADS = {"demand", "urge", "ask", "request", "insist", "call", "propose", "suggest", "recommend", "appeal",
                   "press", "push", "order"}
# "X says Y must ...": a demand by X on Y
DEMANDING_SPEECH = {"say", "tell", "state", "insist", "stress", "add", "declare", "write", "argue", "warn", "urge",
                    "demand", "believe", "think", "announce", "tweet", "emphasize", "emphasise", "reiterate"}
# complements of these are allegations or denials, not acts the text asserts
ALLEGING_HEADS = {"accuse", "charge", "blame", "allege", "suspect", "convict", "indict", "condemn", "criticize",
                  "criticise", "fault", "rumor", "rumour", "speculate", "fear", "sentence", "prosecute", "arrest",
                  "detain", "punish", "sue"}
DENYING_HEADS = {"deny", "dismiss", "refute", "rebut", "reject", "disprove", "contest"}
# heads that make their complement a call on someone else, not an act of the subject
REQUEST_HEADS = {"urge", "ask", "call", "demand", "appeal", "request", "encourage", "press", "want", "invite"}


@functools.cache
def role_words() -> dict:
    """{class: frozenset of words} from data/coding/roles.tsv (object-control, support, support-noun, assert-noun,
    intent-noun)."""
    from eventwire.coding.tables import coding_table
    out: dict = {}
    for word, cls, *_ in coding_table("roles.tsv"):
        out.setdefault(cls, set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


_ROLES = role_words()
OBJECT_CONTROL = _ROLES.get("object-control", frozenset())
SUPPORT_WORDS = _ROLES.get("support", frozenset())
SUPPORT_NOUNS = _ROLES.get("support-noun", frozenset())
ASSERT_NOUNS = _ROLES.get("assert-noun", frozenset())
INTENT_NOUNS = _ROLES.get("intent-noun", frozenset())
PREP_CONTROL = _ROLES.get("prep-control", frozenset())
RELATIONAL_NOUNS = _ROLES.get("relational", frozenset())
SPEECH_NOUNS = _ROLES.get("speech-noun", frozenset())
PARTITIVE_NOUNS = _ROLES.get("partitive", frozenset())
INSTRUMENT_PASSIVES = _ROLES.get("instrument-passive", frozenset())
NOT_RECIPROCAL_CODES = _ROLES.get("not-reciprocal-code", frozenset())
TALKS_WORDS = _ROLES.get("talks-word", frozenset())
OWN_OBJECT_CODES = tuple(sorted(_ROLES.get("own-object-code", frozenset())))
BOUND_PRONOUNS = {"him", "her", "them", "it"}       # not reflexive: never the same as the subject of their verb
SUBJ_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJ_DEPS = {"nsubjpass", "csubjpass"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}


@dataclass
class Clause:
    pred: object                      # spaCy Token: the verb, or the event noun
    kind: str                         # "verb" or "noun"
    lemma: str
    subj: Optional[object] = None     # Token heads (the head of each argument phrase)
    obj: Optional[object] = None
    preps: dict = field(default_factory=dict)   # preposition lemma -> pobj Token
    particle: Optional[str] = None
    obj_lemma: Optional[str] = None
    passive: bool = False
    negated: bool = False
    hypothetical: bool = False
    intent: bool = False
    intent_head: Optional[object] = None
    reported: bool = False
    refused: bool = False             # "will not accept", "refused to meet": a refusal, not just a non-event
    demand_by: Optional[object] = None  # "Russia says Israel must end attacks": the verb of the one who demands
    light_verb: Optional[object] = None   # for noun predicates: "held" in "held talks"
    rule: str = ""                    # how the arguments were found (explanation)
    subj_rule: str = ""
    anchor: Optional[object] = None   # the verb an event noun is coded at: "erupted" in "clashes erupted"
    weapon: Optional[object] = None   # what struck, when not the subject: "airstrikes" in "launched airstrikes, hitting X"
    irrealis: str = ""                # why the text does not assert the act: "what 'urged' asks for", "the ability to"
    purpose: str = ""                 # "sent troops to fight Isis": the act is the purpose of another (coding/modality.py)
    governor: Optional[object] = None  # the token whose complement or purpose the clause is ("sent", "decision")

    @property
    def anchor_token(self):
        """The token the event's evidence, place and time hang on."""
        if self.anchor is not None:
            return self.anchor
        return self.light_verb if self.light_verb is not None else self.pred

    @property
    def trigger_span(self) -> tuple[int, int]:
        """Character span of the trigger: the predicate, or light verb through event noun, or the anchor verb."""
        if self.anchor is not None:
            end = self.anchor.idx + len(self.anchor.text)
            for c in self.anchor.children:
                if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == self.anchor.i + 1 and c.lower_ in ("off", "out", "up")):
                    end = max(end, c.idx + len(c.text))     # "broke out", "went off"
            return self.anchor.idx, end
        toks = [self.pred] + ([self.light_verb] if self.light_verb is not None else [])
        head = self.pred.head
        if self.pred.dep_ == "xcomp" and head.i < self.pred.i and head.lemma_.lower() in CONTROL_HEADS \
                and self.pred.i - head.i <= 3:
            toks.append(head)         # "managed to enter", "continued to shell": the words that say it was done
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t.text) for t in toks)
        if self.particle:
            for c in self.pred.children:
                if c.dep_ == "prt":
                    end = max(end, c.idx + len(c.text))
        return start, end


def verb_key(verb) -> str:
    """The verb's lemma with its particle: "keep up", "carry out"."""
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    return verb.lemma_.lower() + (" " + prt.lower_ if prt is not None else "")


def _child(tok, deps):
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _is_verbal(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _name_read_as_modal(aux) -> bool:
    """A capitalised "Will", "May" or "Can" that opens its sentence and is followed by a finite verb ("Will was
    shot", "May has said"): a person's name the tagger took for a modal, which no finite verb can follow."""
    doc = aux.doc
    if aux.tag_ != "MD" or not aux.text[:1].isupper() or aux.i != aux.sent.start or aux.i + 1 >= len(doc):
        return False
    return doc[aux.i + 1].tag_ in ("VBD", "VBZ", "VBP")


def modality(tok):
    """(negated, hypothetical, future) from the verb's own auxiliaries, negation and subordinators."""
    negated = hyp = fut = False
    for c in tok.children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in ("never",)) \
                or (c.dep_ == "advmod" and low in NEGATING_ADVERBS and tok.pos_ == "ADJ"):
            negated = True
        elif c.dep_ in ("aux", "auxpass") and _name_read_as_modal(c):
            continue
        elif c.dep_ in ("aux", "auxpass"):
            if low in FUTURE_AUX:
                fut = True
            elif low in HYPOTHETICAL_AUX:
                hyp = True
        elif c.dep_ == "mark" and low in HYPOTHETICAL_MARKS:
            hyp = True
    if not hyp and _asks(tok):
        hyp = True                       # "will Russia hit back?", "did Turkey shell the town?": a question
    return negated, hyp, fut


def _asks(tok) -> bool:
    """Whether a verb puts a question by inversion: an auxiliary before its subject, in a sentence that ends with a
    question mark ("will Russia hit back when ...?"); not "Russia will hit back, won't it?"."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not any(c.dep_ in ("aux", "auxpass") and c.i < subj.i and not _name_read_as_modal(c)
                               for c in tok.children):
        return False
    last = next((t for t in reversed(tok.sent) if not t.is_space and t.text not in ('"', "\u201d", "'", "\u2019")), None)
    return last is not None and last.text == "?"


def subject_of(verb, depth: int = 0):
    """The head token of the verb's subject and a rule name, following coordination and control."""
    if depth > 6:
        return None, ""
    subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    s = subjects[0] if subjects else None
    if len(subjects) > 1:
        # "Waving flags, 800 workers demonstrated": the parser gave the verb two subjects; the one nearest
        # before the verb is its own
        before = [c for c in subjects if c.i < verb.i]
        if len(before) > 1 and any(t.lower_ == "," for t in verb.doc[before[-2].i + 1: before[-1].i]):
            s = before[-1]               # (not "aid groups as well as civil organizations": one coordinated subject)
    if s is not None:
        if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head, "relative clause subject"
        return s, "nsubj"
    agent = _child(verb, {"agent"})
    if agent is not None:
        pobj = _child(agent, {"pobj"})
        if pobj is not None:
            return pobj, "passive agent"
    dep = verb.dep_
    head = verb.head
    if dep == "conj" and head is not verb:
        s, r = subject_of(head, depth + 1)
        return s, (r + " (shared by coordination)") if s is not None else ""
    if dep == "relcl":
        # "terrorists, who invaded": the modified noun, when the clause has no subject of its own
        return head, "relative clause subject"
    if dep in ("xcomp", "advcl", "pcomp", "ccomp") and head is not verb:
        anchor = head
        if dep == "pcomp" and head.dep_ == "prep":
            anchor = head.head
        if not _is_verbal(anchor) and anchor.dep_ in ("pobj", "dobj") :
            anchor = anchor.head
        if dep == "xcomp" and anchor.pos_ == "ADJ" and anchor.dep_ == "acomp" and _is_verbal(anchor.head) \
                and anchor.doc[anchor.i - 1].lower_ != ",":    # (", eager to occupy": a modifier of a noun before it)
            anchor = anchor.head         # "the brigade was able to push back ...": the copula's subject
        if _is_verbal(anchor):
            to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            if dep == "xcomp" or (dep == "advcl" and to_inf):
                o, how = controller_object(anchor)
                if o is not None:
                    return o, how
            s, r = subject_of(anchor, depth + 1)
            return s, (r + " (subject control)") if s is not None else ""
    if dep == "acl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "," \
            and head.dep_ in ("dobj", "pobj"):
        # "invaded three villages, killing ...", "stormed Tal Hamra, killing ...": a clause after a comma the parser
        # hung on the object named last; the one who killed is the subject of the verb that object depends on
        gov = head.head if head.dep_ == "dobj" else head.head.head
        while gov.dep_ == "prep" or (gov.pos_ in ("NOUN", "PROPN") and gov.dep_ == "pobj"):
            gov = gov.head
        if _is_verbal(gov):
            s, r = subject_of(gov, depth + 1)
            if s is not None:
                return s, r + " (participle after the place named last)"
    if dep == "acl" and verb.tag_ in ("VBG", "VBN") and head.lemma_.lower() in SPEECH_NOUNS and head.pos_ == "NOUN":
        # "issued a statement urging North Korea to comply", "a letter signed by ... calling for": the author speaks
        author = noun_agent(head)
        if author is None and head.dep_ in ("dobj", "nsubjpass") and _is_verbal(head.head):
            author, r = subject_of(head.head, depth + 1)
        if author is not None and verb.tag_ == "VBG":
            return author, f"author of '{head.lemma_.lower()}'"
    if dep == "acl" and verb.tag_ == "VBG":
        return head, "participle modifier subject"
    if dep == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "the US decision to expel", "Turkey's plan to attack": the noun's possessor or actor modifier does it
        agent = noun_agent(head) if head.lemma_.lower() in ASSERT_NOUNS | INTENT_NOUNS else None
        if agent is not None:
            return agent, f"agent of '{head.lemma_.lower()}'"
    if dep == "acl" and verb.tag_ in ("VBD", "VBZ") and head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("ROOT", "nsubj"):
        return head, "subject of a finite verb read as a modifier"    # "a car bomb detonated[acl] at a checkpoint"
    return None, ""


def _is_passive(verb) -> bool:
    return any(c.dep_ in PASSIVE_SUBJ_DEPS or c.dep_ == "auxpass" for c in verb.children) \
        or (verb.dep_ == "acl" and verb.tag_ == "VBN")


def controller_object(verb):
    """(token, rule) for the one who does what a verb's "to" complement says when that is not the verb's subject,
    else (None, ""):

    - an object-control verb's object ("forced them to leave", "urged Iraq to", "congratulated Iraq on its success
      to retake"), data/coding/roles.tsv;
    - the object of a prep-control verb's preposition ("called on Israel to halt", "appealed to Turkey to respect");
    - a passive verb's patient ("the force raised by Washington to fight Isis", "troops were sent to fight").
    Any other verb's "to" complement is its subject's purpose ("called Morrison to congratulate him")."""
    if _is_passive(verb):
        patient, _ = object_of(verb)
        if patient is not None and patient.pos_ in ("PROPN", "NOUN", "PRON") and verb.lemma_.lower() not in INSTRUMENT_PASSIVES:
            return patient, "object control (patient of a passive)"
        return None, ""
    o = _child(verb, {"dobj"})
    key = verb_key(verb)
    if o is not None and o.pos_ in ("PROPN", "NOUN", "PRON"):
        if verb.lemma_.lower() in OBJECT_CONTROL or key in PREP_CONTROL:
            return o, "object control"
        return None, ""
    for c in verb.children:
        if c.dep_ == "prep" and verb.lemma_.lower() + " " + c.lower_ in PREP_CONTROL:
            p = _child(c, {"pobj"})
            if p is not None and p.pos_ in ("PROPN", "NOUN", "PRON"):
                return p, f"object control ('{verb.lemma_.lower()} {c.lower_}')"
    return None, ""


def between_parties(preps: dict):
    """(subject, other party, rule) from a "between" phrase, or None: "between the army and the rebels" (the first
    party, the second: each acts towards the other) or "between Indian and Pakistani troops" (one noun whose
    coordinated modifiers name the parties, all of them the subject)."""
    b = preps.get("between")
    if b is None:
        return None
    others = [c for c in b.conjuncts if c.i > b.i]
    if others:
        return b, others[0], "first party of 'between'"
    if any(m.dep_ in ("amod", "compound") and m.i < b.i and m.conjuncts for m in b.children):
        return b, None, "parties of 'between'"
    return None


def noun_preps(noun) -> dict:
    """An event noun's prepositional objects, with those the parser hung on its "by" agent ("an attack by Isis on
    Iraqi troops": a name takes no "on" phrase of its own)."""
    preps = preps_of(noun)
    by = preps.get("by")
    if by is not None and (by.pos_ == "PROPN" or by.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")):
        for p, o in preps_of(by).items():
            if p in ("on", "against", "upon"):
                preps.setdefault(p, o)
    return preps


def noun_agent(noun):
    """The actor a noun names as its doer: its possessor ("Turkey's plan", "Iran's support"), its "by" phrase ("an
    attack by Isis") or a proper-name or nationality modifier ("the US decision", "Russian airstrikes"), or None."""
    poss = _child(noun, {"poss"})
    if poss is not None and poss.pos_ in ("PROPN", "NOUN", "PRON"):
        return poss
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            p = _child(c, {"pobj"})
            if p is not None:
                return p
        if c.dep_ == "acl" and c.tag_ == "VBN":
            # "a statement issued by the delegation", "a raid carried out by the army"
            by = _child(c, {"agent"})
            p = _child(by, {"pobj"}) if by is not None else None
            if p is not None:
                return p
    for c in noun.children:
        if c.dep_ in ("compound", "amod") and c.i < noun.i and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN") \
                and not _backer(c):
            return c
    return None


def _backer(mod) -> bool:
    """A modifier that names a backer of the act, not its doer: "a Russian and Iranian-backed assault"."""
    from eventwire.knowledge.actor_country import supporter_at
    return supporter_at(mod.doc.text, mod.idx + len(mod.text))


def object_of(verb):
    """(object head, passive?): dobj, or the passive subject."""
    ps = _child(verb, PASSIVE_SUBJ_DEPS)
    if ps is not None:
        return ps, True
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head, True          # "victories gained by the army", "the city captured by rebels"
    o = _child(verb, {"dobj"})
    if o is not None:
        return o, False
    if verb.dep_ == "relcl" and _child(verb, SUBJ_DEPS) is not None:
        rel = _child(verb, SUBJ_DEPS)
        if rel.lower_ not in RELATIVE_PRONOUNS:
            return verb.head, False    # "the city that Iraq retook"
    # "conj" verb sharing its object with the head is rare in news; leave it
    return None, False


def preps_of(*toks) -> dict:
    """Preposition lemma -> its object head, from the given tokens' prep children (first wins)."""
    out: dict = {}
    for tok in toks:
        if tok is None:
            continue
        for c in tok.children:
            if c.dep_ in ("prep", "agent") or (c.dep_ == "dative" and c.pos_ == "ADP"):
                pobj = _child(c, {"pobj"})
                if pobj is None:
                    # "cooperation with and support for X": borrow the object of a coordinated preposition
                    sub = _child(c, {"prep", "conj"})
                    if sub is not None:
                        pobj = _child(sub, {"pobj"})
                if pobj is not None:
                    out.setdefault("to" if c.dep_ == "dative" else c.lower_, pobj)
            elif c.dep_ == "dative":
                out.setdefault("to", c)          # "gave Iraq aid": the indirect object
    return out


def _climb_modality(verb):
    """Modality of a verb, including what it inherits from its governors."""
    negated, hyp, fut = modality(verb)
    intent = fut
    refusing = negated and fut             # "will not lift the ban"
    # "X will withdraw if Y ...": a conditional offer or threat, coded as an intention
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in verb.children):
        intent = True
    intent_head = None
    reported = False
    tok = verb
    for _ in range(8):
        dep = tok.dep_
        head = tok.head
        if head is tok:
            break
        if dep == "conj":
            n2, h2, f2 = modality(head)
            if not any(c.dep_ in ("aux", "neg") for c in tok.children):
                negated = negated or n2
                hyp = hyp or h2
                intent = intent or f2
            tok = head
            continue
        if dep == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in INTENT_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
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
            if head.pos_ == "ADJ" and head.dep_ == "acomp" and _is_verbal(head.head):
                # "was able to push back", "will be able to enter", "was not able to reach": the copula's modality
                n2, h2, f2 = modality(head.head)
                negated = negated or n2
                hyp = hyp or h2
                intent = intent or f2
                tok = head.head
                continue
            if hl in ("be", "have") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children) \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                negated = True           # "Turkey is yet to offer", "has yet to withdraw": not done
                break
            if hl in ("allege", "suspect", "rumor", "rumour") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                hyp = True               # "the men they are alleged to have killed": an allegation
                break
            if hl in NEGATING_HEADS:
                negated = True
                refusing = refusing or hl in REFUSING_HEADS
            elif hl in REQUEST_HEADS and (_child(head, {"dobj"}) is not None or verb_key(head) in PREP_CONTROL or any(
                    c.dep_ == "prep" and hl + " " + c.lower_ in PREP_CONTROL for c in head.children)):
                hyp = True               # "urged Iraq to withdraw", "called on Sudan to release": asked for, not done
                break
            elif hl in INTENT_HEADS:
                intent = True
                intent_head = head
            n2, h2, f2 = modality(head)
            negated = negated or n2
            hyp = hyp or h2
            intent = intent or f2
            tok = head
            continue
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in ("against", "from", "without", "instead") \
                and (head.lower_ != "from" or _is_verbal(head.head)):
            # (not "the toll from fighting on Friday", whose "from" hangs on a noun)
            hyp = True                   # "warned Japan against sending warships", "refrained from attacking"
            break
        if dep == "pcomp" and head.dep_ == "prep" and assertion._governing_verb(tok) is not None \
                and head.head.lemma_.lower() not in ALLEGING_HEADS:
            # "could withdraw before attacking", "will Russia retaliate by striking ...?": what the governing act
            # is, hypothetical or asked for, its manner or time is too (not its negation: "left without firing")
            hyp = hyp or _climb_modality(head.head)[1]
            break
        if dep == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in ALLEGING_HEADS:
            hyp = True                   # "accused Doha of supporting terrorism": an allegation, not an act
            break
        if dep in ("pcomp", "pobj") and head.dep_ == "prep" and head.head.dep_ in ("dobj", "pobj") \
                and head.head.head.lemma_.lower() in ALLEGING_HEADS:
            hyp = True                   # "accused Doha of ... " where "of" hangs on the object
            break
        if dep == "ccomp":
            hl = head.lemma_.lower()
            if _reduced_relative_head(head, tok) or _modifier_read_as_verb(head, tok):
                break                    # "gunmen suspected to be militants stormed the village": the main verb
            if hl in DEMANDING_HEADS and not _tensed_past_or_present(tok):
                hyp = True               # "demanded that Moscow withdraw": asked for, not done
                break                    # ("reports suggest the army has entered the town" is reported)
            if hl in DENYING_HEADS:
                negated = True           # "denied that its forces had attacked the port"
                break
            if hl in ALLEGING_HEADS:
                hyp = True               # "alleged that troops had fired on protesters"
                break
            # "said it would send": future-in-the-past under a reporting verb is an intention
            reported = True
            if any(c.lower_ == "would" and c.dep_ == "aux" for c in verb.children):
                hyp = False
                intent = True
            break
        if dep == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in tok.children):
                hyp = True
            elif _future_time_clause(tok, head):
                hyp = True               # "will investigate when they take control", "may die as forces storm"
            break
        break
    return negated, hyp, intent, intent_head, reported, refusing or (negated and intent)


TIME_MARKS = {"when", "once", "as", "after", "before", "until", "till", "whenever"}


def _future_time_clause(clause, head) -> bool:
    """A present-tense time clause of a future or modal verb names a time to come, not an act done: "Democrats will
    investigate when they take control", "thousands may die as troops storm the city" (not "died as troops
    stormed", nor "when troops storm a town, they loot": a habit)."""
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < clause.i for c in clause.children):
        return False
    if clause.tag_ not in ("VBP", "VBZ", "VB") or any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBD", "MD"))
                                                      for c in clause.children):
        return False
    _, h_hyp, h_fut = modality(head)
    return h_hyp or h_fut


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


# heads whose passive carries a participle reporting what befell their subject ("were feared killed", "were
# reported kidnapped", "was believed abducted", "were confirmed killed")
REPORTING_RAISERS = {"fear", "believe", "report", "confirm", "think", "presume", "know", "say"}


def raised_participle_subject(verb):
    """The passive subject of a reporting head that a bare participle complements ("40 villagers were feared
    killed": villagers), or None. The participle is the head's clause, reported."""
    head = verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "xcomp", "oprd", "ccomp", "acomp") or head is verb \
            or head.lemma_.lower() not in REPORTING_RAISERS or head.tag_ != "VBN" or head.i > verb.i \
            or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark") or c.dep_ in SUBJ_DEPS | PASSIVE_SUBJ_DEPS or c.dep_ == "dobj"
           for c in verb.children):
        return None                      # "was feared that they had killed ...", "believed to have killed"
    return _child(head, PASSIVE_SUBJ_DEPS)


def verb_clause(verb, is_event_noun=None) -> Clause:
    """The clause of a verb. `is_event_noun(token)` (the lexicon's) lets a passive with no "by" phrase take the doer
    of the act it happened in ("were killed in police firing", "died in a Taliban attack")."""
    subj, subj_rule = subject_of(verb)
    obj, passive = object_of(verb)
    if obj is None and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        passive = True          # "the fighters had surrendered or been killed": no agent shared with "surrendered"
    raised = raised_participle_subject(verb) if obj is None else None
    if raised is not None:
        # "40 villagers were feared killed": the villagers were killed (reported); no agent is named
        obj, passive, subj, subj_rule = raised, True, None, ""
        by = _child(verb.head, {"agent"})
        agent = _child(by, {"pobj"}) if by is not None else None
        if agent is not None:
            subj, subj_rule = agent, "passive agent"     # "were feared killed ... by gunmen"
    prt = _child(verb, {"prt"})
    if prt is None and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "dead":
        prt = verb.doc[verb.i + 1]       # "shot dead": the parser reads "dead" as the object's adjective
    preps = preps_of(verb, obj if (obj is not None and not passive) else None)
    if passive:
        agent = _child(verb, {"agent"})
        if agent is not None:
            a = _child(agent, {"pobj"})
            if a is not None:
                subj, subj_rule = a, "passive agent"
        elif subj is not None and (subj_rule == "nsubj" or subj_rule.startswith("nsubj (shared by coordination)")
                                   or "(subject control)" in subj_rule or subj_rule == "relative clause subject"):
            # "50 died and dozens were injured": the dead did not injure them; "police said two officers had been
            # wounded": nor did the police; "the officer, who was taken hostage": nor the officer (a passive's
            # controller or relative head is its patient's side, never its agent)
            subj, subj_rule = None, ""
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and subj_rule != "passive agent":
            subj, subj_rule = None, ""
        if subj is None and is_event_noun is not None:
            for p in ("in", "during", "amid", "under"):
                act = preps.get(p)
                if act is None:
                    # "in [Kenyan police] firing[pcomp]": a gerund whose subject the parser found
                    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == p), None)
                    ger = _child(prep, {"pcomp"}) if prep is not None else None
                    doer = _child(ger, {"nsubj"}) if ger is not None and ger.tag_ == "VBG" and is_event_noun(ger) else None
                    if doer is not None:
                        subj, subj_rule = doer, f"doer of the '{ger.lower_}' it happened in"
                        break
                    continue
                nxt = act.doc[act.i + 1] if act.i + 1 < len(act.doc) else None
                if act.pos_ in ("NOUN", "PROPN") and nxt is not None and nxt.tag_ == "VBG" and nxt.head.i in (act.i, verb.i) \
                        and is_event_noun(nxt) and not any(c.dep_ == "det" for c in act.children):
                    # "killed in police firing", "wounded in Israeli shelling": the parser took the modifier for the head
                    subj, subj_rule = act, f"doer of the '{nxt.lower_}' it happened in"
                    break
                if act.pos_ != "NOUN" or not is_event_noun(act):
                    continue
                doer = noun_agent(act) or next((c for c in act.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                                                and c.i == act.i - 1), None)
                if doer is not None:
                    subj, subj_rule = doer, f"doer of the '{act.lemma_.lower()}' it happened in"
                break
    parties = between_parties(preps) if subj is None and not passive else None
    if parties is not None:
        # "fighting between the army and rebels continued": the first party, towards the others (and back)
        subj, other, subj_rule = parties
        if other is not None:
            preps = dict(preps)
            preps["with"] = other
    negated, hyp, intent, intent_head, reported, refused = _climb_modality(verb)
    if raised is not None:
        n2, h2, f2 = modality(verb.head)
        negated, hyp, intent = negated or n2, hyp or h2, intent or f2
        reported = reported or verb.head.lemma_.lower() != "know"
    own_subj = _child(verb, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)
    if own_subj is not None and (own_subj.lower_ in NEG_SUBJECTS or any(c.dep_ == "det" and c.lower_ == "no"
                                                                       for c in own_subj.children)):
        negated = True                   # "nobody was hurt", "no civilians were killed"
    if obj is not None and not passive and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        negated = True                   # "held no talks with", "launched no attacks"
    demand_by = None
    if verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children) \
            and verb.head.lemma_.lower() in DEMANDING_SPEECH:
        demand_by = verb.head
    cl = Clause(pred=verb, kind="verb", demand_by=demand_by, lemma=verb.lemma_.lower(), subj=subj, obj=obj, preps=preps,
                particle=prt.lower_ if prt is not None else None,
                obj_lemma=obj.lemma_.lower() if obj is not None else None,
                passive=passive, negated=negated, hypothetical=hyp, intent=intent, intent_head=intent_head,
                reported=reported, refused=refused, subj_rule=subj_rule, rule="verb clause" + (" (passive)" if passive else ""))
    return apply_status(cl, verb)


def apply_status(cl: Clause, verb) -> Clause:
    """Mark a clause whose governor says the text does not assert it (coding/modality.py: status): an irrealis
    complement ("urged Iraq to withdraw", "the ability to strike"), an announced intention ("the decision to
    withdraw") or a purpose ("sent troops to fight")."""
    kind, why, gov = assertion.inherited_status(verb)
    cl.governor = gov
    if kind == "irrealis":
        cl.irrealis = why
    elif kind == "intent":
        if not cl.intent:
            cl.intent, cl.intent_head = True, gov
        if cl.subj is None and gov is not None:
            # "Trump's decision to withdraw", "the US decision to expel": the one who decided
            own = next((c for c in gov.children if c.dep_ == "poss"), None) or next(
                (c for c in gov.children if c.dep_ in ("compound", "amod") and c.i < gov.i
                 and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))), None)
            if own is not None:
                cl.subj, cl.subj_rule = own, f"possessor of '{gov.text}'"
    elif kind == "purpose":
        cl.purpose = why
    return cl


# verb forms the tagger reads as nouns in headlines and terse wire copy ("Croat police shot at a car")
NOUN_AS_VERB = {"shot": "shoot"}
# verbs of striking the tagger reads as nouns before a coordinated verb ("a rocket hit[NN] and destroyed a school");
# the coder takes them only when the noun before them is a weapon
IMPACT_NOUN_AS_VERB = {"hit": "hit", "hits": "hit"}
BE_FORMS = {"is", "are", "was", "were", "been", "be", "being", "'re", "'s"}


def _neg_between(doc, start: int, end: int) -> bool:
    return any(t.lower_ in NEG_WORDS for t in doc[max(start, 0):end])


def _headline_verb(tok) -> bool:
    """A present-tense verb the tagger took for a noun after a plural subject, at the end of a clause
    ("... 2,500 militiamen patrol", "A total of 19 ships patrol")."""
    doc = tok.doc
    if tok.i == 0 or tok.dep_ not in ("conj", "pobj", "appos", "ROOT", "compound"):
        return False
    if tok.dep_ == "compound" and not (tok.head.i == tok.i + 1 and tok.head.tag_ in ("NNS", "NNPS")):
        return False                     # "soldiers patrol[compound] streets", "militants detonate[compound] bombs"
    prev = doc[tok.i - 1]
    if not (prev.tag_ in ("NNS", "NNPS") or prev.lower_.endswith("men")) or prev.pos_ != "NOUN" \
            or not prev.whitespace_ or prev.i < tok.sent.start:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.dep_ == "compound":
        return True
    return nxt is None or nxt.i >= tok.sent.end or nxt.pos_ in ("PUNCT", "ADP")


def _ing_lemma(form: str, is_event_verb) -> Optional[str]:
    """The event verb an "-ing" form the tagger took for an adjective stands for ("patrolling" -> patrol,
    "shelling" -> shell, "storming" -> storm, "capturing" -> capture), or None."""
    stem = form[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""):
        if cand and is_event_verb(cand):
            return cand
    return None


def misread_verb_clause(tok, is_event_verb) -> Optional[Clause]:
    """A clause for a verb the parser misread, or None:

    - a progressive or finite verb parsed as an adjective of its own object ("troops are patrolling[amod]
      crowded markets", "Russian forces on Friday captured[amod] Shali", "Obama captured[amod] states"): the
      subject is the last subject (or root) noun before the verb, the object the noun it was attached to;
    - a verb tagged as a noun at the root of a short clause ("Hundreds of soldiers patrol[NN]", "Croat police
      shot[NN] at a car", "Policemen patrol[NN] in coastal areas"): its subject is its nsubj, or a plural
      compound before it.
    `is_event_verb(lemma)` says whether the lexicon knows the verb.
    """
    doc = tok.doc
    sent = tok.sent
    ing_adj = tok.tag_ == "JJ" and tok.lower_.endswith("ing")     # "troops are patrolling[JJ] streets"
    if tok.dep_ == "amod" and (tok.tag_ in ("VBD", "VBN", "VBG") or ing_adj) and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.i > tok.i and tok.i > sent.start:
        lemma = _ing_lemma(tok.lower_, is_event_verb) if ing_adj else tok.lemma_.lower()
        if lemma is None or not is_event_verb(lemma):
            return None
        prev = doc[tok.i - 1]
        before = doc[tok.i - 2] if tok.i - 2 >= sent.start else None
        progressive = (tok.tag_ == "VBG" or ing_adj) and (prev.lower_ in BE_FORMS or (
            prev.pos_ == "ADV" and before is not None and before.lower_ in BE_FORMS))   # "are now patrolling farms"
        finite = tok.tag_ == "VBD" or (tok.tag_ == "VBN" and prev.pos_ in ("NOUN", "PROPN")
                                       and prev.dep_ not in ("compound", "amod"))
        if tok.tag_ in ("VBD", "VBN") and not finite:
            # "Mutebutsi, captured towns", 'The aircraft "bombed installations"' (the parser found no verb at all),
            # "militias murdered and tortured supporters" (coordinated with a finite verb)
            finite = (prev.is_punct and prev.lower_ in (",", '"', "“") and sent.root.pos_ in ("NOUN", "PROPN")) \
                or (prev.lower_ == "and" and before is not None and before.tag_ == "VBD" and before.pos_ == "VERB")
        if not (progressive or finite):
            return None                  # "the captured soldiers", "13 captured nobles", "poorly patrolled coasts"
        if any(c.dep_ in ("det", "poss") and c.i < tok.i and all(t.pos_ in ("ADV", "ADJ") for t in doc[c.i + 1: tok.i])
               for c in list(tok.head.children) + (list(tok.head.head.children) if tok.head.dep_ == "compound" else [])):
            return None                  # "the erstwhile besieged enclave", "its recently captured town": a modifier
        cands = [t for t in sent if t.i < tok.i and t.pos_ in ("NOUN", "PROPN", "PRON")
                 and t.dep_ in ("nsubj", "ROOT") and t.i not in {x.i for x in tok.head.subtree}]
        if not cands:
            cands = [t for t in sent if t.i < tok.i and t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ == "nsubj"]
        if not cands:
            return None
        subj = cands[-1]
        obj = tok.head
        rule = "verb misread as an adjective of its object"
    elif tok.pos_ == "NOUN" and (tok.lower_ in NOUN_AS_VERB or tok.lower_ in IMPACT_NOUN_AS_VERB) and tok.i + 2 < sent.end \
            and doc[tok.i + 1].lower_ == "and" \
            and doc[tok.i + 2].dep_ == "conj" and doc[tok.i + 2].tag_ in ("VBD", "VBN") \
            and any(c.dep_ == "compound" and c.i == tok.i - 1 for c in tok.children):
        # "a gunman shot[NN] and killed a trader", "a rabbi shot[NN] and killed by militants": the verb's subject (or,
        # with a 'by' agent, its victim) is the noun the parser hung on it as a compound
        lemma = NOUN_AS_VERB.get(tok.lower_) or IMPACT_NOUN_AS_VERB[tok.lower_]
        if not is_event_verb(lemma):
            return None
        noun = doc[tok.i - 1]
        conj = doc[tok.i + 2]
        agent = next((c for c in conj.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            subj, obj = by, noun
        elif conj.tag_ == "VBD":
            subj, obj = noun, next((c for c in conj.children if c.dep_ == "dobj"), None)
        else:
            return None
        preps = preps_of(tok, conj, obj)
        return Clause(pred=tok, kind="verb", lemma=lemma, subj=subj, obj=obj, preps=preps, passive=subj is by,
                      obj_lemma=obj.lemma_.lower() if obj is not None else None,
                      negated=_neg_between(doc, noun.i, tok.i), subj_rule="noun before it",
                      rule="verb misread as a noun before a coordinated verb")
    elif tok.pos_ == "NOUN" and tok.lower_ in NOUN_AS_VERB and tok.dep_ == "dobj" and tok.head.tag_ == "VBG" \
            and tok.head.dep_ == "acl" and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.i < tok.head.i \
            and not any(c.dep_ in ("poss", "amod", "nummod") for c in tok.children) \
            and (not any(c.dep_ == "det" for c in tok.children) or any(c.dep_ == "compound" for c in tok.children)) \
            and any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children):
        # (a determiner counts only as the compound's: "riding a motorbike shot[NN]", not "fired a shot at")
        # "two insurgents riding motorcycles shot[NN] at them": the participle's object swallowed the verb; the one
        # who shot is the noun the participle modifies
        lemma = NOUN_AS_VERB[tok.lower_]
        if not is_event_verb(lemma):
            return None
        subj = tok.head.head
        obj = None
        rule = "verb misread as the object of a participle"
    elif tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS") and (tok.dep_ == "ROOT" or _headline_verb(tok)):
        lemma = NOUN_AS_VERB.get(tok.lower_, tok.lemma_.lower())
        if not is_event_verb(lemma):
            return None
        headline = _headline_verb(tok)
        if not headline and any(c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children):
            return None                  # "a patrol", "the march", "their shots"
        # (after a plural noun the parser hangs that noun's own modifiers on the verb: "2,500 allied militiamen patrol")
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None and headline:
            subj = doc[tok.i - 1]        # "Israeli troops and 2,500 militiamen patrol"
        if subj is None:
            comp = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.tag_ in ("NNS", "NNPS")
                    or (c.dep_ == "compound" and c.i == tok.i - 1 and c.lower_.endswith("men"))]
            subj = comp[0] if comp else None
        if subj is None:
            return None
        obj = tok.head if tok.dep_ == "compound" else next((c for c in tok.children if c.dep_ == "dobj"), None)
        rule = "verb misread as a noun"
    else:
        return None
    preps = preps_of(tok, obj)
    negated = _neg_between(doc, subj.i + 1, tok.i) or any(c.dep_ == "neg" for c in tok.children)
    hyp = any(t.lower_ in HYPOTHETICAL_AUX for t in doc[subj.i + 1: tok.i])
    intent = any(t.lower_ in FUTURE_AUX for t in doc[subj.i + 1: tok.i])
    return Clause(pred=tok, kind="verb", lemma=lemma, subj=subj, obj=obj, preps=preps,
                  obj_lemma=obj.lemma_.lower() if obj is not None else None, negated=negated, hypothetical=hyp,
                  intent=intent, subj_rule="nearest subject before it", rule=rule)


QUANTITY_NOUNS = {"round", "series", "wave", "number", "string", "spate", "set", "new round", "flurry", "barrage", "volley"}


def unwrap_quantity(noun):
    """ "a new round of talks" -> talks; "a series of attacks" -> attacks."""
    if noun.lemma_.lower() in QUANTITY_NOUNS:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            return pobj
    return noun


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
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children):
        cl.negated = True                # "having no talks with", "there was no attack"
    if cl.light_verb is not None:
        return apply_status(cl, cl.light_verb)
    kind, why = assertion.noun_status(noun)
    if kind == "irrealis":
        cl.irrealis = why
    return cl


def _noun_clause(noun, light_verbs: frozenset) -> Optional[Clause]:
    preps = noun_preps(noun)
    head = noun.head
    poss = _child(noun, {"poss"})
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in QUANTITY_NOUNS \
            and head.head.dep_ == "dobj":
        head = head.head.head                     # "began a new round of exercises": the verb governs the round
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
            and verb_key(head) in light_verbs:
        verb = head
        subj, subj_rule = subject_of(verb)
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
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("go", "stage", "remain", "be") \
            and _is_verbal(head.head):
        verb = head.head                           # "went on strike"
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
    if poss is not None and poss.pos_ in ("PROPN", "NOUN"):
        return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=poss, preps=preps,
                      subj_rule="possessor", rule=f"event noun '{noun.lemma_}' with possessor")
    for c in noun.children:
        if c.dep_ in ("compound", "amod") and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN") and c.i < noun.i \
                and not _backer(c):
            return Clause(pred=noun, kind="noun", lemma=noun.lemma_.lower(), subj=c, preps=preps,
                          subj_rule="actor modifier", rule=f"event noun '{noun.lemma_}' with actor modifier")
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
