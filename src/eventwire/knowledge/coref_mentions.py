"""Coreference, first stage: the mentions a sentence makes, each with its grammatical role, number, kind and
quote (see knowledge/coref.py). ``CorefMentions`` is a part of ``Coref``; it uses the index ``Coref`` builds."""
from __future__ import annotations

import bisect
import contextlib
import functools
import re
from dataclasses import dataclass
from typing import Optional

from eventwire.model import Actor

NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "dative", "poss", "ROOT",
                          "oprd", "npadvmod", "csubj"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
LOC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "into",
                       "onto", "along", "over", "beyond", "from", "to", "towards", "toward", "through", "via", "off"})
QUOTE_RE = re.compile("[\u201c\u201d\"]")
# clauses under another: their subjects are less salient than the main clause's ("Ankara believes the YPG is ...")
EMBEDDED_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "pcomp"})
UNKNOWN = "a name the actor lists do not know"      # the `why` of a mention that can be chosen but gives no actor


@functools.cache
def coref_words() -> dict:
    """{word: (class, value)} from data/coding/coref.tsv."""
    from eventwire.coding.tables import coding_table
    out = {}
    for word, cls, value, *_ in (row + ["-"] for row in coding_table("coref.tsv")):
        out[word.lower()] = (cls, None if value == "-" else value)
    return out



def _passive_by(p) -> bool:
    """Whether a "by" the parser hung on the adjective or noun of a passive verb's "as" phrase is that verb's agent
    ("the move was described as alarming by Russia's envoy": the envoy described it)."""
    if p.lower_ != "by" or p.head.pos_ not in ("ADJ", "NOUN"):
        return False
    as_ = p.head.head
    if p.head.dep_ not in ("pobj", "amod") or as_.lower_ != "as" or as_.head.i == as_.i:
        return False
    verb = as_.head
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


@dataclass
class Mention:
    actor: Actor
    start: int
    sent: int
    tok: int                 # head token index
    role: str                # subj, obj, poss, other, mod, loc, pred (a predicate noun: "to be a leader")
    plural: bool
    kind: str                # person, people, org, country, body
    quote: int               # index of the quote it is in, or -1
    key: str                 # the same actor again: entity, else code
    token: object = None     # the head token
    embedded: bool = False   # a subject of a clause under another ("Ankara believes [the YPG is ...]"): less salient


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
    actor_kinds: Optional[frozenset] = None   # "the group": only actors of these kinds (or names no list codes)
    gender: Optional[str] = None      # "he": m, "she": f (never a person a title names as of the other sex)
    owned: Optional[str] = None       # "its armed forces": the possessed body's sector, which no town or building owns


class CorefMentions:
    """The mentions of a sentence and of the document so far (a part of ``Coref``)."""

    _quiet = False

    @contextlib.contextmanager
    def unnoted(self):
        """Resolve actors without noting them as the sentence's mentions (a look at a speaker the coder may drop)."""
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was

    def note(self, tok, actors) -> None:
        """The coder resolved these actors at this head token (kept as the sentence's mentions)."""
        if actors and not self._quiet:
            if tok.i not in self.heads and tok.pos_ not in NOMINAL_POS:
                bisect.insort(self.other_heads, tok.i)
            self.heads[tok.i] = list(actors)

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
            if not out and t.i in self.unknown:
                out = [self.unknown[t.i]]     # (linked just now to a name no list codes: "She nodded as he ...")
        elif t.pos_ in ("NOUN", "PROPN") and not self._owned_act(t) \
                and (self._name_within(t) or self.coder._sector_of(t, self.ctx)):
            # (the phrase lies inside the head's subtree: with no name there and no sector word, nothing to resolve)
            phrase = self.coder._phrase(t, junk=self.ctx.junk)
            if phrase is not None:
                lo = bisect.bisect_left(self.mention_starts, phrase.start_char)
                has_name = lo < len(self.mention_starts) and self.mention_starts[lo] < phrase.end_char
                if has_name or self.coder._sector_of(t, self.ctx):
                    a = self.kb.resolve_phrase(phrase.text, phrase.start_char, self.ctx.date, self.ctx.countries)
                    from eventwire.knowledge.short_names import renamed      # (lazy: it imports coref_choice)
                    a = renamed(a, t.doc, self.ctx)                     # "the security council"
                    a = self.coder._shared_modifier(t, a, self.ctx)     # "rebel officials and commanders"
                    from eventwire.knowledge.actor_persons import former_actor
                    a = former_actor(a, t, self.person_nouns)           # "the parents of a former soldier"
                    from eventwire.knowledge.private_nationals import private_national
                    # "20 Moroccans ... they", "a Chechen, who"; "a Syrian man told me ... him": one person a
                    # person noun names (coref.tsv `people`, `individual`) is a private person whom "he" can be
                    a = private_national(a, t, self.ctx, kind="person" if self._one_person_noun(t) else "")
                    if a is not None and a.code:
                        if a.start is None:
                            a.start, a.end, a.text = phrase.start_char, phrase.end_char, phrase.text
                        out = [a]
        if out and any(not a.country and not a.entity and a.sector for a in out):
            # "officials said ...": a sector with no country takes its sentence's one country, as in an event
            out = [Actor(**{k: getattr(a, k) for k in ("code", "country", "sector", "name", "entity", "text", "start",
                                                        "end", "why", "kind")}) for a in out]
            from eventwire.knowledge import actor_country, actor_doer
            # (an object's own verb's doer is no country of it: "Turkey sought to organise the rebels")
            actor_country.fill_countries(out, [], t, self.sents[self.sent_index(t.i)], self.ctx,
                                         doer=tuple(actor_doer.object_doer(t)))
        self._plain_cache[t.i] = out
        return out

    def _owned_act(self, t) -> bool:
        """An act noun a name owns, not a subject ("after Belarus's arrest of an activist"): an act, not an actor;
        its owner and the others its phrase names are mentions of their own (so "its decision" after it may be the
        owner). A subject stays one mention, its owner's, who acts through it ("Turkey's offensive ... it"); a noun
        of a sector ("Syria's armed opposition") is an actor."""
        return t.pos_ == "NOUN" and t.dep_ not in ("nsubj", "nsubjpass") \
            and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children) \
            and self.coder.event_noun(t) is not None and not self.coder._sector_of(t, self.ctx)

    def _name_within(self, t) -> bool:
        """Whether an actor mention found in the document starts inside the subtree of `t`."""
        lo = bisect.bisect_left(self.mention_starts, t.left_edge.idx)
        right = t.right_edge
        return lo < len(self.mention_starts) and self.mention_starts[lo] < right.idx + len(right.text)

    def _role(self, t, a) -> str:
        x = t
        for _ in range(6):
            if x.i in self.listed_by:       # (a name a set noun lists plays that noun's part)
                x = self.listed_by[x.i]
            elif x.dep_ == "conj" and x.head is not x:
                x = x.head
            elif x.dep_ == "appos" and x.head is not x:
                if not all(x.head.is_ancestor(w) for w in x.doc[x.head.i + 1:x.i]):
                    break             # (an apposition hung across its head's verb plays no part of that head's)
                x = self._role_noun_of_place(x) or x.head
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
            if p.dep_ == "agent" or (p.lower_ == "by" and p.head.pos_ in ("VERB", "AUX")) or _passive_by(p):
                return "subj"
            if p.lower_ == "by":
                return "poss"         # "decisions by Trump": the doer of a noun, not a clause's subject
            if placeish and p.lower_ == "from" and p.head.pos_ == "NOUN" \
                    and self.words.get(p.head.lemma_.lower(), ("", None))[0] == "from-doer":
                return "poss"         # "under threat from Turkey": who threatens, not a place (coref.tsv from-doer)
            if placeish and p.lower_ in LOC_PREPS:
                return "loc"
            if p.lower_ == "as" and p.head.pos_ in ("VERB", "AUX") and not (a.entity or a.country or t.pos_ == "PROPN"):
                return "pred"         # "regard the militia as terrorists": what the militia is said to be (not "as
                #                       an admirer of the US": a name inside it is still a mention)
            return "obj"
        if dep in ("attr", "oprd") and not (a.entity or t.pos_ == "PROPN"):
            return "pred"             # "his ambition to be a leader": what someone is, not someone else
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

    def _role_noun_of_place(self, x):
        """The role noun a person's name stands beside when the parser hung the name on the last place or body of that
        noun's phrase ("Russia's envoy to the UN in Geneva, Alexey Petrov": the envoy, not Geneva), or None."""
        if not (x.ent_type_ == "PERSON" and x.head.pos_ == "PROPN" and x.head.ent_type_ in ("GPE", "LOC", "ORG", "FAC")):
            return None
        y = x.head
        for _ in range(3):            # (up a chain of place phrases: "to the UN in Geneva")
            if y.dep_ != "pobj" or y.head.dep_ != "prep" or y.head.head.i == y.head.i:
                return None
            y = y.head.head
            if y.pos_ == "NOUN" and y.lemma_.lower() in self.person_nouns:
                return y
            if y.pos_ != "PROPN":
                return None
        return None

    def _kind(self, a: Actor, t) -> tuple[str, bool]:
        cls = self.words.get(t.lower_, ("", None))[0] if t.pos_ == "PRON" else ""
        plural = t.tag_ in ("NNS", "NNPS") or cls == "plural" or cls == "speakers" \
            or (t.pos_ in ("NOUN", "PROPN") and bool(t.conjuncts))      # "Britain, France and Germany"
        k = a.kind or ""
        lemma = t.lemma_.lower()
        if k == "person" and t.pos_ == "NOUN" and lemma not in self.person_nouns \
                and any(c.dep_ == "poss" for c in t.children):
            return ("people" if plural else "body"), plural     # "Assad's regime": a body, what "it" can be
        if k == "person" or (t.pos_ == "NOUN" and (lemma in self.person_nouns
                                                   or self.words.get(lemma, ("", None))[0] == "individual")):
            return ("people" if plural else "person"), plural       # (also "a resident of Mosul", "the nurse")
        if k in ("group", "party", "igo"):
            # "the Syrian Democratic Forces" is one body; "The US, the EU and Britain" are several, none of them "it"
            return "org", (plural and t.pos_ == "NOUN") or (t.pos_ == "PROPN" and bool(t.conjuncts) and bool(a.code))
        if k in ("country", "capital"):
            if t.pos_ == "NOUN" or plural or (a.sector and cls):
                return ("people" if plural else "body"), plural
            return "country", plural
        return ("people" if plural else "body"), plural

    def _one_person_noun(self, t) -> bool:
        """A noun for one person whom no sector names ("a resident", "a Syrian man"; coref.tsv `individual`, and
        `people` in the singular): one described by a demonym is a private person of that country."""
        cls = self.words.get(t.lemma_.lower(), ("", None))[0]
        return t.pos_ == "NOUN" and t.tag_ == "NN" and cls in ("individual", "people")

    def _mention(self, a: Actor, t, sent_i: int) -> Mention:
        kind, plural = self._kind(a, t)
        start = a.start if a.start is not None else t.idx
        role = self._role(t, a)
        # a country named by its name or capital is one actor however named ("Turkey" ... "Ankara")
        key = a.entity or ((a.country or a.code) if kind == "country" else a.code) or ""
        if not key and a.why == UNKNOWN and a.text:
            key = "?" + a.text.lower()     # a pronoun linked to a name no list codes: that name's own key
        return Mention(actor=a, start=start, sent=sent_i, tok=t.i, role=role, plural=plural, kind=kind,
                       quote=self.quote_at(start), key=key, token=t,
                       embedded=role == "subj" and self._embedded(self.listed_by.get(t.i, t)))

    @staticmethod
    def _embedded(t) -> bool:
        """The subject `t` is of a clause under another (a complement, adverbial or relative clause)."""
        x = t
        while x.dep_ in ("conj", "appos") and x.head is not x:
            x = x.head
        v = x.head
        if x.dep_ == "pobj" and v.dep_ == "agent":
            v = v.head
        while v.dep_ == "conj" and v.head is not v:
            v = v.head
        return v.dep_ in EMBEDDED_CLAUSES

    def _blocker(self, t, sent_i: int) -> Optional[Mention]:
        """A name the actor lists do not know, or a thing that is a subject, as a mention with no actor (cached)."""
        if t.i in self._blockers and (self._blockers[t.i] is not None or t.i not in self.nobody_it):
            return self._blockers[t.i]      # (a pronoun is looked at again once it is known to stand for no one)
        m = None
        if t.pos_ == "PROPN" and (t.ent_type_ in ("PERSON", "ORG")
                                  or (t.ent_type_ == "" and t.dep_ in ("nsubj", "nsubjpass", "poss", "appos"))):
            kind = "person" if t.ent_type_ != "ORG" or t.lower_ in self.person_names else "group"
        elif t.pos_ == "NOUN" and t.ent_type_ == "PERSON" and t.text[:1].isupper() \
                and (t.i > t.sent.start or t.lower_ in self.person_names):
            kind = "person"           # a name the parser took for a noun ("Renas says she ...")
        elif t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and self._thing(t) \
                and not self.coder._sector_of(t, self.ctx):
            kind = "thing"
        elif t.i in self.nobody_it and not self.heads.get(t.i):
            kind = "thing"            # "It's called terrorism, and it hurts ...": what the first "it" named
        elif t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" \
                and self.words.get(t.lemma_.lower(), ("", None))[0] == "people" and not self.coder._sector_of(t, self.ctx):
            kind = "people"           # "both men", "his parents": people no list codes; "they" after them is nobody
        elif t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" \
                and self.words.get(t.lemma_.lower(), ("", None))[0] == "relation" \
                and any(c.dep_ == "poss" for c in t.children) and not self._names_listed(t):
            kind = "people"           # "the junta's former allies have ..., they": others than the owner, unnamed
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
            elif kind == "person" and t.text[:1].isupper() and t.lower_ in self.person_names:
                # a name the parser tagged as a plural ("Renas"): one person, unless coordinated ("Areen and her clan")
                m.plural = bool(t.conjuncts)
                m.kind = "people" if m.plural else "person"
        self._blockers[t.i] = m
        return m

    def _thing_subject(self, t, acts) -> bool:
        """`t`, a subject, is a thing ("This aggressive bid to isolate Iran appears ...", "Sustained military
        intervention does not mean ...") whose actors the coder found only in words that say what the thing is about
        (a phrase or clause after it) or with no country: what "it" after it stands for is the thing, so the subject
        is also a thing with no actor, and for "it" the actors found at it are no mentions (``_choose``). A doer
        named before the noun ("Turkey's offensive", "the UN resolution") or after it by "by" or "of" ("the resolution
        passed by the council") keeps the subject: it acts through its thing."""
        if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NN" or not self._thing(t) \
                or self.coder._sector_of(t, self.ctx):
            return False
        after = [c for c in t.children if c.i > t.i and c.dep_ in ("prep", "acl", "relcl", "xcomp")]
        coded = [a for a in acts if a is not None and a.code]
        if not coded:
            return False
        for a in coded:
            if a.start is None or a.end is None or a.start <= t.idx < a.end:
                return False          # (the noun itself names the actor)
            if not any(c.left_edge.idx <= a.start <= c.right_edge.idx for c in after) \
                    and (a.country or a.entity or a.kind in ("group", "party", "igo", "person")):
                return False          # a doer named before it ("Isis resistance"; not "military" alone)
            x = self.token_at(a.start)
            while x.i != t.i and x.head is not x:
                if x.dep_ in ("agent", "prep") and x.lower_ in ("by", "of", "from"):
                    return False      # a doer named after it ("passed by the council", "the report of the UN")
                x = x.head
        return True

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
        # (the other heads by position: a sentence's own, not a scan of every head of the document)
        others = self.other_heads
        extra = [self.doc[i] for i in others[bisect.bisect_left(others, sent.start):bisect.bisect_left(others, sent.end)]] \
            if others else []
        return sorted(toks + extra, key=lambda t: t.i) if extra else toks

    def sentence_mentions(self, sent, sent_i: int, before: Optional[int] = None) -> list[Mention]:
        """The actors a sentence names (before char offset `before`, when given), with role, number and kind."""
        ctx = self.ctx
        if sent_i in self.byline_sents:
            return []
        out, taken = [], []
        end = before if before is not None else sent.end_char
        toks = self._tokens(sent)
        if sent_i not in self._lists_read:
            self._note_lists(toks)
            self._lists_read.add(sent_i)
        for t in toks:
            if t.idx >= end:
                break
            if t.tag_ in ("WDT", "WP", "WP$") and self.words.get(t.lower_, ("", None))[0] == "relative":
                continue              # "the militia that controls it": the militia is the mention, once
            if t.pos_ == "PRON" and self.words.get(t.lower_, ("", None))[0] == "speakers":
                continue              # "we don't know how it was approved": "it", "they" are never "we"
            acts = self.heads.get(t.i)
            if acts is None:
                if t.dep_ not in NOMINAL_DEPS:
                    continue
                if t.dep_ == "appos" and any(m.tok == t.head.i for m in out):
                    continue          # "X, the minister": the same one
                if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in LOC_PREPS and t.i not in self.people:
                    continue          # "in Syria": a place named as a place (its name is still a mention below)
                acts = self._plain(t)
            relation = t.pos_ == "NOUN" and self.words.get(t.lemma_.lower(), ("", None))[0] == "relation"
            if acts and t.i not in self.thing_subjects and self._thing_subject(t, acts):
                self.thing_subjects.add(t.i)    # "This bid to isolate Iran ...": for "it", a thing, not Iran
            for a in acts:
                if a is None or not (a.code or a.why == UNKNOWN) \
                        or (a.start is not None and ctx.in_junk(a.start, a.end or a.start + 1)):
                    continue
                if relation and a.start is not None and a.end is not None and a.end <= t.idx:
                    continue          # "Assad's allies", "Turkey's rivals": others than the one who owns them
                m = self._mention(a, t, sent_i)
                out.append(m)
                if a.start is not None and a.end is not None and not a.start <= t.idx < a.end:
                    taken.append((t.idx, t.idx + len(t)))     # "she" for a name before: the name is still a mention
                else:
                    taken.append((m.start, a.end if a.end is not None else m.start + 1))
        lo = bisect.bisect_left(self.mention_starts, sent.start_char)
        doc_mentions = ctx.mentions
        for k in range(lo, len(doc_mentions)):      # (no copy of the document's list from lo on)
            m = doc_mentions[k]
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
            if t.dep_ == "compound" or t.dep_ not in NOMINAL_DEPS \
                    or (any(s <= t.idx < e for s, e in taken) and t.i not in self.thing_subjects):
                continue
            if t.dep_ == "appos" and t.ent_type_ != "PERSON" and any(m.tok == t.head.i for m in out):
                continue              # "the Nigerian Air Force (NAF)": the same one, named again
            m = self._blocker(t, sent_i)
            if m is not None:
                out.append(m)
        out.sort(key=lambda m: m.start)
        return out

    @staticmethod
    def _names_listed(t) -> bool:
        from eventwire.coding.appos_list import plural_members      # (lazy: coding imports knowledge)
        got = plural_members(t)
        return bool(got and got[0])

    def _note_lists(self, toks) -> None:
        """Each name a plural noun lists ("several neighbours, such as X and Y, ...", "the two states, X and Y") is
        noted as listed by that noun, so that its mention takes the noun's role ("they" after it: the listed ones)."""
        from eventwire.coding.appos_list import plural_members      # (lazy: coding imports knowledge)
        for t in toks:
            if t.pos_ != "NOUN" or t.tag_ != "NNS":
                continue
            got = plural_members(t)
            if not got or not got[0] or isinstance(got[0][0], tuple):
                continue
            for n in got[0]:
                self.listed_by.setdefault(n.i, t)

    def remember(self, sent, sent_i: int) -> None:
        """After a sentence is coded: its mentions join the document's."""
        got = self.sentence_mentions(sent, sent_i)
        self.mentions.extend(got)
        for m in got:
            self.mentions_in.setdefault(m.sent, []).append(m)
        for m in got:
            a = m.actor
            if m.token.pos_ == "NOUN" and a.code and a.country and m.quote < 0 and m.role != "mod" \
                    and m.token.dep_ not in ("compound", "amod", "nmod") and "(coreference)" not in (a.why or ""):
                lemma = m.token.lemma_.lower()
                prev = self.head_last.get(lemma)
                if prev is not None and prev.actor.country != a.country:
                    self.head_rival[lemma] = prev              # two bodies of that name, of two countries
                self.head_last[lemma] = m      # "the Syrian regime", "Assad's regime": by head noun
        for m in got:                 # "She condemned ...": whom "she" stood for is a woman from now on
            g = self.words.get(m.token.lower_, ("", None))[1] if m.token.pos_ == "PRON" and m.actor.code else None
            if g in ("m", "f"):
                self.key_gender[m.key] = g if self.key_gender.get(m.key, g) == g else "?"
