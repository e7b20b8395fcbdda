"""Definite descriptions in coreference (knowledge/coref.py): the earlier actor(s) "the president", "the group",
"the two leaders", "the country" or "the militants" stand for; a bare "the government" that a country's own
opposition acts on; "the regime" after "Assad's regime" (the last body named with the same head noun).
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Optional

from eventwire.coding.tables import kind_sets
from eventwire.knowledge.coref_choice import link
from eventwire.knowledge.coref_mentions import Want
from eventwire.knowledge.coref_sets import open_count
from eventwire.knowledge.people import full_title
from eventwire.model import Actor


@functools.cache
def _purpose_verbs() -> frozenset:
    return kind_sets("description_clauses.tsv").get("purpose", frozenset())


def aim_participle(c) -> bool:
    """Whether clause `c` hung on a description is a participle of purpose with an infinitive or "at" ("an accord
    signed with the bloc intended to ease trade", "aimed at ending"; data/coding/description_clauses.tsv): it
    describes the document or plan before the description, so it does not say which actor the description is."""
    return c.tag_ == "VBN" and c.lemma_.lower() in _purpose_verbs() and any(
        (x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")) or (x.dep_ == "prep" and x.lower_ == "at")
        for x in c.children)


SAME_PERSON_WINDOW = 3        # ... and that "the official" looks for "a Turkish official" (a person is named again soon)
SAME_HEAD_WINDOW = 12         # sentences back that "the regime" looks for a regime named with its country


class CorefDescriptions:
    """Mixin of Coref: uses its `_choose`, `_linked`, `counted_set`, `words`, `heads`, `head_last`, `head_rival`,
    `_plain`, `_thing`, `_named_at`, `sent_index`, `coder`, `ctx`, `doc` and noun lists."""

    # ------------------------------------------------------------------ definite descriptions
    def description(self, h, phrase, sent, country: Optional[str]) -> Optional[list]:
        """The earlier actor(s) a definite description stands for ("the president", "the group", "the two
        leaders", "the country", "the militants"); None when `h` heads no such description. A counted one ("both
        sides", "the two men") the choice found fewer parties for: the parties one earlier sentence names together
        (knowledge/coref_sets.py)."""
        n = self.count_of(h)
        if n == 1 and country is None and open_count(h):
            # "all sides", "the warring parties": the parties an earlier sentence names together, however many
            parties = self.counted_set(h, phrase, 0, None)     # (each party as named: "parties" is no sector)
            if parties:
                return parties
        got = self._description(h, phrase, sent, country, n)
        if n > 1 and country is None and (got is None or len(got) < n or not all(a.country for a in got)):
            parties = self.counted_set(h, phrase, n, self.coder._sector_of(h, self.ctx))
            if parties:
                return parties
        return got

    def count_of(self, h) -> int:
        """How many a description counts ("the two leaders", "both sides": 2); 1 when it counts none."""
        n = 1
        for c in h.children:
            if c.dep_ in ("nummod", "det", "predet", "amod") and c.i < h.i:
                cls, value = self.words.get(c.lower_, ("", None))
                if cls == "count" and value:
                    n = int(value)
        return n

    def _description(self, h, phrase, sent, country: Optional[str], n: int) -> Optional[list]:
        lemma = h.lemma_.lower()
        plural = h.tag_ in ("NNS", "NNPS")
        label = f"'{phrase.text}'"
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in h.children):
            return None               # "the Chilean president, Ana Ferro": named right here
        if any((c.dep_ == "acl" and not aim_participle(c))
               or (c.dep_ == "relcl" and c.i > 0 and self.doc[c.left_edge.i - 1].text != ",")
               for c in h.children):
            return None               # "the authority governing Afrin": a clause after it says which; not one before
        if lemma in self.person_nouns and h.pos_ == "NOUN":
            sector = self.coder._sector_of(h, self.ctx)
            if plural and n == 1:
                want = Want(label=label, description=True, kinds=frozenset({"people"}), plural=True, window=4, sector=sector,
                            country=country)
            else:
                want = Want(label=label, description=True, kinds=frozenset({"person"}), plural=False, window=6, sector=sector,
                            country=country, title=full_title(h), n=n)
                # "a Turkish official said ... . The official also denied": the one named by that noun just before,
                # whom no list names, rather than the most salient person ("Trump ..., the official said")
                same = self._same_head(h, phrase, lemma, sector, n, window=SAME_PERSON_WINDOW) \
                    if country is None else None
                if same is not None and not same.entity:
                    return [same]
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
            got = self._linked(picks, phrase, want) if len(picks) >= n else []
            # "Turks ... the Turkish state": the state, not the people a demonym named
            return [replace(a, code=a.country, sector=None, kind="country") if a.sector == "CVL" and a.country else a
                    for a in got]
        if any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in h.children):
            return None               # "the regime militias", "the rebel group": another body than the one named
        if lemma in self.group_nouns:
            # ("the terrorist group", "the rebel group": a group of that sector rather than the clause's other side)
            want = Want(label=label, description=True, kinds=frozenset({"org"}), window=6, n=n,
                        actor_kinds=frozenset({"group", "party", None}), sector=self._group_sector(h))
            picks = self._choose(h, want, sent, before=phrase.start_char) \
                or self.topic_group(h, want, sent, phrase.start_char)     # the story's one group (coref_topic.py)
            return self._linked(picks, phrase, want) if len(picks) >= n else []
        if lemma in self.igo_nouns:
            want = Want(label=label, description=True, kinds=frozenset({"org"}), window=6, n=n,
                        actor_kinds=frozenset({"igo"}))
            picks = [p for p in self._choose(h, want, sent, before=phrase.start_char) if p[0].actor.kind == "igo"]
            return self._linked(picks, phrase, want) if picks else []
        if country is None and h.pos_ == "NOUN":
            sector = self.coder._sector_of(h, self.ctx)
            if sector:
                # "the militants", "the regime", "the army": the body of that sector named before
                kinds = {"org", "body", "people"} | ({"person", "country"} if sector == "GOV" else set())
                want = Want(label=label, description=True, kinds=frozenset(kinds), window=3, sector=sector, family_only=True, n=n)
                own = self._own_government(h, phrase, sector)
                if own is not None:
                    return [own]
                same = self._same_head(h, phrase, lemma, sector, n)
                if same is not None:
                    return [same]
                picks = self._choose(h, want, sent, before=phrase.start_char) \
                    or self.topic_body(h, want, sent, phrase.start_char)   # the story's one body of the sector
                return self._linked(picks, phrase, want) if picks else []
        return None

    def _group_sector(self, h) -> Optional[str]:
        """The sector an adjective on a group noun names ("the terrorist group": INS), or None."""
        for c in h.children:
            if c.dep_ == "amod" and c.i < h.i:
                sector = self.coder._sector_of(c, self.ctx)
                if sector:
                    return sector
        return None

    def party_member(self, h, phrase, sent, country: Optional[str]) -> Optional[list]:
        """The person named just before whom a party's name for one of its members stands for ("Jane Holt ... said.
        The Ohio Republican has clashed with ..."; data/coding/nouns.tsv `party-member`), or None when `h` heads no
        such description: a singular proper noun with "the", no name of its own in apposition and no phrase after it
        ("the Republican of the year"), whose other modifiers are only places or adjectives ("the Ohio", "the
        veteran"); `country`: the country a modifier names ("Ohio": USA), which the person must have."""
        if h.tag_ != "NNP" or h.lower_ not in self.party_members \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) \
                or any(c.i > h.i and c.dep_ not in ("punct", "cc", "conj") for c in h.children) \
                or any(c.i < h.i and c.dep_ not in ("det", "amod", "compound") for c in h.children) \
                or any(c.dep_ == "compound" and c.ent_type_ not in ("GPE", "LOC") for c in h.children):
            return None
        country = country or next((p.country for p in self.ctx.places_in(phrase.start_char, phrase.end_char)
                                   if p.country and p.start >= phrase.start_char), None)    # ("Ohio": USA)
        want = Want(label=f"'{phrase.text}'", description=True, kinds=frozenset({"person"}), plural=False, window=2)
        # (a person of another country is not meant; one with no country yet may be: "the chair of the Senate
        # committee" is LEG until the description's "Ohio" says whose)
        picks = [p for p in self._choose(h, want, sent, before=phrase.start_char) if p[0].actor.kind == "person"
                 and not (country and p[0].actor.country and p[0].actor.country != country)]
        return self._linked(picks[:1], phrase, want) if picks else []

    def _own_government(self, h, phrase, sector: str) -> Optional[Actor]:
        """ "the opposition leader accused the government", "the Duma criticised the government": a bare
        "the government" that an opposition, a legislature or a party of one country acts on (the object of the verb
        whose subject that is) is that country's own government, not a foreign one named before."""
        if sector != "GOV" or h.tag_ != "NN" or h.dep_ not in ("dobj", "pobj", "dative") \
                or any(c.dep_ != "det" or c.lower_ != "the" for c in h.children if c.i < h.i) \
                or any(c.dep_ in ("acl", "relcl", "appos") or (c.dep_ == "prep" and (
                    c.lower_ not in ("of", "for", "over")
                    or any(self._named_at(p) for p in c.children if p.dep_ == "pobj"))) for c in h.children):
            return None               # (not "the government in Damascus", "the government of Iraq"; but "accused
            #                           the government of weakness")
        v = h.head.head if h.dep_ == "pobj" else h.head
        for _ in range(3):            # ("urged the government to ...", "has accused the government of ...")
            if v.pos_ not in ("VERB", "AUX"):
                return None
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None or v.dep_ not in ("xcomp", "conj") or v.head is v:
                break
            v = v.head
        if subj is None:
            return None
        for a in self.heads.get(subj.i) or self._plain(subj):
            if a is not None and a.country and a.sector in ("OPP", "LEG", "PTY"):
                own = Actor.national(a.country, "GOV", kind="group")
                return link(own, phrase, f"'{phrase.text}' -> {a.country}GOV (the government of "
                                         f"{a.country}, whose {a.sector} '{a.text}' acts on it)")
        return None

    def _same_head(self, h, phrase, lemma: str, sector: str, n: int, window: int = SAME_HEAD_WINDOW) -> Optional[Actor]:
        """ "the regime" after "Assad's regime" (or "the Syrian army" before "the army"): the last body named with the
        same head noun and a country, up to SAME_HEAD_WINDOW sentences back, is what the description stands for
        rather than the most salient actor of its sector ("Trump ... the regime" is not the US government)."""
        if n != 1 or h.tag_ != "NN" or self._thing(h) \
                or any(c.dep_ != "det" or c.lower_ != "the" for c in h.children if c.i < h.i) \
                or any(c.dep_ in ("prep", "acl", "relcl") for c in h.children):
            return None               # only a bare "the regime": not "those forces", "this campaign", "the Kurdish
            #                           administration", "the children", "the government of X"
        m = self.head_last.get(lemma)
        if m is None or m.tok == h.i or m.actor.sector != sector or h.tag_ != m.token.tag_:
            return None
        d = self.sent_index(h.i) - m.sent
        if not 0 < d <= window:
            return None
        r = self.head_rival.get(lemma)
        if r is not None and self.sent_index(h.i) - r.sent <= window:
            return None               # "the Assad regime and the Iranian regime ... the regime": either; left to the
            #                           scored choice (and the story-level step), not to the last named
        return link(m.actor, phrase, f"'{phrase.text}' -> "
                    f"{m.actor.name or m.actor.code} ('{m.actor.text}', the {lemma} named {d} "
                    f"sentence{'s' if d > 1 else ''} back)")
