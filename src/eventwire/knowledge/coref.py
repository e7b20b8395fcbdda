"""Coreference by role and salience: who "he", "they", "the group", "the two leaders" or a quoted "we" stands for.

One index per document (``Coref``), filled as the coder reads the story sentence by sentence:

* mentions: each actor a sentence names, with its grammatical role (subject, object, possessor, modifier, or a
  place used as a place), its number, its kind (person, people, organisation, country, body) and the quote it is in;
* quotes: each quotation's span and its speaker (the subject of the speech verb next to it, the speaker of the
  quotation just before, or, for a quote that opens its sentence with no speech verb, the person who is the main
  subject of the sentence before);
* people: a name given with a role ("Karim Haddad, Jordan's interior minister", "the Kurdish commander Rashid
  Omar") takes the role's code, and a later surname ("Haddad") of anyone named in full takes the same actor.

A pronoun or a definite description is resolved by one scored choice (``Coref._choose``) among the earlier mentions
that fit it in number, kind and sex: subjects over objects over modifiers, and a main clause's subject over an
embedded clause's ("Ankara believes the YPG is ... It"); places used as places, predicate nouns, datelines and
credit lines never; recent sentences over older ones; an actor named again and again over one named once; the
subject of the nearest clause that governs the pronoun ("X said he would ...", or the object that controls it:
"force the regime to make concessions it refused") first of all, clauses further up less. "it" is never a person
nor what "they" stood for; "they" prefers a plural to one body in the singular and never takes a country named in
the singular; "he"/"she" never take a person a title names as of the other sex ("Mr", "Queen"), nor a person
the lists know whose given name says so ("Theresa May"; knowledge/gender.py). A name no list
codes, or people no list codes ("both men", "the captors"), that fits better gives no actor rather than the next
best; so does an actor named in the pronoun's own clause. A pronoun is never an argument of its own verb, nor the
subject its verb takes from a verb above it ("X and Y do not consider Z terrorists and have supported them", "X cut
ties with the emirate, accusing it"), nor the noun its participle modifies ("the party backing it"), wherever else that
actor is named. "they" in what one spokesman or official said ("X, co-chair of the council, said they would ...") is
the side the speaker speaks for. "I" and "we" inside a quote are its speaker, "you" the one its speech verb says it
was told to ("..., the minister told the Kurdish commander"). "his arch-enemy", "its ally" (a possessive pronoun
alone) are the most salient other side named in the sentence or the one before (``counterparty``). "they" after a
bare country that only modifies people no list codes ("Dozens of Egyptian lawyers") is nobody. "he" never
takes whom a "she" stood for (nor the reverse), nor a name no list codes that a subject "she" of its own sentence
stood for ("She said he had surrendered": not the woman named before; ``_pronoun_genders``); a name the parser calls a person anywhere in the story is a person
wherever it is misread; a person coordinated with others is still "him"; "it" is no one member of a coordination;
"Assad's allies" is not Assad; "it" is no actor when it stands for a place or a thing: the actor chosen only
names a thing ("the Iran deal ... wrecked it"), or was named before the pronoun's sentence while that sentence's
nearest noun before it, outside its clause, is a place or thing ("the city of X since it was occupied"); the speaker of a quote ("..., she said") is nothing her quote names; "it" before
an extraposed adjective ("it became clear ..."), in "when it comes to" or "it will take more than X to" is nobody;
"it" after a thing that is a subject and only about an actor ("This bid to isolate Iran ...") is that thing, not
the actor; "It's called terrorism" (a passive verb of naming) and the "it" after it are no actor; the possessor of
a noun controls the clause on it ("Ankara's failure to meet its commitment": Ankara); a bare "the government" that
a country's opposition, parliament or party acts on is that country's own ("Corbyn accused the government"); "the regime", "the army" take the last body named with
that head noun and a country ("Assad's regime") before the most salient one of the sector. Each link's `why` says
what it was linked to and why.

The stages live in nine modules: knowledge/coref_mentions.py (the mentions, with role, number and kind),
knowledge/coref_choice.py (the scored choice and the link; the clause-level checks it asks in knowledge/coref_clause.py), knowledge/coref_bound.py (after the choice: "it" for a
place or thing, a spokesman's side, coordinated actors, the two people), knowledge/coref_sets.py (a counted
description, "both sides", "the two men": the parties one earlier sentence names together), knowledge/coref_quotes.py
(quotes, their speakers and addressees), knowledge/coref_descriptions.py (definite descriptions: "the president",
"the regime"), knowledge/coref_topic.py (past the scored choice's few sentences: the one person of a sex, or the one
body of a sector, a long stretch of the story follows) and this one (the index and pronouns).
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from eventwire.doc_index import to_infinitive
from eventwire.knowledge.coref_bound import CorefBound
from eventwire.knowledge.coref_descriptions import CorefDescriptions
from eventwire.knowledge.relative_unhung import unhung_relative_noun
from eventwire.knowledge.coref_governors import fatal_subject
from eventwire.knowledge.coref_choice import CorefChoice, link  # noqa: F401  (link: used by coding/resolve.py)
from eventwire.knowledge.coref_mentions import NOMINAL_POS, CorefMentions, Mention, Want, coref_words
from eventwire.knowledge.coref_quotes import CorefQuotes
from eventwire.knowledge.coref_sets import CorefSets
from eventwire.knowledge.coref_topic import CorefTopic
from eventwire.knowledge.people import PeopleIndex, genders, title_heads
from eventwire.coding.media import is_outlet
from eventwire.model import Actor



# what may stand between a name and the description apposed to it: a closing bracket, a bracketed acronym or gloss,
# a comma, a colon or a dash
_APPOSED = re.compile(r"\)?\s*(?:\([^()]{1,60}\)\s*)?[,:\u2013\u2014-]\s*")


_SPEECH: dict = {}


def _speech_words(reporting: frozenset, words: dict) -> frozenset:
    """The coder's reporting verbs and coref.tsv's speech words (the same for every document: built once)."""
    key = (reporting, id(words))
    got = _SPEECH.get(key)
    if got is None:
        got = _SPEECH[key] = reporting | {w for w, (c, _) in words.items() if c == "speech"}
    return got


class Coref(CorefMentions, CorefChoice, CorefBound, CorefQuotes, CorefSets, CorefDescriptions, CorefTopic):
    """The document's coreference index (see the module doc). Built by ``Coder.context``."""

    def __init__(self, doc, ctx, coder):
        from eventwire.coding.coder import COUNTRY_NOUNS, GROUP_NOUNS, IGO_NOUNS, ROLE_NOUNS
        from eventwire.coding.context import noun_classes
        from eventwire.knowledge.place_words import _DIRECTION_HEADS, _PART_NOUNS, _PLACE_HEADS
        self.doc, self.ctx, self.coder, self.kb = doc, ctx, coder, coder.kb
        self.words = coref_words()
        self.person_nouns = ROLE_NOUNS | title_heads()
        self.party_members = noun_classes().get("party-member", frozenset())
        self.country_nouns, self.group_nouns, self.igo_nouns = COUNTRY_NOUNS, GROUP_NOUNS, IGO_NOUNS
        self.place_nouns = _PLACE_HEADS | _DIRECTION_HEADS | _PART_NOUNS
        self.speech = _speech_words(coder.reporting, self.words)
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        # (read from the token arrays: a Token object only for the nouns, names and pronouns)
        from spacy.attrs import IDX
        from eventwire.nlp import pos_array
        nominal_pos = {doc.vocab.strings[p] for p in NOMINAL_POS}
        self.tok_starts = doc.to_array([IDX]).tolist() if len(doc) else []
        self.nominal_idx = [i for i, pos in enumerate(pos_array(doc)) if pos in nominal_pos]
        self.nominal = [doc[i] for i in self.nominal_idx]        # nouns, names and pronouns
        self.mentions: list[Mention] = []          # earlier sentences, in text order
        self.mentions_in: dict[int, list[Mention]] = {}   # the same, by sentence index (built as they join)
        self.heads: dict[int, list] = {}           # actors the coder resolved at a head token
        # a name listed by a set noun ("many backers of the rebels, such as X and Y, have ..."): the name's token ->
        # that noun, whose role in its clause the name's mention takes (the parser hangs the list anywhere)
        self.listed_by: dict[int, object] = {}
        self._lists_read: set = set()              # sentences whose lists are noted in listed_by
        self._plain_cache: dict[int, list] = {}
        self._blockers: dict[int, Optional[Mention]] = {}
        self.other_heads: list[int] = []           # the heads of those that are no noun, name or pronoun, in order
        self._busy: set = set()
        text = ctx.text
        self.quotes = self._find_quotes(text)
        self.quote_starts = [q[0] for q in self.quotes]
        self._speakers: dict[int, Optional[Actor]] = {}
        self._speaker_toks: dict = {}              # quote index -> the token that names its speaker
        bylines = [w for w, (c, _) in self.words.items() if c == "byline"]
        low = text.lower()
        sent_chars = [s.start_char for s in self.sents]
        self.byline_sents = set()
        for b in bylines:
            i = low.find(b)
            while i >= 0:
                self.byline_sents.add(max(0, bisect.bisect_right(sent_chars, i) - 1))
                i = low.find(b, i + 1)
        self.unknown: dict[int, Actor] = {}        # pronoun token -> the uncoded name it stands for
        self.nobody_it: set = set()                # subject "it" tokens that stood for no actor (a thing)
        self.thing_subjects: set = set()           # subjects that are things about an actor ("the bid to isolate X")
        # token index -> person named with a role, or a later surname (knowledge/people.py): indexed once the
        # document's places are known (``index_people``), with the start offsets of the mentions it adds to
        self._people: Optional[dict[int, Actor]] = None
        self._mention_starts: list = []
        self._doc_text: Optional[str] = None       # the parsed text (Doc.text), read on first use
        self.genders = genders([t for t in self.nominal if t.pos_ == "PROPN"], self.words)   # "Mr X", "Queen Y"
        self.head_last: dict[str, Mention] = {}   # head noun -> its last named mention with a country (outside quotes)
        self.head_rival: dict[str, Mention] = {}  # head noun -> the last one before it of another country
        self.key_gender: dict[str, str] = {}   # key -> "m"/"f" of the "he"/"she" linked to it ("?": both)
        # names the parser calls a person somewhere in the story ("Begum" read as an organisation once, "Renas" as a
        # plural noun): a name no list codes that is one of them is a person, whom "she" or "he" can stand for
        self.person_names = {t.lower_ for t in self.nominal if t.ent_type_ == "PERSON" and t.text[:1].isupper()
                             and t.i > t.sent.start}

    # ------------------------------------------------------------------ positions
    def sent_index(self, tok_i: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, tok_i) - 1)

    def token_at(self, char: int):
        i = bisect.bisect_right(self.tok_starts, char) - 1
        return self.doc[max(0, i)]

    # ------------------------------------------------------------------ people named with a role
    def index_people(self) -> None:
        """The register of people (knowledge/people.py), once per document; called by ``Coder.code`` when the
        document's places are known ("X, 24, from Portsmouth"), else on first use."""
        if self._people is not None:
            return
        self._people = PeopleIndex(self.doc, self.ctx, self.coder, self.person_nouns, self.tok_starts,
                                   [t for t in self.nominal if t.pos_ == "PROPN"]).people
        self._mention_starts = [m.start for m in self.ctx.mentions]

    @property
    def people(self) -> dict[int, Actor]:
        if self._people is None:
            self.index_people()
        return self._people

    @property
    def mention_starts(self) -> list:
        if self._people is None:
            self.index_people()
        return self._mention_starts

    def person_at(self, tok) -> Optional[Actor]:
        """The person named with a role, or the surname of someone named in full, at this token."""
        return self.people.get(tok.i)

    # ------------------------------------------------------------------ mentions

    # ------------------------------------------------------------------ pronouns
    @staticmethod
    def expletive(h) -> bool:
        """ "it is clear that", "made it clear that", "it is legal to kill": an "it" that stands for nothing."""
        if h.lower_ != "it":
            return False
        if h.dep_ == "expl":
            return True
        head = h.head
        empty = coref_words().get(head.lemma_.lower(), ("", None))
        if h.dep_ == "nsubj" and empty[0] == "empty-verb":
            if empty[1] == "when-to" and any(c.lower_ == "when" and c.i < h.i for c in head.children) \
                    and any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
                return True           # "when it comes to foreign fighters"
            if empty[1] == "infinitive" and any(c.dep_ in ("advcl", "xcomp") and c.i > h.i and c.tag_ == "VB"
                                                and to_infinitive(c)
                                                for c in head.children):
                return True           # "it will take more than talks to end the war"
        clausal = any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > h.i for c in head.children)
        copula = head.lemma_ in ("be", "seem", "appear", "become", "remain") or head.lower_ in ("'s", "\u2019s")
        acomp = next((c for c in head.children if c.dep_ == "acomp" and c.i > h.i), None)
        extraposed = acomp is not None and coref_words().get(acomp.lower_, ("", None))[0] == "extraposed"
        if h.dep_ == "nsubj" and copula and extraposed:
            return True                   # "it became clear [that] much of the public ...", "it is unclear whether"
        attr = next((c for c in head.children if c.dep_ == "attr" and c.i > h.i), None)
        if h.dep_ == "nsubj" and copula and attr is not None \
                and coref_words().get(attr.lemma_.lower(), ("", None))[0] == "extraposed":
            return True                   # "it was four years since ...", "it is time to ..."
        if acomp is not None and not extraposed:
            clausal = False               # "it was ready to talk", "it is willing to": the adjective says what it is
        if h.dep_ == "nsubj" and head.pos_ == "ADJ" and clausal:
            return True                   # "made it clear that ..."
        if h.dep_ == "nsubjpass" and clausal:
            return True                   # "it has been reported that ..."
        if h.dep_ == "nsubj" and copula:
            if clausal:
                return True
            pred = next((c for c in head.children if c.dep_ in ("acomp", "attr") and c.i > h.i), None)
            if pred is not None and any(c.dep_ in ("ccomp", "xcomp", "relcl") for c in pred.children) \
                    and (pred.dep_ == "attr" or extraposed):
                return True               # "it is legal to kill them", "it was Russia that ..."
        return False

    def pronoun(self, h, sent) -> list[Actor]:
        """The actors a pronoun stands for ([] for none). The subject "it" of a passive verb of naming ("It's called
        terrorism") stands for a thing named, no actor, and is kept (``nobody_it``): the thing the next "it" may stand
        for (coref_mentions._blocker), as an "it" linked to a thing is (``unknown``)."""
        if h.lower_ == "it" and h.dep_ == "nsubjpass" and self._named_thing(h):
            self.nobody_it.add(h.i)
            return []
        return self._pronoun(h, sent)

    def _said_by_sex(self, sp, sex) -> bool:
        """Whether the speaker `sp` of a quote is described as of that sex ("the woman", "her mother"; coref.tsv);
        a speaker found through a pronoun tells too little (the quote's bounds or the pronoun's link may be wrong)."""
        if sp.start is None or not sex:
            return False
        tok = self.token_at(max(sp.start, (sp.end or sp.start + 1) - 1))
        if tok.pos_ != "NOUN" and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i:
            tok = tok.head            # ("the Australian mother": the actor read from its demonym)
        return tok.pos_ == "NOUN" and self.words.get(tok.lower_, self.words.get(tok.lemma_.lower(), ("", None)))[1] == sex

    def _named_thing(self, h) -> bool:
        """ "It's called terrorism", "it is known as the Afrin model": the subject of a passive verb of naming with a
        predicate noun is a thing or a way of acting being named (data/coding/coref.tsv, `naming`)."""
        v = h.head
        if h.dep_ != "nsubjpass" or self.words.get(v.lemma_.lower(), ("", None))[0] != "naming":
            return False
        return any(c.dep_ in ("oprd", "attr", "xcomp") and c.i > v.i for c in v.children) \
            or any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children)

    def _pronoun(self, h, sent) -> list[Actor]:
        low = h.lower_
        if len(h.text) > 1 and h.text.isupper():
            i = bisect.bisect_left(self.mention_starts, h.idx)
            if i < len(self.mention_starts) and self.mention_starts[i] == h.idx and self.ctx.mentions[i].code:
                return [self.ctx.mentions[i]]           # "the WHO warned": a name, not "who"
        if self.expletive(h):
            return []
        cls, _ = self.words.get(low, ("none" if h.pos_ == "PRON" else "", None))
        if cls == "relative":
            return self._relative(h, sent)
        if cls in ("none", "count", ""):
            return []
        quote = self.quote_at(h.idx)
        if cls == "addressee":
            to = self.addressee(quote) if quote >= 0 and not low.endswith(("self", "selves")) else None
            return [link(to, h, f"'{h.text}' in a quote -> {to.name or to.code}, to whom it was said "
                                f"('{to.text}')")] if to is not None else []
        if cls in ("speaker", "speakers"):
            sp = self.speaker(quote) if quote >= 0 else self.colon_speaker(h)   # ("He said: We call on ...")
            if quote < 0 and sp is None:
                return []             # the writer's own "we": nobody in the story
            if sp is None:
                return []
            if cls == "speaker" and sp.kind not in ("person", "sector"):
                return []             # "I" is one person
            group = cls == "speakers" and sp.kind == "person"
            want = Want(label=f"'{h.text}' in " + ("a quote" if quote >= 0 else "words said after a colon"),
                        kinds=frozenset())
            return [link(sp, h, f"{want.label} -> {'the side of ' if group else ''}{sp.name or sp.code}, "
                                f"who said it ('{sp.text}')", keep_person=not group)]
        refl = low.endswith(("self", "selves"))
        bound = self._reflexive(h, sent) if refl else None
        if bound is not None:
            return bound
        poss = h.dep_ == "poss" or low in ("his", "its", "their", "hers", "theirs")
        if cls == "person":
            want = Want(label=f"pronoun '{h.text}'", kinds=frozenset({"person"}), plural=False, window=5,
                        gender=self.words.get(low, ("", None))[1])
        elif cls == "thing":
            want = Want(label=f"pronoun '{h.text}'", kinds=frozenset({"country", "org", "body", "thing"}), plural=False,
                        named=True)
        else:
            want = Want(label=f"pronoun '{h.text}'", kinds=frozenset({"people", "org", "body", "thing", "country"}),
                        plural=True)
        want.bind = not (refl or poss)
        if (cls == "plural" or (low == "it" and h.head.lemma_ not in ("be", "seem", "become", "remain"))) \
                and not (refl or poss) and quote < 0:
            side = self._spokesman_side(h)    # (an "it" of "be" is what was said about: "said it was a mistake")
            if side is not None:
                return side
        if cls == "plural" or low == "it":
            described = self._predicated(h)  # "this is a criminal regime, they have killed people": the regime
            if described is not None:
                return described
        exclude = None
        if quote >= 0:
            sp = self.speaker(quote)
            # "they" in X's quote is not X, nor "she" in hers ('"She was killed," the woman said': another woman;
            # a "she" in what "he" said may well be his daughter, named by the same code)
            exclude = (sp.entity or sp.code) if sp is not None and (cls != "person" or self._said_by_sex(
                sp, want.gender) or fatal_subject(h, self.words)) else None
        elif quote < 0 and cls != "person":
            exclude = self._colon_speaker(h)  # "It said: Britain voted to join ... . Its interventions": not "It"
        picks = self._choose(h, want, sent, quote=quote, exclude_key=exclude)
        if not picks and cls == "person":
            picks = self.topic_person(h, want, sent, quote=quote, exclude_key=exclude)   # the story's one "he"
        if picks and is_outlet(picks[0][0].actor):
            return []                 # "the Times reported ... it": a pronoun for a news outlet acts for no one
        if picks and low == "it" and self._place_or_thing(h, picks[0][0]):
            return []                 # "the city of X since it was occupied", "the X deal ... wrecked it": no actor
        if cls == "plural" and picks and self._country_modifier(picks[0][0]):
            return []                 # "Dozens of Egyptian lawyers ... They": the lawyers, whom no list codes
        if cls == "plural" and not refl:
            pair = self._pair(h, sent, picks[0][1] if picks else None)
            if pair:
                return pair
            if picks and picks[0][0].actor.code:
                picks = picks[:1] + (self._conjuncts(picks[0], h, sent) or self._co_linked(picks[0], h, sent))
        if picks and not picks[0][0].actor.code:
            self.unknown[h.i] = picks[0][0].actor
        return self._linked(picks, h, want)

    def counterparty(self, h, phrase, sent) -> list[Actor]:
        """ "Aliyev warned of a war with Armenia, accusing his old rival", "Russia criticised its ally": a singular
        `relation` noun of data/coding/coref.tsv with the value `other-side` whose only relation is a possessive pronoun and that names no one
        itself stands for the most salient other actor named in its sentence or the one before: not the one the
        pronoun stands for, nor anyone of that one's country, nor an argument of its own verb. Empty when none fits
        or the possessive stands for no one."""
        if self.words.get(h.lemma_.lower(), ("", None)) != ("relation", "other-side") or h.tag_ != "NN":
            return []
        poss = [c for c in h.children if c.dep_ == "poss"]
        if len(poss) != 1 or poss[0].pos_ != "PRON" or poss[0].lower_ not in ("his", "her", "its", "their") \
                or any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and self._named_at(p)
                                                                      for p in c.children)
                       for c in h.children):     # ("its allies of Iran"; not "his foe of building bases")
            return []
        owners = self.heads.get(poss[0].i) or self.pronoun(poss[0], sent)
        owners = [a for a in owners if a is not None and a.code]
        if not owners:
            return []                 # whose enemy is not known: nor is the enemy
        out_keys = {k for a in owners for k in (a.entity, a.code, a.country) if k}
        want = Want(label=f"'{phrase.text}'", description=True, kinds=frozenset({"country", "org", "person", "body", "people"}),
                    window=1, n=4)         # ("people": "Saudi Arabia and Iran", named together)
        span = h.doc[phrase.start: h.i + 1] if phrase.start <= h.i else phrase    # ("his foe", not "... of lying")
        for m, score, reason in self._choose(h, want, sent, before=phrase.start_char):
            a = m.actor
            if not a.code or m.role in ("loc", "pred") or {a.entity, a.code, a.country} & out_keys \
                    or self._country_modifier(m):
                continue
            owner = owners[0]
            return [link(a, span, f"'{span.text}' -> {a.name or a.code} ('{a.text}', the other side to "
                                    f"{owner.name or owner.code}, whom '{poss[0].text}' stands for; {', '.join(reason)}; "
                                    f"score {score:.1f})")]
        return []

    def _named_at(self, t) -> bool:
        """An actor mention found in the document starts in the words of `t` up to `t` itself ("Iran", "the Iranian
        regime"; not "bases in Syria")."""
        lo = bisect.bisect_left(self.mention_starts, t.left_edge.idx)
        return lo < len(self.mention_starts) and self.mention_starts[lo] < t.idx + len(t.text)

    def _country_modifier(self, m) -> bool:
        """The mention is a bare country (no sector) named only by a modifier of a plural common noun that no list
        codes ("Dozens of Egyptian lawyers", "Syria's campaigners"): what "they" after it stands for is those people,
        not the state."""
        a, t = m.actor, m.token
        if not a.code or a.code != a.country or a.sector or a.entity or t is None:
            return False
        if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.lemma_.lower() in self.country_nouns:
            return False
        return a.start is not None and a.end is not None and not a.start <= t.idx < a.end

    def apposed_org(self, h) -> Optional[Actor]:
        """The named organisation a description stands in apposition to ("the Kurdistan Workers' party (PKK), a
        designated terror group that ...", "Hamas, the militant group"): the group, party or international body the
        document's matcher found at the apposition's head; None for anything else (a person or a country is
        described, not renamed, by its apposition)."""
        if h.pos_ != "NOUN" or h.dep_ == "conj":
            return None
        first = h.left_edge
        if h.dep_ != "appos" and (first.lower_ not in ("a", "an") or first.i == 0):
            return None               # (one the parser did not attach must be an indefinite description)
        # the name must close right before it: "the Kurdistan Workers' party (PKK), a banned militant movement that",
        # "Jaysh al-Islam: a jihadist group", "the PKK (the Kurdish Workers' Party), the guerrillas that"
        text = self._doc_text
        if text is None:                   # Doc.text joins every token: once per document, not per description
            from eventwire.nlp import doc_text
            text = self._doc_text = doc_text(h.doc)
        lo = max(0, first.idx - 120)
        starts = getattr(self, "_org_mention_index", None)
        if starts is None or starts[0] is not self.ctx.mentions:
            ms = [m for m in self.ctx.mentions if m.start is not None]
            starts = self._org_mention_index = (self.ctx.mentions, [m.start for m in ms], ms)
        _, keys, ms = starts
        for m in ms[bisect.bisect_left(keys, lo - 120):bisect.bisect_left(keys, first.idx)]:
            if not m.code or m.kind not in ("group", "party", "igo") or not (lo <= m.end <= first.idx):
                continue
            if _APPOSED.fullmatch(text[m.end:first.idx]):
                return m
        return None

    def _relative(self, h, sent) -> list[Actor]:
        """ "the attempt, which X claimed was instigated by ...": the noun the relative clause modifies."""
        for anc in h.ancestors:
            if anc.dep_ == "relcl":
                head = self._attribute_owner(h, anc.head)
                if head.pos_ in ("NOUN", "PROPN"):
                    acts = self.heads.get(head.i) or self._plain(head)
                    org = self.apposed_org(head) if not acts or all(
                        not a.country and not a.entity for a in acts) else None
                    if org is not None:
                        return [link(org, h, f"relative pronoun '{h.text}' -> '{head.text}', in apposition to "
                                             f"'{org.text}'")]
                    if acts:
                        return [link(a, h, f"relative pronoun '{h.text}' -> '{head.text}'") for a in acts[:1]]
                    break         # (hung on a noun that names no actor: the noun before its dash, below)
                return []
            if anc.dep_ in ("ROOT",):
                break
        head = unhung_relative_noun(h)    # "the hill tribes – all of whom the governor ...": a clause hung on no noun
        if head is not None:
            acts = self.heads.get(head.i) or self._plain(head)
            if h.lower_ in ("who", "whom") and head.dep_ == "pobj" and all(a.kind == "country" and not a.sector for a in acts):
                # ("the traders at the port – all of whom ...", "the rebels in Chad, with whom ...": people, not the
                # port nor the country; the phrase hung on the noun or on the verb whose object the noun is)
                prep = head.head
                up = prep.head if prep.head.pos_ in ("NOUN", "PROPN") else next(
                    (c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
                if up is not None:
                    head, acts = up, self.heads.get(up.i) or self._plain(up)
            return [link(a, h, f"relative pronoun '{h.text}' -> '{head.text}', the noun before its clause")
                    for a in acts[:1]]
        return []

    def _attribute_owner(self, h, head):
        """ "a soldier with Eritrean roots, who later died": a "who" hung on a noun of origin (coref.tsv `attribute`)
        after a preposition on a noun stands for that noun, the person, not for the origin."""
        if h.lower_ not in ("who", "whom") or head.dep_ != "pobj" or head.head.dep_ != "prep" \
                or self.words.get(head.lemma_.lower(), ("", None))[0] != "attribute":
            return head
        prep = head.head
        if prep.head.pos_ in ("NOUN", "PROPN"):
            return prep.head
        # ("wed a soldier with Eritrean roots, who ...", the phrase hung on the verb: the object before it)
        obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
        return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else head

    def owner(self, h, sent, sector: Optional[str] = None) -> Optional[Actor]:
        """The country that "its"/"their" stands for ("its forces"), or None. With the possessed body's `sector`, a
        town or a building that cannot own it is passed over ("the Libyan port ... its armed forces":
        knowledge/ground_owner.py). The pronoun's number holds: "their" stands for a plural group or a collective
        body, never one state named in the singular ("Turkey, which they say trained their forces": theirs, not
        Turkey's); "its" for one body or state, never a plural."""
        want = Want(label=f"'{h.text}'", kinds=frozenset({"country", "org", "body"}), bind=False, owned=sector,
                    plural={"its": False, "their": True}.get(h.lower_))
        picks = self._choose(h, want, sent)
        if want.plural:
            # (a state is "it": one named in the singular, however the parser read its noun, owns no "their")
            picks = [p for p in picks if p[0].plural or p[0].actor.kind not in ("country", "capital")]
        return picks[0][0].actor if picks and picks[0][0].actor.country else None
