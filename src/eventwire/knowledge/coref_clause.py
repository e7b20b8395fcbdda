"""Coreference: what a pronoun's own clause says it cannot stand for, and where a name stands in its clause: the
arguments of its own verb, the subject its verb takes from a verb above it, the noun its participle modifies, the
head of a coordination, an argument against a modifier or a place named as a place. A part of ``CorefChoice``
(knowledge/coref_choice.py), which scores the candidates."""
from __future__ import annotations

import bisect

from eventwire.knowledge.coref_mentions import LOC_PREPS

# a name in one of these roles in a pronoun's own clause is not what the pronoun stands for ("it" in "It raised
# accusations that Turkey ..." is not Turkey); a modifier is no such name ("which it worries could fuel the Kurdish
# rebellion")
# the pronouns that are only objects: as the subject of an infinitive they are the object of the verb above it
OBJECT_CASE = frozenset({"them", "him", "her", "me", "us", "it"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos", "conj"})


class CorefClause:
    """The clause-level checks of the coreference choice (a part of ``CorefChoice``)."""

    def _argument_after(self, h, sent) -> set:
        """The countries named after "the country" as another argument of its own verb ("turned the country over to
        Russia", "handed the country to Tehran"): not what it stands for."""
        verb = next((a for a in h.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or h.dep_ not in ("dobj", "pobj", "dative", "nsubj", "nsubjpass"):
            return set()
        out = set()
        lo = bisect.bisect_right(self.mention_starts, h.idx)
        doc_mentions = self.ctx.mentions
        for k in range(lo, len(doc_mentions)):
            m2 = doc_mentions[k]
            if m2.start >= sent.end_char:
                break
            if not m2.country or m2.kind not in ("country", "capital"):
                continue
            t = self._anchor(self.token_at(max(m2.start, m2.end - 1)))
            if t.dep_ not in ("dobj", "pobj", "dative", "nsubj", "nsubjpass"):
                continue
            own = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if own is not None and own.i == verb.i:
                out.update(x for x in (m2.code, m2.country) if x)
        return out

    def _bound(self, m, own_verb, controllers: set, bound_nouns: set) -> bool:
        """A mention of the pronoun's own sentence that the pronoun cannot stand for: an argument of its own verb
        ("Hamas captured them"), the subject its verb takes from a verb above it ("X imposed a boycott, accusing it")
        or the noun its participle clause modifies ("the party backing it")."""
        tok = m.token
        if own_verb is not None and tok.head.i == own_verb and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
            return True
        if m.role == "subj" and self._anchor(tok).head.i in controllers:
            return True
        return tok.i in bound_nouns

    @staticmethod
    def _object_subject(h):
        """The verb whose object an object-case pronoun is when the parser made it the subject of the infinitive after
        that verb ("allowing them to keep importing", "forced him to resign", "let them go": allowing, forced, let),
        else None. Such a pronoun is bound as that verb's object: not its subject nor the subject it takes from a verb
        above it ("The ministry exempted the firms, allowing them to ...": not the ministry)."""
        v = h.head
        if h.pos_ != "PRON" or h.dep_ != "nsubj" or h.lower_ not in OBJECT_CASE or v.dep_ not in ("ccomp", "xcomp") \
                or v.head is v or v.head.pos_ not in ("VERB", "AUX") or v.head.i > h.i:
            return None
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ == "to" for c in aux) or (v.tag_ == "VB" and not aux):
            return v.head
        return None

    @staticmethod
    def _implicit_subjects(h, v=None) -> tuple[set, set]:
        """The doer of the verb an object pronoun depends on when that verb has no subject of its own: ({verbs whose
        subject it is}, {nouns that are it}). "Our units are trying to push them back" (a controlled verb: its
        controller's subject), "The US and the EU do not consider X terrorists and have supported them" (a verb
        coordinated with one that has the subject), "X imposed a boycott on the state, accusing it of ..." (a
        participle clause with no subject), "X fought against them" (a preposition on the verb), "the party backing
        it" (a participle on a noun: the noun). A pronoun so bound is none of these (a reflexive or a possessive is
        not bound)."""
        verbs, nouns = set(), set()
        if v is not None:             # (the verb whose object the pronoun is, as ``_object_subject`` says)
            pass
        elif h.dep_ == "pobj" and h.head.dep_ in ("prep", "agent") and h.head.head.pos_ in ("VERB", "AUX") \
                and h.head.lower_ != "by":
            v = h.head.head           # ("by": "was attacked by them", the doer is the pronoun itself)
        elif h.dep_ == "pobj":
            return verbs, nouns
        else:
            v = h.head
        for _ in range(6):
            if v.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                                    for c in v.children):
                break
            up = v.head
            if up is v:
                break
            if v.dep_ == "acl" and v.tag_ in ("VBG", "VBN") and up.pos_ in ("NOUN", "PROPN"):
                nouns.add(up.i)       # "the party backing it", "forces loyal to ... fighting them"
                break
            if v.dep_ == "xcomp" or v.dep_ == "conj" \
                    or (v.dep_ == "advcl" and v.tag_ == "VBG"
                        and not any(c.dep_ in ("mark", "advmod") and c.i < v.i for c in v.children)):
                v = up
                verbs.add(v.i)        # its subject does this verb's act too
                continue
            break
        return verbs, nouns

    @staticmethod
    def _anchor(t):
        """The head of the coordination or apposition `t` is in ("Britain and France": Britain)."""
        while t.dep_ in ("appos", "conj") and t.head is not t:
            t = t.head
        return t

    @staticmethod
    def _argument(t) -> bool:
        """A name that is an argument of its clause, not a modifier nor a place named as a place ("in Turkey")."""
        while t.dep_ in ("conj", "appos") and t.head is not t:
            t = t.head
        if t.dep_ == "pobj":
            return t.head.lower_ not in LOC_PREPS
        return t.dep_ in ARGUMENT_DEPS
