"""People named in a story: a name given with a role takes the role's code, and later surnames follow.

``PeopleIndex(doc, ctx, coder, person_nouns).people`` maps token indexes to person actors, once per document:

* a person the actor lists do not know, named with a role -- "Karim Haddad, Jordan's interior minister",
  "Jordan's interior minister, Karim Haddad", "the Kurdish commander Rashid Omar", "Interior Minister Karim Haddad"
  -- takes the code of the role phrase (country + the title's sector, or the organisation's code; "Syria's UN
  ambassador" is Syria's, not the UN's), unless the role is in a body the lists do not know ("the president of
  Pegida Canada"); also "a British volunteer, Tom Hart", "French president Luc Moreau", "Labour MP Jo Hart", "X of
  the Syrian Democratic Forces", "Amnesty International's X", a title of data/coding/person_titles.tsv ("Lord X": a
  UK peer), an office whose field the parser hung the name on ("the UN envoy for Syria, X": the words before the
  office say whose, "the UN envoy"; "for Syria" is where it serves), and, when nothing else says whose, the place the person is from ("X, 24, from Portsmouth"); a plural description before a list of names
  ("two British men – X and Y", "the British jihadists X and Y", "Two Dutch fighters, X and Y,") is each name's; a
  name with no descriptor stays empty;
* "Mrs May": a gender title and the surname of the one person of the actor lists of that surname in office at the
  story's date;
* a person introduced by what the story says the person belongs to, when no role is apposed: a noun of
  data/coding/person_descriptors.tsv before the name with a group or nationality before it ("the Dutch Isis fighter
  Karel Vos"), a demonym read as the name's first word ("the Briton Tom Hart": a private person of that country), the
  predicate of "be" ("Vos is a Dutch Isis fighter", "Vos was a member of Islamic State"), or the group joined or
  served with (data/coding/membership.tsv: "Dan Hart joined Islamic State"; later mentions only, never the joining
  sentence); never "former", "suspected", "alleged" or "anti-" descriptions;
* a later surname (or full name) of anyone named in full -- known or not -- is that person, also when the lists
  know another person by that one word ("Haddad").

New mentions are added to ``ctx.mentions``. Used by knowledge/coref.py.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from eventwire.knowledge.actor_persons import descriptor_before, descriptor_noun, former_sector, igo_office, \
    joined_body, lead_description, member_actor, predicate_descriptor, relative_description, description_before_title
from eventwire.knowledge.actor_records import Cand, _date_key, norm_text
from eventwire.knowledge.coref_mentions import coref_words
from eventwire.knowledge.people_country import state_person
from eventwire.knowledge.people_delayed import office_before
from eventwire.knowledge.people_home import home_role
from eventwire.knowledge.people_offices import listed_office
from eventwire.knowledge.people_origin import origin as home_origin
from eventwire.knowledge.party_role import party_office
from eventwire.knowledge.people_renamed import title_before, bare_surname, body_names, first_name_key, \
    given_name_key, later_mentions, name_chain, name_key, person_role
from eventwire.knowledge.workplace import onlookers, workplace
from eventwire.model import Actor
from eventwire.nlp import doc_ents


from eventwire.knowledge.people_titles import (  # noqa: F401  (re-exported: other stages import them from here)
    _FORMER, full_title, genders, name_titles, office_over, title_heads, title_terms)

_PLACE_ENTS = ("GPE", "LOC", "FAC", "ORG", "NORP")


def _own_first_names(chain, known) -> bool:
    """Whether every word of `chain` (the words before a surname) is a word of the known person's full name."""
    words = set(re.split(r"[\s\-]+", norm_text(known.name or "").lower()))
    return bool(words) and all(norm_text(c.text).lower() in words for c in chain)


def _plural_list(r, name_head) -> bool:
    """Whether `r` is a counted or definite plural noun set off by a comma or dash right before a list of names
    ("two British men – X and Y", "Two Dutch fighters, X and Y"): a description each name shares."""
    doc = r.doc
    return r.pos_ == "NOUN" and r.tag_ == "NNS" and r.ent_type_ not in _PLACE_ENTS \
        and any(c.dep_ in ("det", "nummod") for c in r.children) \
        and r.i + 1 < len(doc) and doc[r.i + 1].text in (",", "\u2013", "\u2014", "-", ":") \
        and any(c.dep_ == "conj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in name_head.children)


def _served_body(r):
    """The name of the body an indefinite description after a person's name says the person serves with, or None:
    the proper noun after "with" on the description's noun or on a noun coordinated with it ("a volunteer with the
    White Helmets", "an ex-nurse and helper with X"), unless the description gives a nationality."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in r.children) \
            or any(c.ent_type_ == "NORP" for c in r.lefts):
        return None      # (a nationality says who the person is: "a British volunteer with the YPG" is British)
    # (the parser reads the coordinated noun as a verb at times: "a former nurse and volunteer[VERB] with X", a
    # conjunct with no subject or object of its own)
    for n in [r] + [c for c in r.children if c.dep_ == "conj" and (c.pos_ == "NOUN" or (c.pos_ == "VERB" and not any(
            g.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for g in c.children)))]:
        w = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        obj = next((c for c in w.children if c.dep_ == "pobj"), None) if w is not None else None
        if obj is not None and obj.pos_ == "PROPN":
            return obj
    return None


def _nationality_the(r) -> bool:
    """ "X, the US woman who fled Isis", "Y, the Dutch teenager who ...": a definite description whose words before
    the noun give a nationality or country says who the person is, as an indefinite one does (issue 14); so does a
    noun of data/coding/person_descriptors.tsv with a group's name before it ("X, the Isis executioner")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in r.children):
        return False
    return any(c.i < r.i and c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper()
               and (c.ent_type_ in ("NORP", "GPE") or c.ent_type_ == "ORG" and c.pos_ == "PROPN" and descriptor_noun(r))
               for c in r.children)


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
        self._ents: Optional[tuple] = None         # (the document's entities, their start tokens), read on first use
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
        shared: dict[int, tuple] = {}           # a later name of a list -> (the first's actor, its plural description)
        lead_taken = False                      # (the lead's description is one name's only)
        bodies = body_names(doc, ctx.mentions, starts)     # a listed body's name a person may bear ("Abu Sayyaf")
        renamed: dict = {}                      # (its normalised name -> the person the story made of it)
        unbodied = set()                        # (the starts of the body mentions it replaces)
        listed = covered
        titles = name_titles()
        replaced = set()                        # (a listed name the story gives an office: people_offices.py)
        for t in self.names:
            body = bodies.get(t.idx) if t.dep_ != "compound" else None
            covered = listed if body is None else \
                listed - {x.idx for x in doc[max(0, t.i - 6): t.i + 1] if bodies.get(x.idx) is body}
            if t.dep_ != "compound" and t.idx in listed and (o := listed_office(self, t)) is not None:
                for j in (x.i for x in doc[max(0, t.i - 6): t.i + 1] if x.idx >= o.start):
                    self.people[j] = o
                new.append(o)
                replaced.add(o.start)
                sur = re.sub(r"(?:'s|\u2019s)$", "", o.text.split()[-1])
                named[sur], first_at[sur] = o, o.start          # (later surnames follow the story's office)
                continue
            if t.dep_ == "compound" or (t.idx in covered and t.idx not in single) \
                    or ctx.in_junk(t.idx, t.idx + 1):
                continue
            chain = name_chain(t)      # (with a given name hung on the particle: knowledge/people_renamed.py)
            # "Interior Minister Karim Haddad", "Labour MP Jo Smith", "Lord Smith": the title words are not the name
            # (and a name the lists know in them, "Labour", is the title's, not the person's)
            # "the Briton Tom Hart", "the Australian Tom Hart": a demonym read as the name's first word says whose
            demonym = chain[0] if chain and any(x.ent_type_ == "PERSON" for x in chain[1:] + [t]) \
                and chain[0].idx in covered \
                and self._demonym_at(chain[0]) else None       # (a person's name only: not "the Turkish Armed Forces")
            if demonym is not None:
                chain = chain[1:]
            titled = [c for c in chain if c.lower_ in self.person_nouns or c.lower_ in titles]
            if titled:
                chain = [c for c in chain if c.i > titled[-1].i]
            lord = bool(titled) and titled[-1].lower_ in titles and titled[-1].i == t.i - 1
            if any(c.idx in covered for c in chain) or (not chain and (t.ent_type_ != "PERSON" and not lord
                                                                       or t.idx in covered)):
                continue              # (one word is a name only when the parser says it is a person's, or a title
                #                       of data/coding/person_titles.tsv names it: "Lord Smith")
            start_tok = min([c.i for c in chain] + [t.i])
            if not doc[start_tok].text[:1].isupper():
                continue
            if chain and not titled:
                known = self._listed_as(t, chain)
                if known is not None:
                    # "Turkey's Recep Erdoğan": the listed Recep Tayyip Erdoğan (his surname and first name), not a
                    # person the lists do not know
                    span = doc[start_tok: t.i + 1]
                    b = Actor(code=known.code, country=known.country, sector=known.sector, name=known.name,
                              entity=known.entity, text=span.text, start=span.start_char, end=span.end_char,
                              kind="person", why=f"'{span.text}': {known.name} of the actor lists, by surname and "
                                                 f"first name ({known.why})")
                    for j in range(start_tok, t.i + 1):
                        self.people[j] = b
                    new.append(b)
                    continue
            role = self._role_phrase(t, start_tok, described=t.ent_type_ == "PERSON")
            if body is not None and not person_role(role, self.person_nouns):
                continue              # the listed body, unless the story gives the name a person's office
            if role is None and chain and not titled and not lead_taken and t.ent_type_ == "PERSON":
                lead = lead_description(t, start_tok)      # "A British man was killed ... Joe Hart, 25, ..."
                if lead is not None:
                    role, lead_taken = (lead[0], lead[1], "lead"), True
            if role is None and chain and not titled and (prior := office_before(t, start_tok, title_heads())):
                role = (prior[0], prior[1], "office")    # "... according to the UN envoy. X said" (people_delayed.py)
            if role is None and t.i in shared and chain:
                # "the British jihadists X and Y": a plural description before the first name of a list is each one's
                b, role_text = shared[t.i]
                span = doc[start_tok: t.i + 1]
                a = Actor(code=b.code, country=b.country, sector=b.sector, name=span.text, entity=_slug(span.text),
                          text=span.text, start=span.start_char, end=span.end_char, kind="person",
                          why=f"person '{span.text}' (not in the actor lists) named in a list after the plural "
                              f"description '{role_text}' -> {b.code} (as {b.name})")
                for j in range(start_tok, t.i + 1):
                    self.people[j] = a
                new.append(a)
                self._name_keys(span.text, a, span.start_char, named, first_at)
                continue
            if role is None and demonym is not None and chain:
                role = (demonym, doc[min(demonym.left_edge.i, demonym.i): start_tok], "title")
            if not chain and not titled and (role is None or not self._appositive(t, role[0])):
                continue              # a surname alone: only with its own description ("Aksoy, a British Kurd,")
            if role is None and not titled and chain and t.ent_type_ == "PERSON" and t.text not in named \
                    and self._origin(t, None) is None:
                joined = joined_body(t, ctx)      # (a home town says more: "X, from Lewes, volunteered with the YPJ")
                if joined is not None:
                    self._joined(t, start_tok, *joined, named, first_at)
                    continue
            if role is None and titled:
                lo = min(x.left_edge.i for x in t.lefts)
                role = (titled[-1], doc[lo: start_tok], "title")
            ra = None
            if role is not None:
                role_head, role_span, via = role
                ra = state_person(self.kb.resolve_phrase(role_span.text, role_span.start_char, ctx.date,
                                                         ctx.countries))      # ("a Yazidi woman": IRQCVL)
                party = party_office(ra, role_span, role_head, self.kb, ctx) if via in ("appos", "title") else None
                if party is not None:
                    ra = party        # "X, the Republican chair of the House committee": USALEG (party_role.py)
                elif self._unknown_body(role_span, covered):
                    continue          # "the president of Pegida Canada": a body the lists do not know, not Canada's
                if ra is not None and ra.kind == "capital" and via == "lead" and self._origin(None, role_head):
                    ra = None         # "The east London schoolgirl": her home town, not the UK government
                if ra is None:        # "the high commissioner for refugees": a UN office, the body left out
                    ra = igo_office(self.kb, role_span.text, role_span.start_char, ctx.date)
                if ra is not None and via == "with" and ra.kind not in ("group", "party", "igo"):
                    ra = None         # ("a teacher with France 24": only a group served with)
                if ra is not None and via in ("of", "from", "poss") and ra.kind not in ("group", "party", "igo") \
                        and not (ra.kind in ("country", "capital") and (via in ("from", "poss")
                                                                         or self.coder._sector_of(role_head, ctx))):
                    ra = None         # "X of Aleppo": a place; "X of Syria's army" is the army's, "X from Syria" Syria's
            if role is not None and role[2] != "lead" and (joined := member_actor(
                    t, role[0], ra, ctx, lambda x: self.coder._sector_of(x, ctx))) is not None:
                ra = joined           # "X, a British woman who joined Islamic State": the group outranks the rest
                #                       (not a lead's description: "The Birmingham teenager who joined Isis
                #                       ... has asked to return home" stays a private person, test_people_spellings)
            if role is not None and role[2] == "appos" and role[0].i > t.i and (ra is None or not ra.country and ra.kind
                    not in ("group", "party", "igo", "people") or role[0].lemma_.lower() in onlookers()) \
                    and (w := workplace(self.kb, ctx, doc, role[0])) is not None:
                ra = w                # "X, a researcher at the University of Toronto": CANEDU; "a Syria expert at
                #                       the Middle East Institute in Washington": USANGO, not Syria's (workplace.py)
            if role is not None and ra is not None and not ra.country and (
                    home := home_role(ra, role_head, via, doc[t.i].sent, ctx)) is not None:
                ra = home             # "X, the chair of the Senate committee": the story's own country's (people_home.py)
            if ra is None or not ra.code or ra.kind == "person" \
                    or not (ra.country or ra.kind in ("group", "party", "igo", "people")):
                title = doc[start_tok - 1] if start_tok > 0 else None
                origin = None
                if title is None or title.lower_ not in titles or title.pos_ != "PROPN":
                    origin = self._origin(t, role[0] if role is not None else None)
                    if origin is None:
                        continue
                if origin is not None:
                    # "Oliver Hart, 24, from Portsmouth", "a journalist from Aleppo": the country of the place the
                    # person is from (with the role's sector when the role has no country of its own)
                    place, obj = origin
                    sec = ra.sector if ra is not None and ra.code and not ra.country and ra.kind != "person" \
                        and role[0].lemma_.lower() in title_heads() else None     # ("a journalist", not "a worker")
                    if sec and _FORMER.search(role[1].text):
                        sec = None
                    ra = Actor.national(place.country, sec, kind="place",
                                        why=f"from '{place.text}' ({place.name or place.text}, a place in {place.country})"
                                            + (f"; sector {sec} from '{role[1].text}'" if sec else ""))
                    role_head, role_span = obj, doc[obj.left_edge.i - 1: obj.i + 1]
                else:
                    # "Lord Smith": the title alone says whose (data/coding/person_titles.tsv)
                    cc, sec, note = titles[title.lower_]
                    ra = Actor.national(cc, sec, kind="country",
                                        why=f"title '{title.text}' before the name: {note} -> {cc + sec}")
                    role_head, role_span = title, doc[title.i: title.i + 1]
            code, sector = ra.code, ra.sector
            if ra.kind in ("group", "party", "igo"):
                # "Syria's UN ambassador": the country's envoy to the body, not the body's
                owner = next((c for c in role_span if c.dep_ == "poss" and c.head.i == role_head.i), None)
                cm = self._country_at(owner) if owner is not None else None
                sec = self.coder._sector_of(role_head, ctx)
                if cm is not None and sec:
                    ra = Actor.national(cm.country, sec, kind="country",
                                        why=f"{cm.why}; sector {sec} from '{role_head.text}' (the country's, not {ra.code}'s)")
                    code, sector = ra.code, sec
            if ra.kind in ("country", "capital") and not sector:
                sector = self.coder._sector_of(role_head, ctx)
                code = ra.country + (sector or "")
            if sector and ra.country and _FORMER.search(role_span.text):
                # "a former British soldier": the person's country; the army he left is not his sector now: a former
                # official is an elite (ELI), anyone else a private person (CVL), not the state
                left = former_sector(sector)
                ra = Actor.national(ra.country, left, kind="country",
                                    why=f"{ra.why}; former, so {left}, not {sector}")
                code, sector = ra.code, left
            if ra.country and not sector and ra.kind in ("country", "capital", "place") \
                    and role_head.lemma_.lower() not in self.person_nouns:
                # "Smith, a Briton", "Ali, 24, from Aleppo": a private person of that country, not its state (not
                # an office the lists give no sector: "head of the Duma's committee")
                ra = Actor.national(ra.country, "CVL", kind=ra.kind,
                                    why=f"{ra.why}; a private person of that country, not its state (CVL)")
                code, sector = ra.code, "CVL"
            span = doc[start_tok: t.i + 1]
            name = span.text if not (lord and not chain) else f"{titled[-1].text} {span.text}"    # "Lord Smith"
            a = Actor(code=code, country=ra.country, sector=sector, name=name, entity=_slug(name), text=name,
                      start=span.start_char, end=span.end_char, kind="person",
                      why=f"person '{name}' (not in the actor lists) with the role '{role_span.text}' -> {code} "
                          f"({ra.why})")
            for j in range(start_tok, t.i + 1):
                self.people[j] = a
            if t.idx in single:
                dropped.add(t.idx)
            new.append(a)
            if role is not None and (role[0].tag_ in ("NNS", "NNPS") or role[2] == "pred"      # ("X and Y are
                                     or role[0] is demonym and demonym.lower_.endswith("s")):  # members of G": both)
                for c in t.conjuncts:     # (the names after it in its list share a plural description)
                    if c.i > t.i and c.pos_ == "PROPN":
                        shared.setdefault(c.i, (a, role_span.text))
            # ("Lord Smith", "Labour MP Smith": a surname named with a title is the person's name too)
            self._name_keys(name, a, span.start_char, named, first_at, single=bool(titled) and not chain)
            if body is not None:
                renamed[norm_text(body.text)] = a
                unbodied.add(body.start)
        covered = listed
        for m, b, idx in later_mentions(ctx.mentions, renamed, starts, doc):
            for j in idx:
                self.people[j] = b
            new.append(b)
            unbodied.add(m.start)
        # "Mrs May", "Mr Johnson": a title and the surname of the one person of the actor lists of that surname in
        # office at the story's date (a surname the lists do not match alone, being a common word)
        for t in self.names:
            if t.i == 0 or t.i in self.people or t.idx in covered or not t.text[:1].isupper() \
                    or coref_words().get(doc[t.i - 1].lower_.rstrip("."), ("", None))[0] != "gender-title" \
                    or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
                continue
            a = self._office_holder(t)
            if a is not None:
                self.people[t.i] = a
                new.append(a)
        # later surnames and full names
        for t in self.names:
            if t.i in self.people or (t.idx in covered and t.idx not in single) \
                    or not t.text[:1].isupper():
                continue
            key = name_key(doc, t, named)     # (the name; a royal's first name: "Prince Mohammed")
            a = named.get(key) if key else None
            if a is None or first_at.get(key, 1 << 30) >= t.idx:
                continue
            if t.idx in single and single[t.idx].entity == a.entity and single[t.idx].code == a.code:
                continue              # the known person named in full before: the list's own mention stands
            if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].dep_ != "appos" \
                    and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].idx not in covered:
                continue              # "Hariri Street", someone else's first name
            prev = doc[t.i - 1] if t.i > 0 else None
            if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.i not in self.people \
                    and prev.ent_type_ not in ("DATE", "TIME") \
                    and prev.idx not in covered and named.get(prev.text) is not a \
                    and prev.lower_ not in (a.name or "").lower().split() \
                    and prev.lower_ not in self.person_nouns and prev.lower_ not in titles \
                    and coref_words().get(prev.lower_.rstrip("."), ("", None))[0] != "gender-title" \
                    and not title_before(prev):
                continue              # "Nadia Haddad" is not Karim Haddad (but "Mr Haddad", "Ambassador Haddad",
                #                       "On Monday Haddad" are)
            b = Actor(code=a.code, country=a.country, sector=a.sector, name=a.name, entity=a.entity, text=t.text,
                      start=t.idx, end=t.idx + len(t.text), kind="person",
                      why=f"'{t.text}': {a.name}, named in full earlier ({a.why})")
            self.people[t.i] = b
            if t.idx in single:
                dropped.add(t.idx)
            new.append(b)
        if new:
            keep = [m for m in ctx.mentions if (m.start not in dropped or m.start not in single)
                    and not (m.start in replaced and m.kind == "person")
                    and not (m.start in unbodied and m.kind in ("group", "party"))]
            ctx.mentions = sorted(keep + new, key=lambda m: m.start)

    def _joined(self, t, start_tok, body, verb, named, first_at) -> None:
        """A person introduced by the group they joined ("Dan Hart joined Islamic State"): later mentions of the name
        are that group's member. The introducing sentence itself keeps the name uncoded ("Hart joined Isis" is no
        act of Isis on itself, and "Hart, who fought for the YPG," no act of the YPG's)."""
        span = self.doc[start_tok: t.i + 1]
        name = span.text
        a = Actor(code=body.code, country=body.country, sector=body.sector, name=name, entity=_slug(name), text=name,
                  start=span.start_char, end=span.end_char, kind="person",
                  why=f"person '{name}' (not in the actor lists) introduced by the body joined or "
                      f"served with ('{verb.text} ... {body.text}') -> {body.code} (a member of {body.name or body.code})")
        self._name_keys(name, a, t.idx, named, first_at)     # (from the surname on: not the intro itself)

    def _demonym_at(self, tok) -> bool:
        """Whether the actor mention at `tok` is a one-word demonym of a country ("Briton", "Australian")."""
        m = self._country_at(tok)
        return m is not None and m.start == tok.idx and m.end == tok.idx + len(tok.text) \
            and (m.why or "").startswith("demonym ")

    def _listed_as(self, t, chain) -> Optional[Actor]:
        """The person of the actor lists whose alias is the surname `t` and whose full name has every word of
        `chain` (the first names written before it), or None."""
        a = self.kb.resolve_phrase(t.text, t.idx, self.ctx.date, self.ctx.countries)
        if a is None or a.kind != "person" or not a.code or not _own_first_names(chain, a):
            return None
        return a

    def _origin(self, name_head, role_head):
        """(place, its token) of where the person is from (knowledge/people_origin.py), or None."""
        return home_origin(self.doc, self.ctx, name_head, role_head)

    def _office_holder(self, t) -> Optional[Actor]:
        """The one person of the actor lists whose surname is `t` and who holds a role at the story's date, or None."""
        kb = self.kb
        index = getattr(kb, "_surnames", None)
        if index is None:
            index = {}
            for p in kb.people.values():
                words = p.name.split()
                if len(words) > 1:
                    index.setdefault(words[-1].lower(), []).append(p)
            kb._surnames = index
        d = _date_key(self.ctx.date)
        if d is None:
            return None
        found = [p for p in index.get(t.lower_, ()) if any((r.start is None or r.start <= d) and
                                                           (r.end is None or d <= r.end) for r in p.roles)]
        if len(found) != 1:
            return None
        p = found[0]
        a = kb._actor_for(Cand("person", p.entity, p.name), self.ctx.date, t.text, t.idx, t.idx + len(t.text))
        if not a.code:
            return None
        a.why = f"'{self.doc[t.i - 1].text} {t.text}': the one person of the actor lists named {t.text} in office " \
                f"then ({a.why})"
        return a

    def _unknown_body(self, span, covered) -> bool:
        """Whether a role phrase names an organisation the actor lists do not know (no word of it known, none a
        sector word): the role is that body's, and its country is not the role's."""
        for ent in self._span_ents(span):
            if ent.label_ not in ("ORG", "EVENT", "FAC", "WORK_OF_ART"):
                continue
            for t in ent:             # "Syrian Ministry of Information" is a ministry; "Pegida Canada" is not Canada
                if self.coder._sector_of(t, self.ctx):
                    break
                if t.pos_ == "PROPN" and t.idx not in covered:
                    return True
        return False

    def _span_ents(self, span) -> list:
        """``span.ents`` (the entities from the first that starts in the span, up to the first that ends past it)
        from the document's entities read once: spaCy's Span.ents builds every entity of the document per call."""
        if self._ents is None:
            ents = list(doc_ents(self.doc))
            self._ents = (ents, [e.start for e in ents])
        ents, starts = self._ents
        out = []
        for k in range(bisect.bisect_left(starts, span.start), len(ents)):   # (no copy of the list's tail)
            ent = ents[k]
            if ent.end > span.end:
                break
            out.append(ent)
        return out

    def _country_at(self, tok) -> Optional[Actor]:
        starts = self.ctx.mention_starts()          # (indexed once per mention list)
        i = bisect.bisect_right(starts if starts is not None else [m.start for m in self.ctx.mentions], tok.idx) - 1
        if i >= 0:
            m = self.ctx.mentions[i]
            if m.start <= tok.idx < m.end and m.kind in ("country", "capital") and m.country:
                return m
        return None

    @staticmethod
    def _name_keys(name: str, a: Actor, start: int, named: dict, first_at: dict, single: bool = False) -> None:
        words = [w for w in re.split(r"\s+", name.strip()) if w]
        if len(words) < (1 if single else 2):
            return
        sur = re.sub(r"(?:'s|\u2019s)$", "", words[-1])
        for key in {sur, bare_surname(sur)} | given_name_key(words, a) | first_name_key(words):
            if key in named and named[key] is not None and (named[key].entity or named[key].code) != (a.entity or a.code) \
                    and (named[key].code != a.code or not all("(not in the actor lists)" in (x.why or "")
                                                              for x in (a, named[key]))):
                named[key] = None     # two people share the surname: neither (the same code for one the lists do not
                #                       know, "Oliver Hall" then "Ollie Hall": one person, the first name stands)
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
        elif name_head.dep_ == "appos":
            office = office_over(name_head.head, self.person_nouns)
            if office is not None and office.left_edge.i < office.i:
                # "the UN envoy for Syria, X": the parser hangs X on "Syria"; whose the office is, only its words
                # before the noun say ("the UN envoy", "the US envoy"): "for Syria"/"to Iraq" is where it serves
                return office, doc[office.left_edge.i: office.i + 1], "appos"
        cands += [c for c in name_head.children if c.dep_ == "appos" and (c.pos_ == "NOUN" or described and
                                                                           c.pos_ == "PROPN" and c.i > name_head.i)]
        for r in cands:
            if described and (kin := relative_description(r, name_head)
                              or description_before_title(r, name_head, start_tok)) is not None:
                if kin[0] is not r and self.coder._sector_of(r, self.ctx):
                    return r, doc[kin[1].start: kin[0].i], "appos"   # "a Canadian citizen, the teacher X": CANEDU
                return kin[0], kin[1], "appos"          # "Her Belgian husband, X", "a US citizen, the pastor X"
            if described and r.i > name_head.i and (body := _served_body(r)) is not None:
                # "X, a volunteer with the White Helmets", "a former teacher and fighter with the SDF": the body the
                # person serves with (a group or an international body only: PeopleIndex._index)
                return body, doc[body.left_edge.i: body.i + 1], "with"
            if r.lemma_.lower() not in self.person_nouns:
                if described and r.i > name_head.i and r.ent_type_ not in _PLACE_ENTS \
                        and (any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in r.children)
                             or _nationality_the(r)):
                    # (such a description says who the person is by its words before the noun only: "an ex-British
                    # paratrooper", not "a photographer from Homs who now lives in Sweden")
                    return r, doc[r.left_edge.i: r.i + 1], "appos"
                if described and r.i < name_head.i and r.pos_ == "NOUN" and r.ent_type_ not in _PLACE_ENTS \
                        and any(c.dep_ == "det" for c in r.children) and doc[r.i + 1].text == ",":
                    # the same description before the name: "a British volunteer, Tom Farley,"
                    return r, doc[r.left_edge.i: r.i + 1], "appos"
                if described and r.i < name_head.i and _plural_list(r, name_head):
                    # a plural description before the names it counts: "two British men – Tom Farley and Dan
                    # Hart", "Two Dutch fighters, X and Y," (each name shares it: PeopleIndex._index)
                    return r, doc[r.left_edge.i: r.i + 1], "appos"
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
                    return r, span, "appos"
        # a title read as compounds before the name: "the Kurdish commander Rashid Omar", "French president Luc Moreau"
        lefts = [c for c in name_head.lefts if c.i < start_tok]
        title = next((c for c in reversed(lefts) if c.pos_ == "NOUN" and c.lemma_.lower() in self.person_nouns), None)
        if title is not None:
            lo = min(x.left_edge.i for x in lefts)
            return title, doc[lo: start_tok], "title"
        # a description by membership or nationality before the name: "the Dutch Isis fighter Karel Vos"
        # (data/coding/person_descriptors.tsv)
        desc = descriptor_before(name_head, start_tok)
        if desc is not None:
            return desc[0], desc[1], "title"
        # the body the person is of or from: "Rami Haddad of the Syrian Democratic Forces", "X from Human Rights
        # Watch", and whose the person is: "Amnesty International's X"
        for c in name_head.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i == name_head.i + 1:
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                    return obj, doc[obj.left_edge.i: obj.i + 1], c.lower_
            if c.dep_ == "poss" and c.i < start_tok and c.pos_ == "PROPN":
                return c, doc[c.left_edge.i: c.i + 1], "poss"
        # what the story says the person is: "X is a Dutch Isis fighter", "X was a member of Islamic State"
        pred = predicate_descriptor(name_head)
        if pred is not None:
            return pred[0], pred[1], "pred"
        return None
