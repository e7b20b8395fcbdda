"""Clauses, arguments stage: an act's directed phrase that the parser hung on a word between the act and the phrase.

- A time phrase takes no "against" phrase of its own ("could begin a raid at any moment against the
  gangs": against the gangs, not the moment); the nouns of such phrases are data/coding/roles.tsv `time-noun`,
  besides any the parser marks as a date or time.
- A participle that only names the act takes no directed phrase of its own ("launched an offensive – codenamed
  Operation Spring – on the town", "an assault, dubbed X, against the rebels"): `naming-verb`.
- Nor a relative clause on the act's noun that says what it took in ("launched an assault that included tanks and
  artillery on the base"): `containing-verb`.

- An "as" phrase with an adjective and no object ("described the move as provocative") names what the act calls
  its object: the adjective stands as the phrase's object (`as_adjective`).

Only where the act has no phrase with that preposition of its own. clause_args.place_hung_preps (the same for a
place) and clauses.verb_clause ask this module."""
from __future__ import annotations

from eventwire.coding.clause_record import role_words

TIME_NOUNS = role_words().get("time-noun", frozenset())
NAMING_VERBS = role_words().get("naming-verb", frozenset())
CONTAINING_VERBS = role_words().get("containing-verb", frozenset())
_RELATIVES = frozenset({"that", "which"})
_DIRECTED = ("against", "on", "into")


def _pobj(prep):
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def time_hung(preps: dict) -> dict:
    """`preps` with an "against" phrase hung on the noun of a time phrase ("at any moment against X") added."""
    if "against" in preps:
        return preps
    for p, noun in preps.items():
        if noun is None or not (noun.lemma_.lower() in TIME_NOUNS or noun.ent_type_ in ("DATE", "TIME")):
            continue
        hung = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"), None)
        if hung is not None and (o := _pobj(hung)) is not None:
            return {**preps, "against": o}
    return preps


def name_hung(verb, obj, preps: dict) -> dict:
    """`preps` of `verb`, with a directed phrase hung on a participle that names the act or its object's act added
    ("launched an offensive – codenamed X – on the town")."""
    for c in [c for t in (verb, obj) if t is not None for c in t.children]:
        if _naming(c, verb):
            hosts = [c]
        elif _containing(c, obj):
            # (the parser hangs the phrase on the relative's verb, its object, or the object's last conjunct:
            # "included tanks and artillery on the base")
            hosts = [c] + [o for d in c.children if d.dep_ == "dobj" for o in [d, *d.conjuncts]]
        else:
            continue
        for g in (g for h in hosts for g in h.children):
            if g.dep_ == "prep" and g.lower_ in _DIRECTED and g.lower_ not in preps \
                    and (o := _pobj(g)) is not None and o.ent_type_ not in ("DATE", "TIME"):
                preps = {**preps, g.lower_: o}
    return preps


def _naming(c, verb) -> bool:
    """A participle with no subject or tense of its own that names the act ("– codenamed X –")."""
    return c.dep_ in ("conj", "acl", "advcl", "appos") and c.lemma_.lower() in NAMING_VERBS and c.i >= verb.i \
        and c.tag_ in ("VBN", "VBD") and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)


def _containing(c, obj) -> bool:
    """A relative clause on the act's noun that says what the act took in ("an assault that included tanks ... on
    the base"), with an object of its own (the directed phrase after it is no part of what it took in)."""
    return obj is not None and c.dep_ == "relcl" and c.head.i == obj.i and c.lemma_.lower() in CONTAINING_VERBS \
        and any(g.dep_ == "nsubj" and g.lower_ in _RELATIVES for g in c.children) \
        and any(g.dep_ == "dobj" for g in c.children)


def as_adjective(verb, obj, preps: dict) -> dict:
    """`preps` of `verb`, with the adjective of an "as" phrase that has no object ("described the US move as
    provocative", "dismissed the vote as illegitimate": the parser hangs "as" on the object and the adjective on
    "as") as that phrase's object, so that a row's `as:@label` slot reads it. Only where `preps` has no "as", and
    only for an object that names a party, itself or by its owner ("the US move", "Beijing's decision", "him"; not
    "described the situation as abhorrent", a state of things no one is named in)."""
    if "as" in preps or obj is None or not _names_party(obj):
        return preps
    for t in (verb, obj):
        for c in (t.children if t is not None else ()):
            if c.dep_ != "prep" or c.lower_ != "as" or c.i < verb.i or any(
                    g.dep_ in ("pobj", "pcomp") for g in c.children):
                continue
            adj = next((g for g in c.children if g.dep_ in ("amod", "acomp") and g.pos_ == "ADJ"), None)
            if adj is not None:
                return {**preps, "as": adj}
    return preps


_SENDER_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def verb_hung_sender(noun, is_act_noun):
    """The "from" phrase the parser hung on a verb right after its object, when that object is an act noun with no
    "from" phrase of its own ("welcomed the offer from Ethiopia", "rejected the proposal from Ghana": the offer's
    sender, not where the welcome came from); only a name (a proper noun or a named entity), and only right after the
    object's own phrase. `is_act_noun(noun)` says whether the object names an act (an event or message noun). None
    otherwise."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or not is_act_noun(noun):
        return None
    verb = noun.head
    nxt = noun.right_edge.i + 1
    if nxt >= len(noun.doc):
        return None
    prep = noun.doc[nxt]
    if prep.dep_ != "prep" or prep.lower_ != "from" or prep.head.i != verb.i:
        return None
    o = _pobj(prep)
    if o is None or not (o.pos_ == "PROPN" or o.ent_type_ in _SENDER_ENTS) or o.ent_type_ in ("DATE", "TIME"):
        return None
    return o


_PARTY_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _names_party(obj) -> bool:
    """Whether a noun phrase names a party: a name or pronoun, or a noun with a possessor or a name or nationality
    modifier ("the US move", "Beijing's decision", "its plan")."""
    if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in _PARTY_ENTS:
        return True
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN"
                                                                              or c.ent_type_ in _PARTY_ENTS))
               for c in obj.children)
