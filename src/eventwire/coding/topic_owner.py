"""The party a comment, warning, criticism, objection or refusal is aimed at through the thing it is about (issue 14,
no target). When no slot of the clause names a party, the act is directed at the party that owns, does or hosts what
it is about:

- the possessor of the thing ("warned about the Norwegian premier's actions", "criticised Ankara's plan");
- the doer an act noun names with "by" ("warned of a planned raid by the militants", "a plan drafted by Oslo");
- the sponsor, host or leader a hyphened participle names ("opposed attending the Iranian-sponsored conference",
  "objected to the Finnish-led mission"; data/coding/roles.tsv `host-verb`, `sponsor-participle`).

The thing is the clause's slot or object (a gerund's object: "opposed attending X"), or its "about/of/over/against/
to/at/on" phrase. Never the source's own side (its own code or span, unless two people the lists know apart:
coding/same_party.py; a pronoun of its own country). Roots 01 (comments), 11 (disapproval), 12 (rejection) and 13
(warnings, threats).
"""
from __future__ import annotations

from eventwire.coding.clause_record import role_words
from eventwire.coding.clauses import noun_preps, unwrap_quantity
from eventwire.coding.hosted import sponsor_state
from eventwire.coding.same_party import is_source

TOPIC_ROOTS = frozenset({"01", "11", "12", "13"})
_WORDS = role_words()
_SPONSORS = _WORDS.get("host-verb", frozenset()) | _WORDS.get("sponsor-participle", frozenset())
_TOPIC_PREPS = ("about", "of", "over", "against", "at", "on", "regarding", "concerning")


def _party_nouns() -> frozenset:
    """Nouns that name people, not things (data/coding/coref.tsv `people`, `relation`): "Syria's neighbours",
    "America's friends" are parties of their own, and their owner is not the one the act is aimed at."""
    from eventwire.coding.tables import coding_table
    return frozenset(w.lower() for w, cls, *_ in coding_table("coref.tsv") if cls in ("people", "relation"))


_PARTY_NOUNS = _party_nouns()
_DURATIONS = frozenset({"day", "week", "month", "year", "hour"})


def _topics(cl, tgt_tok, code: str) -> list:
    """The nouns the act may be about, in order (module doc); for a comment (01) only its phrases: its object is what
    it says ("released the commander's video"), and never a "to" phrase, which names whom it is said to."""
    out = []
    first = [] if code[:2] == "01" else [tgt_tok, cl.obj]
    for t in first + [cl.preps.get(p) for p in _TOPIC_PREPS]:
        if t is not None and t.pos_ == "VERB" and t.tag_ == "VBG":
            t = next((c for c in t.children if c.dep_ == "dobj"), None)     # "opposed attending the congress"
        if t is None:
            continue
        t = unwrap_quantity(t)
        if t.pos_ == "NOUN" and t.lemma_.lower() not in _PARTY_NOUNS and all(t.i != o.i for o in out):
            out.append(t)
    if cl.kind == "verb":
        for c in cl.pred.children:
            o = None
            if c.dep_ == "xcomp" and c.tag_ == "VBG" and code[:2] != "01":
                o = next((x for x in c.children if x.dep_ == "dobj"), None)      # "opposed attending the congress"
            elif c.dep_ == "ccomp" and code[:2] in ("01", "13") \
                    and not any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children):
                o = next((x for x in c.children if x.dep_ == "nsubj"), None)     # "warned that the premier's plan would"
            elif c.dep_ == "prep" and (p := next((x for x in c.children if x.dep_ == "pobj"), None)) is not None:
                # the parser's misreadings of the same: a "that" clause hung on a time phrase ("warned after the
                # vote that ..."), an "of" phrase on a duration ("warning for weeks of a ...")
                that = next((a for a in p.children if a.dep_ == "acl" and code[:2] in ("01", "13") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in a.children)), None)
                if that is not None:
                    o = next((x for x in that.children if x.dep_ == "nsubj"), None)
                elif c.lower_ == "for" and (p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in _DURATIONS):
                    o = noun_preps(p).get("of")
            if o is not None and o.pos_ == "NOUN" and o.lemma_.lower() not in _PARTY_NOUNS and all(o.i != x.i for x in out):
                out.append(o)
    # a wrapper's act: "warned of the possibility of a raid by the militants", "the risk of a Russian-backed offensive"
    for t in list(out):
        inner = noun_preps(t).get("of")
        if inner is not None and inner.pos_ == "NOUN" and inner.lemma_.lower() not in _PARTY_NOUNS \
                and all(inner.i != x.i for x in out):
            out.append(inner)
    return out


def _owners(noun) -> list:
    """(token, how) for the party that owns, does or hosts `noun` (module doc)."""
    doc, lemma = noun.doc, noun.lemma_.lower()
    out = []
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            out.append((c, f"owner of '{lemma}' ('{c.text}'s {noun.text}')"))
    by = noun_preps(noun).get("by")
    if by is not None:
        out.append((by, f"doer of '{lemma}' ('{noun.text} by {by.text}')"))
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            p = next((x for x in agent.children if x.dep_ == "pobj"), None) if agent is not None else None
            if p is not None:
                out.append((p, f"doer of '{lemma}' ('{c.text} by {p.text}')"))
        elif c.dep_ == "amod" and c.lemma_.lower() in _SPONSORS and c.i > 1 and doc[c.i - 1].text == "-" \
                and doc[c.i - 2].head.i == c.i:
            out.append((doc[c.i - 2], f"sponsor of '{lemma}' ('{doc[c.i - 2].text}-{c.text}')"))
    return out


def topic_owner(coder, cl, code: str, tgt_tok, sources: list, ctx, sent):
    """([actors], how) for the party a comment, criticism, rejection or warning with no target is aimed at through
    the thing it is about (module doc), or None."""
    if code[:2] not in TOPIC_ROOTS or not sources:
        return None
    for noun in _topics(cl, tgt_tok, code):
        for tok, how in _owners(noun):
            found = [a for a in coder.actors_for(tok, ctx, sent, role="fallback")
                     if a.code and not is_source(a, sources)
                     and not any(tok.pos_ == "PRON" and a.country and a.country == s.country for s in sources)]
            if how.startswith("sponsor"):
                found = [sponsor_state(a) for a in found]    # ("Norwegian-sponsored talks": the state)
            if found:
                return found, how
    return None
