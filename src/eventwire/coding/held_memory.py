"""Who holds a place, remembered across the document (issue 14, targets of acts on places).

An article names the holder of a place once ("rebel-held eastern Ghouta", "the Kurdish enclave of Afrin", "Raqqa,
the de facto capital of Isis", "Baghuz, held by Islamic State") and then tells acts of force done to the place by
its bare name ("government forces pounded the area", "the rebels took control of Afrin", "the liberation of
Raqqa"). Such an act is aimed at the side that holds the place, not at the state it lies in, and not at no one.

- `holders(coder, ctx, doc)`: {place key: (holder Actor, cue)} learned once per document from these constructions
  on a place mention (not a country, not a nationality word):
  * a "-held"/"-controlled" modifier, a "held by X"/"controlled by X" participle or relative clause, an "under the
    control of X" phrase on the place itself (read by coding/place_targets._holder and coding/held_ground.py);
  * the place as the passive subject of a verb of holding with a "by" agent ("Tabqa is controlled by Isis"; with
    "was"/"were"/"had", a past holder);
  * the same on a ground noun whose "of" phrase names the place ("the rebel-held town of Douma"; not a part noun:
    "a rebel-held suburb of Damascus" holds no Damascus) or that stands in apposition to it ("eastern Ghouta, a
    rebel-held suburb of Damascus") or is its predicate in a relative clause or a copula ("Raqqa, which was the
    capital of Isis", "Hajin is the last stronghold of Isis");
  * a stronghold noun (data/coding/place_targets.tsv `stronghold-noun`: "stronghold", "bastion", "enclave", "de
    facto capital") with its holder as possessor, modifier or "of" phrase, in those same three positions ("Isis's
    last stronghold of Baghuz", "the Kurdish enclave of Afrin", "Baghuz, the last bastion of Isis"). A stronghold
    noun's holder must be no state (a "Syrian enclave", "the capital of Syria" say only where it is).
  * a side's presence in the place (coding/held_presence.py: "Manbij, where Kurdish units are based", "the
    Kurdish militia in Afrin", "the Kurdish presence in Manbij", "Afrin's Kurdish defenders").
  A place named with two different holders in the document (ground that changed hands) is remembered with none; a
  past holder ("until", "former", "once") only where no present one is named, and only for the place's taking or
  freeing. A place's name is read again where the place finder left it out at one spot (first in its sentence).
- `remembered_holder_target`: called once by Coder.code_sentence after the rules that read a holder or an ousted
  side in the act's own sentence (coding/held_ground.py, coding/ousted.py) and before those that take the state of
  a place acted on: an act of force, capture or siege (CAMEO 18-20, or a verb of taking ground) whose object (or
  passive subject), whose "on"/"against"/"into"/"upon" phrase (on the act or its object: "carried out airstrikes
  on Kobani"), whose "in" phrase (for an act or ground as object, not a where-only word: "fought in Raqqa"), or
  (for a noun of an act done to a place: "the siege of", "the liberation of") whose "of" phrase is a remembered
  place, or a place word standing for one ("bombed the town"; "pounded the area" for the one held place named in
  its sentence or the two before), takes the holder as its target. Never the doer itself, nor a state holder for
  a doer of that state, nor for civilians as doers.
- a taking of a place no holder is remembered for takes the side the article last told taking that place before it
  (coding/taken_before.py: "the town fell to Isis ... was later reclaimed by the government").
- `story_holder`: the one side the story names as holding ground now, from the remembered places and from ground
  nouns that name no place ("the narrow strip still under al-Shabaab control", "the territory held by the FSA"; an "under X
  control" phrase right after the noun also where the parser hung it on the verb). A bare "the area"/"the enclave"
  acted on (the object, passive subject or "on"/"against"/"into" phrase; not "violence in the area"), with no held
  place named near it and no phrase of its own saying which area ("the area around the dam"), stands for that ground ("special forces will storm the area"), told before or after it. Where the story
  names ground held by two sides, by none.
"""
from __future__ import annotations

from eventwire.doc_index import span_root

from dataclasses import dataclass, replace
from typing import Optional

from eventwire.coding.context import PLACE_HEADS, PLACE_TARGET_ROOTS, STATE_SECTORS
from eventwire.model import Place

DIRECTED = ("on", "against", "into", "upon", "towards", "toward")   # ("advanced towards Hajin": aimed at it)
# nouns whose "of" phrase names the place itself ("the town of Douma"), not a place it is part of ("a suburb of
# Damascus")
NAMING_NOUNS = ("town", "city", "village", "province", "enclave", "region", "district", "governorate", "stronghold",
                "bastion", "capital", "holdout", "redoubt", "heartland", "neighbourhood", "neighborhood")
# words that make a holder a past one
PAST_WORDS = ("until", "till", "formerly", "previously", "once", "former", "ex", "erstwhile")
AREA_WORDS = ("area", "enclave", "pocket", "suburb", "district")
# ground nouns whose holder the story may name with no place ("the area under Isis control")
GROUND_WORDS = ("area", "enclave", "pocket", "territory", "land", "patch", "strip", "suburb", "district", "town",
                "village", "city", "province", "region", "neighbourhood", "neighborhood", "zone")
DIRECTIONS = ("eastern", "western", "northern", "southern", "east", "west", "north", "south", "central")
_SKIP_MODS = ("last", "final", "remaining", "former", "erstwhile", "main", "key", "de", "facto", "self", "declared", "only",
              "biggest", "largest", "major", "besieged", "embattled", "one", "few", "first")


@dataclass
class StoryGround(Place):
    story: Optional[tuple] = None    # (holder, cue): the story's one held ground an area word stands for


def _keys(p) -> list:
    """The keys a place mention is remembered under: its gazetteer id, and its text without a direction word."""
    words = [w for w in (p.text or "").lower().split() if w not in DIRECTIONS]
    out = [" ".join(words)] if words else []
    if p.geonameid:
        out.append("#" + str(p.geonameid))
    return out


def _pobj(prep):
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _in_place_country(actor, p):
    """A holder of no country and no named entity placed in the held place's country (a side of no country holds
    ground in the place's: "the Kurdish enclave of Jandar", Kurds of that country)."""
    if not actor.country and not actor.entity and p.country:
        return replace(actor, code=p.country + actor.code, country=p.country)
    return actor


def _root(doc, p):
    return span_root(doc, p.start, p.end)


def stronghold_holder(coder, noun, place_tok, ctx, nouns=None) -> Optional[tuple]:
    """(actor, cue) for the holder a stronghold noun names ("Isis's last stronghold", "the Kurdish enclave", "the
    last bastion of Isis"), no state; or None. `nouns`: other nouns read the same way (coding/side_index.py's
    polity nouns: "the Isis caliphate")."""
    from eventwire.coding.place_targets import place_words
    if nouns is None:
        nouns = place_words().get("stronghold-noun", frozenset())
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return None
    if noun.lower_ == "capital" and not {"facto", "self-declared", "self-proclaimed", "self-styled"} & {
            t.lower_ for t in noun.doc[noun.left_edge.i:noun.i]}:
        return None             # (only a "de facto capital" is a group's: "the capital of Syria" says where it is)
    cands = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i
             and c.lower_ not in _SKIP_MODS and c.i != place_tok.i and c.pos_ in ("PROPN", "NOUN", "ADJ", "PRON")]
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    if of is not None and (who := _pobj(of)) is not None and who.i != place_tok.i:
        # ("the de facto capital of Isis", "the capital of the group's caliphate")
        cands += [who] + [c for c in who.children if c.dep_ == "poss"]
    for word in cands:
        if (word.pos_ == "PRON" and word.dep_ != "poss") or any(p.country and not p.demonym for p in ctx.places_in(word.idx, word.idx + 1)):
            continue            # (a place: "the stronghold of Raqqa" is no holder)
        found = [a for a in coder.actors_for(word, ctx, word.sent, role="target") if a.code]
        found = [a for a in found if a.entity or (a.sector and a.sector not in STATE_SECTORS)]
        if found:
            return found[0], _phrase(noun)
    return None


def _phrase(tok) -> str:
    """The text of a token's phrase, cut short, for a why."""
    text = tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text
    return text if len(text) <= 80 else text[:77] + "..."


def _ground_nouns(tok) -> list:
    """The nouns that name the place `tok` heads as ground: the noun whose "of" phrase it is ("the town of Douma"),
    one in apposition ("Baghuz, the last stronghold"), and a relative clause's predicate ("which was the capital of
    Isis")."""
    out = []
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in NAMING_NOUNS:
        out.append(tok.head.head)
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        out.append(tok.head)
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            out.append(c)
            # ("Manbij, the hub of the US presence, and a stronghold of the SDF": each noun of the apposition)
            out += [x for x in c.conjuncts if x.i > c.i and x.pos_ == "NOUN"]
        elif c.dep_ == "relcl" and c.lemma_ == "be":
            out += [a for a in c.children if a.dep_ == "attr" and a.pos_ == "NOUN"]
    if (aside := _hung_apposition(tok)) is not None:
        out += [aside] + [x for x in aside.conjuncts if x.i > aside.i and x.pos_ == "NOUN"]
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        # ("Baghuz is the last stronghold of Isis", "Douma remains a rebel-held town")
        out += [a for a in tok.head.children if a.dep_ == "attr" and a.pos_ == "NOUN"]
    return out + [g for n in out if (g := _whole_ground(n)) is not None]


def _hung_apposition(tok):
    """The apposition noun right after the place and its comma that the parser hung on a word before it ("towards the
    town of Manbij, the hub of the US presence" with "hub" the apposition of the sentence's subject), or None."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or any(c.dep_ == "appos" for c in tok.children):
        return None
    end = min(len(doc), tok.i + 6)
    noun = next((t for t in doc[tok.i + 2:end] if t.dep_ == "appos" and t.pos_ == "NOUN"), None)
    if noun is None or noun.head.i >= tok.i or noun.left_edge.i != tok.i + 2:
        return None
    return noun


def _whole_ground(noun):
    """The ground noun a part noun (place_targets.tsv `part-noun`) names the place a part of, or None: "the last
    part of the rebel enclave" -> "enclave" (the place lies in that ground, so its holder holds the place)."""
    from eventwire.coding.place_targets import place_words
    if noun.lemma_.lower() not in place_words().get("part-noun", frozenset()):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    ground = _pobj(of) if of is not None else None
    return ground if ground is not None and ground.lemma_.lower() in GROUND_WORDS else None


def _held_clause(coder, tok, p, ctx) -> Optional[tuple]:
    """(actor, cue) for a place that is the passive subject of a verb of holding with its "by" agent ("Manbij is
    controlled by the SDF", "Mosul was held by Isis"), or None."""
    from eventwire.coding.place_targets import place_words
    verb = tok.head
    if tok.dep_ != "nsubjpass" or verb.lower_ not in place_words().get("held-participle", frozenset()):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
    who = _pobj(agent) if agent is not None else None
    if who is None or who.pos_ == "PRON":
        return None
    found = [a for a in coder.actors_for(who, ctx, who.sent, role="target") if a.code]
    if not found:
        return None
    actor = _in_place_country(found[0], p)
    return actor, tok.doc[tok.i:who.right_edge.i + 1].text


def _holding_subject(coder, tok, p, ctx) -> Optional[tuple]:
    """(actor, cue, past) for a place that is the object of an active verb of holding (place_targets.tsv `hold-verb`)
    whose subject names a side that is no state ("al-Shabaab, which controls Jilib", "the militia still holds
    Marka"), or None: not a negated, modal or wanted holding ("wants to control", "could hold"), nor a pronoun."""
    from eventwire.coding.clause_args import subject_of
    from eventwire.coding.place_targets import place_words
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in place_words().get("hold-verb", ()) \
            or verb.dep_ in ("xcomp", "advcl", "pcomp", "acl") \
            or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ in ("MD", "TO")) for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subj = verb.head                 # ("al-Shabaab, which controls Jilib")
    elif subj is None:
        subj, _ = subject_of(verb)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    found = [a for a in coder.actors_for(subj, ctx, subj.sent, role="target") if a.code]
    found = [a for a in found if a.entity or (a.sector and a.sector not in STATE_SECTORS)]
    if not found:
        return None
    actor = _in_place_country(found[0], p)
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "was", "were") for c in verb.children)
    return actor, tok.doc[min(subj.left_edge.i, verb.i):tok.right_edge.i + 1].text, past


def _mentions(ctx, doc) -> list:
    """The document's place mentions, and each other spot its text names one of them again (a name the place finder
    left out at one spot: "Saraqib, the last rebel-held town", first in its sentence), as that place."""
    import re
    from eventwire.nlp import doc_text
    out, seen, spans = [], set(), {(p.start, p.end) for p in ctx.places or ()}
    for p in ctx.places or ():
        if p.start is None:
            continue
        out.append(p)
        if p.text in seen or not p.text or not p.text[:1].isupper() or doc_text(doc) != ctx.text:
            continue
        seen.add(p.text)
        for m in re.finditer(r"(?<![\w-])" + re.escape(p.text) + r"(?![\w-])", ctx.text):
            if (m.start(), m.end()) not in spans:
                spans.add((m.start(), m.end()))
                out.append(replace(p, start=m.start(), end=m.end()))
    return out


def holders(coder, ctx, doc) -> dict:
    """{place key: (holder actor, cue)} for the document (module doc), learned once per document."""
    cache = getattr(ctx, "_held_memory", None)
    if cache is not None and cache[0] is doc:
        return cache[1]
    from eventwire.coding.place_targets import _holder, _region_names
    from eventwire.coding.held_ground import foreign_group
    found: dict = {}
    mentions = _mentions(ctx, doc)
    for p in mentions:
        if p.start is None or p.demonym or not p.country or (p.feature or "") in ("country", "continent", "region") \
                or (p.text or "").lower() in _region_names():
            continue
        tok = _root(doc, p)
        if tok is None:
            continue
        sent = tok.sent
        got, was = None, False
        held = _holder(coder, tok, p, ctx, sent)
        if held is not None:
            got = (held, _phrase(tok))
        elif (clause := _held_clause(coder, tok, p, ctx)) is not None and not foreign_group(clause[0], p, ctx, sent):
            got = clause
            # ("Mosul was held by Isis": held then, maybe not now)
            was = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in tok.head.children)
        elif (holding := _holding_subject(coder, tok, p, ctx)) is not None and not foreign_group(holding[0], p, ctx, sent):
            got, was = holding[:2], holding[2]       # ("al-Shabaab, which controls Jilib", "Isis held Mosul")
        for noun in ([] if got else _ground_nouns(tok)):
            if noun.lemma_.lower() in PLACE_HEADS and (held := _holder(coder, noun, p, ctx, sent)) is not None:
                got = (held, _phrase(noun))
                break
            if (strong := stronghold_holder(coder, noun, tok, ctx)) is not None \
                    and not foreign_group(strong[0], p, ctx, sent):
                actor = _in_place_country(strong[0], p)
                got = (actor, strong[1])
                break
        if got is None:
            continue
        actor, cue = got
        past = was or any(w in PAST_WORDS for w in cue.lower().replace(",", " ").split())
        # ("Jarablus, held by Isis until 2016", "Raqqa, the group's former capital": a past holder, remembered only
        # for the taking or freeing of the place)
        for key in _keys(p):
            found.setdefault(key, []).append((actor, cue, p, past))
    for p, actor, cue, past in _pronoun_holdings(coder, ctx, doc):
        for key in _keys(p):
            found.setdefault(key, []).append((actor, cue, p, past))
    from eventwire.coding.held_presence import presence_holdings
    for p, actor, cue, past in presence_holdings(coder, ctx, doc, mentions):
        # (a side's presence says less than a "-held" or "stronghold" reading: only for a place none names)
        if not any(key in found for key in _keys(p)):
            for key in _keys(p):
                found.setdefault("~" + key, []).append((actor, cue, p, past))
    for key in [k for k in found if k.startswith("~")]:
        items = found.pop(key)
        if key[1:] not in found:
            found[key[1:]] = items
    memory = {}
    for key, items in found.items():
        now = [x for x in items if not x[3]] or items
        if len({a.code for a, *_ in now}) == 1:
            memory[key] = now[0]
    ctx._held_memory = (doc, memory)
    return memory


def _pronoun_holdings(coder, ctx, doc) -> list:
    """[(place, actor, cue, past)] for a verb of holding whose object is "it" standing for the place the sentence
    before has for its subject, where its own sentence names no place before it ("eastern Ghouta has been besieged
    ... Years of attrition have failed to dislodge rebel factions that control it"): read as _holding_subject reads
    the place named there."""
    from eventwire.coding.held_ground import foreign_group
    from eventwire.coding.place_targets import place_words
    from eventwire.coding.sent_index import sentence_at, sentence_number
    from eventwire.doc_index import lemma_lowers
    verbs = place_words().get("hold-verb", frozenset())
    out = []
    for i, low in enumerate(lemma_lowers(doc)):
        if low not in verbs:
            continue
        obj = next((c for c in doc[i].children if c.dep_ == "dobj"), None)
        k = sentence_number(doc, i)
        if obj is None or obj.lower_ != "it" or k == 0:
            continue
        own = doc[i].sent
        if any(not p.demonym for p in ctx.places_in(own.start_char, obj.idx)):
            continue            # ("it" may stand for a place its own sentence names)
        prev = sentence_at(doc, k - 1)
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        p = next((m for m in ctx.places_in(subj.left_edge.idx, subj.idx + len(subj.text))
                  if not m.demonym and m.country and (m.feature or "") not in ("country", "continent", "region")
                  and (r := _root(doc, m)) is not None and r.i == subj.i), None)
        if p is None:
            continue
        holding = _holding_subject(coder, obj, p, ctx)
        if holding is None or foreign_group(holding[0], p, ctx, own):
            continue
        actor, cue, past = holding
        out.append((p, actor, f"{cue} ('it': {p.text})", past))
    return out


def story_holder(coder, ctx, doc) -> Optional[tuple]:
    """(actor, cue) for the one side the document names as holding ground now: its remembered places' holders and
    those of ground nouns ("the narrow strip still under al-Shabaab control", "the final patch of land held by the
    group", "rebel-held towns"); None where it names two (or none)."""
    cache = getattr(ctx, "_story_holder", None)
    if cache is not None and cache[0] is doc:
        return cache[1]
    from eventwire.coding.place_targets import _holder
    found = []
    for a, cue, p, past in holders(coder, ctx, doc).values():
        if past:
            continue
        if _in_quote(ctx, p.start) or any(q in cue for q in "“”\""):
            return _keep(ctx, doc, None)   # (a speaker's label for who holds it: "Idlib, held by the terrorists")
        found.append((a, cue))
    from eventwire.doc_index import nouns_among
    for i in nouns_among(doc, GROUND_WORDS):            # (the ground nouns alone: no Token made for the others)
        tok = doc[i]
        held = _holder(coder, tok, None, ctx, tok.sent)
        got = (held, _phrase(tok)) if held is not None else _under_next(coder, tok, ctx)
        if got is None or not got[0].code or any(w in PAST_WORDS for w in got[1].lower().split()):
            continue
        actor = got[0]
        if _in_quote(ctx, tok.idx) or any(q in got[1] for q in "“”\""):
            return _keep(ctx, doc, None)   # (a speaker's label for who holds it: "areas held by the terrorists")
        if not actor.country and not actor.entity:
            # ("a district of Homs held by the opposition": Syria's opposition); a side of no country
            # named makes the story's holder unknown ("areas held by the terrorists")
            where = {p.country for p in ctx.places_in(tok.left_edge.idx, tok.right_edge.idx + 1) if p.country}
            if len(where) != 1 or not actor.sector:
                return _keep(ctx, doc, None)
            actor = replace(actor, code=next(iter(where)) + actor.code, country=next(iter(where)))
        found.append((actor, got[1]))
    return _keep(ctx, doc, found[0] if len({a.code for a, _ in found}) == 1 else None)


def _in_quote(ctx, char: int) -> bool:
    co = getattr(ctx, "coref", None)
    return co is not None and hasattr(co, "quote_at") and co.quote_at(char) >= 0


def _keep(ctx, doc, got):
    ctx._story_holder = (doc, got)
    return got


def _under_next(coder, tok, ctx):
    """The holder an "under X control" phrase right after a ground noun names, where the parser hung the phrase on
    the verb ("worry the small pocket still under Isis control is ...")."""
    from eventwire.coding.held_ground import foreign_group
    from eventwire.coding.place_targets import place_words
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in ("still", "now", "largely", "mostly") and nxt.i + 1 < len(tok.doc):
        nxt = nxt.nbor(1)
    if nxt is None or nxt.lower_ != "under" or nxt.dep_ != "prep" or nxt.head.i == tok.i:
        return None
    noun = _pobj(nxt)
    if noun is None or noun.lemma_.lower() not in place_words().get("held-noun", frozenset()):
        return None
    who = next((x for x in noun.children if x.dep_ in ("poss", "compound", "amod", "nmod") and x.i < noun.i
                and x.pos_ != "PRON"), None)
    if who is None:
        return None
    found = [a for a in coder.actors_for(who, ctx, tok.sent, role="target") if a.code
             and not foreign_group(a, None, ctx, tok.sent)]
    return (found[0], f"{_phrase(tok)} {nxt.text} {who.text} {noun.text}") if found else None


def _places_of(ctx, slot, memory=None, story=None) -> list:
    """The places a slot names as itself or a part of it ("Afrin", "the town of Douma", "the area" for a place
    named before it)."""
    from eventwire.coding.place_anaphora import place_word_of
    from eventwire.coding.place_targets import _names_area
    out = [p for p in ctx.places_in(slot.left_edge.idx, slot.right_edge.idx + len(slot.right_edge.text))
           if not p.demonym and _names_area(slot, p)]
    if not out and (word := place_word_of(ctx, slot)) is not None and word.stands_for is not None:
        out = [word]
    if not out and slot.lower_ in AREA_WORDS and any(c.lower_ == "the" for c in slot.children) \
            and (memory or story):
        # "pounded the area": the one place named in its sentence before it or in the two before, when held
        from eventwire.coding.sent_index import sentence_at, sentence_number
        k = sentence_number(slot.doc, slot.i)
        near = [p for p in ctx.places_in(sentence_at(slot.doc, max(0, k - 2)).start_char, slot.idx)
                if not p.demonym and p.country and (p.feature or "") not in ("country", "continent", "region")]
        held = [p for p in near if any(k in (memory or {}) for k in _keys(p))]
        if len({_keys(p)[0] for p in held}) == 1:
            from eventwire.coding.place_anaphora import PlaceWord
            p = held[-1]
            out = [PlaceWord(text=slot.text, start=slot.idx, end=slot.idx + len(slot.text), name=p.name,
                             country=p.country, geonameid=p.geonameid, feature=p.feature, stands_for=p)]
        elif not held and story is not None and not _own_phrase(slot):
            # "preparing to storm the area": the one ground the story names as held, by one side only
            out = [StoryGround(text=slot.text, start=slot.idx, end=slot.idx + len(slot.text), name=None,
                               country=story[0].country, story=story)]
    return out


def _own_phrase(slot) -> bool:
    """Whether an area word says itself which area it is ("the area around the dam", "the area's residents")."""
    return any(c.dep_ in ("prep", "acl", "amod", "compound", "nmod", "poss") and c.lower_ not in _SKIP_MODS
               and c.lower_ not in ("that", "which", "small", "tiny", "whole", "entire", "besieged")
               for c in slot.children) or slot.dep_ == "poss"


def remembered_holder_target(coder, cl, code: str, sources: list, tgt_tok, ctx, sent) -> Optional[tuple]:
    """(holder actor, how) for an act of force, capture or siege on a place whose holder the document names (module
    doc), or None."""
    from eventwire.coding.clause_args import preps_of
    from eventwire.coding.place_targets import _ground_or_act, place_words
    from eventwire.coding.roles import victim_words
    vw = victim_words()
    lemma = cl.pred.lemma_.lower()
    conquest = cl.kind == "verb" and lemma in vw.get("conquest-verb", ())
    if code[:2] not in PLACE_TARGET_ROOTS and not conquest:
        return None
    if not sources or any(s.sector in ("CVL", "REF") for s in sources):
        return None           # (who did it is not said: "Raqqa was bombed"; nor is it a side's act: "children
        # starving under siege in Ghouta")
    taking = conquest or lemma in vw.get("freeing-word", ()) or lemma in vw.get("taking-noun", ())
    slots = []
    if cl.passive:
        # ("Afrin was attacked by Turkey", "Raqqa was liberated by the SDF")
        slots += [c for c in cl.pred.children if c.dep_ == "nsubjpass"]
    elif cl.kind == "verb" and cl.obj is not None:
        obj = cl.obj
        if obj.lemma_.lower() in vw.get("hold-noun", ()):
            taking = True
            obj = next((_pobj(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
                or cl.preps.get("of")          # "took control of Afrin"
        if obj is not None:
            slots.append(obj)
    nouns = place_words().get("patient-noun", frozenset()) | vw.get("taking-noun", frozenset()) \
        | vw.get("freeing-word", frozenset())
    preps = DIRECTED + (("of",) if cl.kind == "noun" and lemma in nouns else ())
    where_only = place_words().get("where-only", frozenset())
    if not cl.passive and code[:2] in PLACE_TARGET_ROOTS and lemma not in where_only and (
            cl.kind == "noun" or (cl.obj is not None and _ground_or_act(coder, cl.obj))) \
            and (cl.obj is None or cl.obj.lemma_.lower() not in where_only):
        preps += ("in", "inside")   # ("launched an operation in the Kurdish enclave of Afrin"; not "fought in Raqqa",
        # where two sides met, nor "captured Mahmud in Raqqa", done to a person)
    slots += [cl.preps[p] for p in preps if cl.preps.get(p) is not None]
    if cl.kind == "verb" and cl.obj is not None and not cl.passive and cl.obj.pos_ == "NOUN":
        got = preps_of(cl.obj)         # ("carried out airstrikes on Raqqa")
        slots += [got[p] for p in preps if p in got and p not in ("of",) and got[p] not in slots]
    if tgt_tok is not None and tgt_tok.dep_ == "pobj" and tgt_tok.head.lower_ in preps and tgt_tok not in slots:
        slots.append(tgt_tok)
    if not slots:
        return None
    memory = holders(coder, ctx, sent.doc)
    story = story_holder(coder, ctx, sent.doc)
    from eventwire.coding.taken_before import retaking
    taken = cl.kind == "verb" and (conquest or retaking(cl.pred))     # (a verb of taking ground: "reclaimed")
    if not memory and story is None and not taken:
        return None
    for slot in slots:
        # (the story's held ground only for the ground acted on itself: "stormed the area", not "violence in the
        # area", which may be anywhere)
        aimed = slot.dep_ in ("dobj", "nsubjpass") or (slot.dep_ == "pobj" and slot.head.lower_ in DIRECTED)
        for p in _places_of(ctx, slot, memory, story if aimed else None):
            named = getattr(p, "stands_for", None) or p
            hit = (p.story + (None, False)) if getattr(p, "story", None) else \
                next((memory[k] for k in _keys(named) if k in memory), None)
            if hit is None and taken and aimed and not getattr(p, "story", None):
                # ("the town fell to Isis ... the town was later reclaimed": the side that took it before)
                from eventwire.coding.taken_before import taken_from
                got = taken_from(coder, ctx, sent.doc, p, cl.pred.idx, sources)
                if got is not None:
                    return got
            if hit is None:
                continue
            actor, cue, where, past = hit
            if past and not taking:
                continue      # (a past holder is the side a place was taken or freed from, not the one shelled now)
            if any(s.code == actor.code or (s.entity and s.entity == actor.entity) for s in sources) \
                    or (not actor.entity and (actor.sector or "GOV") in STATE_SECTORS - {"OPP"}
                        and any(s.country == actor.country for s in sources)):
                return None   # the doer's own ground
            said = f"'{p.text}'" if named is p else f"'{p.text}' (standing for '{named.text}')"
            if getattr(p, "story", None):
                said = f"'{p.text}' (the one ground the story names as held)"
            why = f"{said} is held by {actor.code}, as the article names it ('{cue}'): its holder is the target"
            return (replace(actor, text=p.text, start=p.start, end=p.end, why=why),
                    f"the holder the article names of the place acted on ('{named.text}')")
    return None
