"""Parties of multi-party acts named elsewhere in the sentence or the story (issue 14):

- taking part in a party's gathering (`gathering_host`): an act of taking part in a summit, talks or a conference
  (intent, consultation or refusal: roots 03, 04, 12; or boycotting it, 14, "boycotted the event, which was organised
  by Washington") whose text names no other party is directed at the gathering's
  host or sponsor, when the phrase that names the gathering names it too: "a summit hosted by the US", "UN-sponsored
  talks", "a Trump administration summit", "the talks that Moscow has convened" (an active relative clause's subject) (a modifier that names a government, organisation or person, never a place:
  "the Geneva talks", "the Sochi conference" name where, not who). The gathering is the clause's object, a phrase on
  the verb ("arrive in Geneva for UN-sponsored talks") or a phrase on the object ("offered participation in a US
  summit"). Words: data/coding/roles.tsv `gathering-noun`, `host-verb`.
- mediation (`mediated_parties`): a mediator's act (045) with no party named in its own clause is between the parties
  that agreed to the truce it brokered ("Israel and Hamas agreed a ceasefire brokered by Egypt"), or else those
  of the one fight or talks the sentence names with "between" ("ended the fighting between X and Y, and brokered a
  truce"), or, where it names none, the sentence before it; not when the sentence names two such pairs, nor when a
  mediator is one of the parties.
  A truce brokered with none of these is between the parties of the nearest fight the story named in the
  STORY_BACK sentences before (a "between" phrase, or the coordinated subjects of a verb of fighting with no side
  fought against or alongside named: "the two factions fought ... until Norway brokered a truce").
- talks whose parties the story named (`story_talks_parties`): talks, negotiations or a dialogue (an act of
  consultation or mediation, 04) named with no party in their clause ("UN-sponsored talks resumed in Geneva") are
  between the parties of the talks the story named with "between" in that sentence or the STORY_BACK before, other
  than the doer's own side.
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.clause_record import FIGHT_NOUNS, role_words
from eventwire.coding.context import _kind

_HOST_ROOTS = ("03", "04", "12")
STORY_BACK = 12            # sentences back for the parties of a fight a truce ended
_GATHERING_PREPS = ("in", "for", "at", "to")


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _gatherings(cl) -> list:
    """Tokens that may name the gathering the act takes part in: the object, the verb's "in/for/at/to" phrases and
    the object's own."""
    words = role_words().get("gathering-noun", frozenset())
    out = []
    cands = [cl.obj] + [cl.preps.get(p) for p in _GATHERING_PREPS]
    if cl.obj is not None:
        cands += [_pobj(c) for c in cl.obj.children if c.dep_ == "prep" and c.lower_ in _GATHERING_PREPS]
    for t in cands:
        if t is not None and t.lemma_.lower() in words and t.pos_ == "NOUN" and all(t.i != o.i for o in out):
            out.append(t)
    return out


def _host_tokens(g) -> list:
    """(token, how) for the host or sponsor the gathering's own phrase names."""
    hosts = role_words().get("host-verb", frozenset())
    doc = g.doc
    out = []
    # (the parser hangs a participle after the object on the verb as often: "boycotted the event, conceived by X")
    hung = [c for c in g.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > g.i] if g.dep_ == "dobj" else []
    for c in list(g.children) + hung:
        if c.lemma_.lower() not in hosts:
            continue
        if (c.dep_ in ("acl", "advcl") and c.tag_ == "VBN") \
                or (c.dep_ == "relcl" and any(a.dep_ == "auxpass" for a in c.children)):
            # "a summit hosted by the US", "the meeting, which was convened by Moscow" (and an active relative clause,
            # "the talks that Moscow has convened", below)
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            if agent is not None and (p := _pobj(agent)) is not None:
                out.append((p, f"'{c.text} by {p.text}'"))
        elif c.dep_ == "relcl" and c.i > g.i and (subj := next((a for a in c.children if a.dep_ == "nsubj"), None)) \
                is not None and subj.tag_ not in ("WDT", "WP") and subj.lower_ not in ("that", "which", "who") \
                and not any(a.dep_ == "dobj" and a.tag_ not in ("WDT", "WP") and a.lower_ not in ("that", "which")
                            for a in c.children):
            # "the talks that Moscow has convened", "the summit Ankara will host": the relative clause's subject
            out.append((subj, f"'{subj.text} {c.text}' it"))
        elif c.dep_ == "amod" and c.i > 1 and doc[c.i - 1].text == "-" and doc[c.i - 2].head.i == c.i:
            # "UN-sponsored talks", "a Russian-hosted conference"
            out.append((doc[c.i - 2], f"'{doc[c.i - 2].text}-{c.text}'"))
    for c in g.children:
        if c.dep_ == "compound" and c.i < g.i and c.pos_ in ("PROPN", "NOUN") \
                and any(t.pos_ == "PROPN" for t in doc[c.left_edge.i:c.i + 1]):
            out.append((c, f"the '{doc[c.left_edge.i:c.i + 1].text}' modifier"))
    return out


def gathering_host(coder, cl, code: str, sources: list, ctx, sent, cameo: str = "", gatherings=None):
    """([host actor], how) for an act of taking part in a gathering its phrase says who hosts (module doc), or None;
    a boycott (`cameo`, the pattern's code, 14) too, even where it is coded as a threat ("will boycott the summit")."""
    if (code[:2] not in _HOST_ROOTS and cameo[:2] != "14") or not sources:
        return None
    for g in (_gatherings(cl) if gatherings is None else gatherings):
        for tok, how in _host_tokens(g):
            named = tok.dep_ == "compound"
            for a in coder.actors_for(tok, ctx, sent, role="target", coordinate=False):
                if not a.code or any(a.code == s.code for s in sources):
                    continue
                if named and (not (a.sector or a.entity or a.kind == "person")
                              or (_kind(a) in ("country", "capital") and tok.pos_ == "PROPN")):
                    continue     # ("the Geneva talks", "the Moscow conference": where, not who; "a Trump
                    # administration summit" names the government)
                return [a if named else sponsor_state(a)], f"the host of the {g.text} ({how})"
    return None


def sponsored_gathering(coder, cl, code: str, tgt_tok, sources: list, ctx, sent, cameo: str = ""):
    """([host actor], how) when the act's own object is a gathering whose phrase names who sponsors or hosts it
    ("boycotted the Russian-sponsored congress", "shunned the conference hosted by Iran"): the gathering is no actor
    ("congress" is no legislature here), the act is aimed at its sponsor (`gathering_host`); or None."""
    if tgt_tok is None or tgt_tok.pos_ not in ("NOUN", "PROPN") or cl.obj is None or tgt_tok.i != cl.obj.i \
            or tgt_tok.lemma_.lower() not in role_words().get("gathering-noun", frozenset()):
        return None
    if not any(tok.dep_ != "compound" for tok, _ in _host_tokens(tgt_tok)):
        return None        # (a name modifier, "the Sochi congress", may be the body itself or the place)
    # (the parser tags a capitalised "Congress" or "Conference" a name: the gathering all the same)
    return gathering_host(coder, cl, code, sources, ctx, sent, cameo, gatherings=[tgt_tok])


def sponsor_state(a):
    """A sponsor or host named by its demonym is the state, not its people ("Norwegian-sponsored talks": NOR, not
    NORCVL); any other actor as it is."""
    if a.sector != "CVL" or not a.country:
        return a
    return replace(a, code=a.country, sector=None, kind="country",
                   why=(a.why or "") + "; a sponsor named by its demonym is the state")


def _between_pairs(span, words) -> list:
    """The first parties of the "between" phrases on a fighting or talks noun in `span`."""
    out = []
    for t in span:
        if t.dep_ == "pobj" and t.head.lower_ == "between" and t.head.head.lemma_.lower() in words \
                and any(c.i > t.i for c in t.conjuncts):
            out.append(t)
    return out


def _agreeing_parties(cl):
    """The first of the coordinated subjects (or the plural subject) of the verb whose object is the truce a
    mediation's participle describes ("Israel and Hamas agreed (to) a ceasefire brokered by Egypt"), or None."""
    pred = cl.pred
    if pred.dep_ != "acl" or pred.tag_ != "VBN" or pred.head.pos_ != "NOUN":
        return None
    noun = pred.head
    verb = noun.head if noun.dep_ == "dobj" else (noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep"
                                                  else None)
    if verb is None or verb.pos_ != "VERB":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (coordinated, or plural: "the two sides", whose parties the story named; two parties at least, by the caller)
    return subj if subj is not None and (any(c.i > subj.i for c in subj.conjuncts) or subj.tag_ == "NNS") else None


def mediated_parties(coder, cl, code: str, sources: list, ctx, sent):
    """([party actors], how) for a mediation whose parties the sentence, or the one before, names with "between"
    (module doc), or the parties that agreed to the truce it brokered; None where it names none."""
    if code[:3] != "045" or not sources:
        return None
    agreed = _agreeing_parties(cl)
    if agreed is not None:
        parties = coder.actors_for(agreed, ctx, sent, role="target")
        if len({a.start for a in parties if a.code}) >= 2 and not any(
                s.code == a.code or (s.country and s.country == a.country) for s in sources for a in parties):
            return parties, f"the parties that '{agreed.head.text}' the '{cl.pred.head.text}' it '{cl.pred.text}'"
    from eventwire.coding.reciprocal import mutual_words
    words = mutual_words() | FIGHT_NOUNS | {"fight"}
    doc = sent.doc
    spans = [sent] + ([doc[sent.start - 1].sent] if sent.start > 0 else [])
    for where, span in zip(("the sentence", "the sentence before"), spans):
        found = _between_pairs(span, words)
        if not found:
            continue
        if len(found) > 1:
            return None      # two pairs of parties: which the mediation is between is not plain
        first = found[0]
        parties = coder.actors_for(first, ctx, sent, role="target")
        if len({a.start for a in parties if a.code}) < 2 or any(
                s.code == a.code or (s.country and s.country == a.country) for s in sources for a in parties):
            return None
        return parties, f"the parties of the '{first.head.head.text} between' in {where}"
    return _story_truce_parties(coder, cl, sources, ctx, sent, words)


_FOUGHT = ("fight", "clash", "battle", "feud")     # verbs whose coordinated subject fought each other
_ALLIED_PREPS = ("against", "alongside", "with", "beside")


def _truce_noun(cl):
    """The truce noun a mediation brokered: its object, or the noun its participle describes ("a truce brokered by")."""
    from eventwire.coding.place_targets import place_words
    truces = place_words().get("truce-noun", frozenset())
    for t in (cl.obj, cl.pred.head if cl.pred.dep_ == "acl" else None):
        if t is not None and t.lemma_.lower() in truces:
            return t
    return None


def _fought_pairs(coder, ctx, span) -> list:
    """The first of the coordinated subjects of a verb of fighting with no side fought against or alongside named
    ("the two factions fought in 1994", "the militias clashed"): they fought each other."""
    out = []
    for t in span:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _FOUGHT:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or not any(c.i > subj.i for c in subj.conjuncts) \
                or any(c.dep_ == "prep" and c.lower_ in _ALLIED_PREPS for c in t.children):
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is not None and (obj.pos_ == "PROPN" or coder.actors_for(obj, ctx, span, role="target")):
            continue          # ("the US and the Kurds fought Isis": allies, not parties)
        out.append(subj)
    return out


def _story_truce_parties(coder, cl, sources, ctx, sent, words):
    """([party actors], how) for a truce brokered with no parties named in its sentence or the one before: the
    parties of the nearest fight the story named before (a "between" phrase, or the coordinated subjects of a verb of
    fighting: "The two parties fought for control of the city. ... until Norway brokered a truce"), within STORY_BACK
    sentences; None where that sentence names two pairs, where none is named, or where the mediator is a party."""
    if _truce_noun(cl) is None:
        return None
    from eventwire.coding.sent_index import sentences_back
    back = sentences_back(sent, STORY_BACK)[:-2]
    for span in reversed(back):
        found = _between_pairs(span, words) + _fought_pairs(coder, ctx, span)
        if not found:
            continue
        if len({t.i for t in found}) > 1:
            return None
        parties = coder.actors_for(found[0], ctx, span, role="target")
        if len({a.start for a in parties if a.code}) < 2 or any(
                s.code == a.code or (s.country and s.country == a.country) for s in sources for a in parties):
            return None
        return parties, f"the parties of the nearest fight the story named before ('{found[0].text}' and others)"
    return None


def multi_party_target(coder, cl, cameo: str, code: str, sources: list, ctx, sent):
    """([target actors], how) for an act with no target named in its clause (`cameo` the pattern's code, `code` the
    one coded): the host of talks held in a foreign capital (coding/roles.py `_host`), the gathering's host, or the
    mediated parties (module doc); None."""
    if len(sources) == 1 and cameo[:2] == "04":
        host = coder._host(cl, sources, ctx, sent)
        if host is not None:
            return [host], f"the host of the talks in '{host.text}'"
    return gathering_host(coder, cl, code, sources, ctx, sent, cameo) \
        or mediated_parties(coder, cl, code, sources, ctx, sent) or story_talks_parties(coder, cl, code, sources, ctx, sent)


_TALKS = ("talk", "talks", "negotiation", "dialogue")


def story_talks_parties(coder, cl, code: str, sources: list, ctx, sent):
    """([party actors], how) for talks with no party named in their clause ("UN-sponsored talks resumed in Geneva",
    "brokered the talks"; consultation or mediation, roots 04): the parties of the talks the story named with
    "between" in its sentence or the STORY_BACK before ("talks between Kabul and the Taliban"), the nearest such
    sentence, other than the doer's own side; None where that sentence names two pairs."""
    if code[:2] != "04" or not sources:
        return None
    talks = [t for t in (cl.pred if cl.kind == "noun" else None, cl.obj)
             if t is not None and t.lemma_.lower() in _TALKS]
    if not talks:
        return None
    from eventwire.coding.sent_index import sentences_back
    for span in reversed(sentences_back(sent, STORY_BACK)):
        found = _between_pairs(span, _TALKS)
        if not found:
            continue
        if len(found) > 1:
            return None
        parties = [a for a in coder.actors_for(found[0], ctx, span, role="target") if a.code and not any(
            s.code == a.code or (s.country and s.country == a.country and a.sector == s.sector) for s in sources)]
        if not parties:
            return None
        return parties, f"the parties of the '{found[0].head.head.text} between' the story named ('{found[0].text}', ...)"
    return None
