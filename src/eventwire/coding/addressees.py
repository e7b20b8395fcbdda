"""Clauses, event-noun stage: the addressee of an event noun that the parser hung elsewhere, or that the sentence
names through the verb the noun depends on:

- a noun of an act addressed to someone (an assurance, appeal, demand, warning, promise: data/coding/roles.tsv
  `addressed-noun`) that is the object of a verb, or of that verb's preposition, whose "to" phrase after the noun the
  parser hung on the verb: the "to" phrase is the noun's ("Ankara accepted US assurances to the Kurds", "relied on
  American promises to Kiev"), or of a participle on it ("the promises made to the Kurds");
- an act noun in the "of" phrase of a verb of assuring (`assure-of`), whose object is the one assured: the one the
  act is promised to ("assured him of Moscow's full support": support for him);
- a request, demand or pressure (`bid-noun`) in a "despite"/"under" phrase of a refusal or a negated verb: made of
  that verb's subject ("declined to step down despite Trump's request", "despite Iranian appeals, Russia did not"),
  and, the other way, the refusal's target is the bid's author (`resisted_bidder`);
- for a bare refusal or promise, the parties of the act its "to V" names (`complement_parties`: "refused to put
  pressure on Pyongyang").
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_record import REFUSING_HEADS, role_words, _child, _is_verbal
from eventwire.doc_index import to_infinitive

ADDRESSED_NOUNS = role_words().get("addressed-noun", frozenset())
ASSURE_OF_VERBS = role_words().get("assure-of", frozenset())
BID_NOUNS = role_words().get("bid-noun", frozenset())
# the noun's own phrases that already name whom the act is addressed to or aimed at
_OWN_ADDRESSEE = ("to", "on", "upon", "against", "for", "with", "toward", "towards")
_ASKED_OF = ("to", "on", "upon", "against", "of")
_VAGUE_PRONOUNS = frozenset({"it", "they", "them", "this", "that", "which", "who", "we", "you", "i"})
# entity types a "to" phrase has when it names an amount, a time or a place reached, not an addressee
_NOT_ADDRESSEE_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE", "TIME", "ORDINAL"})


def _stray_to(noun) -> Optional[object]:
    """The object of a "to" phrase after an addressed noun that the parser hung on the verb governing the noun."""
    if noun.lemma_.lower() not in ADDRESSED_NOUNS:
        return None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ not in ("to", "of"):
        verb = noun.head.head             # "relied on US assurances to Ankara"
    else:
        return None
    if not _is_verbal(verb) or verb.i > noun.i:
        return None
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > noun.i), None)
    if to is None or any(t.pos_ in ("VERB", "AUX") or t.lower_ in (";", ":") for t in noun.doc[noun.i + 1: to.i]):
        return None
    pobj = _child(to, {"pobj"})
    if pobj is None or pobj.like_num or pobj.ent_type_ in _NOT_ADDRESSEE_ENTS or pobj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return pobj


def _participle_to(noun) -> Optional[object]:
    """The object of a "to" phrase of a passive participle on an addressed noun ("the American promises made to the
    Kurds", "the assurances given to Ankara"): the one the act was addressed to."""
    if noun.lemma_.lower() not in ADDRESSED_NOUNS:
        return None
    for part in noun.children:
        if part.dep_ == "acl" and part.tag_ == "VBN" and part.i > noun.i:
            to = next((c for c in part.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
            pobj = _child(to, {"pobj"}) if to is not None else None
            if pobj is not None and not pobj.like_num and pobj.ent_type_ not in _NOT_ADDRESSEE_ENTS \
                    and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                return pobj
    return None


def _assured(noun) -> Optional[object]:
    """The object of a verb of assuring whose "of" phrase is the noun ("assured Erdogan of Moscow's support")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if verb.dep_ == "dobj" and not _is_verbal(verb):
        verb = verb.head                  # ("reassured the Kurds of American protection": "of" hung on the object)
    if not _is_verbal(verb) or verb.lemma_.lower() not in ASSURE_OF_VERBS:
        return None
    obj = _child(verb, {"dobj"})
    return obj if obj is not None and obj.i < noun.i else None


def addressee(noun, preps: dict) -> Optional[tuple]:
    """("to", token, why) for the one an event noun is addressed to when its own phrases name no one, else None."""
    if any(p in preps for p in _ASKED_OF):
        return None
    got = _refuser(noun)                  # (a bid's "for" names what it asks for: "appeals for protection")
    if got is not None:
        return "to", got, f"the one who does not comply despite '{noun.lemma_}'"
    if any(p in preps for p in _OWN_ADDRESSEE):
        return None
    got = _stray_to(noun)
    if got is not None:
        return "to", got, f"'to' phrase of '{noun.lemma_}' hung on '{got.head.head.lemma_}'"
    got = _participle_to(noun)
    if got is not None:
        return "to", got, f"'to' phrase of '{got.head.head.lemma_}', the participle on '{noun.lemma_}'"
    got = _assured(noun)
    if got is not None:
        return "to", got, f"the one '{got.head.lemma_}' assures of '{noun.lemma_}'"
    return None


def _refuser(noun) -> Optional[object]:
    """The subject of a refusal or a negated verb that a bid noun's "despite"/"under" phrase hangs on: the one the
    request or pressure was made of ("declined to resign despite the president's request", "has not withdrawn despite
    American demands": the request was made of the one who does not comply)."""
    if noun.lemma_.lower() not in BID_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in _RESISTED_PREPS:
        return None
    from eventwire.coding.clause_args import subject_of
    verb = noun.head.head
    if not _is_verbal(verb):
        return None
    if verb.lemma_.lower() not in REFUSING_HEADS and verb.dep_ == "xcomp" and _is_verbal(verb.head):
        verb = verb.head                  # ("refused to resign under pressure from X": "under" hung on "resign")
    if verb.lemma_.lower() not in REFUSING_HEADS and not any(c.dep_ == "neg" for c in verb.children):
        return None                       # (also "has not withdrawn despite US demands": the one who does not comply)
    if any(c.dep_ in ("advcl", "acl", "relcl") and to_infinitive(c)
           for c in noun.children):
        return None                       # "despite Trump's call for troops to return": it names whom it asks
    subj = subject_of(verb)[0]
    if subj is None or noun.left_edge.i <= subj.i <= noun.right_edge.i or subj.lower_ in _VAGUE_PRONOUNS:
        return None                       # ("it was not withdrawing despite ...": "it" too often misread)
    return subj


# codes of a bare refusal or promise ("refused", "vowed", "planned"), coded as such only where the act its "to V"
# complement names is not coded (coding/acts.py folds it into that act otherwise)
BARE_GOVERNOR_CODES = frozenset({"120", "030", "014"})    # (014: "is considering sending aid to X", a course weighed)
# the phrases of that complement that name the one its act is directed at
_COMPLEMENT_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def complement_parties(cl) -> list:
    """The arguments of the act a bare refusal or promise names by its "to V" complement (or a course weighed by its
    gerund: "is considering cutting aid to X"), which may name the one that refusal or promise is directed at: a refused act's target is the target of the act refused ("refused to hand the
    prisoners to Damascus", "refused to put pressure on the regime", "planned to talk to Putin"): the complement's
    directed phrases, then its object (through a "to V" of its own: "refused to try to halt the bombing of X")."""
    if cl.kind != "verb":
        return []
    comp = next((c for c in cl.pred.children if c.dep_ == "xcomp" and _is_verbal(c)
                 and (to_infinitive(c)
                      or (c.tag_ == "VBG" and not any(a.dep_ == "aux" for a in c.children)))), None)
    out = []
    for _ in range(2):
        if comp is None:
            break
        given = any(o.dep_ == "dobj" for o in comp.children)
        for p in comp.children:
            if p.dep_ in ("prep", "dative") and p.lower_ in _COMPLEMENT_PREPS:
                # (a place is where one goes, not a party: "vowed to return to Iraq"; but "hand the prisoners to
                # Damascus", "put pressure on Iran", "talk with Iran" name its government)
                out.extend(o for o in p.children if o.dep_ == "pobj" and _names_party(o) and (
                    o.ent_type_ not in _PLACE_ENTS or p.lower_ != "to" or given))
        # (not a place left or rebuilt, nor one's own people or things: "refused to leave Syria", "pledged to put its
        # fighters on trial", "planned to keep forces there")
        # (also the object of a verb coordinated with it, "promised to drill and discipline them", and an object
        # pronoun, which coreference resolves: "promised to train them" after the recruits are named)
        verbs = [comp] + [c for c in comp.children if c.dep_ == "conj" and _is_verbal(c)]
        out.extend(o for v in verbs for o in v.children if o.dep_ == "dobj" and o.ent_type_ not in _PLACE_ENTS
                   and (_names_party(o) or _object_pronoun(o)) and o not in out)
        # the one the object is for ("refused to send aid to Kenya", "considering halting its aid to the government")
        out.extend(x for o in comp.children if o.dep_ == "dobj" for p in o.children
                   if p.dep_ == "prep" and p.lower_ == "to"     # (not "pool troops against X": their foe)
                   for x in p.children if x.dep_ == "pobj" and _names_party(x) and x not in out)
        comp = next((c for c in comp.children if c.dep_ == "xcomp" and _is_verbal(c)), None)
    return out


def _object_pronoun(tok) -> bool:
    """Whether the token is a personal object pronoun ("them", "him", "her") standing for a party coreference
    names (the caller resolves it; one that names none gives no target)."""
    return tok.tag_ == "PRP" and tok.lower_ in ("them", "him", "her")


def _names_party(tok) -> bool:
    """Whether a complement's argument names a party by a name or a national or group modifier ("Putin", "Damascus",
    "the North Korean government", "the Chinese delegation"), not a common noun ("fighters", "their thoughts", "the
    rest of the country") that a refusal or promise may mention without being directed at it."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in _PARTY_ENTS:
        return True
    if tok.pos_ != "NOUN":
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    # (also a name on a hyphened participle: "the HTS-controlled council", "the Saudi-led coalition")
    mods += [g for c in mods if c.tag_ == "VBN" for g in c.children
             if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < c.i]
    return any(c.ent_type_ in _PARTY_ENTS or c.pos_ == "PROPN" for c in mods)


# prepositions by which a refusal names the bid it holds out against ("declined to resign despite the pressure by
# Congress", "refused under pressure from his party")
_RESISTED_PREPS = ("despite", "under", "against")


def resisted_bidder(cl) -> Optional[object]:
    """Who made the request, demand or pressure (data/coding/roles.tsv `bid-noun`) a refusal holds out against, named
    by a "despite" or "under" phrase of the refused verb or of the verb of refusing ("declined to resign despite
    President Biden's request", "would not step down under pressure from fellow party members"): the refusal's target."""
    from eventwire.coding.noun_args import noun_agent
    verbs = [cl.pred]
    if cl.kind == "verb" and cl.pred.dep_ in ("xcomp", "ccomp") and _is_verbal(cl.pred.head):
        verbs.append(cl.pred.head)        # "declined[refusing verb] to resign[the act refused]"
    for v in verbs:
        for p in v.children:
            if p.dep_ != "prep" or p.lower_ not in _RESISTED_PREPS:
                continue
            bid = _child(p, {"pobj"})
            if bid is None or bid.lemma_.lower() not in BID_NOUNS:
                continue
            by = noun_agent(bid)
            if by is None:
                frm = next((c for c in bid.children if c.dep_ == "prep" and c.lower_ == "from"), None)
                by = _child(frm, {"pobj"}) if frm is not None else None
            if by is not None and by.lower_ not in ("its", "their", "his", "her", "our", "my", "your"):
                return by
    return None
