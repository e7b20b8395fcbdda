"""Whose a person or body is when its own words name something other than a state (issue 14, "wrong source").

    party_government(kb, head, ctx, sector, person_nouns)  # "the Conservative government" -> the party's country's GOV
    igo_office(kb, role_text, start, date)  # "the high commissioner for refugees" -> the UN office's IGO code
    member_of(head, person, ctx)           # "British citizens who fight for Islamic State" -> the group's code
    described_member(name, role, ctx)      # "X, a British woman who joined Isis": the group the description names
    member_actor(name, role, ra, ctx, sector_of)  # that group as the person's actor, unless the role is an office
    membership_objects(verb)               # "joined the militia", "fought alongside X": the bodies joined
    office_body(person, resolved, ...)     # "Nato chief Jens Stoltenberg" (no NATO role in the lists) -> the IGO
    former_sector(sector)                  # "a former minister" -> ELI, "a former soldier" -> CVL
    former_actor(a, head, person_nouns)    # the actor of "a former British soldier" (GBRCVL), any phrase of a person
    lead_description(name_head, start_tok) # "A British man was killed ... John Hart, 24, ...": the lead's description
    relative_description(r, name_head)     # "Her Belgian husband, X": the relative's own nationality (CVL)
    description_before_title(r, name_head, start_tok)  # "a Canadian citizen, the teacher X": the description's country

A government named by its ruling party ("the Conservative government", "a Labour administration") is the government
of the country whose party that is (data/actors/parties.tsv), when the story names that country; a party the lists
know whose country the story does not name gives no country rather than the country spoken of nearby.

An office held at an international body is often written without the body's name before it ("Jane Doe, the high
commissioner for human rights"): the role is the office of data/actors/igos.tsv whose alias is the role with "UN"
before it, when what remains is a long title (four words or more: "secretary general" alone may be any body's).

A story that opens on "a" person of a country ("A former British soldier has been jailed in Turkey ...") and names
its protagonist with an age in one of the next sentences ("Joe Hart, 25, was sentenced ...") describes that person
by the lead: the name takes the lead's description (``lead_description``; the first such name only, and only when
the name has no description of its own).

A person the actor lists do not know, described only by a nationality or a home town ("a Briton", "a 24-year-old from
Aleppo"), is a private person of that country (CVL), not its state (knowledge/people.py). Private people described
by the body they fight or serve with ("British citizens who fight for Islamic State", "a Briton who enlisted in the
militia") are members of that body (data/coding/membership.tsv).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from eventwire.model import Actor

_GOV_SECTORS = frozenset({"GOV"})
_LEAD = re.compile(r"^(?:the|a|an|its|their)\s+", re.I)
_MIN_OFFICE_WORDS = 4


def party_government(kb, head, ctx, sector: Optional[str], person_nouns=frozenset()) -> Optional[Actor]:
    """The government a party adjective names ("the Conservative government"), or None when the head is no
    government or no modifier is a party of the lists. The actor has no country when the party's country is not one
    the story names."""
    if sector not in _GOV_SECTORS or head.lemma_.lower() in person_nouns:
        return None               # ("the Labour leader" is the party's, not a government's)
    for m in head.children:
        if m.dep_ not in ("amod", "compound") or m.i >= head.i or not m.text[:1].isupper() \
                or m.i == m.sent.start or not m.text.isalpha():
            continue
        party = None
        for name in (f"{m.text} Party", f"{m.text}s"):
            a = kb.resolve_phrase(name, 0, ctx.date, ctx.countries)
            if a is not None and a.kind == "party" and a.country and a.start == 0 and a.end == len(name):
                party = a
                break
        if party is None:
            continue
        span = head.doc[m.i: head.i + 1]
        if party.country in (ctx.countries or ()):
            return Actor.national(party.country, sector, name=None, entity=None,
                                  text=span.text, start=span.start_char, end=span.end_char, kind="country",
                                  why=f"'{span.text}': the government of the {party.name} ({party.code}), a party of "
                                      f"{party.country}, which the story names")
        return Actor(code=sector, country=None, sector=sector, name=None, entity=None, text=span.text,
                     start=span.start_char, end=span.end_char, kind="sector",
                     why=f"'{span.text}': the government of the {party.name}, a party of {party.country}, "
                         f"which the story does not name: no country")
    return None


def igo_office(kb, role_text: str, start: int, date: Optional[str]) -> Optional[Actor]:
    """The international body whose office a role names without the body's name ("the high commissioner for human
    rights" -> the UN's human rights office), or None."""
    bare = _LEAD.sub("", role_text.strip())
    if len(bare.split()) < _MIN_OFFICE_WORDS or re.match(r"(?:UN|U\.N\.|United Nations)\b", bare):
        return None
    name = "UN " + bare
    a = kb.resolve_phrase(name, 0, date, ())
    if a is None or a.kind != "igo" or a.start != 0 or a.end != len(name):
        return None                # the whole role must be the office's name
    off = start + (len(role_text) - len(role_text.lstrip())) + (len(role_text.strip()) - len(bare))
    return Actor(code=a.code, country=a.country, sector=a.sector, name=a.name, entity=a.entity, text=bare,
                 start=off, end=off + len(bare), kind="igo",
                 why=f"the role '{bare}' is the office '{a.text}' with the body's name left out ({a.why})")


@functools.cache
def _membership() -> dict:
    """{verb lemma: frozenset of prepositions ("-": the direct object)} from data/coding/membership.tsv."""
    from eventwire.coding.tables import coding_table
    return {verb.lower(): frozenset(p.strip().lower() for p in preps.split("|"))
            for verb, preps, *_ in coding_table("membership.tsv")}


def _joined_objects(verb, preps: frozenset) -> list:
    """The bodies a verb of membership.tsv names: its object where the row allows one ("-"), and the objects of its
    listed prepositions ("fighting with X", "joined X")."""
    objs = [o for o in verb.children if o.dep_ == "dobj"] if "-" in preps else []
    return objs + [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                   for o in p.children if o.dep_ == "pobj"]


def membership_objects(verb) -> list:
    """The bodies a verb of membership.tsv names as the ones joined or served with ("joined the militia", "fought
    alongside Kurdish forces"); [] for any other verb (coding/joining.py)."""
    preps = _membership().get(verb.lemma_.lower())
    return _joined_objects(verb, preps) if preps else []


def member_of(head, person: Actor, ctx, joined: bool = False) -> Optional[Actor]:
    """The body private people are described as serving in ("British citizens who fight for Islamic State",
    "a Briton who enlisted in the militia"): that body's actor, read from its mention, or None. With `joined`, only
    an armed group or party a verb's direct object names ("foreign fighters who joined Isis": forces too, which
    "fighting with X" would not make X's)."""
    table = _membership()
    for c in head.children:
        if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in table \
                or (joined and any(x.dep_ == "neg" for x in c.children)):
            continue
        preps = table[c.lemma_.lower()]
        if joined and "-" not in preps:
            continue
        for o in _joined_objects(c, frozenset({"-"}) if joined else preps):
            body = next((m for m in ctx.mentions_at(o.idx) if m.code and m.kind in
                         (("group", "party") if joined else ("group", "party", "igo"))), None)
            if body is None:
                continue
            return Actor(code=body.code, country=body.country, sector=body.sector, name=body.name,
                         entity=body.entity, text=person.text, start=person.start, end=person.end, kind=body.kind,
                         why=f"{person.why}; '{head.text} ... {c.text} {'' if o.dep_ == 'dobj' else o.head.text + ' '}"
                             f"{body.text if joined else o.text}': members of {body.name or body.code} ({body.code}), "
                             f"not private people")
    return None


_FORMER = re.compile(r"\b(?:former|ex|retired|one-time|onetime|then)\b", re.I)


def office_body(person: Actor, resolved: list, text: str, start: int, sector: Optional[str]) -> Optional[Actor]:
    """The international body a known person is named as holding an office of ("Nato chief Jens Stoltenberg", "the
    African Union chief, Jane Doe"), when the actor lists give the person no role at the story's date (an office they
    do not list): that body's actor, or None. Not for a former office ("the former Nato chief")."""
    if "no role" not in (person.why or "") or _FORMER.search(text[:max(0, person.start - start)]):
        return None
    body = next((b for b in resolved if b.kind == "igo" and b.end is not None and b.end <= person.start), None)
    if body is None:
        return None
    from eventwire.coding.context import ROLE_NOUNS
    gap = re.findall(r"[A-Za-z]+", text[body.end - start: person.start - start])
    if not gap or not (sector or gap[-1].lower() in ROLE_NOUNS):
        return None               # the body's office is the words between it and the name: "Nato chief", "the AU's head"
    from eventwire.knowledge.actor_country import word_kinds
    if gap[-1].lower() in word_kinds().get("foreign", frozenset()):
        return None               # "UN ambassador Susan Rice": a country's envoy to the body, not the body's
    return Actor(code=body.code, country=body.country, sector=body.sector, name=person.name, entity=person.entity,
                 text=person.text, start=person.start, end=person.end, kind="person",
                 why=f"{person.why}; named as holding an office of {body.name or body.code} ('{body.text}'), "
                     f"which the lists do not give: {body.code}")


_FORMER_WORDS = frozenset({"former", "ex", "retired", "one-time", "onetime"})


def former_words(head, person_nouns) -> bool:
    """Whether the noun `head` names a person (a role noun, `person_nouns`, or an individual of data/coding/coref.tsv)
    and a premodifier says the person has left the role ("a former British soldier", "an ex-soldier", "Iraq's former
    minister"; not "the former regime")."""
    from eventwire.knowledge.coref_mentions import coref_words
    lemma = head.lemma_.lower()
    if lemma not in person_nouns and coref_words().get(lemma, ("", None))[0] != "individual":
        return False
    return any(t.lower_ in _FORMER_WORDS for t in head.doc[head.left_edge.i: head.i])


def former_actor(a: Optional[Actor], head, person_nouns) -> Optional[Actor]:
    """`a` as the actor of a person who left the role its phrase names ("a former British soldier": GBRCVL, "a former
    Iraqi minister": IRQELI; ``former_words``), or `a` itself when its phrase says no such thing."""
    if a is None or not a.country or not a.sector or a.sector in ("CVL", "ELI") or a.entity \
            or not former_words(head, person_nouns):
        return a
    from dataclasses import replace
    left = former_sector(a.sector)
    return replace(a, code=a.country + left, sector=left, kind="person",
                   why=(a.why or "") + f"; former, so {left}, not {a.sector}")


_ARMED = ("MIL", "REB", "UAF", "INS")


def left_arms(a: Optional[Actor], doc, sector_of) -> bool:
    """Whether `a` is a private person (CVL) only for having left an armed force: its phrase's head noun names an armed
    sector (`sector_of(token)`, "soldier" MIL) and a `left` word of data/coding/actor_country.tsv comes before it ("a
    former British soldier": GBRCVL by ``former_actor``): still the doer when the story tells them fighting again."""
    if a is None or a.sector != "CVL" or a.start is None or a.end is None:
        return False
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    from eventwire.knowledge.actor_country import word_kinds
    left = word_kinds().get("left", frozenset())
    return sector_of(head) in _ARMED and any(t.lower_ in left for t in doc[head.left_edge.i: head.i])


def former_sector(sector: str) -> str:
    """The sector of someone who left `sector`: ELI for a former official (the `former-elite` sectors of
    data/coding/actor_country.tsv: CAMEO codes former officials as elites), else CVL (a former soldier is a
    private person)."""
    from eventwire.knowledge.actor_country import word_kinds
    return "ELI" if sector in word_kinds().get("former-elite", frozenset()) else "CVL"


@functools.cache
def _descriptor_nouns() -> frozenset:
    """Nouns of data/coding/person_descriptors.tsv ("member", "fighter", "recruiter")."""
    from eventwire.coding.tables import coding_table
    return frozenset(row[0].lower() for row in coding_table("person_descriptors.tsv") if row and row[0])


_AGAINST = re.compile(r"\banti\b|\banti-|\bformer\b|\bex-|\bsuspected\b|\balleged\b|\baccused\b|\bso-called\b",
                      re.I)


def descriptor_before(name_head, start_tok: int):
    """(noun, phrase) of a description written right before a name that says whom the person belongs to ("the Dutch
    Isis fighter Karel Vos", "the British Islamic State member Ann Hart"): the noun of
    data/coding/person_descriptors.tsv the parser hung on the name (or, with its article, right before the name
    where the parser hung the name elsewhere: "the son of the British teenager X", X taken as an apposition of
    "son"), and its words before the name, when a modifier of it (a group or a nationality) says whose; None else,
    and for "anti-Isis", "former" (whom the person fought or left is not whose the person is)."""
    doc = name_head.doc
    lefts = [c for c in name_head.lefts if c.i < start_tok]
    noun = next((c for c in reversed(lefts) if c.pos_ == "NOUN" and c.dep_ == "compound"
                 and c.i == start_tok - 1 and c.lemma_.lower() in _descriptor_nouns()), None)
    head = name_head.head
    if noun is None and name_head.dep_ == "appos" and head.pos_ == "NOUN" and head.i == start_tok - 1 \
            and head.lemma_.lower() in _descriptor_nouns():
        noun = head               # (the parser hung the name on the noun with no comma between: the same phrase)
    before = doc[start_tok - 1] if start_tok > 0 else None
    if noun is None and before is not None and before.pos_ == "NOUN" and before.tag_ == "NN" \
            and before.lemma_.lower() in _descriptor_nouns() and any(c.dep_ == "det" for c in before.children):
        noun = before             # ("the son of the British teenager X": the parser hung the name elsewhere, on "son")
    if noun is None or not any(x.pos_ in ("ADJ", "PROPN") and x.text[:1].isupper() for x in noun.lefts):
        return None
    lo = min([x.left_edge.i for x in lefts] + [noun.left_edge.i])
    span = doc[lo: start_tok]
    if _AGAINST.search(span.text):
        return None
    return noun, span


def joined_body(name_head, ctx) -> Optional[tuple]:
    """(body, verb) for a person the story introduces by the armed group or party they joined, fight or serve with
    ("Dan Hart joined Islamic State in 2014", "Dan Hart, who fought for the YPG,"; data/coding/membership.tsv): the
    subject of such a verb, or the name its relative clause or participle modifies. None else (a body the lists do
    not know, a country's army, an international body: a person who "joined the UN" is no party to its acts)."""
    table = _membership()
    verbs = []
    if name_head.dep_ == "nsubj" and name_head.head.lemma_.lower() in table:
        verbs.append(name_head.head)
    verbs += [c for c in name_head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in table]
    for v in verbs:
        if any(c.dep_ == "neg" for c in v.children):
            continue
        for o in _joined_objects(v, table[v.lemma_.lower()]):
            body = next((m for m in ctx.mentions_at(o.idx) if m.code and m.kind in ("group", "party")), None)
            if body is not None:
                return body, v
    return None


def described_member(name_head, role_head, ctx) -> Optional[tuple]:
    """(body, verb) of the armed group or party a person's own description says the person joined, fights or serves
    with: a membership clause (data/coding/membership.tsv) on the noun that describes the name ("X, a British woman
    who joined Islamic State", "X is a Dutch nurse who served with the YPG"), else on the name itself ("X, a Briton,
    who fought for Isis"). None else: membership outranks the nationality of that description (PeopleIndex)."""
    table = _membership()
    if role_head is not None and role_head.lemma_.lower() in _descriptor_nouns():
        # "a British recruiter for Islamic State", "a Dutch member of Isis" (not "a volunteer with the YPG": a
        # foreign volunteer is armed, coding/armed_people.py, and of the country the description gives)
        for p in (c for c in role_head.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            for o in (c for c in p.children if c.dep_ == "pobj"):
                body = next((m for m in ctx.mentions_at(o.idx) if m.code and m.kind in ("group", "party")), None)
                if body is not None:
                    return body, role_head
    for head in (role_head, name_head):
        if head is None:
            continue
        for v in (c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in table):
            if any(c.dep_ == "neg" for c in v.children):
                continue
            for o in _joined_objects(v, table[v.lemma_.lower()]):
                body = next((m for m in ctx.mentions_at(o.idx) if m.code and m.kind in ("group", "party")), None)
                if body is not None:
                    return body, v
    pred = predicate_descriptor(name_head)      # "X and Y are members of an Isis cell" (a role read first: "the
    if pred is not None:                         # two men, X and Y,")
        body = next((m for m in ctx.mentions_from(pred[1].start_char, pred[1].end_char)
                     if m.code and m.kind in ("group", "party") and m.end <= pred[1].end_char), None)
        if body is not None:
            return body, pred[0]
    return None


def member_actor(name_head, role_head, ra: Optional[Actor], ctx, sector_of) -> Optional[Actor]:
    """The armed group or party the description of the person named by `name_head` says the person joined, fights or
    serves with, or is a member of ("X, a British woman who joined Islamic State", "a Swedish nurse who served with
    the YPG", "The two men, X and Y, are members of Islamic State"), as the role's actor: membership outranks the
    nationality and occupation the role phrase gave `ra` (knowledge/people.PeopleIndex). None where the role already
    names a body or a state's office (`sector_of`: the sector of the role's noun), or no membership is told."""
    from eventwire.coding.agency import STATE_SECTORS       # (lazy: coding imports knowledge)
    if ra is not None and ra.code and (ra.kind in ("group", "party", "igo") or ra.sector in STATE_SECTORS):
        return None
    if sector_of(role_head) in STATE_SECTORS:
        return None
    joined = described_member(name_head, role_head, ctx)
    if joined is None:
        return None
    body, verb = joined
    return Actor(code=body.code, country=body.country, sector=body.sector, name=body.name, entity=body.entity,
                 kind=body.kind,
                 why=f"a member of {body.name or body.code}: '{verb.text} ... {body.text}' in the description of the "
                     f"person, which outranks " + (f"{ra.code} ({ra.why})" if ra is not None and ra.code
                                                   else "the role's words"))


def descriptor_noun(tok) -> bool:
    """Whether `tok` is a noun of data/coding/person_descriptors.tsv ("member", "fighter", "executioner")."""
    return tok.lemma_.lower() in _descriptor_nouns()


def predicate_descriptor(name_head):
    """(noun, phrase) of what the story says a person is, with the person as the subject of "be": "Karel Vos is a
    Dutch Isis fighter", "Vos was a member of Islamic State" (a noun of data/coding/person_descriptors.tsv with
    an indefinite article); None else, and when negated, or "former"/"suspected" (see ``descriptor_before``)."""
    subj = name_head
    if name_head.dep_ == "appos" and name_head.head.dep_ == "nsubj" and name_head.head.pos_ == "NOUN" \
            and name_head.head.tag_ == "NNS":
        subj = name_head.head     # "The two men, X and Y, are members of Islamic State"
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > name_head.i), None)
    if attr is None or attr.pos_ != "NOUN" or attr.lemma_.lower() not in _descriptor_nouns():
        return None
    dets = [c.lower_ for c in attr.children if c.dep_ == "det"]
    listed = attr.tag_ == "NNS" and (subj is not name_head or any(c.dep_ == "conj" and c.pos_ == "PROPN"
                                                                   for c in name_head.children))
    if not (any(d in ("a", "an") for d in dets) or listed and all(d == "the" for d in dets)):
        return None               # (plural: "X and Y are (the last) members of Islamic State", each name's)
    hi = attr.i
    of = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == attr.i + 1), None)
    if of is not None:
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if obj is not None:
            hi = obj.i            # "a member of Islamic State"
            doc = name_head.doc
            ap = next((c for c in list(obj.children) + list(verb.children) if c.dep_ in ("appos", "attr")
                       and c.i > obj.i and c.pos_ == "NOUN" and doc[c.left_edge.i - 1].text == ","), None)
            k = obj.right_edge.i + 1
            while ap is None and k < len(doc) and doc[k].is_quote:
                k += 1
            if ap is None and k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].dep_ == "det" \
                    and doc[k + 1].head.pos_ == "NOUN" and 0 < doc[k + 1].head.i - k <= 4:
                ap = doc[k + 1].head  # (the same, where the parser made the apposition a clause's subject)
            if ap is not None:
                # "a member of the Cousins, an Isis cell that ...": the apposition to the body says whose (the
                # parser may hang it on the verb as a second attribute)
                span = doc[ap.left_edge.i: ap.i + 1]
                return (ap, span) if not _AGAINST.search(span.text) else None
    span = name_head.doc[attr.left_edge.i: hi + 1]
    if _AGAINST.search(span.text):
        return None
    return attr, span


_LEAD_SENTENCES = 4


def lead_description(name_head, start_tok: int) -> Optional[tuple]:
    """(noun, phrase) of the description the story's lead gives its protagonist, for a name introduced with an age
    ("Joe Hart, 25,") as the subject of one of the next sentences, when the lead's subject is "a"/"an"/"the" and a
    singular person noun with a nationality or a home town before it ("An ex-British paratrooper was sentenced ...",
    "A Canadian man held by ... says", "The Birmingham teenager who went ..."), apposed to no name; None
    else."""
    doc = name_head.doc
    i = name_head.i
    if not (i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].like_num and len(doc[i + 2].text) == 2
            and doc[i + 3].text == ","):
        return None               # ("Joe Hart, 25,": how a story introduces the one it is about)
    if name_head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sents = []
    for sent in doc.sents:
        sents.append(sent)
        if len(sents) >= _LEAD_SENTENCES or sent.end > i:
            break
    if len(sents) < 2 or not (sents[0].end <= start_tok and name_head.i < sents[-1].end):
        return None
    lead = sents[0].root
    subj = next((c for c in lead.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or any(c.dep_ == "appos" for c in subj.children) \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in subj.children) \
            or not any(c.i < subj.i and c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                       and (c.pos_ in ("ADJ", "PROPN") or c.ent_type_ == "NORP") for c in subj.children):
        # (a nationality, "A British man", or a home town, "The east London schoolgirl who ...": the town's country,
        # knowledge/people.py `_origin`, not the government a capital stands for)
        return None
    return subj, doc[subj.left_edge.i: subj.i + 1]


_OWNER_PRONOUNS = ("his", "her", "their", "my", "our")


def relative_description(r, name_head):
    """(noun, phrase) of a relative or spouse apposed to a name, with a nationality of its own before the noun: "Her
    Belgian husband, Karim Vandamme,", "Ana Ruiz, his Chilean wife,", "their French son, Paul Mercier": the
    phrase's words after the possessive ("Belgian husband"), which resolve as a private person of that country
    (CVL, knowledge/people.py). The noun is a `kin` or `spouse` word of data/coding/actor_country.tsv; the
    nationality must be written in the phrase (never the possessor's own country: a spouse's country is not the
    other spouse's). None else."""
    from eventwire.knowledge.actor_country import word_kinds
    kinds = word_kinds()
    if r.pos_ != "NOUN" or r.lower_ not in kinds.get("kin", frozenset()) | kinds.get("spouse", frozenset()):
        return None
    doc = r.doc
    owner = next((c for c in r.lefts if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None)
    if owner is None:
        return None
    nat = [c for c in r.lefts if c.i > owner.i and c.dep_ in ("amod", "compound") and c.text[:1].isupper()
           and (c.ent_type_ == "NORP" or c.pos_ == "ADJ")]
    if not nat or _FORMER_WORD.search(doc[owner.i + 1: r.i].text):
        return None
    if r.i < name_head.i and not (r.i + 1 < len(doc) and doc[r.i + 1].text == ","):
        return None
    return r, doc[owner.i + 1: r.i + 1]


_FORMER_WORD = re.compile(r"\b(?:former|ex|late|estranged)\b", re.I)


def description_before_title(r, name_head, start_tok: int):
    """(noun, phrase) of an indefinite description with a nationality that a "the"-title before a name restates: "a
    Canadian citizen, the teacher Mark Dolan", "a US national, the pastor X" (the parser hangs the title anywhere):
    the description ("a Canadian citizen") says whose the person is. The title noun `r` is written right before the
    name, "the" its only word before it, a comma before "the", and before the comma a singular noun with "a"/"an"
    and a capitalised nationality or country modifier. None else."""
    doc = r.doc
    if r.pos_ != "NOUN" or r.i != start_tok - 1 or r.left_edge.i != r.i - 1 or doc[r.i - 1].lower_ != "the":
        return None
    k = r.i - 2
    if k < 1 or doc[k].text != ",":
        return None
    p = doc[k - 1]
    if p.pos_ != "NOUN" or p.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in p.lefts) \
            or not any(c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                       and (c.pos_ == "ADJ" or c.ent_type_ in ("NORP", "GPE")) for c in p.lefts):
        return None
    span = doc[p.left_edge.i: p.i + 1]
    if _FORMER_WORD.search(span.text) or _AGAINST.search(span.text):
        return None
    return p, span
