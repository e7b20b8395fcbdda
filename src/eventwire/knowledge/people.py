"""People named in a story: a name given with a role takes the role's code, and later surnames follow.

``PeopleIndex(doc, ctx, coder, person_nouns).people`` maps token indexes to person actors, once per document:

* a person the actor lists do not know, named with a role -- "Karim Haddad, Jordan's interior minister",
  "Jordan's interior minister, Karim Haddad", "the Kurdish commander Rashid Omar", "Interior Minister Karim Haddad"
  -- takes the code of the role phrase (country + the title's sector, or the organisation's code; "Syria's UN
  ambassador" is Syria's, not the UN's), unless the role is in a body the lists do not know ("the president of
  Pegida Canada");
* a later surname (or full name) of anyone named in full -- known or not -- is that person, also when the lists
  know another person by that one word ("Haddad").

New mentions are added to ``ctx.mentions``. Used by knowledge/coref.py.
"""
from __future__ import annotations

import bisect
import functools
import re
from importlib import resources
from typing import Optional

from eventwire.knowledge.coref_mentions import coref_words
from eventwire.model import Actor


@functools.cache
def title_heads() -> frozenset:
    """Last words of the person titles in data/actors/sectors.tsv ("minister", "spokesman", "commander")."""
    out = set()
    with resources.files("eventwire").joinpath("data/actors/sectors.tsv").open(encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cells) < 3 or cells[2].strip() != "title":
                continue
            out.add(cells[0].strip().lower().split()[-1])
    return frozenset(out)


_FORMER = re.compile(r"\b(?:former|ex|retired|one-time|onetime)\b", re.I)
_PLACE_ENTS = ("GPE", "LOC", "FAC", "ORG", "NORP")


def genders(names, words: dict) -> dict:
    """{surname (lower case): "m" or "f"} of the people a story names after a title that says which ("Mr Haddad",
    "Queen Rania"; the `gender-title` rows of data/coding/coref.tsv); a surname given both is left out.
    `names`: the document's proper-noun tokens."""
    out: dict = {}
    for t in names:
        if t.i == 0:
            continue
        cls, value = words.get(t.doc[t.i - 1].lower_.rstrip("."), ("", None))
        if cls != "gender-title" or not value:
            continue
        j = t.i
        while j + 1 < len(t.doc) and t.doc[j + 1].pos_ == "PROPN":
            j += 1
        last = t.doc[j].lower_
        out[last] = value if out.get(last, value) == value else None
    return {k: v for k, v in out.items() if v}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class PeopleIndex:
    """The people of one document (see the module doc)."""

    def __init__(self, doc, ctx, coder, person_nouns, tok_starts=None, names=None):
        """`tok_starts`: every token's start offset; `names`: the proper-noun tokens (both computed when not given)."""
        self.doc, self.ctx, self.coder, self.kb = doc, ctx, coder, coder.kb
        self.person_nouns = person_nouns
        self.tok_starts = tok_starts if tok_starts is not None else [t.idx for t in doc]
        self.names = names if names is not None else [t for t in doc if t.pos_ == "PROPN"]
        self.people: dict[int, Actor] = {}         # token index -> person named with a role, or a later surname
        self._index()

    def _index(self) -> None:
        """People the actor lists do not know, named with a role, take the role's code; then every later mention of
        a surname (or full name) of someone named in full, known or not, is that person."""
        ctx, doc = self.ctx, self.doc
        # the start offsets of the tokens inside names the actor lists know
        starts = self.tok_starts
        covered = set()
        for m in ctx.mentions:
            i = bisect.bisect_left(starts, m.start)
            while i < len(starts) and starts[i] < m.end:
                covered.add(starts[i])
                i += 1
        # a one-word alias of a known person ("Haddad") may be someone else's surname in this story
        single = {m.start: m for m in ctx.mentions if m.kind == "person" and " " not in (m.text or "").strip()}
        dropped = set()
        named: dict[str, Actor] = {}           # full name or surname -> person; None when two people share it
        first_at: dict[str, int] = {}
        for m in ctx.mentions:
            if m.kind == "person" and m.code and " " in (m.text or "").strip() and m.text[:1].isupper():
                self._name_keys(m.text, m, m.start, named, first_at)
        new = []
        for t in self.names:
            if t.dep_ == "compound" or (t.idx in covered and t.idx not in single) \
                    or ctx.in_junk(t.idx, t.idx + 1):
                continue
            chain = sorted((c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), key=lambda c: c.i)
            if any(c.idx in covered for c in chain) or (not chain and (t.ent_type_ != "PERSON" or t.idx in covered)):
                continue              # (one word is a name only when the parser says it is a person's)
            # "Interior Minister Karim Haddad": the title words are not the name
            titled = [c for c in chain if c.lower_ in self.person_nouns]
            if titled:
                chain = [c for c in chain if c.i > titled[-1].i]
            start_tok = min([c.i for c in chain] + [t.i])
            if not doc[start_tok].text[:1].isupper():
                continue
            role = self._role_phrase(t, start_tok, described=t.ent_type_ == "PERSON")
            if not chain and not titled and (role is None or not self._appositive(t, role[0])):
                continue              # a surname alone: only with its own description ("Aksoy, a British Kurd,")
            if role is None and titled:
                lo = min(x.i for x in t.lefts)
                role = (titled[-1], doc[lo: start_tok])
            if role is None:
                continue
            role_head, role_span = role
            if self._unknown_body(role_span, covered):
                continue              # "the president of Pegida Canada": a body the lists do not know, not Canada's
            ra = self.kb.resolve_phrase(role_span.text, role_span.start_char, ctx.date, ctx.countries)
            if ra is None or not ra.code or ra.kind == "person" or not (ra.country or ra.kind in ("group", "party", "igo")):
                continue
            code, sector = ra.code, ra.sector
            if ra.kind in ("group", "party", "igo"):
                # "Syria's UN ambassador": the country's envoy to the body, not the body's
                owner = next((c for c in role_span if c.dep_ == "poss" and c.head.i == role_head.i), None)
                cm = self._country_at(owner) if owner is not None else None
                sec = self.coder._sector_of(role_head, ctx)
                if cm is not None and sec:
                    ra = Actor(code=cm.country + sec, country=cm.country, sector=sec, kind="country",
                               why=f"{cm.why}; sector {sec} from '{role_head.text}' (the country's, not {ra.code}'s)")
                    code, sector = ra.code, sec
            if ra.kind in ("country", "capital") and not sector:
                sector = self.coder._sector_of(role_head, ctx)
                code = ra.country + (sector or "")
            if sector and ra.country and _FORMER.search(role_span.text):
                # "a former British soldier": the person's country; the army he left is not his sector now
                ra = Actor(code=ra.country, country=ra.country, sector=None, kind="country",
                           why=f"{ra.why}; former, so no sector")
                code, sector = ra.country, None
            span = doc[start_tok: t.i + 1]
            name = span.text
            a = Actor(code=code, country=ra.country, sector=sector, name=name, entity=_slug(name), text=name,
                      start=span.start_char, end=span.end_char, kind="person",
                      why=f"person '{name}' (not in the actor lists) with the role '{role_span.text}' -> {code} "
                          f"({ra.why})")
            for j in range(start_tok, t.i + 1):
                self.people[j] = a
            if t.idx in single:
                dropped.add(t.idx)
            new.append(a)
            self._name_keys(name, a, span.start_char, named, first_at)
        # later surnames and full names
        for t in self.names:
            if t.i in self.people or (t.idx in covered and t.idx not in single) \
                    or not t.text[:1].isupper():
                continue
            a = named.get(t.text)
            if a is None or first_at.get(t.text, 1 << 30) >= t.idx:
                continue
            if t.idx in single and single[t.idx].entity == a.entity:
                continue              # the known person named in full before: the list's own mention stands
            if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].dep_ != "appos" \
                    and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].idx not in covered:
                continue              # "Hariri Street", someone else's first name
            prev = doc[t.i - 1] if t.i > 0 else None
            if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.i not in self.people \
                    and prev.idx not in covered and named.get(prev.text) is not a \
                    and prev.lower_ not in (a.name or "").lower().split() \
                    and coref_words().get(prev.lower_.rstrip("."), ("", None))[0] != "gender-title":
                continue              # "Nadia Haddad" is not Karim Haddad (but "Mr Haddad" is)
            b = Actor(code=a.code, country=a.country, sector=a.sector, name=a.name, entity=a.entity, text=t.text,
                      start=t.idx, end=t.idx + len(t.text), kind="person",
                      why=f"'{t.text}': {a.name}, named in full earlier ({a.why})")
            self.people[t.i] = b
            if t.idx in single:
                dropped.add(t.idx)
            new.append(b)
        if new:
            keep = [m for m in ctx.mentions if m.start not in dropped or m.start not in single]
            ctx.mentions = sorted(keep + new, key=lambda m: m.start)

    def _unknown_body(self, span, covered) -> bool:
        """Whether a role phrase names an organisation the actor lists do not know (no word of it known, none a
        sector word): the role is that body's, and its country is not the role's."""
        for ent in span.ents:
            if ent.label_ not in ("ORG", "EVENT", "FAC", "WORK_OF_ART"):
                continue
            for t in ent:             # "Syrian Ministry of Information" is a ministry; "Pegida Canada" is not Canada
                if self.coder._sector_of(t, self.ctx):
                    break
                if t.pos_ == "PROPN" and t.idx not in covered:
                    return True
        return False

    def _country_at(self, tok) -> Optional[Actor]:
        i = bisect.bisect_right([m.start for m in self.ctx.mentions], tok.idx) - 1
        if i >= 0:
            m = self.ctx.mentions[i]
            if m.start <= tok.idx < m.end and m.kind in ("country", "capital") and m.country:
                return m
        return None

    @staticmethod
    def _name_keys(name: str, a: Actor, start: int, named: dict, first_at: dict) -> None:
        words = [w for w in re.split(r"\s+", name.strip()) if w]
        if len(words) < 2:
            return
        sur = re.sub(r"(?:'s|\u2019s)$", "", words[-1])
        for key in {sur}:
            if key in named and named[key] is not None and (named[key].entity or named[key].code) != (a.entity or a.code):
                named[key] = None     # two people share the surname: neither
            elif key not in named:
                named[key] = a
                first_at[key] = start

    @staticmethod
    def _appositive(name_head, role_head) -> bool:
        return role_head.head.i == name_head.i and role_head.dep_ == "appos" or \
            name_head.head.i == role_head.i and name_head.dep_ == "appos"

    def _role_phrase(self, name_head, start_tok, described: bool = False):
        """(role noun, role phrase) next to a name: "X, Jordan's interior minister", "Jordan's interior minister,
        X", "the Kurdish commander X" (read as an apposition or as compounds), or None. With `described` (the
        parser took the name for a person's), an indefinite description after the name is a role too, whatever its
        noun: "Aksoy, a British Kurd", "Robinson, a former British soldier", "Keller, a German volunteer"."""
        doc = self.doc
        cands = []
        if name_head.dep_ == "appos" and name_head.head.pos_ == "NOUN":
            cands.append(name_head.head)
        cands += [c for c in name_head.children if c.dep_ == "appos" and (c.pos_ == "NOUN" or described and
                                                                           c.pos_ == "PROPN" and c.i > name_head.i)]
        for r in cands:
            if r.lemma_.lower() not in self.person_nouns:
                if described and r.i > name_head.i and r.ent_type_ not in _PLACE_ENTS \
                        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in r.children):
                    # (such a description says who the person is by its words before the noun only: "a former
                    # British soldier", not "a filmmaker from Raqqa who lives in Germany")
                    return r, doc[r.left_edge.i: r.i + 1]
                continue
            toks = [x for x in r.subtree if not (start_tok <= x.i <= name_head.i) and x.dep_ not in ("punct",)]
            skip = set()
            for x in r.children:
                if x.dep_ in ("relcl", "acl", "appos", "conj", "cc") and x is not name_head:
                    skip.update(y.i for y in x.subtree)
            toks = [x for x in toks if x.i not in skip]
            if toks:
                lo, hi = min(x.i for x in toks), max(x.i for x in toks)
                span = doc[lo: hi + 1]
                if name_head.i in range(lo, hi + 1) or start_tok in range(lo, hi + 1):
                    span = doc[lo: start_tok] if lo < start_tok else doc[name_head.i + 1: hi + 1]
                if len(span):
                    return r, span
        # a title read as compounds before the name: "the Kurdish commander Rashid Omar"
        lefts = [c for c in name_head.lefts if c.i < start_tok]
        title = next((c for c in reversed(lefts) if c.pos_ == "NOUN" and c.lemma_.lower() in self.person_nouns), None)
        if title is not None:
            lo = min(x.i for x in lefts)
            return title, doc[lo: start_tok]
        return None
