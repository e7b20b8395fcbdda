"""Parts of actor resolution (coding/resolve.py) that its head-word resolution asks: the owner a part of a group
stands for, modifiers shared by coordinated nouns, whether an actor is what a head word names, the antecedent of a
pronoun in a time clause, a head noun's own sector, a demonym's country, and groups described but not named
(data/coding/described_actors.tsv).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.clauses import RELATIONAL_NOUNS
from eventwire.coding.context import (CONTAINER_NOUNS, COUNTRY_NOUNS, CROWD_NOUNS, DocContext, GROUP_NOUNS,
                                      IGO_NOUNS, PARTITIVES, QUANTITY_HEADS, ROLE_NOUNS)
from eventwire.coding.shared_mods import shared_phrase
from eventwire.doc_index import dep_children
from eventwire.knowledge.actor_records import norm_text
from eventwire.model import Actor


class ResolveParts:
    """Mixin of ActorResolution (coding/resolve.py): it uses `self.kb`, `self.lex`, `self._resolve_head`,
    `self.event_noun` and `self._sector_cache` of the coder it is mixed into."""

    def _part_of_owner(self, h, ctx, sent) -> Optional[Actor]:
        """The owner "its"/"their" stands for, as the actor of a part of it the head names with no "of" phrase (a
        `partitive` noun of data/coding/roles.tsv: "its branch in Afrin", "their armed wing", "its members"), or
        None: a part of a group or state acts as that group or state (coreference: knowledge/coref.py owner)."""
        poss = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children) or ctx.coref is None:
            return None
        if h.dep_ == "conj" and h.head.pos_ in ("NOUN", "PROPN") and h.head.i < h.i:
            # "the PYD and its military wing": the one named right before it in the same coordination
            got = [a for a in self._resolve_head(h.head, ctx, sent) if a.code]
            owner = got[0] if len(got) == 1 else None
        else:
            owner = ctx.coref.owner(poss, sent)
        if owner is None or not owner.code:
            return None
        return replace(owner, text=f"{poss.text} {h.text}", start=poss.idx, end=h.idx + len(h.text),
                       why=(owner.why or "") + f"; '{poss.text} {h.text}' is a part of the one '{poss.text}' stands "
                                               f"for ('{owner.text}')")
    def _shared_modifier(self, h, a: Optional[Actor], ctx) -> Optional[Actor]:
        """The actor of a coordinated noun read with its first conjunct's modifiers, where the noun alone names only a
        sector with no country ("rebel officials and commanders", "Turkish officials and diplomats"); else `a`."""
        if a is not None and (a.country or a.entity or not a.sector):
            return a
        shared = shared_phrase(h, lambda t: self._sector_of(t, ctx))
        if shared is None:
            return a
        got = self.kb.resolve_phrase(shared[0], h.idx, ctx.date, ctx.countries)
        if got is None or not got.code or (a is not None and got.code == a.code):
            return a
        return Actor(code=got.code, country=got.country, sector=got.sector, name=got.name, entity=got.entity,
                     text=h.text, start=h.idx, end=h.idx + len(h.text), kind=got.kind,
                     why=(got.why or "") + f" (the modifier '{shared[1]}' shared by the coordinated '{h.text}')")


    def _names_head(self, h, a: Actor, ctx) -> bool:
        """Whether a resolved actor is what the head word itself names ("Iraqi troops", "Isis fighters", "his Iranian
        counterpart", "the country"), not a name inside a theme or place ("five US goals", "Isis-held areas")."""
        if a.start is not None and a.start <= h.idx < (a.end or 0):
            return True
        lemma = h.lemma_.lower()
        if h.like_num or lemma in CROWD_NOUNS or lemma in PARTITIVES or lemma in QUANTITY_HEADS:
            # "hundreds of Syrian civilians", "a group of soldiers": the "of" phrase names them
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            return inner is not None and self._names_head(inner, a, ctx)
        if lemma in ROLE_NOUNS or lemma in COUNTRY_NOUNS or lemma in GROUP_NOUNS or lemma in IGO_NOUNS \
                or lemma in CONTAINER_NOUNS or lemma in RELATIONAL_NOUNS:
            return True
        if h.pos_ == "PROPN" and a.start is not None and (h.left_edge.idx <= a.start and a.end <= h.idx or any(
                c.dep_ == "appos" and c.left_edge.idx <= a.start and a.end <= c.right_edge.idx + len(c.right_edge.text)
                for c in h.children)):
            # "German journalist Mesale Tolu", "Tantan, the Minister of Interior": a name the knowledge base lacks,
            # with its role
            return True
        # (a sector word that is also an event noun names people only in the plural: "peacekeepers", not "campaign")
        return h.pos_ in ("NOUN", "PROPN") and self._sector_of(h, ctx) is not None \
            and (self.event_noun(h) is None or h.tag_ in ("NNS", "NNPS"))


    def _subordinate_antecedent(self, h, ctx: DocContext, sent, role: str) -> list[Actor]:
        """ "police flanked the marchers as they crossed the bridge": "they", subject of a time clause, is the plural
        object of the clause it hangs on (the nearest antecedent), else that clause's plural subject."""
        verb = h.head
        if h.dep_ != "nsubj" or verb.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("as", "while", "when", "after", "before", "until") for c in verb.children):
            return []
        gov = verb.head
        # an act of force in the time clause is the governing clause's subject's ("gunmen killed six people a day
        # after they opened fire"); anything else, its object's ("flanked the marchers as they crossed the bridge")
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        found = self.lex.match_verb(verb.lemma_.lower(), None, obj.lemma_.lower() if obj is not None else None)
        forceful = bool(found) and int(found[0].cameo[:2]) >= 15
        for dep in (("nsubj", "dobj") if forceful else ("dobj", "nsubj")):
            c = next((x for x in gov.children if x.dep_ == dep and x.i < h.i), None)
            if c is None or c.tag_ not in ("NNS", "NNPS") or c.pos_ == "PRON":
                continue
            acts = [a for a in self._resolve_head(c, ctx, sent, role) if a is not None and a.code]
            if acts:
                return [self._linked(a, h, f"pronoun '{h.text}' (the {dep} of '{gov.text}')") for a in acts[:1]]
        return []


    def _weak_term(self, text: str) -> bool:
        """Whether a text is a weak sector term of the actor knowledge ("official", "spokesman")."""
        return any(c.kind == "sector" and c.weak for c in self.kb.aliases.get(norm_text(text or ""), ()))


    def _sector_of(self, h, ctx) -> Optional[str]:
        """The sector a head noun names on its own ("troops" -> MIL), cached per word; for a head that names none, the
        sector of the head with the compound nouns right before it, where sectors.tsv lists them together ("air
        defences" -> MIL: not the act noun "defence"). A function of the parse and the fixed actor lists alone (`ctx`
        is not read), so kept per token in Doc.user_data, per coder: the stages ask it again of the same words (about
        20,000 calls for 9,000 words on 40 articles)."""
        memo = h.doc.user_data.get("eventwire.sector_of")
        if memo is None or memo[0] != id(self):       # (the coder's id: no object kept on the Doc)
            memo = h.doc.user_data["eventwire.sector_of"] = (id(self), {})
        known = memo[1]
        got = known.get(h.i, known)
        if got is known:
            got = known[h.i] = self._head_sector(h)
        return got

    def _head_sector(self, h, ctx=None) -> Optional[str]:
        """``_sector_of`` computed (not kept)."""
        got = self._sector_words(h.text)
        if got is None and h.i > 0:
            # (the compounds right before the head, read from the children index: no Token made)
            kids = dep_children(h.doc)[h.i]
            if (h.i - 1, "compound") not in kids:
                return got
            first = h.i - 1
            while first > 0 and (first - 1, "compound") in kids:
                first -= 1
            got = self._sector_words(h.doc[first:h.i + 1].text, whole=True)
        return got

    def _sector_words(self, key: str, whole: bool = False) -> Optional[str]:
        """The sector `key` names; `whole`: only a sector term that is the whole of it ("air defences", not the
        modifier of "refugee quotas" or "Isis video")."""
        ck = (key, whole)
        if ck not in self._sector_cache:
            if len(self._sector_cache) > 50_000:
                self._sector_cache.clear()
            a = self.kb.resolve_phrase(key, 0, None, ())
            self._sector_cache[ck] = a.sector if a is not None and (
                not whole or a.kind == "sector" and a.code == a.sector and a.start == 0 and a.end == len(key)) \
                else None
        return self._sector_cache[ck]


    def _demonym_country(self, phrase, ctx) -> Optional[str]:
        for m in ctx.mentions_from(phrase.start_char, phrase.end_char):
            if phrase.start_char <= m.start and m.end <= phrase.end_char and m.country:
                return m.country
        return None


    @staticmethod
    def _linked(a: Actor, span, why: str) -> Actor:
        from eventwire.knowledge.coref import link
        return link(a, span, why)


def _described_table() -> dict:
    """{kind: {word: sector}} from data/coding/described_actors.tsv (head, verb, cause), read once."""
    global _DESCRIBED
    if _DESCRIBED is None:
        from eventwire.coding.coder import _coding_table
        table: dict = {"head": {}, "verb": {}, "cause": {}}
        for word, kind, sector, *_ in _coding_table("described_actors.tsv"):
            table.setdefault(kind, {})[word.lower()] = sector
        _DESCRIBED = table
    return _DESCRIBED


_DESCRIBED: Optional[dict] = None


def _described(h) -> Optional[Actor]:
    """A group the article describes but does not name: a `head` word ("those", "people") with a participle or
    relative clause of a `verb` whose "for" object is a `cause` ("those fighting for independence", "people who
    struggle for autonomy"): an actor of the cause's sector (data/coding/described_actors.tsv), or None."""
    table = _described_table()
    for c in h.children:
        if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in table["verb"]:
            continue
        for p in c.children:
            if p.dep_ != "prep" or p.lower_ != "for":
                continue
            for o in p.children:
                sector = table["cause"].get(o.lemma_.lower()) if o.dep_ == "pobj" else None
                if sector:
                    span = h.doc[h.i: c.right_edge.i + 1]
                    return Actor(code=sector, country=None, sector=sector, name=None, entity=None, text=span.text,
                                 start=span.start_char, end=span.end_char, kind="sector",
                                 why=f"a group described, not named: '{span.text}' ({c.lemma_} for {o.text}) -> {sector}")
    return None
