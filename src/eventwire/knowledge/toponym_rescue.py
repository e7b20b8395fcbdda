"""Toponym recognition, a last pass over the parser's other names: a town the gazetteer knows, named right after a
preposition of place, that the small parser took for a person, a firm, a product or a work, so that no earlier
rule made it a place ("sent reinforcements to Al-Bab", "guarded the hamlets around Baidoa", "shelled
positions between Bobi and Tororo", "air strikes over Kobane", "gunmen shot two men in Maarib").

toponyms.py's `_collect` calls `locative_towns` last, before the county lists; the names it returns are made
places by their words (source "ctx"), so the gazetteer resolves them with no further support; the words that found
each one ride on its mention (`_Mention.found`) and are joined into the place's `why` by places.py. A name the text also uses as a person's (another PERSON entity
holding its words, a title before it, "said" after it) is never taken. After a word for ground ("rebel positions
between X and Y", "the villages between X and Y") a known town of "between" needs no partner the gazetteer knows,
and the partner of a place there is made a place too, known or not (`_between_partners`).
"""
from __future__ import annotations

import difflib
import unicodedata

from eventwire.knowledge.place_words import _AREA_WORDS, _CALENDAR, _FACILITY_WORDS, _PLACE_HEADS, _SAY_AFTER, _TITLES, \
    _WORDS

# prepositions after which a capitalised name the gazetteer knows is a place whatever the parser called it
_PLACE_PREPS = _WORDS["rescue_preps"]
# prepositions that also take people ("to Smith", "from Jones", "over Brown"): a place only after a verb of motion
# or an attack ("marched to X", "drove them from X", "air raids over X")
_MOTION_PREPS = _WORDS["rescue_motion_preps"]
_MOTION_HEADS = _WORDS["motion_verbs"] | _WORDS["from_verbs"] | _WORDS["travel_verbs"] | _WORDS["attack_nouns"] \
    | _WORDS["rescue_motion_heads"]
_SITE_WORDS = _FACILITY_WORDS | _WORDS["facility_sites"] | _WORDS["dwellings"]
_OTHER_NAMES = ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "LANGUAGE", "EVENT", "LAW")
_READ = {"PERSON": "a person's", "ORG": "an organisation's", "PRODUCT": "a product's", "WORK_OF_ART": "a work's",
         "LANGUAGE": "a language's", "EVENT": "an event's", "LAW": "a law's"}
_BETWEEN_GROUNDS = _WORDS["between_grounds"] | _WORDS["between_nouns"] | _WORDS["settlement_nouns"]
# a parser's entity of these kinds beside a town is no town ("between Gulu and the UPDF", "Monday")
_NOT_TOWNS = ("PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW")
_PARTICLES = ("de", "del", "da", "do", "dos", "das", "es", "al", "el", "-")

MIN_POP = 1000          # a known town of the name, spelt as the gazetteer spells it
MIN_POP_OTHER = 20_000  # a known town the gazetteer spells otherwise ("Kobane": 'Ayn al 'Arab)
MIN_POP_CLOSE = 5000    # ... or spells a little otherwise ("Maarib": Ma'rib)


def _cap(t) -> bool:
    return bool(t.text) and t.text[0].isupper() and any(ch.isalpha() for ch in t.text)


def _name_span(doc, ent) -> tuple[int, int]:
    """The leading name of an entity: without "the", cut at its first lower-case word (the parser ran on: "Aleppo
    for the ninth consecutive day") and before a weekday or a possessive."""
    i = ent.start
    while i < ent.end and doc[i].lower_ == "the":
        i += 1
    j = i
    while j < ent.end and (_cap(doc[j]) and doc[j].lower_ not in _CALENDAR
                           or doc[j].lower_ in _PARTICLES and j + 1 < ent.end and _cap(doc[j + 1])):
        j += 1
    return i, j


def _prep_before(doc, i: int):
    """The preposition before the name at i, past "the" and words such as "northern" ("in northern X"), and past
    "X and" of "between X and Y"; None if there is none."""
    k = i - 1
    while k >= 0 and doc[k].lower_ in _AREA_WORDS:
        k -= 1
    if k >= 1 and doc[k].lower_ == "and":
        # "between Bobi and Tororo": the first name's preposition
        m = k - 1
        while m >= 0 and (_cap(doc[m]) or doc[m].lower_ in _PARTICLES):
            m -= 1
        while m >= 0 and doc[m].lower_ in _AREA_WORDS:
            m -= 1
        return doc[m] if m >= 0 and m < k - 1 and doc[m].lower_ == "between" else None
    return doc[k] if k >= 0 else None


def _partner_place(doc, gaz, i: int, j: int, covered) -> bool:
    """Is the other name of "between X and Y" a place too (a mention, or a name the gazetteer knows)?"""
    if i > 0 and doc[i - 1].lower_ == "and":        # the second name: the first one before "and"
        b = i - 1
        a = b
        while a > 0 and (_cap(doc[a - 1]) or doc[a - 1].lower_ in _PARTICLES):
            a -= 1
    else:                                             # the first name: the one after "and"
        if j >= len(doc) or doc[j].lower_ != "and":
            return False
        a = b = j + 1
        while b < len(doc) and (_cap(doc[b]) or doc[b].lower_ in _PARTICLES and b + 1 < len(doc) and _cap(doc[b + 1])):
            b += 1
    if a >= b:
        return False
    return any(k in covered for k in range(a, b)) or _known_town(gaz, doc[a:b].text, MIN_POP) is not None


def _known_town(gaz, text: str, min_pop: int = MIN_POP):
    """The gazetteer's town, district or province of that name, if one is big enough to be meant (a smaller one
    spelt otherwise only in a close spelling: "Maarib" for Ma'rib). A name the parser called a firm, a product or a
    work needs a bigger town (min_pop): "in Congress" is no small town in Arizona."""
    for c in gaz.lookup(text)[:5]:
        if c.feature in ("city", "admin1", "admin2") and not c.demonym and (
                not c.alt and c.population >= min_pop or c.population >= MIN_POP_OTHER
                or c.population >= MIN_POP_CLOSE and _close(text, c.name)):
            return c
    return None


def _close(a: str, b: str) -> bool:
    def clean(x):
        x = unicodedata.normalize("NFKD", x.lower())
        return "".join(ch for ch in x if ch.isalpha())
    return difflib.SequenceMatcher(None, clean(a), clean(b)).ratio() >= 0.8


def locative_towns(doc, gaz, mentions: list, ents, make) -> list:
    """Mentions (made by make(i, j)) for the names of `ents` the parser called something else that stand after a
    preposition of place and name a known town; a gazetteer-only mention inside such a name gives way to it
    ("Bab" of "Al-Bab"). Returns the new mention list."""
    covered: dict[int, object] = {}
    for m in mentions:
        for k in range(m.tok_start, m.tok_end):
            covered[k] = m
    persons = [e for e in ents if e.label_ == "PERSON"]
    out = list(mentions)
    for ent in ents:
        if ent.label_ not in _OTHER_NAMES:
            continue
        i, j = _name_span(doc, ent)
        if i >= j or j < ent.end and doc[j].lower_ in ("of", "'s", "’s", "and", "&") \
                or i > 0 and doc[i - 1].lower_ == "the" and j - i == 1:
            continue          # "the University of Georgia", "the Duma": a longer name, an institution
        inner = {covered[k] for k in range(i, j) if k in covered}
        if any(m.source != "gaz" or m.tok_start < i or m.tok_end > j for m in inner):
            continue          # already a place, or part of a longer one
        prep = _prep_before(doc, i)
        if prep is None:
            continue
        p = prep.lower_
        if p not in _PLACE_PREPS and not (p in _MOTION_PREPS and (prep.head.lemma_.lower() in _MOTION_HEADS
                                                                   or prep.head.lower_ in _MOTION_HEADS)):
            continue
        if doc[j - 1].lower_ in _SITE_WORDS or doc[j - 1].dep_ in ("compound", "amod") and doc[j - 1].head.i >= j \
                and doc[j - 1].head.lower_ not in _PLACE_HEADS and doc[j - 1].head.lemma_.lower() not in _PLACE_HEADS:
            continue          # "marched to the White House" (a site), "wrapped in Union colors" (a name's noun)
        if i > 0 and doc[i - 1].lower_ in _TITLES or j < len(doc) and doc[j].lower_ in _SAY_AFTER \
                or j < len(doc) and doc[j].lower_ in ("'s", "’s") \
                or j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("who", "whom", "whose"):
            continue          # "to Dr Xuddur", "Bobi said", "Bobi's car", "to Bobi, who": a person
        own = {doc[k].lower_ for k in range(i, j) if doc[k].is_alpha}
        if any(own & {t.lower_ for t in e} for e in persons if e.end <= i or e.start >= j):
            continue          # the text names a person with these words elsewhere
        alone = p == "between" and not _partner_place(doc, gaz, i, j, covered)
        if alone and not _between_ground(prep):
            continue          # "the fight between Bell and Eggers": people (but "positions between X and Y": ground)
        # (with no place beside it, only a town big enough to be meant: a small namesake abroad would give the
        # story's actors the wrong country)
        town = _known_town(gaz, doc[i:j].text, MIN_POP if ent.label_ == "PERSON" else MIN_POP_OTHER)
        if town is None or alone and town.population < MIN_POP_OTHER:
            continue
        m = make(i, j)
        m.found = f"a place by the words '{prep.text} {doc[i:j].text}' (the parser read the name as {_READ[ent.label_]})"
        out = [x for x in out if x not in inner]
        out.append(m)
        for k in range(i, j):
            covered[k] = m
    out = _between_partners(doc, out, covered, make)
    out.sort(key=lambda m: m.start)
    return out


def _between_ground(prep) -> bool:
    """Does "between" (hung on a noun, or on the verb whose object that noun is) follow a word for ground or for
    settlements ("rebel positions between", "the villages between", "the road between")? Then the two names it
    joins are the towns that ground lies between, not two people or two sides."""
    head = prep.head
    if head.lower_ in ("located", "situated", "lying", "sitting") and head.dep_ in ("acl", "relcl"):
        head = head.head          # "the villages located between X and Y"
    if head.pos_ in ("VERB", "AUX"):
        head = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i), None)
        if head is None:
            return False
    return any(w in _BETWEEN_GROUNDS for w in (head.lower_, head.lemma_.lower()))


def _between_partners(doc, mentions: list, covered: dict, make) -> list:
    """The other name of "<ground> between X and Y" where one of the two is a place already: a capitalised name,
    with no entity of the parser's or one of the names it confuses with places, that the gazetteer may not know
    ("shelled positions between Gulu and Opit": Opit too). Its words found it (source "ctx")."""
    out = list(mentions)
    for m in mentions:
        i, j = m.tok_start, m.tok_end
        if i >= 2 and doc[i - 1].lower_ == "and":          # Y: X before "and"
            b = i - 1
            a = b
            while a > 0 and (_cap(doc[a - 1]) or doc[a - 1].lower_ in _PARTICLES and a - 1 > 0):
                a -= 1
            while a < b and doc[a].lower_ in _PARTICLES:
                a += 1
            prep = doc[a - 1] if a > 0 else None
            while prep is not None and prep.lower_ in _AREA_WORDS | {"the", "villages", "towns", "of"} and prep.i > 0:
                prep = doc[prep.i - 1]
        elif j + 1 < len(doc) and doc[j].lower_ == "and":     # X: Y after "and"
            a = b = j + 1
            while b < len(doc) and (_cap(doc[b]) or doc[b].lower_ in _PARTICLES and b + 1 < len(doc)
                                    and _cap(doc[b + 1])):
                b += 1
            prep = _prep_before(doc, i)
        else:
            continue
        if a >= b or prep is None or prep.lower_ != "between" or not _between_ground(prep):
            continue
        if any(k in covered for k in range(a, b)) or any(doc[k].ent_type_ in _NOT_TOWNS for k in range(a, b)) \
                or doc[a].lower_ in _CALENDAR or not all(doc[k].is_alpha or doc[k].text in "-'’‘" or
                                                          doc[k].lower_ in _PARTICLES for k in range(a, b)):
            continue
        new = make(a, b)
        new.found = f"a place by the words 'between {doc[i:j].text if a > i else doc[a:b].text} and ...' beside " \
                    f"the place {m.text}"
        out.append(new)
        for k in range(a, b):
            covered[k] = new
    return out
