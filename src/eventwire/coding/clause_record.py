"""The clause stage's record and vocabulary: the `Clause` each predicate becomes (its subject, object,
prepositions, particle and modality flags, with the trigger span and anchor token they give the event), the word
classes the clause stage reads (modal and negating words, intent, control, demanding, alleging and denying heads,
and the role words of data/coding/roles.tsv), and the small parse helpers every part of the stage shares
(`verb_key`, `_child`, `_is_verbal`). The parts that build clauses: coding/clause_args.py (subjects, objects,
control, passives), coding/clause_modality.py (modality flags), coding/clauses.py (verb clauses) and
coding/noun_clauses.py (event-noun clauses).
"""
from __future__ import annotations

from eventwire.coding.tables import aux_words, word_kind_sets
import functools
from dataclasses import dataclass, field
from typing import Optional

from eventwire.doc_index import child_with

NEG_WORDS = {"not", "n't", "never", "no"}
NEG_SUBJECTS = {"nobody", "none", "noone", "no-one", "nothing"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "lest"}
# what sets off an aside or a non-restrictive clause
SET_OFF = frozenset({",", "(", "-", "--", "\u2013", "\u2014", ":", ";"})
HYPOTHETICAL_AUX = aux_words("hypothetical")     # (data/coding/auxiliaries.tsv)
FUTURE_AUX = aux_words("future")
# the conditional auxiliaries: with FUTURE_AUX, what is to come or would come ("will be the first", "would have to")
WOULD_AUX = aux_words("would")
# heads whose "to V" complement is a stated intention, not the act itself
INTENT_HEADS = {"pledge", "promise", "vow", "plan", "intend", "agree", "decide", "offer", "seek", "aim",
                "prepare", "want", "hope", "expect", "commit", "resolve", "undertake", "propose", "consider",
                "wish", "try", "attempt", "threaten", "vow", "swear", "determine", "mull", "weigh"}
# verbs whose "to V" complement is the act itself, done or tried: the trigger spans them ("managed to enter")
CONTROL_HEADS = {"manage", "continue", "begin", "start", "resume", "proceed", "attempt", "try"}
INTENT_ADJECTIVES = {"willing", "ready", "prepared", "determined", "eager", "keen", "poised", "set", "likely", "due",
                     "about", "happy"}
# adjectives whose "to V" complement did not happen ("was unable to capture the town")
NEGATING_ADJECTIVES = {"unable", "powerless", "reluctant", "loath", "loth", "hesitant", "unwilling", "unlikely"}
# verbs whose object a participle completes ("keep the clinics funded", "leave them stranded", "want him
# arrested"): the participle is as done as the verb (the parser reads it as `oprd`, or as a reduced relative)
OBJECT_COMPLEMENT_VERBS = frozenset({"keep", "leave", "have", "get", "hold", "want", "need", "see", "like"})


def object_complement(tok):
    """The verb whose object a past participle completes ("would keep the clinics funded"), or None."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None
    if tok.dep_ == "oprd" and tok.head.lemma_.lower() in OBJECT_COMPLEMENT_VERBS:
        return tok.head
    if tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in OBJECT_COMPLEMENT_VERBS \
            and tok.i == tok.head.i + 1:
        return tok.head.head
    return None


# those of them that say a lack of means, not of will: no refusal ("will be unable to protect the villages")
INCAPABLE_ADJECTIVES = {"unable", "powerless"}
# adverbs that negate the verb or adjective they modify ("are hardly likely to attack", "barely touched")
NEGATING_ADVERBS = {"hardly", "scarcely", "barely"}
# heads whose "to V" complement did not happen
NEGATING_HEADS = {"fail", "refuse", "decline", "reject", "deny", "avoid", "stop", "cease", "halt", "abandon",
                  "forbid", "prevent", "prohibit", "ban", "oppose", "resist", "neglect"}
REFUSING_HEADS = {"refuse", "decline", "reject"}
OBLIGATION_AUX = aux_words("obligation")
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
    return word_kind_sets("roles.tsv")


_ROLES = role_words()
OBJECT_CONTROL = _ROLES.get("object-control", frozenset())
JOINT_CONTROL = _ROLES.get("joint-control", frozenset())
SUPPORT_WORDS = _ROLES.get("support", frozenset())
SUPPORT_NOUNS = _ROLES.get("support-noun", frozenset())
ASSERT_NOUNS = _ROLES.get("assert-noun", frozenset())
INTENT_NOUNS = _ROLES.get("intent-noun", frozenset())
NOUN_MAKERS = _ROLES.get("noun-maker", frozenset())
PREP_CONTROL = _ROLES.get("prep-control", frozenset())
AS_CONTROL = _ROLES.get("as-control", frozenset())
RELATIONAL_NOUNS = _ROLES.get("relational", frozenset())
SPEECH_NOUNS = _ROLES.get("speech-noun", frozenset())
WRITING_VERBS = _ROLES.get("writing-verb", frozenset())
DOCUMENT_MAKERS = _ROLES.get("document-maker", frozenset()) | NOUN_MAKERS | WRITING_VERBS
GIVING_VERBS = _ROLES.get("giving-verb", frozenset())
SENT_NOUNS = _ROLES.get("sent-noun", frozenset())
PARTITIVE_NOUNS = _ROLES.get("partitive", frozenset())
INSTRUMENT_PASSIVES = _ROLES.get("instrument-passive", frozenset())
STANCE_PARTICIPLES = _ROLES.get("stance-participle", frozenset())
DOER_PARTICIPLES = _ROLES.get("doer-participle", frozenset())
DOER_ADJECTIVES = _ROLES.get("doer-adjective", frozenset())
DOER_NOUNS = _ROLES.get("doer-noun", frozenset())
COPULAS = _ROLES.get("copula", frozenset())
UNDERGONE_NOUNS = _ROLES.get("undergone-noun", frozenset())
NOT_RECIPROCAL_CODES = _ROLES.get("not-reciprocal-code", frozenset())
NOT_RECIPROCAL_WORDS = _ROLES.get("not-reciprocal-word", frozenset())
TALKS_WORDS = _ROLES.get("talks-word", frozenset())
OWN_OBJECT_CODES = tuple(sorted(_ROLES.get("own-object-code", frozenset())))
FIRE_CLAUSE_VERBS = _ROLES.get("fire-clause", frozenset())
FIGHT_NOUNS = _ROLES.get("fight-noun", frozenset())
CUSTODY_VERBS = _ROLES.get("custody-verb", frozenset())
HANDS_ON_CUSTODY = _ROLES.get("hands-on-custody", frozenset())
COURT_NOUNS = _ROLES.get("court-noun", frozenset())
BOUND_PRONOUNS = {"him", "her", "them", "it"}       # not reflexive: never the same as the subject of their verb
SUBJ_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJ_DEPS = {"nsubjpass", "csubjpass"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}


def relative_host(obj, verb):
    """The noun a relative pronoun object stands for when `verb` is its relative clause or a "to V" under one ("the
    pact that the president wants to destroy": destroy's "that" is the pact; the parser may tag that "that" IN), else
    None."""
    if obj is None or obj.lower_ not in RELATIVE_PRONOUNS or not (
            obj.tag_ in ("WP", "WDT") or (obj.lower_ == "that" and obj.dep_ == "dobj")):
        return None
    v = verb
    while v.dep_ == "xcomp" and v.head is not v:
        v = v.head
    return v.head if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") else None


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
    demand_by: Optional[object] = None  # "Egypt says Ethiopia must halt raids": the verb of the one who demands
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


_child = child_with       # the first child of a token whose label is in `deps`, or None (doc_index.py)


def _is_verbal(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
