"""Coreference, pronoun stage after the scored choice (see knowledge/coref.py): an "it" that stands for a place or a
thing rather than the actor chosen, "they" or "it" in what one spokesman or official said as the side the speaker
speaks for, and "they" as the actors coordinated with the one chosen or as the two people of one earlier sentence.
``CorefBound`` is a part of ``Coref``; it uses the index ``Coref`` builds and the choice of ``CorefChoice``."""
from __future__ import annotations

import re
from typing import Optional

from eventwire.knowledge.coref_choice import link
from eventwire.knowledge.coref_mentions import Want
from eventwire.model import Actor

# the subjects of a copula that only point at what its predicate names ("this is a criminal regime")
POINTING_SUBJECTS = frozenset({"this", "that", "these", "those", "it"})


def bound_to(t: Actor, s: Actor) -> bool:
    """The target `t` is a reflexive bound to the subject of its clause (`CorefBound._reflexive`) that is the source
    `s`'s own mention: an act done to oneself, no dyad (read by the coder)."""
    why = t.why or ""
    m = re.match(r"reflexive '[^']+' -> the subject of its clause '([^']+)'", why)
    return m is not None and m.group(1) in (s.text or "").split()


class CorefBound:
    """What a pronoun stands for besides the scored choice's pick (mixed into ``Coref``)."""

    def _place_or_thing(self, h, m) -> bool:
        """ "it" that stands for a place or a thing, not for the actor `m` the scored choice found: the chosen actor's
        name only modifies a thing ("the Iran deal ... until Trump wrecked it"; not "Isis's assault", whose doer it
        names), or it was named in an earlier sentence while the nearest singular noun of the pronoun's own sentence,
        before it and outside the pronoun's own clause, is a place ("I have lived in the city of X since it was
        occupied", "the fall of X, two days after it was surrounded") or a thing ("he tried to defuse a device and it
        exploded"). What the pronoun's own clause governs ("exploiting the chaos, it regrouped"), the subject of a
        clause above it ("the statement said it ...") and the noun its relative clause modifies ("the land it
        seized") are no such place or thing."""
        here = self.sent_index(h.i)
        tok = m.token
        if m.sent == here:
            start = m.actor.start
            if tok.pos_ == "NOUN" and start is not None and m.actor.end is not None and m.actor.end <= tok.idx:
                head = tok            # "the Iran deal": the actor found at the noun its name modifies
                mod = next((c for c in tok.children if c.left_edge.idx <= start <= c.right_edge.idx), None)
                if mod is None or mod.dep_ not in ("compound", "nmod"):
                    return False
            elif tok.dep_ in ("compound", "nmod"):
                head = tok.head
            else:
                return False
            return head.pos_ == "NOUN" and head.i < h.i and not self.coder._sector_of(head, self.ctx) \
                and (self._thing(head) or head.lemma_.lower() in self.place_nouns)
        v = h.head
        while v.pos_ not in ("VERB", "AUX") and v.head is not v:
            v = v.head
        if v.dep_ == "relcl":
            return False              # "the fighters it dispatches": the doer of a relative clause is an actor
        sent = self.sents[here]
        for t in reversed(self._tokens(sent)):
            if t.i >= h.i or t.dep_ in ("compound", "poss") or t.pos_ not in ("NOUN", "PROPN") or t is v \
                    or v.is_ancestor(t) or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"):
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.is_ancestor(h):
                continue              # "a statement said: 'It has ...'"
            if t.tag_ not in ("NN", "NNP"):
                continue              # a plural is never "it"
            if any(a is not None and a.code for a in self.heads.get(t.i) or ()):
                return False
            if t.pos_ == "PROPN":
                return t.ent_type_ in ("GPE", "LOC", "FAC")
            return (t.lemma_.lower() in self.place_nouns or self._thing(t)) \
                and not self.coder._sector_of(t, self.ctx) and not any(a is not None and a.code for a in self._plain(t))
        return False

    def _speaks_for(self, t) -> bool:
        """A role noun for one who speaks for a body ("spokesman", "co-chair", "official"): `t` or its apposition."""
        for x in [t] + [c for c in t.children if c.dep_ == "appos"]:
            if x.pos_ == "NOUN" and x.tag_ == "NN" and self.words.get(x.lemma_.lower(), ("", None))[1] == "speaks":
                return True
        return False

    def _spokesman_side(self, h) -> Optional[list]:
        """ "Ilham Ahmed, head of external affairs for the area, said they would not release ...", "a spokesman
        for the militias said they had blocked ...", "X, the US envoy, said it would not allow ...": "they" or "it" as
        the subject of what one person who speaks for a body
        said (outside a quote, no one told) is that body, the side of the speaker as the coder resolved it ([] when the
        speaker gives no coded actor: someone no list codes, not a plural named before); None when the sentence is not
        so built."""
        v = h.head
        if h.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "ccomp":
            return None
        sv = v.head
        if sv.pos_ not in ("VERB", "AUX") or sv.lemma_.lower() not in self.speech \
                or any(c.dep_ in ("dobj", "dative") for c in sv.children):
            return None               # "De Mistura told the delegates they could ...": the ones told
        subj = next((c for c in sv.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ not in ("NN", "NNP") or subj.conjuncts or not self._speaks_for(subj):
            return None
        pp = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("at", "for", "of", "with")), None)
        body = next((c for c in pp.children if c.dep_ == "pobj"), None) if pp is not None else None
        acts = self.heads.get(subj.i)
        if body is not None:          # "an official at X Hospital": the body (none when no list codes it)
            acts = [a for a in (self.heads.get(body.i) or self._plain(body)) if a is not None and a.code]
        elif acts is None:
            acts = self.people.get(subj.i) and [self.people[subj.i]] or self._plain(subj)
        for ap in (c for c in subj.children if c.dep_ == "appos"):
            acts = list(acts) + self._plain(ap)      # "X, co-chair of the Kurdish council"
        a = next((x for x in acts if x is not None and x.code and (x.country or x.sector)), None)
        if a is None:
            return []                 # the side of someone no list codes: no one named before
        return [link(a, h, f"pronoun '{h.text}' -> the side of {a.name or a.code} ('{a.text}'), who speaks for it "
                           f"and said it", keep_person=False)]

    def _predicated(self, h) -> Optional[list]:
        """ "This is a criminal regime, they have killed people", "these are gangsters and they kill everyone": "they"
        or "it", the subject of a clause joined to a copula before it whose subject only points ("this", "that",
        "it") and whose predicate noun names a party, stands for that party: the actor found at the predicate noun
        ([] when no list codes it: a party no one named before, not the speaker's own people); None when the sentence
        is not so built or the predicate names no party ("it is a war, they ...")."""
        if h.dep_ not in ("nsubj", "nsubjpass"):
            return None
        v = h.head
        near = [c for c in v.children if c.dep_ in ("ccomp", "conj", "parataxis") and c.i < h.i]
        if v.dep_ in ("conj", "ccomp", "parataxis") and v.head.i < h.i:
            near.append(v.head)
        for cop in near:
            if cop.lemma_.lower() != "be" or not any(
                    c.dep_ == "nsubj" and c.lower_ in POINTING_SUBJECTS for c in cop.children):
                continue
            pred = next((c for c in cop.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")
                         and c.i < h.i), None)
            if pred is None or not (self.coder._sector_of(pred, self.ctx) or self._name_within(pred)):
                continue
            acts = [a for a in (self.heads.get(pred.i) or self._plain(pred)) if a is not None and a.code]
            if not acts:
                return []
            a, subj = acts[0], next(c for c in cop.children if c.dep_ == "nsubj")
            why = f"pronoun '{h.text}' -> what '{subj.text} {cop.text} ... {pred.text}' before it says"
            if not a.country and not a.entity and (same := self._named_head(pred, a.sector)) is not None:
                # "a criminal regime" after "the Syrian regime": the body of that head noun named before
                return [link(same.actor, h, f"{why}, the {pred.lemma_.lower()} named before ('{same.actor.text}')",
                             keep_person=False)]
            return [link(a, h, f"{why} ('{a.text}'): the party described", keep_person=False)]
        return None

    def _named_head(self, noun, sector):
        """The last mention, outside quotes, of a body named with this head noun and a country, of this sector and
        within the window of "the regime" (coref_descriptions.SAME_HEAD_WINDOW), when no body of that head and another country
        was named in that window; else None."""
        from eventwire.knowledge.coref_descriptions import SAME_HEAD_WINDOW
        lemma = noun.lemma_.lower()
        m = self.head_last.get(lemma)
        here = self.sent_index(noun.i)
        if m is None or noun.tag_ != "NN" or m.actor.sector != sector or not 0 < here - m.sent <= SAME_HEAD_WINDOW:
            return None
        r = self.head_rival.get(lemma)
        if r is not None and here - r.sent <= SAME_HEAD_WINDOW:
            return None
        return m

    def _conjuncts(self, pick, h, sent) -> list:
        """ "MI6, the CIA and France's DGSE ... they": the other actors coordinated with the one chosen."""
        m, s, why = pick
        conj = {c.i for c in self.doc[m.tok].conjuncts}
        if not conj:
            return []
        here = m.sent == self.sent_index(h.i)
        pool = self.sentence_mentions(sent, m.sent, before=h.idx) if here else \
            list(self.mentions_in.get(m.sent, ()))
        bound = self._implicit_subjects(h)[1] if here and h.dep_ not in ("nsubj", "nsubjpass") else ()
        return [(x, s, why + ["coordinated with it"]) for x in pool
                if x.tok in conj and x.actor.code and x.key != m.key and x.tok not in bound]

    def _co_linked(self, pick, h, sent) -> list:
        """ "The two leaders condemned the strikes. They agreed ...": when "they" stands for a description or pronoun
        linked to several actors, the others linked at that same word."""
        m, s, why = pick
        if "(coreference)" not in (m.actor.why or ""):
            return []
        here = m.sent == self.sent_index(h.i)
        pool = self.sentence_mentions(sent, m.sent, before=h.idx) if here else \
            list(self.mentions_in.get(m.sent, ()))
        return [(x, s, why + ["linked with it"]) for x in pool
                if x.tok == m.tok and x.actor.code and x.key != m.key and "(coreference)" in (x.actor.why or "")]

    def _pair(self, h, sent, best: Optional[float]) -> list[Actor]:
        """ "Erdogan called Putin. They discussed Syria": "they" as the two people of one earlier sentence, when
        that fits better than any one plural actor."""
        want = Want(label=f"pronoun '{h.text}'", kinds=frozenset({"person"}), plural=False, window=1, n=2)
        picks = self._choose(h, want, sent)
        if len(picks) < 2 or picks[0][0].sent != picks[1][0].sent or not all(m.actor.code for m, _, _ in picks) \
                or picks[0][0].actor.code == picks[1][0].actor.code \
                or "subj" not in (picks[0][0].role, picks[1][0].role):
            return []
        score = min(picks[0][1], picks[1][1]) + 0.5
        if best is not None and best >= score:
            return []
        want.label += " (the two people named together)"
        return self._linked(picks, h, want)

    def _reflexive(self, h, sent) -> Optional[list]:
        """ "their Kurdish allies will be unable to defend themselves": a reflexive object stands for the subject of
        its own clause, or of the clause that controls it ("unable to", "tried to", "was forced to"), whatever else
        is more salient; [] where that subject is a noun no one coded, None where the clause has no subject here
        (then the scored choice decides)."""
        if h.dep_ not in ("dobj", "pobj", "dative"):
            return None
        v = h.head.head if h.dep_ == "pobj" else h.head
        for _ in range(4):
            if v.pos_ not in ("VERB", "AUX", "ADJ"):
                return None
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                break
            if v.dep_ not in ("xcomp", "acomp", "conj") or v.head is v:
                return None
            v = v.head
        else:
            return None
        if subj.lower_ in ("who", "which", "that") or subj.pos_ == "PRON":
            return None               # (the scored choice follows a relative or a pronoun subject)
        acts = [a for a in (self.heads.get(subj.i) or self._plain(subj)) if a is not None and a.code]
        if not acts:
            return []
        return [link(a, h, f"reflexive '{h.text}' -> the subject of its clause '{subj.text}'") for a in acts[:1]]

