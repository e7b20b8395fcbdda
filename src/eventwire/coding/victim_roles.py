"""The victims of an act of force (a coder stage, mixed into coding/roles.Roles): the people an act was done to when
its patient names no known actor (data/coding/victims.tsv), counted people named before, and whether a phrase names
people. Split from roles.py to keep it short; roles.py re-exports `victim_words`."""
from __future__ import annotations

import functools
from typing import Optional

from eventwire.coding.clauses import Clause
from eventwire.coding.context import _coding_table, CROWD_NOUNS, DocContext, noun_classes, PLACE_HEADS
from eventwire.coding.counted_people import aged_before, counted_before
from eventwire.coding.described_people import DESCRIBED_MARK, described_sector
from eventwire.model import Actor
from eventwire.coding.apposed_person import apposed_person
from eventwire.knowledge.unknown_origin import place_person


@functools.cache
def victim_words() -> dict:
    """{kind: frozenset of words} from data/coding/victims.tsv, and {"numbers": {person-verb: note}}."""
    kinds: dict = {}
    numbers: dict = {}
    for word, kind, note, *_ in _coding_table("victims.tsv"):
        kinds.setdefault(kind, set()).add(word.lower())
        if kind in ("person-verb", "suffer-verb"):
            numbers[word.lower()] = note
    out = {k: frozenset(v) for k, v in kinds.items()}
    out["numbers"] = numbers
    return out


def beside_force(cl: Clause, code: str) -> list:
    """The heads of a force on the move or at its post (victims.tsv `beside-noun`: a patrol, a convoy, a checkpoint)
    that an act of force went off at: in its "near" phrase ("a bomb exploded near a passing US patrol"). [] for any
    other act or clause."""
    if cl.kind != "verb" or code[:2] not in ("18", "19", "20"):
        return []
    words = victim_words().get("beside-noun", ())
    out = []
    near = cl.preps.get("near")
    if near is not None and near.lemma_.lower() in words:
        out.append(near)
    return out


# quantifiers that stand for people as the patient of a killing ("many were killed", "hundreds were wounded")
# ("others", "another seven" are not among them: "15 soldiers were killed and scores of others hurt" are more of
# the same, whom the clause before names)
_QUANTIFIERS = frozenset({"many", "several", "some", "few", "both", "all", "most", "more", "dozens", "hundreds",
                          "thousands", "scores", "tens"})
_ANAPHORIC = frozenset({"other", "others", "another"})
# pronouns that, with a clause describing them, stand for the people the clause describes ("those who fled",
# "smeared anyone who calls for reform as a traitor"); "anyone who" only for an act that is no act of force (killing
# "anyone who left the house" tells a habit of killing, whose victims the story names elsewhere)
_DESCRIBED = frozenset({"those", "anyone", "anybody", "everyone", "everybody"})
# person words too general to say who "other" or "another" ones are ("ten other people" are more of those named)
_GENERIC_PEOPLE = frozenset({"people", "person", "persons", "man", "men", "individual", "victim", "casualty", "body"})
# named-entity types that are never a person
_NOT_PERSON_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "FAC", "PRODUCT",
                              "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


class VictimRoles:
    """Mixin of Roles: the people an act of force was done to."""

    def _victims(self, tok, cl: Clause, lemma: str, ctx: DocContext, sent, passive: bool = False,
                 people: bool = False) -> list[Actor]:
        """The people an act of force was done to when its patient names no known actor (data/coding/victims.tsv):
        the patient of a verb whose patient is a person ("five masons were killed", "at least 40 were killed",
        "gunmen abducted two engineers") is a civilian target (CVL); a name the actor lists and the gazetteer do not
        know ("McCoy was shot") is a private individual. A verb whose patient may be a place ("captured") takes
        people only by a human head word, and a name only when the parser tags it a person or the clause places it
        ("was captured in Las Vegas"). The actor's country comes later, from where the article places it
        (knowledge/actor_country.py). `people`: an act done to persons that is no act of force (coding/
        people_patients.py), read as a verb whose patient may be a place is ("met informants")."""
        words = victim_words()
        lemma = (lemma or "").lower()
        person_verb = lemma in words.get("person-verb", ()) or lemma in words.get("suffer-verb", ())
        if tok is not None and tok.lower_ in ("who", "whom", "that") and tok.head.dep_ == "relcl" and (
                tok.head.head.pos_ in ("NOUN", "PROPN") or tok.head.head.lower_ == "those"):   # why: "those whom"
            tok = tok.head.head        # "Masri, who is detained by Kurdish forces": the one the relative clause is about
            # (also before the count: "the two men, who lost their passports")
        # why: "the two men were held" after "two British Isis fighters": the people counted before (a word for
        # people needs no verb of people to be read as such)
        same = counted_before(tok, lambda t: self.actors_for(t, ctx, t.sent, role="target")) if tok is not None else []
        if not same and tok is not None and ctx.coref is not None:
            same = aged_before(tok, ctx.coref.people, ctx)   # "the 21-year-old was captured" after "Sam Hale, 21,"
        if same:
            return same
        if tok is None or not (person_verb or people or lemma in words.get("either-verb", ())
                               or tok.lower_ == "those" and lemma in words.get("described-verb", ())):
            return []       # ("target those who try to flee": victims.tsv described-verb)
        note = words["numbers"].get(lemma, "-")
        numbers = person_verb and (note == "numbers" or (note == "passive" and (cl.passive or passive)))
        out = []
        if tok.like_num or tok.pos_ == "NUM" or tok.lower_ in _QUANTIFIERS:
            same = self._counted_before(tok, cl, ctx, sent)
            if same:
                return same
        for h in [tok] + [c for c in tok.conjuncts if c.i > tok.i]:
            why = self._human(h, cl, person_verb, numbers, ctx)
            if why is None and (ap := apposed_person(h)) is not None and not ctx.in_junk(ap.start_char, ap.end_char):
                # "a cousin of the preacher, Omar Haddadi, was killed": a noun that names no kind of people, with the
                # name of the one hit in apposition (coding/apposed_person.py)
                a = Actor(code="CVL", country=None, sector="CVL", name=ap.text, entity=None, text=ap.text,
                          start=ap.start_char, end=ap.end_char, kind="person",
                          why=f"'{ap.text}', in apposition to '{h.text}': a person the actor lists do not know, "
                              f"named as the one '{cl.pred.text}' was done to: an individual (CVL)")
                place_person(a, ap[-1], ctx)
                out.append(a)
                break
            if why is None:
                continue
            phrase = self._phrase(h, junk=ctx.junk)
            words_in = [t for t in phrase if not t.is_space] if phrase is not None else []
            if not words_in:
                continue
            phrase = phrase.doc[words_in[0].i: words_in[-1].i + 1]
            if ctx.in_junk(phrase.start_char, phrase.end_char):
                continue
            named = h.pos_ == "PROPN" and h.tag_ != "NNPS"      # ("nine Shiite Muslims" are people, no one name)
            sector, kind_why = "CVL", "civilians (CVL)"
            if h.lower_ == "those" and (told := described_sector(h)) is not None:
                # "those who protested": protesters (OPP) by the describing verb (coding/described_people.py)
                sector, kind_why = told[0], f"people described by '{told[1].text}' ({told[0]}: {DESCRIBED_MARK})"
            out.append(Actor(code=sector, country=None, sector=sector, name=phrase.text if named else None, entity=None,
                             text=phrase.text, start=phrase.start_char, end=phrase.end_char,
                             kind="person" if named else "sector",
                             why=f"'{phrase.text}': {why}, the one '{cl.pred.text}' was done to: {kind_why}"
                             if not named else f"'{phrase.text}': {why}, named as the one '{cl.pred.text}' was done to: "
                                               f"an individual (CVL)"))
            if named:
                # "the Irish nurse Aoife Byrne ... Byrne was abducted": the country the story's description of the same
                # name gives (knowledge/unknown_origin.py), never where the act happened
                place_person(out[-1], h, ctx)
            break
        return out


    def _counted_before(self, tok, cl: Clause, ctx: DocContext, sent) -> list[Actor]:
        """A bare number after a coordinated act whose patient the text names is more of the same people ("killing
        four police and wounding one", "six Malian troops were killed and 21 hurt"): that patient's actors."""
        v = cl.pred
        if v.dep_ == "conj":
            others = [v.head]
        elif v.dep_ == "acl" and v.head.i == tok.i and tok.dep_ == "conj":
            others = [tok.head]        # "five soldiers were killed and 36[conj] injured[acl]"
        else:
            others = [c for c in v.children if c.dep_ == "conj"]
        for other in others:
            if other.pos_ != "VERB" or other.i > v.i and v.dep_ == "conj":
                continue
            pat = next((c for c in other.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")),
                       None)
            if pat is None or pat.i > tok.i:
                continue
            acts = [a for a in self.actors_for(pat, ctx, sent, role="target") if a is not None and a.code]
            if acts:
                from dataclasses import replace
                return [replace(a, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                                why=(a.why or "") + f"; '{tok.text}' are more of '{pat.text}', the patient of "
                                                    f"'{other.text}'") for a in acts[:1]]
        return []


    def _human(self, h, cl: Clause, person_verb: bool, numbers: bool, ctx: DocContext, depth: int = 0) -> Optional[str]:
        """Why a patient head names people the actor lists do not know, or None (see _victims)."""
        words = victim_words()
        low, lemma = h.lower_, h.lemma_.lower()
        described = low == "those" or (low in _DESCRIBED and not person_verb)
        if described and depth == 0 and (any(c.dep_ == "relcl" and any(
                s.lower_ in ("who", "whom") for s in c.children) for c in h.children)
                or (person_verb and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in h.children))):
            # why: "those abducted by the militia", "snipers shot at those who tried to flee": "those" with a
            # clause that describes them stands for people (a relative "who" says so; a bare participle only
            # with an act done to people, as "those captured" may be towns)
            return "people described by the clause on 'those'"
        # ("another seven", "dozens of others" are more of the ones named before; "another Hindu couple", "four
        # other teenagers": a word for people says who they are, whoever was named before)
        if h.pos_ == "PRON" and low not in _QUANTIFIERS or h.ent_type_ in _NOT_PERSON_ENTS or "-" in h.text \
                or low in _ANAPHORIC or any(c.lower_ in _ANAPHORIC for c in h.children) and not (
                    h.pos_ == "NOUN" and (lemma in words.get("person", ()) or low in words.get("person", ()))
                    and lemma not in _GENERIC_PEOPLE and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                 for c in h.children)):
            # ("another friend of Emwazi" is who he was to someone, said of a man named elsewhere)
            return None
        if h.dep_ == "npadvmod" and h.head.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL"):
            return None               # a rate, "$20,000 a person": no one it was done to
        if any((p.country or not person_verb) and p.start < h.idx + len(h.text) and h.idx < p.end
               for p in ctx.places_in(h.idx - 200, h.idx + len(h.text))):
            # a place the gazetteer knows; for a verb that also takes places ("captured Jabal X"), a name the place
            # finder took for one too (the patient of a killing is a person whatever the finder guessed: "Guardado")
            return None
        of = next((g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        if of is not None and lemma in words.get("amount", ()) and depth == 0:
            return self._human(of, cl, person_verb, numbers, ctx, depth + 1)   # "a number of westerners"
        if h.like_num or h.pos_ == "NUM" or low in _QUANTIFIERS or lemma in CROWD_NOUNS:
            if of is not None:
                # "dozens of worshippers", "hundreds of them" (a pronoun: its antecedent is an actor or nothing)
                return self._human(of, cl, person_verb, numbers, ctx, depth + 1) if depth == 0 else None
            return "a number of people" if numbers else None
        if h.pos_ == "PROPN":
            if person_verb and h.tag_ == "NNPS" and h.ent_type_ == "NORP" \
                    and not any(t.dep_ == "compound" for t in h.lefts):
                return "a faith or people no list codes"   # "the Christians were killed": no body's name
            if any(c.dep_ == "det" for c in h.children) or any(t.pos_ != "PROPN" and t.dep_ == "compound"
                                                              for t in h.lefts):
                return None           # "the Nusra Front": a body, not a person's name
            if person_verb:
                return "people named by a word the actor lists do not know" if h.tag_ == "NNPS" \
                    else "a name the actor lists do not know"
            placed = any(g.dep_ == "pobj" and any(p.country for p in ctx.places_in(g.left_edge.idx, g.idx + len(g.text)))
                         for c in cl.pred.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near")
                         for g in c.children)
            return "a person's name the actor lists do not know" if h.ent_type_ == "PERSON" or placed else None
        if h.pos_ != "NOUN" or lemma in words.get("thing", ()) or low in words.get("thing", ()) \
                or lemma in PLACE_HEADS or self.event_noun(h) is not None \
                or any(lemma in noun_classes().get(k, ()) for k in ("landscape", "medium", "wrapper", "container")):
            return None
        if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in h.children) \
                and any(c.dep_ == "nummod" for c in h.children) \
                and not any(c.dep_ in ("amod", "compound", "nmod") and c.i < h.i
                            and (c.ent_type_ == "NORP" or c.pos_ == "PROPN") for c in h.children):
            # "the two men": people counted before, whom coreference did not find (they may be fighters named
            # earlier, not private people); why: a modifier naming their people or faith ("the three Yazidi girls",
            # "the two Druze farmers") says who they are here, as it does without the count
            return None
        if lemma in words.get("person", ()) or low in words.get("person", ()):
            return "a word for people"
        if not person_verb:
            return None               # ("captured a tie-breaker", "captured the jackpot": by a word for people only)
        if any(lemma.endswith(x) for x in words.get("suffix", ())) \
                and not any(lemma.endswith(x) for x in words.get("not-suffix", ())):
            return "a word for people by its ending"
        if person_verb and h.tag_ == "NNS" and any(c.dep_ == "nummod" or c.lower_ in _QUANTIFIERS for c in h.children):
            return "people counted"    # "five stonemasons were killed"
        return None
