"""Coreference, quotes stage: the quotations of a document, who said each (`speaker`), to whom (`addressee`), and
who says what a pronoun stands in when it follows "X said:" with no quotation marks (`_colon_speaker`), and the
speaker's side as the owner of a body named with "our" in a quote (`speakers_body`). A mixin of
knowledge/coref.py's `Coref`, which indexes the quotes (`quotes`, `quote_starts`) and the mentions it reads.
"""
from __future__ import annotations

import bisect
from typing import Optional

from eventwire.coding.media import is_outlet
from eventwire.doc_index import lemma_lowers, word_lowers
from eventwire.knowledge.coref_mentions import QUOTE_RE
from eventwire.model import Actor

_FIRST_PERSON = frozenset({"we", "i"})
_ARMED = frozenset({"MIL", "UAF", "REB", "INS", "SEP", "RAD"})   # (a group's own fighters are the group)


def quote_index(ctx):
    """The function char offset -> index of the quotation it lies in (-1 outside any) for a document's context
    `ctx`; with no coreference on it (`ctx.coref` None, or no `ctx`), every offset is outside: a stage that keeps two
    acts together only when told in the same quotation compares `quote(a.trigger_start) == quote(b.trigger_start)`."""
    coref = getattr(ctx, "coref", None)
    return coref.quote_at if coref is not None else (lambda i: -1)


class CorefQuotes:
    """Quotes and their speakers, for `Coref` (knowledge/coref.py)."""

    def quote_at(self, char: int) -> int:
        i = bisect.bisect_right(self.quote_starts, char) - 1
        if i >= 0 and self.quotes[i][0] <= char < self.quotes[i][1]:
            return i
        return -1

    @staticmethod
    def _find_quotes(text: str) -> list[tuple[int, int]]:
        """Spans of quotations: curly pairs, straight pairs; an opening quote never closed runs to the next one."""
        out, open_at, straight = [], None, None
        for m in QUOTE_RE.finditer(text):
            c, i = m.group(0), m.start()
            if c == "\u201c":
                if open_at is not None:
                    out.append((open_at, i))
                open_at = i
            elif c == "\u201d":
                if open_at is not None:
                    out.append((open_at, i + 1))
                    open_at = None
            elif straight is None:
                straight = i
            else:
                out.append((straight, i + 1))
                straight = None
        if open_at is not None:
            out.append((open_at, min(len(text), open_at + 600)))
        return sorted(out)

    def _colon_speaker(self, h) -> Optional[str]:
        """The key of who says what a pronoun is in, when it is said with no quotation marks after a colon: the
        subject of a speech verb with a colon after it, earlier in the pronoun's sentence, or in the sentence before
        when the pronoun's own sentence has no speech verb with a subject of its own ("It said: France chose to back
        the US ... . Its wars have cost countless lives": "its" is not the one who said it, who would say
        "our"); only a colon followed by a capital, the start of the speaker's own words; None when there is no
        such speaker."""
        a = self._colon_said(h)
        return (a.entity or a.code) if a is not None else None

    def colon_speaker(self, h) -> Optional[Actor]:
        """Who says an unquoted first-person pronoun ("we", "our") in words given after "X said:" with no
        quotation marks, in that sentence or the next ("He said: We see a build-up of troops. We call on Chile
        to withdraw them": the one "He" stands for; "The panel said in a statement: ... . We urge all parties":
        the panel), or None: the writer's own "we" is nobody in the story (issue 14, no source)."""
        return self._colon_said(h, first_person=True)

    def _colon_said(self, h, first_person: bool = False) -> Optional[Actor]:
        si = self.sent_index(h.i)
        lemmas = lemma_lowers(self.doc)
        for k in (si, si - 1):
            if k < 0:
                break
            sent = self.sents[k]
            if k < si and any(self.doc[i].pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "nsubj" and not (first_person and c.lower_ in _FIRST_PERSON) for c in self.doc[i].children)
                    for i in range(self.sents[si].start, self.sents[si].end) if lemmas[i] in self.speech):
                return None           # the writer again: "... . She said its forces ..." (not "We urge ...")
            lows = word_lowers(self.doc)
            for i in range(sent.start, sent.end):
                if k == si and i >= h.i:
                    break
                if lows[i] != ":":
                    continue          # (no Token made for the words that are no colon)
                t = self.doc[i]
                if t.head.i >= t.i or t.i + 1 >= sent.end or not self.doc[t.i + 1].text[:1].isupper():
                    continue          # (a lower-case word after the colon may open reported speech: "said: it would")
                v = t.head
                if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in self.speech:
                    continue
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                if subj is None:
                    continue
                acts = self.heads.get(subj.i) or self._plain(subj)
                a = next((x for x in acts if x is not None and x.code), None)
                if a is not None:
                    return a
        return None

    def _previous_subject(self, si: int) -> Optional[Actor]:
        """ "He accused the EU of ... . "We neutralised ..." ": a quote that opens its sentence with no speech verb
        is said by the person who is the main subject of the sentence before, when that sentence is not quoted."""
        prev = self.sents[si]
        if self.quote_at(prev.start_char) >= 0:
            return None
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        acts = self.heads.get(subj.i)
        if acts is None:
            acts = self.coder._resolve_head(subj, self.ctx, prev, "source")
        return next((a for a in acts if a is not None and a.code and a.kind == "person"), None)

    def addressee(self, qi: int) -> Optional[Actor]:
        """To whom quote `qi` was said: the object of the speech verb outside it that names its speaker, in the
        sentence the quote ends in ('"You will pay," the minister told the Kurdish commander', 'He warned Israel:
        "..."', '"...," she said to the envoy'); None when that verb names no one spoken to."""
        qs, qe = self.quotes[qi]
        si = self.sent_index(self.token_at(max(qs, qe - 1)).i)
        best = None
        for si2 in sorted({self.sent_index(self.token_at(qs).i), si}):
            for t in self.sents[si2]:
                if qs <= t.idx < qe or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in self.speech:
                    continue
                if not any(c.dep_ == "nsubj" and not qs <= c.idx < qe for c in t.children):
                    continue
                dist = min(abs(t.idx - qe), abs(t.idx - qs))
                if best is None or dist < best[0]:
                    best = (dist, t)
        if best is None:
            return None
        v = best[1]
        obj = next((c for c in v.children if c.dep_ in ("dobj", "dative") and not qs <= c.idx < qe
                    and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None:
            to = next((c for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            return None
        sent = self.sents[self.sent_index(obj.i)]
        acts = self.heads.get(obj.i)
        if acts is None:
            acts = self.coder._resolve_head(obj, self.ctx, sent, "target")
        a = next((a for a in acts if a is not None and a.code), None)
        if a is None or is_outlet(a) or a.sector == "MED":
            return None               # "..., she told the Guardian", "told reporters": "you" is anyone there
        return a

    def speaker(self, qi: int) -> Optional[Actor]:
        """Who said quote `qi`: the subject of a speech verb outside it in the sentences it starts or ends in
        ('"...," the minister said', 'He said: "..."', "according to X"), else the speaker of the quote just before."""
        if qi in self._speakers:
            return self._speakers[qi]
        if qi in self._busy:
            return None
        self._busy.add(qi)
        qs, qe = self.quotes[qi]
        first = self.sent_index(self.token_at(qs).i)
        last = self.sent_index(self.token_at(max(qs, qe - 1)).i)
        found = None
        best = None
        for si in sorted({first, last}):
            for t in self.sents[si]:
                if qs <= t.idx < qe:
                    continue
                subj = None
                if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.speech:
                    subj = next((c for c in t.children if c.dep_ in ("nsubj",) and not qs <= c.idx < qe), None)
                elif t.lower_ == "according":
                    to = next((c for c in t.children if c.lower_ == "to"), None)
                    subj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                if subj is None:
                    continue
                dist = min(abs(t.idx - qe), abs(t.idx - qs))
                if best is None or dist < best[0]:
                    best = (dist, subj)
        if best is not None:
            tok = best[1]
            sent = self.sents[self.sent_index(tok.i)]
            acts = self.heads.get(tok.i)
            if acts is None:
                acts = self.coder._resolve_head(tok, self.ctx, sent, "source")
            found = next((a for a in acts if a is not None and a.code), None)
            if found is not None and not found.country and not found.entity and found.sector:
                # "one senior official said": the country of the sentence that names the speaker, when it names one
                found = Actor(**{k: getattr(found, k) for k in ("code", "country", "sector", "name", "entity", "text",
                                                                  "start", "end", "why", "kind")})
                from eventwire.knowledge import actor_country
                # (the words outside the quote: a place the speaker names says nothing of whose official he is)
                actor_country.fill_countries([found], [], tok, _outside(sent, qs, qe), self.ctx)
        elif qi > 0:
            ps, pe = self.quotes[qi - 1]
            if self.sent_index(self.token_at(max(ps, pe - 1)).i) >= first - 1:
                found = self.speaker(qi - 1)      # the same speaker goes on
                self._speaker_toks[qi] = self._speaker_toks.get(qi - 1)
        if best is not None:
            self._speaker_toks[qi] = best[1]
        if found is None and best is None and first > 0 and self.token_at(qs).i <= self.sents[first].start + 1:
            found = self._previous_subject(first - 1)
        self._busy.discard(qi)
        self._speakers[qi] = found
        return found

    def speaker_token(self, qi: int):
        """The token that names who said quote `qi` (the subject `speaker` found), or None when none was found."""
        self.speaker(qi)
        return self._speaker_toks.get(qi)

    def speakers_body(self, a: Actor, h, sent) -> Optional[Actor]:
        """ '"Our forces are advancing," said the SDF spokesman': a body with no country of its own owned by "our" or
        "my" inside a quote is the speaker's side's: a named group's own code for its armed men ("our fighters" of
        an SDF official: the SDF), else the side's country with the noun's own sector ("our diplomats" of a US
        official: USAGOV). None where the noun is not so owned, or no speaker is known."""
        poss = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in ("our", "my")), None)
        if poss is None or a.country or a.entity or not a.sector or self.quote_at(poss.idx) < 0:
            return None
        side = next((x for x in self.pronoun(poss, sent) if x is not None and x.code), None)
        if side is None or side.sector == "CVL" and a.sector != "CVL":
            return None               # (a private speaker's "our army" is no side of his)
        text, start, end = f"{poss.text} {h.text}", poss.idx, h.idx + len(h.text)
        why = f"'{text}' in a quote: the speaker's side ({side.why})"
        if side.sector in _ARMED and a.sector in _ARMED or side.entity and side.kind != "person" and not side.country:
            return Actor(code=side.code, country=side.country, sector=side.sector, name=side.name, entity=side.entity,
                         text=text, start=start, end=end, kind=side.kind, why=why)
        if not side.country:
            return None
        return Actor.national(side.country, a.sector, name=None, entity=None,
                              text=text, start=start, end=end, kind="group", why=why)


def _outside(sent, qs: int, qe: int):
    """The part of the sentence `sent` outside the quote [qs, qe) that opens or closes it ('"... the border with
    Iraq," one senior official said': "one senior official said."), or the whole sentence where the quote is inside
    it or there is nothing else."""
    toks = [t for t in sent if not qs <= t.idx < qe]
    if not toks or len(toks) == len(sent):
        return sent
    lo, hi = toks[0].i, toks[-1].i + 1
    if hi - lo != len(toks):
        return sent           # (the quote in the middle: the sentence as a whole)
    return sent.doc[lo:hi]
