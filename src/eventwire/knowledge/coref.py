"""Coreference by role and salience: who "he", "they", "the group", "the two leaders" or a quoted "we" stands for.

One index per document (``Coref``), filled as the coder reads the story sentence by sentence:

* mentions: each actor a sentence names, with its grammatical role (subject, object, possessor, modifier, or a
  place used as a place), its number, its kind (person, people, organisation, country, body) and the quote it is in;
* quotes: each quotation's span and its speaker (the subject of the speech verb next to it, or the speaker of the
  quotation just before);
* people: a name given with a role ("Karim Haddad, Jordan's interior minister", "the Kurdish commander Rashid
  Omar") takes the role's code, and a later surname ("Haddad") of anyone named in full takes the same actor.

A pronoun or a definite description is resolved by one scored choice (``Coref._choose``) among the earlier mentions
that fit it in number and kind: subjects over objects over modifiers; places used as places, datelines and credit
lines never; recent sentences over older ones; an actor named again and again over one named once; the subject of
a clause that governs the pronoun ("X said he would ...") first of all. "I" and "we" inside a quote are its
speaker. Each link's `why` says what it was linked to and why.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Optional

from eventwire.knowledge.people import PeopleIndex, title_heads
from eventwire.model import Actor

# weight of an earlier mention by its grammatical role; a place used as a place counts only for "the country"
ROLE_WEIGHT = {"subj": 3.0, "obj": 2.0, "poss": 1.8, "other": 1.2, "mod": 0.8, "loc": 0.0}
DECAY = 0.7                  # lost per sentence back
REPEAT = 0.4                 # won per earlier mention of the same actor in the window (up to three)
GOVERNING_SUBJECT = 2.0      # "X said he would ...": the subject of a clause above the pronoun
PARALLEL = 0.5               # a subject pronoun and a subject antecedent
QUOTED = 1.0                 # lost by a mention inside a quote that the pronoun is not in
MIN_SCORE = 0.5
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "dative", "poss", "ROOT",
                          "oprd", "npadvmod", "csubj"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
LOC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "into",
                       "onto", "along", "over", "beyond", "from", "to", "towards", "toward", "through", "via", "off"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
QUOTE_RE = re.compile("[\u201c\u201d\"]")
UNKNOWN = "a name the actor lists do not know"      # the `why` of a mention that can be chosen but gives no actor


@functools.cache
def coref_words() -> dict:
    """{word: (class, value)} from data/coding/coref.tsv."""
    from eventwire.coding.tables import coding_table
    out = {}
    for word, cls, value, *_ in (row + ["-"] for row in coding_table("coref.tsv")):
        out[word.lower()] = (cls, None if value == "-" else value)
    return out


@dataclass
class Mention:
    actor: Actor
    start: int
    sent: int
    tok: int                 # head token index
    role: str                # subj, obj, poss, other, mod, loc
    plural: bool
    kind: str                # person, people, org, country, body
    quote: int               # index of the quote it is in, or -1
    key: str                 # the same actor again: entity, else code
    token: object = None     # the head token


@dataclass
class Want:
    """What a pronoun or a description can stand for."""
    label: str
    kinds: frozenset
    plural: Optional[bool] = None     # None: either
    window: int = 3                   # sentences back
    loc_weight: float = 0.0
    sector: Optional[str] = None      # a role noun's or sector noun's sector
    country: Optional[str] = None     # "the Turkish president": only TUR
    title: Optional[str] = None       # "the president": a known person whose role says so is preferred
    n: int = 1                        # "the two leaders": two
    family_only: bool = False         # a sector noun ("the militants"): only actors of its sector family
    bind: bool = True                 # not an argument of the pronoun's own verb (not for possessives, reflexives)
    named: bool = False               # a body or people only with a country
    description: bool = False         # a definite description: never the subject of a clause above it


def link(a: Actor, span, why: str, keep_person: bool = True) -> Actor:
    """A copy of `a` at the pronoun or description (its text and offsets), saying why (coreference)."""
    text = span.text
    start = span.idx if hasattr(span, "idx") else span.start_char
    entity, name, kind = (a.entity, a.name, a.kind) if keep_person else (None, None, "group")
    return Actor(code=a.code, country=a.country, sector=a.sector, name=name, entity=entity, text=text,
                 start=start, end=start + len(text), why=f"{why} (coreference)", kind=kind)



class Coref:
    """The document's coreference index (see the module doc). Built by ``Coder.context``."""

    def __init__(self, doc, ctx, coder):
        from eventwire.coding.coder import COUNTRY_NOUNS, GROUP_NOUNS, IGO_NOUNS, ROLE_NOUNS
        from eventwire.knowledge.place_words import _DIRECTION_HEADS, _PART_NOUNS, _PLACE_HEADS
        self.doc, self.ctx, self.coder, self.kb = doc, ctx, coder, coder.kb
        self.words = coref_words()
        self.person_nouns = ROLE_NOUNS | title_heads()
        self.country_nouns, self.group_nouns, self.igo_nouns = COUNTRY_NOUNS, GROUP_NOUNS, IGO_NOUNS
        self.place_nouns = _PLACE_HEADS | _DIRECTION_HEADS | _PART_NOUNS
        self.speech = coder.reporting | {w for w, (c, _) in self.words.items() if c == "speech"}
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self.tok_starts = []
        self.nominal = []                          # nouns, names and pronouns
        for t in doc:
            self.tok_starts.append(t.idx)
            if t.pos_ in NOMINAL_POS:
                self.nominal.append(t)
        self.nominal_idx = [t.i for t in self.nominal]
        self.mentions: list[Mention] = []          # earlier sentences, in text order
        self.heads: dict[int, list] = {}           # actors the coder resolved at a head token
        self._plain_cache: dict[int, list] = {}
        self._blockers: dict[int, Optional[Mention]] = {}
        self.heads_other = False
        self._busy: set = set()
        text = ctx.text
        self.quotes = self._find_quotes(text)
        self.quote_starts = [q[0] for q in self.quotes]
        self._speakers: dict[int, Optional[Actor]] = {}
        bylines = [w for w, (c, _) in self.words.items() if c == "byline"]
        low = text.lower()
        sent_chars = [s.start_char for s in self.sents]
        self.byline_sents = set()
        for b in bylines:
            i = low.find(b)
            while i >= 0:
                self.byline_sents.add(max(0, bisect.bisect_right(sent_chars, i) - 1))
                i = low.find(b, i + 1)
        self.unknown: dict[int, Actor] = {}        # pronoun token -> the uncoded name it stands for
        # token index -> person named with a role, or a later surname (knowledge/people.py)
        self.people: dict[int, Actor] = PeopleIndex(doc, ctx, coder, self.person_nouns, self.tok_starts,
                                                           [t for t in self.nominal if t.pos_ == "PROPN"]).people
        self.mention_starts = [m.start for m in ctx.mentions]

    # ------------------------------------------------------------------ positions
    def sent_index(self, tok_i: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, tok_i) - 1)

    def token_at(self, char: int):
        i = bisect.bisect_right(self.tok_starts, char) - 1
        return self.doc[max(0, i)]

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

    # ------------------------------------------------------------------ people named with a role
    def person_at(self, tok) -> Optional[Actor]:
        """The person named with a role, or the surname of someone named in full, at this token."""
        return self.people.get(tok.i)

    # ------------------------------------------------------------------ mentions
    def note(self, tok, actors) -> None:
        """The coder resolved these actors at this head token (kept as the sentence's mentions)."""
        if actors:
            self.heads[tok.i] = list(actors)
            if tok.pos_ not in NOMINAL_POS:
                self.heads_other = True

    def _plain(self, t) -> list:
        """The actor of a noun phrase nobody coded (an object, a name in a phrase, the subject of "said"); a
        pronoun or a definite description is linked like the coder's own (to what comes before it only)."""
        got = self._plain_cache.get(t.i)
        if got is not None:
            return got
        self._plain_cache[t.i] = []          # (no loop through itself)
        out = []
        if t.i in self.unknown:
            out = [self.unknown[t.i]]
            self._plain_cache[t.i] = out
            return out
        p = self.people.get(t.i)
        definite = t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                            for c in t.children)
        if p is not None:
            out = [p]
        elif (t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass")) or definite:
            sent = self.sents[self.sent_index(t.i)]
            out = [a for a in self.coder._resolve_head(t, self.ctx, sent, "source") if a is not None and a.code]
        elif t.pos_ in ("NOUN", "PROPN"):
            phrase = self.coder._phrase(t, junk=self.ctx.junk)
            if phrase is not None:
                lo = bisect.bisect_left(self.mention_starts, phrase.start_char)
                has_name = lo < len(self.mention_starts) and self.mention_starts[lo] < phrase.end_char
                if has_name or self.coder._sector_of(t, self.ctx):
                    a = self.kb.resolve_phrase(phrase.text, phrase.start_char, self.ctx.date, self.ctx.countries)
                    if a is not None and a.code:
                        if a.start is None:
                            a.start, a.end, a.text = phrase.start_char, phrase.end_char, phrase.text
                        out = [a]
        if out and any(not a.country and not a.entity and a.sector for a in out):
            # "officials said ...": a sector with no country takes its sentence's one country, as in an event
            out = [Actor(**{k: getattr(a, k) for k in ("code", "country", "sector", "name", "entity", "text", "start",
                                                        "end", "why", "kind")}) for a in out]
            from eventwire.knowledge import actor_country
            actor_country.fill_countries(out, [], t, self.sents[self.sent_index(t.i)], self.ctx)
        self._plain_cache[t.i] = out
        return out

    def _role(self, t, a) -> str:
        x = t
        for _ in range(6):
            if x.dep_ in ("conj", "appos") and x.head is not x:
                x = x.head
            else:
                break
        dep = x.dep_
        placeish = a.kind in ("country", "capital") and (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC"))
        if dep in ("nsubj", "nsubjpass", "csubj"):
            return "subj"
        if dep == "ROOT":
            return "subj" if x.pos_ in ("NOUN", "PROPN") else "other"
        if dep == "pobj":
            p = x.head
            if p.dep_ == "agent" or p.lower_ == "by":
                return "subj"
            if placeish and p.lower_ in LOC_PREPS:
                return "loc"
            return "obj"
        if dep in ("dobj", "dative", "attr", "oprd"):
            return "obj"
        if dep == "poss":
            head = x.head
            if placeish and (head.lemma_.lower() in self.place_nouns or head.ent_type_ in ("GPE", "LOC", "FAC")):
                return "loc"          # "Syria's north-east"
            return "poss" if self.coder.event_noun(head) else "mod"
        if dep in ("compound", "amod", "nmod", "nummod"):
            if placeish and x.head.lemma_.lower() in self.place_nouns:
                return "loc"          # "the Syria border"
            return "mod"
        return "other"

    def _kind(self, a: Actor, t) -> tuple[str, bool]:
        cls = self.words.get(t.lower_, ("", None))[0] if t.pos_ == "PRON" else ""
        plural = t.tag_ in ("NNS", "NNPS") or cls == "plural" or cls == "speakers" \
            or (t.pos_ in ("NOUN", "PROPN") and bool(t.conjuncts))      # "Britain, France and Germany"
        k = a.kind or ""
        lemma = t.lemma_.lower()
        if k == "person" or (t.pos_ == "NOUN" and lemma in self.person_nouns):
            return ("people" if plural else "person"), plural
        if k in ("group", "party", "igo"):
            return "org", plural and t.pos_ == "NOUN"    # "the Syrian Democratic Forces" is one body
        if k in ("country", "capital"):
            if t.pos_ == "NOUN" or plural or (a.sector and cls):
                return ("people" if plural else "body"), plural
            return "country", plural
        return ("people" if plural else "body"), plural

    def _mention(self, a: Actor, t, sent_i: int) -> Mention:
        kind, plural = self._kind(a, t)
        start = a.start if a.start is not None else t.idx
        return Mention(actor=a, start=start, sent=sent_i, tok=t.i, role=self._role(t, a), plural=plural, kind=kind,
                       quote=self.quote_at(start), key=a.entity or a.code or "", token=t)

    def _blocker(self, t, sent_i: int) -> Optional[Mention]:
        """A name the actor lists do not know, or a thing that is a subject, as a mention with no actor (cached)."""
        if t.i in self._blockers:
            return self._blockers[t.i]
        m = None
        if t.pos_ == "PROPN" and (t.ent_type_ in ("PERSON", "ORG")
                                  or (t.ent_type_ == "" and t.dep_ in ("nsubj", "nsubjpass", "poss", "appos"))):
            kind = "person" if t.ent_type_ != "ORG" else "group"
        elif t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and self._thing(t) \
                and not self.coder._sector_of(t, self.ctx):
            kind = "thing"
        else:
            kind = None
        if kind is not None:
            lo_i = min([c.i for c in t.lefts if c.dep_ == "compound"] + [t.i])
            name = self.doc[lo_i: t.i + 1]
            a = Actor(code=None, text=name.text, start=name.start_char, end=name.end_char, why=UNKNOWN, kind=kind)
            m = self._mention(a, t, sent_i)
            m.key = "?" + name.text.lower()
            if kind == "thing":
                m.kind = "thing"
        self._blockers[t.i] = m
        return m

    def _thing(self, t) -> bool:
        """A noun for something that can say or do what an actor does: a document, a plan, an event, a weapon."""
        lemma = t.lemma_.lower()
        return self.words.get(lemma, ("", None))[0] == "thing" or self.coder.event_noun(t) is not None \
            or self.coder._violent_agent(t) or self.coder._projectile(t)

    def _tokens(self, sent):
        """The sentence's nouns, names and pronouns, and any other token the coder resolved actors at."""
        lo = bisect.bisect_left(self.nominal_idx, sent.start)
        hi = bisect.bisect_left(self.nominal_idx, sent.end)
        toks = self.nominal[lo:hi]
        extra = [self.doc[i] for i in self.heads if sent.start <= i < sent.end and self.doc[i].pos_ not in NOMINAL_POS] \
            if self.heads_other else []
        return sorted(toks + extra, key=lambda t: t.i) if extra else toks

    def sentence_mentions(self, sent, sent_i: int, before: Optional[int] = None) -> list[Mention]:
        """The actors a sentence names (before char offset `before`, when given), with role, number and kind."""
        ctx = self.ctx
        if sent_i in self.byline_sents:
            return []
        out, taken = [], []
        end = before if before is not None else sent.end_char
        toks = self._tokens(sent)
        for t in toks:
            if t.idx >= end:
                break
            acts = self.heads.get(t.i)
            if acts is None:
                if t.dep_ not in NOMINAL_DEPS:
                    continue
                if t.dep_ == "appos" and any(m.tok == t.head.i for m in out):
                    continue          # "X, the minister": the same one
                if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in LOC_PREPS and t.i not in self.people:
                    continue          # "in Syria": a place named as a place (its name is still a mention below)
                acts = self._plain(t)
            for a in acts:
                if a is None or not (a.code or a.why == UNKNOWN) \
                        or (a.start is not None and ctx.in_junk(a.start, a.end or a.start + 1)):
                    continue
                m = self._mention(a, t, sent_i)
                out.append(m)
                taken.append((m.start, a.end if a.end is not None else m.start + 1))
        lo = bisect.bisect_left(self.mention_starts, sent.start_char)
        for m in ctx.mentions[lo:]:
            if m.start >= end:
                break
            if not m.code or ctx.in_junk(m.start, m.end) or any(s < m.end and m.start < e for s, e in taken):
                continue
            t = self.token_at(max(m.start, m.end - 1))
            out.append(self._mention(m, t, sent_i))
            taken.append((m.start, m.end))
        # people and organisations the actor lists do not know ("Staffan de Mistura", "CBS News"): a pronoun that
        # stands for one of them stands for no actor we can code, not for someone else named before
        # and a thing that is the subject of its clause ("the resolution ... though it called for"): "it" or "they"
        # there stands for that thing, not for an actor named before it
        for t in toks:
            if t.idx >= end:
                break
            if t.dep_ == "compound" or t.dep_ not in NOMINAL_DEPS or any(s <= t.idx < e for s, e in taken):
                continue
            m = self._blocker(t, sent_i)
            if m is not None:
                out.append(m)
        out.sort(key=lambda m: m.start)
        return out

    def remember(self, sent, sent_i: int) -> None:
        """After a sentence is coded: its mentions join the document's."""
        self.mentions.extend(self.sentence_mentions(sent, sent_i))

    # ------------------------------------------------------------------ the scored choice
    def _choose(self, h, want: Want, sent, quote: int = -1, exclude_key: Optional[str] = None,
                before: Optional[int] = None) -> list:
        """[(mention, score, reason)] of the best distinct actors that fit `want`, best first (at most want.n)."""
        sent_i = self.sent_index(h.i)
        cands = self.sentence_mentions(sent, sent_i, before=h.idx if before is None else before)
        for m in reversed(self.mentions):
            if sent_i - m.sent > want.window:
                break
            if m.sent < sent_i:
                cands.append(m)
        ancestors = {a.i for a in h.ancestors}
        own_verb = h.head.i if h.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj") else None
        # "our forces are trying to force them": the object of a controlled verb is not its controller either
        controllers = set()
        if own_verb is not None and h.dep_ not in ("nsubj", "nsubjpass"):
            v = h.head
            while v.dep_ == "xcomp" and v.head is not v:
                v = v.head
                controllers.add(v.i)
        # "He sent fewer soldiers than Trump demanded": an actor named later in the pronoun's own clause is not it
        named_after = set()
        if h.pos_ == "PRON" and h.dep_ in ("nsubj", "nsubjpass"):
            clause = h.head
            lo = bisect.bisect_right(self.mention_starts, h.idx)
            for m2 in self.ctx.mentions[lo:]:
                if m2.start >= sent.end_char:
                    break
                if m2.kind == "person" and m2.entity and clause.left_edge.idx <= m2.start <= clause.right_edge.idx:
                    named_after.add(m2.entity)
        # the verb of the clause a description is in ("who invaded the country": invaded)
        local_verb = next((a.i for a in h.ancestors if a.pos_ in ("VERB", "AUX")), None) if want.description else None
        title_re = re.compile(r"(?<!vice[- ])\b" + re.escape(want.title) + r"\b") if want.title else None
        generic = bool(want.title) and self.words.get(want.title, ("", None))[0] == "generic-title"
        best: dict[str, list] = {}
        counts: dict[str, int] = {}
        for m in cands:
            if m.kind not in want.kinds or (exclude_key and m.key == exclude_key) or m.key in named_after:
                continue
            if want.plural is not None and m.kind in ("person", "people") and m.plural != want.plural:
                continue
            if want.plural is False and m.kind in ("body", "org", "country", "thing") and m.plural:
                continue
            if want.plural is True and m.kind in ("thing", "country") and not m.plural:
                continue
            if want.country and m.actor.country != want.country:
                continue
            if want.named and m.kind in ("body", "people") and not m.actor.country:
                continue              # a body with no country ("the regime", "families") tells "it" nothing
            if want.family_only:
                if not (m.actor.country or m.kind == "org"):
                    continue
                if m.actor.sector != want.sector and not (m.kind == "country" and want.sector == "GOV"
                                                          and m.role in ("subj", "poss")):
                    continue
            w = want.loc_weight if m.role == "loc" else ROLE_WEIGHT[m.role]
            if w <= 0:
                continue
            if quote >= 0 and m.sent == sent_i and m.quote != quote:
                continue              # '"It will ...," the statement said': who reports a quote is not in it
            tok = m.token
            if m.sent == sent_i and want.bind and own_verb is not None and tok.head.i == own_verb \
                    and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
                continue              # "Hamas captured them": not Hamas
            if m.sent == sent_i and want.bind and m.role == "subj" and tok.head.i in controllers:
                continue
            if want.description and m.sent == sent_i and m.role == "subj":
                anchor = tok
                while anchor.dep_ in ("appos", "conj") and anchor.head is not anchor:
                    anchor = anchor.head
                if local_verb is not None and anchor.head.i == local_verb:
                    continue          # "Pence repeated the president's claims": the president is not Pence
            d = sent_i - m.sent
            s = w - DECAY * d
            why = [f"{m.role if m.role != 'subj' else 'subject'}"
                   + (" in this sentence" if d == 0 else f" {d} sentence{'s' if d > 1 else ''} back")]
            if d == 0 and m.role == "subj" and tok.head.i in ancestors:
                s += GOVERNING_SUBJECT
                why.append("subject of the clause it depends on")
            elif h.dep_ in ("nsubj", "nsubjpass") and m.role == "subj":
                s += PARALLEL
            if m.quote >= 0 and quote < 0:
                s -= QUOTED
                why.append("inside a quote")
            if want.sector and m.actor.sector and not want.family_only:
                if m.actor.sector == want.sector:
                    s += 1.0
                else:
                    s -= 1.5
            if title_re is not None and m.actor.entity:
                if title_re.search((m.actor.why or "").lower()):
                    s += 1.5
                    why.append(f"known as {want.title}")
                elif not generic:
                    s -= 1.5          # "the prime minister" is not a known president
            chained = "(coreference)" in (m.actor.why or "")
            if m.kind == "country" and "country" not in want.label and want.family_only:
                s -= 0.5
            if not chained:           # (a pronoun linked before does not make its antecedent more salient)
                counts[m.key] = counts.get(m.key, 0) + 1
            cur = best.get(m.key)
            if cur is None or s > cur[1]:
                best[m.key] = [m, s, why]
        out = []
        for key, (m, s, why) in best.items():
            extra = min(counts.get(key, 1) - 1, 3)
            if extra:
                s += REPEAT * extra
                why = why + [f"named {counts[key]} times"]
            out.append((m, s, why))
        out.sort(key=lambda x: (-x[1], -x[0].start))
        return [x for x in out if x[1] >= MIN_SCORE][:want.n]

    def _linked(self, picks, span, want: Want) -> list[Actor]:
        out = []
        for m, s, why in picks:
            a = m.actor
            if not a.code:
                continue              # the best fit is a name nobody coded: no actor
            if want.family_only and (m.kind in ("person", "country") or a.sector is None):
                # "the regime" after "Assad", "the army" after "Turkey": the country's body, not the person
                sec = want.sector if m.kind == "country" or a.sector is None else a.sector
                a = Actor(code=(a.country or "") + (sec or ""), country=a.country, sector=sec, name=None, entity=None,
                          kind="group")
                if not a.country:
                    continue
            name = m.actor.name or m.actor.code
            linked = link(a, span, f"{want.label} -> {name} ('{m.actor.text}', {', '.join(why)}; score {s:.1f})")
            if not want.description and m.sent == self.sent_index(self.token_at(linked.start).i) \
                    and "(coreference)" not in (m.actor.why or "") and m.actor.start is not None:
                # "Rebels say they conducted ...": the actor is shown where the sentence names it
                linked.text, linked.start, linked.end = m.actor.text, m.actor.start, m.actor.end
            out.append(linked)
        return out

    # ------------------------------------------------------------------ pronouns
    @staticmethod
    def expletive(h) -> bool:
        """ "it is clear that", "made it clear that", "it is legal to kill": an "it" that stands for nothing."""
        if h.lower_ != "it":
            return False
        if h.dep_ == "expl":
            return True
        head = h.head
        clausal = any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > h.i for c in head.children)
        if h.dep_ == "nsubj" and head.pos_ == "ADJ" and clausal:
            return True                   # "made it clear that ..."
        if h.dep_ == "nsubj" and head.lemma_ in ("be", "seem", "appear", "become", "remain"):
            if clausal:
                return True
            pred = next((c for c in head.children if c.dep_ in ("acomp", "attr") and c.i > h.i), None)
            if pred is not None and any(c.dep_ in ("ccomp", "xcomp", "relcl") for c in pred.children):
                return True               # "it is legal to kill them", "it was Russia that ..."
        return False

    def pronoun(self, h, sent) -> list[Actor]:
        low = h.lower_
        if len(h.text) > 1 and h.text.isupper():
            i = bisect.bisect_left(self.mention_starts, h.idx)
            if i < len(self.mention_starts) and self.mention_starts[i] == h.idx and self.ctx.mentions[i].code:
                return [self.ctx.mentions[i]]           # "the WHO warned": a name, not "who"
        if self.expletive(h):
            return []
        cls, _ = self.words.get(low, ("none" if h.pos_ == "PRON" else "", None))
        if cls == "relative":
            return self._relative(h, sent)
        if cls in ("none", "addressee", "count", ""):
            return []
        quote = self.quote_at(h.idx)
        if cls in ("speaker", "speakers"):
            if quote < 0:
                return []             # the writer's own "we": nobody in the story
            sp = self.speaker(quote)
            if sp is None:
                return []
            if cls == "speaker" and sp.kind not in ("person", "sector"):
                return []             # "I" is one person
            group = cls == "speakers" and sp.kind == "person"
            want = Want(label=f"'{h.text}' in a quote", kinds=frozenset())
            return [link(sp, h, f"{want.label} -> {'the side of ' if group else ''}{sp.name or sp.code}, "
                                f"who said it ('{sp.text}')", keep_person=not group)]
        refl = low.endswith(("self", "selves"))
        poss = h.dep_ == "poss" or low in ("his", "its", "their", "hers", "theirs")
        if cls == "person":
            want = Want(label=f"pronoun '{h.text}'", kinds=frozenset({"person"}), plural=False, window=5)
        elif cls == "thing":
            want = Want(label=f"pronoun '{h.text}'", kinds=frozenset({"country", "org", "body", "thing"}), plural=False,
                        named=True)
        else:
            want = Want(label=f"pronoun '{h.text}'", kinds=frozenset({"people", "org", "body", "thing", "country"}),
                        plural=True)
        want.bind = not (refl or poss)
        exclude = None
        if quote >= 0 and cls != "person":
            sp = self.speaker(quote)
            exclude = (sp.entity or sp.code) if sp is not None else None     # "they" in X's quote is not X
        picks = self._choose(h, want, sent, quote=quote, exclude_key=exclude)
        if cls == "plural" and not refl:
            pair = self._pair(h, sent, picks[0][1] if picks else None)
            if pair:
                return pair
            if picks and picks[0][0].actor.code:
                picks = picks[:1] + self._conjuncts(picks[0], h, sent)
        if picks and not picks[0][0].actor.code:
            self.unknown[h.i] = picks[0][0].actor
        return self._linked(picks, h, want)

    def _conjuncts(self, pick, h, sent) -> list:
        """ "MI6, the CIA and France's DGSE ... they": the other actors coordinated with the one chosen."""
        m, s, why = pick
        conj = {c.i for c in self.doc[m.tok].conjuncts}
        if not conj:
            return []
        pool = self.sentence_mentions(sent, m.sent, before=h.idx) if m.sent == self.sent_index(h.i) else \
            [x for x in self.mentions if x.sent == m.sent]
        return [(x, s, why + ["coordinated with it"]) for x in pool
                if x.tok in conj and x.actor.code and x.key != m.key]

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

    def _relative(self, h, sent) -> list[Actor]:
        """ "the attempt, which X claimed was instigated by ...": the noun the relative clause modifies."""
        for anc in h.ancestors:
            if anc.dep_ == "relcl":
                head = anc.head
                if head.pos_ in ("NOUN", "PROPN"):
                    acts = self.heads.get(head.i) or self._plain(head)
                    return [link(a, h, f"relative pronoun '{h.text}' -> '{head.text}'") for a in acts[:1]]
                return []
            if anc.dep_ in ("ROOT",):
                break
        return []

    def owner(self, h, sent) -> Optional[Actor]:
        """The country that "its"/"their" stands for ("its forces"), or None."""
        want = Want(label=f"'{h.text}'", kinds=frozenset({"country", "org", "body"}), bind=False)
        picks = self._choose(h, want, sent)
        return picks[0][0].actor if picks and picks[0][0].actor.country else None

    # ------------------------------------------------------------------ definite descriptions
    def description(self, h, phrase, sent, country: Optional[str]) -> Optional[list]:
        """The earlier actor(s) a definite description stands for ("the president", "the group", "the two
        leaders", "the country", "the militants"); None when `h` heads no such description."""
        lemma = h.lemma_.lower()
        plural = h.tag_ in ("NNS", "NNPS")
        n = 1
        for c in h.children:
            if c.dep_ in ("nummod", "det", "predet", "amod") and c.i < h.i:
                cls, value = self.words.get(c.lower_, ("", None))
                if cls == "count" and value:
                    n = int(value)
        label = f"'{phrase.text}'"
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in h.children):
            return None               # "the Turkish president, Recep Tayyip Erdogan": named right here
        if lemma in self.person_nouns and h.pos_ == "NOUN":
            sector = self.coder._sector_of(h, self.ctx)
            if plural and n == 1:
                want = Want(label=label, description=True, kinds=frozenset({"people"}), plural=True, window=4, sector=sector,
                            country=country)
            else:
                want = Want(label=label, description=True, kinds=frozenset({"person"}), plural=False, window=6, sector=sector,
                            country=country, title=lemma, n=n)
            picks = self._choose(h, want, sent, before=phrase.start_char)
            if n > 1 and len(picks) < n:
                # "the two leaders" after "the leaders of France and Germany"
                want.kinds, want.plural = frozenset({"person", "people"}), None
                picks = self._choose(h, want, sent, before=phrase.start_char)
            if len(picks) >= n:
                return self._linked(picks, phrase, want)
            if n == 1 and not plural and sector == "GOV":
                # "the president" with no person named before: the government of the country in the story's focus
                want = Want(label=label, description=True, kinds=frozenset({"country", "body"}), plural=False, window=2, sector="GOV",
                            country=country, family_only=True)
                picks = self._choose(h, want, sent, before=phrase.start_char)
                return self._linked(picks, phrase, want) if picks else []
            return []
        if lemma in self.country_nouns:
            want = Want(label=label, description=True, kinds=frozenset({"country"}), window=8, loc_weight=1.5, country=country, n=n)
            picks = self._choose(h, want, sent, before=phrase.start_char)
            return self._linked(picks, phrase, want) if len(picks) >= n else []
        if any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in h.children):
            return None               # "the regime militias", "the rebel group": another body than the one named
        if lemma in self.group_nouns:
            want = Want(label=label, description=True, kinds=frozenset({"org"}), window=6, n=n)
            picks = [p for p in self._choose(h, want, sent, before=phrase.start_char)
                     if p[0].actor.kind in ("group", "party", None) or not p[0].actor.code]
            return self._linked(picks, phrase, want) if len(picks) >= n else []
        if lemma in self.igo_nouns:
            want = Want(label=label, description=True, kinds=frozenset({"org"}), window=6, n=n)
            picks = [p for p in self._choose(h, want, sent, before=phrase.start_char) if p[0].actor.kind == "igo"]
            return self._linked(picks, phrase, want) if picks else []
        if country is None and h.pos_ == "NOUN":
            sector = self.coder._sector_of(h, self.ctx)
            if sector:
                # "the militants", "the regime", "the army": the body of that sector named before
                kinds = {"org", "body", "people"} | ({"person", "country"} if sector == "GOV" else set())
                want = Want(label=label, description=True, kinds=frozenset(kinds), window=3, sector=sector, family_only=True, n=n)
                picks = self._choose(h, want, sent, before=phrase.start_char)
                return self._linked(picks, phrase, want) if picks else []
        return None

    # ------------------------------------------------------------------ quotes
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
                actor_country.fill_countries([found], [], tok, sent, self.ctx)
        elif qi > 0:
            ps, pe = self.quotes[qi - 1]
            if self.sent_index(self.token_at(max(ps, pe - 1)).i) >= first - 1:
                found = self.speaker(qi - 1)      # the same speaker goes on
        self._busy.discard(qi)
        self._speakers[qi] = found
        return found
