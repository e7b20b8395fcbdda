"""People named in a story by a name the actor lists give to something else, and surnames written with a particle.

* A name the lists know as a group or party ("Abu Sayyaf", a Philippine group) that the story introduces as a
  person with a role -- "her husband, the Isis oil minister Abu Sayyaf", "Abu Sayyaf, the group's oil minister",
  "the Isis commander Abu Sayyaf" -- is that person in this story, not the listed body: the parser reads every word
  of it as a person's name and the role's noun is a person noun.  Later mentions of the same name follow.
* "Nasr al-Hariri ... Hariri said": the surname without its article or particle (data/coding/coref.tsv
  `name-particle`) is a key of the person too (``bare_surname``), and so is the given name of a person the lists do
  not know ("Oliver Hall ... Oliver entered the building": ``given_name_key``).
* A title before a surname ("Ambassador Haddad") does not make the surname someone else's name (``title_before``);
  a royal title before a first name ("Prince Mohammed") names the one person of the story with that first name
  (``name_key``; titles in data/coding/first_name_titles.tsv).

* A given name the parser hung on the particle of the surname ("Omar" a compound of "al" in "Omar al-Qasimi", only
  in the middle of a story) is still the name's first word (``name_chain``): the name is not cut to "al-Qasimi".

Used by ``PeopleIndex._index`` (knowledge/people.py).
"""
from __future__ import annotations

import functools

from eventwire.knowledge.actor_records import norm_text
from eventwire.knowledge.coref_mentions import coref_words
from eventwire.model import Actor


def name_chain(t) -> list:
    """The proper-noun compounds before a name's last word `t`, in order, with those the parser hung on a lowercase
    particle among them ("Omar" on "al" in "Omar al-Qasimi")."""
    chain = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    chain += [g for c in chain if not c.text[:1].isupper() for g in c.lefts
              if g.dep_ == "compound" and g.pos_ == "PROPN" and g.text[:1].isupper()]
    return sorted(chain, key=lambda c: c.i)


def bare_surname(word: str) -> str:
    """A surname without the article or particle hyphened to its start ("al-Hariri": "Hariri"); the word itself
    when it has none."""
    head, dash, rest = word.partition("-")
    if dash and rest[:1].isupper() and coref_words().get(head.lower(), ("", None))[0] == "name-particle":
        return rest
    return word


def given_name_key(words: list, a: Actor) -> set:
    """{the first name} of a person the lists do not know named in full ("Oliver Hall"), when it is a given name of
    data/coding/given_names.tsv: the story may name the person by it alone later ("Oliver entered the building");
    a first name two of the story's people share, or one that is another's surname, is neither's
    (``PeopleIndex._name_keys``). Empty else."""
    from eventwire.knowledge.gender import given_names
    if len(words) < 2 or "(not in the actor lists)" not in (a.why or "") \
            or norm_text(words[0]).lower() not in given_names():
        return set()
    return {words[0]}


def body_names(doc, mentions, tok_starts) -> dict:
    """{start offset of each token: mention} of the mentions of listed groups and parties written as a person's name
    of two words or more: every word capitalised and read by the parser as part of a person's name."""
    import bisect
    out = {}
    for m in mentions:
        if m.kind not in ("group", "party") or not m.text or len(m.text.split()) < 2:
            continue
        i = bisect.bisect_left(tok_starts, m.start)
        toks = []
        while i < len(tok_starts) and tok_starts[i] < m.end:
            toks.append(doc[i])
            i += 1
        words = [x for x in toks if not x.is_punct]
        if len(words) >= 2 and all(x.ent_type_ == "PERSON" and x.text[:1].isupper() for x in words):
            for x in toks:
                out[x.idx] = m
    return out


def person_role(role, person_nouns) -> bool:
    """Whether a role found for a name is a person's office or trade ("minister", "commander"), not a description
    that a body could bear."""
    return role is not None and role[0].pos_ == "NOUN" and role[0].lemma_.lower() in person_nouns


def later_mentions(mentions, renamed: dict, tok_starts, doc) -> list:
    """(mention, person actor, token indexes) for each later mention of a body's name the story gave a person
    (`renamed`: normalised name -> the person actor, first named at its start)."""
    import bisect
    out = []
    for m in mentions:
        a = renamed.get(norm_text(m.text or "")) if m.kind in ("group", "party") else None
        if a is None or m.start <= a.start:
            continue
        i = bisect.bisect_left(tok_starts, m.start)
        idx = []
        while i < len(tok_starts) and tok_starts[i] < m.end:
            idx.append(i)
            i += 1
        b = Actor(code=a.code, country=a.country, sector=a.sector, name=a.name, entity=a.entity, text=m.text,
                  start=m.start, end=m.end, kind="person",
                  why=f"'{m.text}': {a.name}, introduced as a person earlier, not the listed body ({a.why})")
        out.append((m, b, idx))
    return out


_FIRST = "\x00first "     # key of a person's first name, looked up only after a title of first_name_titles()


@functools.cache
def first_name_titles() -> frozenset:
    """Titles put before a person's first name ("Prince Mohammed"): data/coding/first_name_titles.tsv."""
    from eventwire.coding.tables import coding_table
    return frozenset(row[0].lower() for row in coding_table("first_name_titles.tsv") if row and row[0])


def _first_shared(doc, first: str, a) -> bool:
    """Whether the story names someone else, known or not, with the first name `first` ("a teacher, Theyazin Saleh"
    beside "Theyazin bin Haitham"): a royal's first name is then no one's."""
    if a is None:
        return True
    own = (a.name or "").split()
    for e in doc.ents:
        words = e.text.split()
        if e.label_ == "PERSON" and len(words) > 1 and words[0] == first and words != own[:len(words)]:
            return True
    return False


def title_before(prev) -> bool:
    """Whether a capitalised word right before a surname is a person title ("Ambassador Haddad", "Envoy Haddad",
    "Crown Prince Haddad"): the surname is then the person named before, not someone else's first name."""
    from eventwire.knowledge.people import name_titles, title_terms
    return prev.lower_ in title_terms() or prev.lower_ in name_titles()


def first_name_key(words: list) -> set:
    """{the key of a person's first name} for a name of two words or more, looked up only after a title of
    first_name_titles() ("Mohammed bin Salman" ... "Prince Mohammed")."""
    return {_FIRST + words[0]} if len(words) >= 2 and words[0][:1].isupper() else set()


def name_key(doc, t, named: dict):
    """The key a later name token `t` is looked up by in ``PeopleIndex``'s `named`: the name itself; after a title of
    first_name_titles() that the name alone does not resolve, a royal's first name ("Prince Mohammed"), or None where
    another person of the story shares that first name."""
    if named.get(t.text) is not None or t.i == 0 or doc[t.i - 1].lower_ not in first_name_titles():
        return t.text
    key = _FIRST + t.text
    return None if _first_shared(doc, t.text, named.get(key)) else key
