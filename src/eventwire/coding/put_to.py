"""The party words, proposals and requests are put to when the pattern's own slot names none (issue 14, no target):

- words aimed at someone (`aimed_words_party`): a statement, remark, warning or letter (an act of words or diplomacy,
  roots 01-17 but not force) whose noun a participle of aim says is "aimed at", "directed at", "targeted at" or
  "addressed to" a party: "a letter addressed to the Security Council", "her remarks, aimed at Addis Ababa", and the
  noun the subject of such a passive ("the speech was directed at Washington"). The noun is the event's own (an
  event noun) or the verb's object ("sent a message addressed to the king"). Words: data/coding/roles.tsv
  `aim-participle`.
- a proposal put to a body (`proposal_body`): an act of proposing, drafting or tabling (roots 01, 03) whose object is
  a `proposal-noun` of roles.tsv (resolution, motion) put "at", "to" or "before" a body ("will propose a resolution
  at the Security Council", "submitted a motion to the assembly"), or named by the body's own name compounded before
  it ("proposed a UN security council resolution"): that body votes on it. A country or a place named before it is
  where or whose, not the body ("a Russian resolution", "the Geneva motion").
- a thing granted on request asked of no one named (`granted_by_place`): a request (root 02) for a `granted-noun` of
  roles.tsv (consular access, permission, assurances) is made of the one country other than the requester's that its
  sentence names ("We know a Dutch citizen is being held in Iran and have asked for consular access"):
  the state where what is asked for lies; none where the sentence names two such countries or none.
Called by Coder.code_sentence when the pattern's slot names no actor (the proposal's body before the fallbacks, which
would take its topic: "a resolution on the detained journalists"; the words' party after them); never the doer.
"""
from __future__ import annotations

from typing import Optional

from eventwire.coding.clause_args import preps_of
from eventwire.coding.clause_record import role_words
from eventwire.coding.context import _kind
from eventwire.coding.force_codes import FORCE_ROOTS as _FORCE_ROOTS
from eventwire.coding.same_party import is_source
from eventwire.model import Actor

_AIM_PREPS = ("at", "to", "against", "toward", "towards")
_BODY_PREPS = ("at", "to", "before")


def _aim_words() -> frozenset:
    return role_words().get("aim-participle", frozenset())


def _aimed_token(noun) -> Optional[tuple]:
    """(party token, participle) for a noun a participle of aim describes ("remarks aimed at X", "a letter addressed
    to X") or whose passive says so ("the remarks were aimed at X"), or None."""
    words = _aim_words()
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i and c.lemma_.lower() in words:
            preps = preps_of(c)
            t = next((preps[p] for p in _AIM_PREPS if p in preps), None)
            if t is not None:
                return t, c
    head = noun.head
    if noun.dep_ == "nsubjpass" and head.pos_ == "VERB" and head.lemma_.lower() in words:
        preps = preps_of(head)
        t = next((preps[p] for p in _AIM_PREPS if p in preps), None)
        if t is not None:
            return t, head
    return None


def _not_doer(found, sources) -> list:
    return [a for a in found if a.code and not is_source(a, sources, apart=False)]


def aimed_words_party(coder, cl, code: str, sources: list, ctx, sent):
    """([actors], how) for the party an act of words is aimed at or addressed to (module doc), or None."""
    if code[:2] in _FORCE_ROOTS or not sources:
        return None
    nouns = [cl.pred] if cl.kind == "noun" else []
    nouns += [t for t in (cl.obj, cl.preps.get("in")) if t is not None and t.pos_ == "NOUN"]
    for noun in nouns:
        found = _aimed_token(noun)
        if found is None:
            continue
        tok, part = found
        targets = _not_doer(coder.actors_for(tok, ctx, sent, role="target"), sources)
        if targets:
            return targets, f"the one '{noun.text}' was {part.text} {tok.head.text} ('{tok.text}')"
    return None


def _proposals(cl) -> list:
    words = role_words().get("proposal-noun", frozenset())
    cands = [cl.obj, cl.preps.get("for")]
    return [t for t in cands if t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in words]


def _body_tokens(cl, noun) -> list:
    """(token, how) for the body a proposal noun is put to: its own or the verb's "at/to/before" phrase, then the name
    compounded before it ("a UN security council resolution": its nearest compound, whose phrase is the name)."""
    out = []
    for preps in (preps_of(noun), cl.preps):
        for p in _BODY_PREPS:
            if p in preps and all(preps[p].i != t.i for t, _ in out):
                out.append((preps[p], f"'{p} {preps[p].text}'"))
    comp = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1), None)
    if comp is not None and any(t.pos_ == "PROPN" for t in noun.doc[comp.left_edge.i:comp.i + 1]):
        out.append((comp, f"the '{noun.doc[comp.left_edge.i:comp.i + 1].text}' modifier"))
    return out


def proposal_body(coder, cl, code: str, sources: list, ctx, sent):
    """([the body actor], how) for a proposal put to a body that votes on it (module doc), or None."""
    if code[:2] not in ("01", "03") or not sources:
        return None
    for noun in _proposals(cl):
        for tok, how in _body_tokens(cl, noun):
            for a in _not_doer(coder.actors_for(tok, ctx, sent, role="target", coordinate=False), sources):
                if not (a.kind == "igo" or (a.code or "").startswith("IGO") or a.sector == "LEG") \
                        or _kind(a) in ("country", "capital"):
                    continue     # ("a Russian resolution", "the Geneva motion": whose or where, not the body)
                return [a], f"the body the '{noun.text}' is put to ({how})"
    return None


def granted_by_place(coder, cl, code: str, sources: list, ctx, sent):
    """([the country's actor], how) for a request of a thing granted with no one named to grant it (module doc), or
    None."""
    if code[:2] != "02" or not sources:
        return None
    words = role_words().get("granted-noun", frozenset())
    asked = [t for t in (cl.obj, cl.preps.get("for")) if t is not None and t.lemma_.lower() in words]
    if not asked:
        return None
    from eventwire.knowledge.actor_where import where_of
    own = {s.country for s in sources if s.country}
    if not own:
        return None
    named = {item[0]: item for item in where_of(ctx, sent.doc).in_sentence(sent) if item[0] and item[0] not in own}
    if len(named) != 1:
        return None
    country, item = next(iter(named.items()))
    a = Actor.national(country, name=None, text=item[3], start=item[1], end=item[2], kind="country",
                       why=f"the one country other than the requester's its sentence names ('{item[3]}'): the '{asked[0].text}' "
                           f"is asked of it")
    return [a], f"the country the '{asked[0].text}' is asked of ('{item[3]}')"


def party_targets(coder, cl, entry, code: str, sources: list, ctx, sent) -> Optional[tuple]:
    """([target actors], rule text) from the coder's later target fallbacks, in turn, for an act whose own words name
    no target: the other parties of talks held in a place, of a summit a party hosted or of a truce brokered
    (hosted.py); the party remarks are aimed at or a letter addressed to (aimed_words_party); the party the story
    says the side negotiates with (talks_partner.py); the state holding the actor, for access asked of it
    (granted_by_place); the other party of talks a requester holds (talks_partner.request_partner); the
    requester's own state, asked to let them home (home_request.py); the one who faced an act (faced_acts.py); a
    pact's other party (pact_parties.py); last, the country whose conflict a mediation is about
    (mediated_country.py), the country a withdrawal naming no place leaves or a plan keeps forces in
    (withdrawn_from.py), and the bloc of states an act noun's adjective names, for a response to it
    (bloc_author.py). Each that answers adds its words to the rule text, the first with actors ends the search; None
    where none answers."""
    from eventwire.coding.hosted import multi_party_target
    from eventwire.coding.pact_parties import pact_party
    from eventwire.coding.talks_partner import request_partner, talks_partner
    from eventwire.coding.home_request import home_request
    from eventwire.coding.faced_acts import faced_party
    from eventwire.coding.mediated_country import mediated_country
    from eventwire.coding.withdrawn_from import kept_in, withdrawn_from
    from eventwire.coding.bloc_author import bloc_author
    steps = (lambda: multi_party_target(coder, cl, entry.cameo, code, sources, ctx, sent) or None,
             lambda: aimed_words_party(coder, cl, entry.cameo, sources, ctx, sent),   # "remarks aimed at Cairo"
             lambda: talks_partner(coder, cl, code, sources, ctx, sent),    # "refused to negotiate" (after "with X")
             lambda: granted_by_place(coder, cl, entry.cameo, sources, ctx, sent),   # "held in Iran ... access"
             lambda: request_partner(coder, cl, code, sources, ctx, sent),    # "X and Y are in talks. X asked for"
             lambda: home_request(coder, cl, code, sources, ctx, sent),    # "pleaded to be let back home"
             lambda: faced_party(coder, cl, code, sources, ctx, sent),    # "Faced with Ugandan threats, Kinshasa ..."
             lambda: pact_party(coder, cl, entry, code, sources, ctx, sent),   # "withdrew from the Iran deal"
             lambda: mediated_country(coder, cl, code, sources, ctx, sent),    # "peace talks brokered by Norway"
             lambda: withdrawn_from(coder, cl, entry, code, sources, ctx, sent),    # "the US pullout" (troops in X)
             lambda: bloc_author(coder, cl, code, sources, ctx, sent),    # "denounced Western threats"
             lambda: kept_in(coder, cl, code, sources, ctx, sent))    # "plans to keep troops inside Libya"
    answer = None
    for step in steps:
        if (found := step()) is not None:
            targets, how = found
            answer = (targets, (answer[1] if answer else "") + f"; target: {how}")
            if targets:
                break
    return answer
