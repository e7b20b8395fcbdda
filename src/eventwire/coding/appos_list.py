"""Lists of parties the parser read as appositions (issue 14), read by coding/resolve.py `actors_for` as coordinated
actors (each one a doer, or each one a target), so that the stage that pairs coordinated parties
(coding/reciprocal.py) makes each party the others' counterpart as it does for "X and Y signed":

- a chain of (title, name) pairs (`apposed_parties`): "the French finance minister, Bruno Le Maire, his German
  counterpart, Olaf Scholz, and Italy's Roberto Gualtieri" is parsed minister -> Le Maire (appos) -> counterpart (appos)
  -> Scholz (appos) -> Gualtieri (conj), so that only the first of three signers was read. Only a chain that is a list by
  its form: pairs that each join one singular common noun (the title) and one proper name, in the same order in every
  pair ("title, Name" or "Name, title"), closed by a conjunct that "and" joins to the last pair. A true apposition
  stays one party: "the foreign minister, Sergei Lavrov" (no closing "and"), "Sergei Lavrov, the veteran foreign
  minister, a hardliner" (no pairs).
- a plural noun and the names it stands for (`plural_members`): "the two leaders, Putin and Erdogan", "the three
  countries, Iran, Russia and Turkey", the parties its "including" phrase names where the noun names no country's
  party itself ("held calls with other leaders including Japan's prime minister and Kenya's president": those named
  are among its parties; not "Malian rebel movements, among them X", whose own party stands), and a plural role of
  such a list, "the foreign ministers of the three countries, Iran, Russia and Turkey" (each country's, with the
  sector the role names). The apposition must be a
  proper name coordinated by "and" with at least one other, each of which names a known actor.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from eventwire.coding.context import _kind


def _appos_after(tok):
    kids = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
    return kids[0] if len(kids) == 1 and _next_to(tok, kids[0]) else None


def _next_to(noun, c) -> bool:
    """Whether every word between `noun` and its dependent `c` is in the noun's phrase: not an apposition the parser
    hung across the noun's verb ("Several states ... have cut their aid after gains by X and its allies, notably Y")."""
    return all(noun.is_ancestor(w) for w in noun.doc[noun.i + 1:c.i])


def _title(t) -> bool:
    return t.pos_ == "NOUN" and t.tag_ == "NN"


def _name(t) -> bool:
    return t.pos_ == "PROPN"


def _closed_by_and(last) -> list:
    """The conjuncts after `last` when an "and" joins them to it, else []."""
    tail = sorted((c for c in last.conjuncts if c.i > last.i), key=lambda c: c.i)
    if not tail:
        return []
    cc = [t for t in last.doc[last.i + 1:tail[-1].i] if t.dep_ == "cc" and t.lower_ == "and"]
    return tail if cc else []


def apposed_parties(tok) -> Optional[tuple]:
    """[(title token, name token), ...] and the closing conjuncts, as ([pairs], [conjuncts]), for a list of parties
    read as a chain of appositions from `tok` (module doc), or None."""
    chain = [tok]
    nxt = _appos_after(tok)
    while nxt is not None and len(chain) < 12:
        chain.append(nxt)
        nxt = _appos_after(nxt)
    if len(chain) < 2 or len(chain) % 2:
        return None
    last = chain[-1]
    # (the closing conjunct hangs on the last name, or on the last pair's first word: "..., his Egyptian counterpart,
    # Mostafa Madbouly, and the Cypriot president")
    tail = _closed_by_and(last) or [c for c in _closed_by_and(chain[-2]) if c.i > last.i]
    if not tail:
        return None
    pairs = [(chain[k], chain[k + 1]) for k in range(0, len(chain), 2)]
    if all(_title(a) and _name(b) for a, b in pairs):
        pass
    elif all(_name(a) and _title(b) for a, b in pairs):
        pairs = [(b, a) for a, b in pairs]
    else:
        return None
    # (a comma between every pair and the next, and before the closing "and" where there is one pair only:
    # "the foreign minister, Sergei Lavrov, and Javad Zarif")
    doc = tok.doc
    if len(pairs) == 1 and doc[tail[0].left_edge.i - 2].text != ",":
        return None
    return pairs, tail


def _listed_names(noun) -> list:
    """The proper names a plural noun's apposition lists ("the three countries, Iran, Russia and Turkey"), or []."""
    if noun.tag_ != "NNS":
        return []
    ap = _appos_after(noun)
    if ap is None or ap.pos_ != "PROPN":
        return []
    tail = _closed_by_and(ap)
    return [ap] + tail if tail else []


# adverbs that make an apposition of a plural noun its named examples ("some states, notably France")
EXAMPLE_ADVERBS = frozenset({"notably", "particularly", "especially", "chiefly", "principally", "mainly"})


def _such_as(tok):
    """The first object of a "such as" phrase hung on `tok`, or None."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i and any(g.lower_ == "such" for g in c.children):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _example_phrase(noun):
    """The first party a plural noun's "including", "such as" or "notably" phrase names, or None. The parser may hang
    ", such as X and Y," on the last word of the noun's "of"/"to" phrase ("supporters of the opposition to Assad,
    such as Saudi Arabia and Jordan"): a name or a singular noun there has no examples, so they are the noun's."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "appos" and c.i > noun.i and any(g.dep_ == "advmod" and g.lower_ in EXAMPLE_ADVERBS
                                                      and g.i < c.i for g in c.children) \
                and _next_to(noun, c):
            return c
    if (first := _such_as(noun)) is not None:
        return first
    t = noun
    for _ in range(3):
        prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "to")), None)
        t = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if t is None or t.tag_ in ("NNS", "NNPS"):
            return None
        if (first := _such_as(t)) is not None:
            return first if t.doc[first.head.i - 2].text == "," else None
    return None


def _included_names(noun) -> list:
    """The parties a plural noun's "including", "such as" or "notably" phrase names ("other world leaders including
    Japan's prime minister and Kenya's president", "several groups including Hamas", "supporters of the opposition,
    such as X and Y"): a proper name, or a role its possessor or a proper name before it says whose, and its
    conjuncts; [] otherwise."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN":
        return []
    first = _example_phrase(noun)
    if first is None:
        return []
    names = [first] + sorted((c for c in first.conjuncts if c.i > first.i), key=lambda c: c.i)
    def named(t) -> bool:
        return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and any(
            c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and c.i < t.i for c in t.children))
    return names if all(named(t) for t in names) else []


def plural_members(tok) -> Optional[tuple]:
    """(names, role) for a plural noun that stands for the names its apposition lists, `role` None ("including" for
    the names its "including" phrase lists, read only where the noun names no country's party itself); or for a plural
    role of such a noun ("the foreign ministers of the three countries, Iran, ..."), `role` the role noun (module
    doc). None where there is no such list."""
    names = _listed_names(tok)
    if names:
        return names, None
    names = _included_names(tok)
    if names:
        return names, "including"
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    names = _listed_names(pobj) if pobj is not None else []
    return (names, tok) if names else None


def listed_actors(resolver, tok, listed, ctx, sent, role: str) -> list:
    """The actors of a list read by `apposed_parties` or `plural_members` (module doc); [] where the list's names
    do not each name a known actor. `resolver._resolve_head` resolves one head."""
    out = []
    if isinstance(listed[0][0], tuple):
        pairs, tail = listed
        # (a closing title with its own name is one more pair: "..., and the chancellor, Olaf Scholz")
        closing = [(h, ap) for h in tail if _title(h) and (ap := _appos_after(h)) is not None and _name(ap)]
        pairs = pairs + closing
        tail = [h for h in tail if all(h.i != t.i for t, _ in closing)]
        for title, name in pairs:
            # by its name where the name is known with a country, else by its title
            got = [a for a in resolver._resolve_head(name, ctx, sent, role) if a is not None and a.code and a.country]
            by = name
            if not got:
                got = [a for a in resolver._resolve_head(title, ctx, sent, role) if a is not None and a.code]
                by = title
            ctx.coref.note(by, got)
            out.extend(replace(a, why=(a.why or "") + f" (one of the parties listed as '{title.text}, {name.text}' "
                                                      f"pairs)") for a in got[:1])
        for h in tail:
            # (a closing "and other officials" names no party of its own: only a name or a country's body counts)
            got = [a for a in resolver._resolve_head(h, ctx, sent, role) if a is not None and a.code
                   and (a.country or a.entity)]
            ctx.coref.note(h, got)
            out.extend(replace(a, why=(a.why or "") + " (closing a list of title-and-name pairs)") for a in got[:1])
    else:
        names, role_noun = listed
        sector = None
        if role_noun == "including":
            # (only for a noun whose own modifiers name no party: "other leaders including X and Y", "some
            # governments, including X"; not "Malian rebel movements, among them X", whose own party stands)
            if any(c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "poss") and any(
                    a is not None and a.code for a in resolver._resolve_head(c, ctx, sent, role)) for c in tok.children):
                return []
            role_noun = None
            if any(h.pos_ == "NOUN" and resolver._sector_of(h, ctx) not in (None, "PTY") and any(
                    a is not None and _kind(a) == "party" for a in resolver._resolve_head(h, ctx, sent, role))
                   for h in names):
                return []       # "campaigners, including two Labour MPs": people, not the party the members' word names
                #                 (knowledge/included_members.py gives the people its country)
        if role_noun is not None:
            # the role's sector, as the role with its first name resolves ("foreign ministers of ... Iran": GOV)
            whole = [a for a in resolver._resolve_head(tok, ctx, sent, role) if a is not None and a.code]
            if len(whole) != 1 or not whole[0].sector or not whole[0].country:
                return []
            sector = whole[0].sector
        for h in names:
            got = [a for a in resolver._resolve_head(h, ctx, sent, role) if a is not None and a.code
                   and (a.country or a.entity)]
            if not got:
                return []       # a name no actor list knows ("the other men, Alexanda Kotey and ..."): not plainly
                # of parties
            a = got[0]
            if sector is not None:
                if not a.country or _kind(a) not in ("country", "capital"):
                    return []
                a = replace(a, code=a.country + sector, sector=sector, kind="country")
            ctx.coref.note(h, [a])
            ctx.coref.listed_by[h.i] = tok       # (its mention takes the set noun's role: "they" after it)
            out.append(replace(a, why=(a.why or "") + f" (one of the parties '{tok.text}' lists)"))
    kept = []
    for a in out:
        if not any(a.code == b.code and a.start == b.start for b in kept):
            kept.append(a)
    return kept



def described_conjuncts(tok) -> list:
    """The parties of a coordination the parser split at a description of its first ones, made a second subject:
    "Egypt and Jordan, both allies of the government, and Qatar, an ally of the opposition, will try ..." is parsed
    with "allies" as a second subject of "try" and "Turkey" as its conjunct, so that only two of the three
    parties (or only the last) were read; so is "France and Germany, the two largest economies, and Italy, ...,
    signed", with the description an apposition of "France" and "Italy" its conjunct. From either subject: the
    first one, its conjuncts and the proper names that "and" joins to the second (the description). The second must
    be a common noun set off by a comma right after the first one's last conjunct; [] otherwise."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    subjects = sorted((c for c in tok.head.children if c.dep_ == tok.dep_), key=lambda c: c.i)
    if len(subjects) == 1:
        # (or the description made an apposition of the first: "France and Germany, the two largest economies, and
        # Italy, ..., signed")
        subjects += [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i][:1]
    if len(subjects) != 2:
        return []
    first, second = subjects
    if first.pos_ != "PROPN" or second.pos_ != "NOUN":
        return []
    heads = [first] + sorted((c for c in first.conjuncts if c.i > first.i), key=lambda c: c.i)
    doc = tok.doc
    between = doc[heads[-1].i + 1: second.left_edge.i]
    if not between or between[0].text != "," or any(t.pos_ in ("VERB", "AUX") for t in between):
        return []
    names = [c for c in second.conjuncts if c.i > second.i and c.pos_ == "PROPN"]
    if not names or not any(t.dep_ == "cc" and t.lower_ == "and" for t in doc[second.i: names[0].i]):
        return []
    return heads + names
