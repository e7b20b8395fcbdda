"""Coreference, second stage: the scored choice among earlier mentions of the actor a pronoun or a description
stands for, and the link that says why (see knowledge/coref.py). ``CorefChoice`` is a part of ``Coref``."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Optional

from eventwire.knowledge.coref_governors import governors, in_coordinate_clause, named_as_place, relative_antecedent, reported_dead
from eventwire.knowledge.coref_clause import CorefClause
from eventwire.knowledge.coref_mentions import UNKNOWN, Want
from eventwire.knowledge.coref_patients import DOER, PATIENT, doer_of, earlier_patients, patient_verb, people_mention, \
    pronoun_act
from eventwire.knowledge.unknown_origin import described_private
from eventwire.knowledge.coref_unnamed import CorefUnnamed
from eventwire.knowledge.gender import names_gender
from eventwire.knowledge.ground_owner import ground_owner
from eventwire.model import Actor

_COMPASS = frozenset("north south east west northeast northwest southeast southwest north-east north-west south-east "
                     "south-west".split())


def _ground_word(tok) -> bool:
    """A noun that names a stretch of ground ("the city", "the northeast", "the region"): no doer."""
    from eventwire.coding.context import PLACE_HEADS
    return tok.lemma_.lower() in PLACE_HEADS or tok.lower_ in _COMPASS

# weight of an earlier mention by its grammatical role; a place used as a place counts only for "the country"
ROLE_WEIGHT = {"subj": 3.0, "obj": 2.0, "poss": 1.8, "other": 1.2, "mod": 0.8, "loc": 0.0, "pred": 0.0}
DECAY = 0.7                  # lost per sentence back
REPEAT = 0.4                 # won per earlier mention of the same actor in the window (up to three)
GOVERNING_SUBJECT = 2.0      # "X said he would ...": the subject of the nearest clause above the pronoun
FARTHER_GOVERNING = 1.0      # the subject of a clause further up ("X says Y can force Z to make what it refused")
EMBEDDED = 0.8               # lost by the subject of an embedded clause of an earlier sentence
SINGULAR_FOR_THEY = 1.5      # lost by one body or organisation named in the singular, for "they" (unless it is the
                             # subject of the clause above: "the government said they would ...")
PARALLEL = 0.5               # a subject pronoun and a subject antecedent
PARALLEL_OBJECT = 1.0        # won by the object of the verb a participle hangs on, for that participle's object
SAME_VERB = 0.6             # won by a subject of the same verb as a subject pronoun's, in an earlier sentence
QUOTED = 1.0                 # lost by a mention inside a quote that the pronoun is not in
MIN_SCORE = 0.5
VICE_RE = re.compile(r"\bvice[- ]?$", re.I)   # what a role named after "vice" is not ("the vice-president")
BOUND_MIN_SCORE = 0.7        # the least a pronoun's choice scores once its binding took out an actor named before:
                             # what is left must be salient, not a far or minor mention ("Downing Street ...
                             # opposed it": the decision, which no actor stands for, not a charity named before)


def link(a: Actor, span, why: str, keep_person: bool = True) -> Actor:
    """A copy of `a` at the pronoun or description (its text and offsets), saying why (coreference)."""
    text = span.text
    start = span.idx if hasattr(span, "idx") else span.start_char
    entity, name, kind = (a.entity, a.name, a.kind) if keep_person else (None, None, "group")
    return Actor(code=a.code, country=a.country, sector=a.sector, name=name, entity=entity, text=text,
                 start=start, end=start + len(text), why=f"{why} (coreference)", kind=kind)


class CorefChoice(CorefClause, CorefUnnamed):
    """Which earlier mentions fit a pronoun or a description, best first (a part of ``Coref``)."""

    def _choose(self, h, want: Want, sent, quote: int = -1, exclude_key: Optional[str] = None,
                before: Optional[int] = None, floor: Optional[float] = None) -> list:
        """[(mention, score, reason)] of the best distinct actors that fit `want`, best first (at most want.n);
        `floor`: the least score kept, instead of MIN_SCORE (BOUND_MIN_SCORE after a binding took one out)."""
        sent_i = self.sent_index(h.i)
        cands = self.sentence_mentions(sent, sent_i, before=h.idx if before is None else before)
        for m in reversed(self.mentions):
            if sent_i - m.sent > want.window:
                break
            if m.sent < sent_i:
                cands.append(m)
        governors = self._governors(h, want.bind, possessor=not want.description)
        speaker_pron = h.pos_ == "PRON" and h.dep_ == "nsubj" and h.head.lemma_.lower() in self.speech
        own_verb = h.head.i if h.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj") else None
        # "allowing them to keep importing": the object of "allowing", not the subject of "keep" the parser made it
        ecm = self._object_subject(h)
        hdep, hhead = ("dobj", ecm) if ecm is not None else (h.dep_, h.head)
        # "our units are trying to push them back": the object of a controlled verb is not its controller either
        controllers = set()
        bound_nouns = set()
        if ecm is not None:
            own_verb = ecm.i
            controllers, bound_nouns = self._implicit_subjects(h, ecm)
        elif own_verb is not None and h.dep_ not in ("nsubj", "nsubjpass"):
            if h.pos_ == "PRON":
                controllers, bound_nouns = self._implicit_subjects(h)
            else:
                v = h.head
                while v.dep_ == "xcomp" and v.head is not v:
                    v = v.head
                    controllers.add(v.i)
        # "She deployed fewer troops than Obama asked for": an actor named later in the pronoun's own clause is not it
        named_after = set()
        if h.pos_ == "PRON" and h.dep_ in ("nsubj", "nsubjpass"):
            clause = h.head
            lo = bisect.bisect_right(self.mention_starts, h.idx)
            doc_mentions = self.ctx.mentions
            for k in range(lo, len(doc_mentions)):      # (no copy of the document's list from lo on)
                m2 = doc_mentions[k]
                if m2.start >= sent.end_char:
                    break
                if not m2.code or not clause.left_edge.idx <= m2.start <= clause.right_edge.idx \
                        or in_coordinate_clause(clause, m2.start):
                    continue      # (not a clause coordinated with its own: "she opened X and it was Y who ...")
                if m2.kind == "person":
                    if m2.entity:
                        named_after.add(m2.entity)
                elif self._argument(self.token_at(max(m2.start, m2.end - 1))) \
                        and not (m2.kind in ("country", "capital") and named_as_place(
                            self.token_at(max(m2.start, m2.end - 1)), self.place_nouns)):
                    # (also a country or a group: "It raised accusations that Turkey ...": not Turkey)
                    named_after.update(x for x in (m2.entity, m2.code, m2.country if m2.kind in ("country", "capital")
                                                   else None) if x)
        rel = relative_antecedent(h) if h.pos_ == "PRON" else None
        if rel is not None:           # "the PKK, with whom it has fought": not the PKK
            named_after.update(m.key for m in cands if m.key and rel.i in (m.tok, self._anchor(m.token).i))
        dead = reported_dead(h, governors, self.speech, self.words) if not want.description else None
        if dead is not None:          # "she confirmed that she had been killed": not the one who confirmed
            named_after.update(m.key for m in cands if m.key and self._anchor(m.token).i == dead)
        # the verb of the clause a description is in ("who invaded the country": invaded)
        local_verb = next((a.i for a in h.ancestors if a.pos_ in ("VERB", "AUX")), None) if want.description else None
        reported = self._reported(h) if want.description and "person" in want.kinds else set()
        # "the army harassed refugees, denying them access": the object of a participle or coordinated clause stands
        # for the object of the verb that clause hangs on (role parallelism), before a subject named earlier
        # ("Ankara regards the militias as X and describes them as Y": a verb coordinated with the first, sharing its
        # subject, takes the first verb's object too)
        parent_objs = {c.i for v in [hhead.head] + [x for x in hhead.head.children if x.dep_ == "xcomp"]
                       for c in v.children if c.dep_ in ("dobj", "dative")} \
            if h.pos_ == "PRON" and hdep in ("dobj", "dative") and hhead.dep_ in ("advcl", "conj") \
            and (hhead.tag_ == "VBG" or hhead.dep_ == "conj" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in hhead.children)) \
            and hhead.head.pos_ == "VERB" else set()
        # "called the diplomats and begged for their help", "thanked the medics for their courage": a possessive in
        # the "for" phrase of a verb (or of one coordinated with it, sharing its subject) stands for that verb's object
        if h.pos_ == "PRON" and h.dep_ == "poss" and h.head.dep_ == "pobj" and h.head.head.lower_ == "for" \
                and h.head.head.head.pos_ == "VERB":
            v = h.head.head.head
            heads = [v] + ([v.head] if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                   for c in v.children) else [])
            parent_objs = {c.i for x in heads for c in x.children if c.dep_ in ("dobj", "dative") and c.i < h.i}
        # a known person's role says the title when it has each of its words ("the defense secretary": "Secretary
        # of Defense"; "the prime minister" is not a "Foreign Minister", "the president" not a "Vice President")
        title_res = [re.compile(r"(?<!vice[- ])\b" + re.escape(w) + r"\b") for w in want.title.split()] \
            if want.title else []
        title_re = title_res[-1] if title_res else None
        generic = bool(want.title) and self.words.get(want.title.split()[-1], ("", None))[0] == "generic-title"
        best: dict[str, list] = {}
        counts: dict[str, int] = {}
        named_here: dict[str, object] = {}    # key -> its mention by name in the pronoun's own sentence
        named_in: dict[str, list] = {}        # key -> the sentences it is named in (for REPEAT)
        if not want.description and hdep in ("nsubj", "nsubjpass") and self._unknown_governor(h, want, governors,
                                                                                              cands):
            return []                 # "The suspected recruiter ..., after he attempted": someone no list codes
        if h.pos_ == "PRON" and hdep in ("nsubj", "nsubjpass") and self._partitive_governor(h, want, governors, cands):
            return []                 # "most of the villagers ..., as they fled": the villagers (coref_unnamed.py)
        if h.pos_ == "PRON" and parent_objs and self._unnamed_parallel_object(h, want, parent_objs, cands):
            return []                 # "beat the strikers, dragging them into vans": the strikers, whom no list codes
        # "The prime minister, Theresa May, ...": the role noun is the person named beside it; the name stands
        # (also where the parser hung the name on a place of the role noun's phrase: "envoy to the UN in Geneva, X")
        named_appos: dict = {}
        for x in cands:
            if x.token.dep_ == "appos" and x.actor.entity:
                named_appos.setdefault((self._role_noun_of_place(x.token) or x.token.head).i, {})[x.actor.entity] = x
        # the actors a pronoun is bound not to be, wherever else they are named: "Hamas attacked the town. Hamas
        # then captured them" (not the Hamas of the sentence before either), "Downing Street said it had been
        # consulted and opposed it" (not what the first "it" stands for, nor Britain, whose government that is).
        # "he"/"him" keep to the mention: a "she" linked wrongly before must not push "her" to someone else
        bound_keys = {k for m in cands if m.sent == sent_i and self._bound(m, own_verb, controllers, bound_nouns)
                      for k in (m.key, m.actor.code, m.actor.entity,
                                m.actor.country if m.actor.sector in (None, "GOV") else None) if k} \
            if want.bind and h.pos_ == "PRON" and "person" not in want.kinds else set()
        # an earlier sentence whose main-clause subject could be what the pronoun stands for: there a subject of an
        # embedded clause is the less salient ("Officials said the rebels ..."); where none fits ("A spokesman said
        # the rebels had ambushed the convoy. They then ...") the embedded subject is the sentence's main actor
        rival_sents = self._rival_sentences(cands, sent_i, want) if not want.description else set()
        genders = self._pronoun_genders(cands, sent_i) if want.gender else self.key_gender
        bound_out = False
        other_country: set = set()
        # the countries the sentence names as places before "the country" ("By arming militias in Iraq, Tehran ...")
        places_here = {m.actor.country for m in cands if m.sent == sent_i and m.role == "loc" and m.actor.country} \
            if want.description and want.kinds == {"country"} else set()
        if want.description and want.kinds == {"country"}:
            other_country.update(self._argument_after(h, sent))
        possessed = h.head.idx if h.pos_ == "PRON" and h.dep_ == "poss" else None
        # "police arrested two men. The minister promised to deport them": the patients of an earlier act done to
        # people, not its doer (coref_patients.py)
        act = pronoun_act(h, hdep, hhead, self.words) if not want.description else None
        patient_acts = earlier_patients(cands, act, sent_i, self.words, self.person_nouns) if act is not None else set()
        for m in cands:
            if bound_keys and (m.key in bound_keys or m.actor.code in bound_keys or m.actor.entity in bound_keys):
                bound_out = True
                continue
            if want.plural is False and m.kind == "people" and m.actor.kind == "person" and m.actor.entity \
                    and m.token.tag_ == "NNP" and m.sent == sent_i:
                m = replace(m, kind="person", plural=False)   # "Assad and Russia, which backed him": one person
            if want.description and m.token.pos_ == "PRON":
                continue              # a description names its antecedent, not a pronoun linked before (chains)
            if possessed is not None and m.actor.start is not None and m.actor.end is not None \
                    and m.actor.start <= possessed < m.actor.end:
                continue              # "some of their fighters": a possessive never stands for what it possesses
            if title_re is not None and m.actor.start is not None and "vice" not in want.title \
                    and VICE_RE.search(self.ctx.text[max(0, m.actor.start - 6):m.actor.start]):
                continue              # "Harris, the vice-president, echoed the president's boast": not Harris
            if m.kind not in want.kinds and not (m.kind == "org" and m.actor.why == UNKNOWN and "person" in want.kinds
                                                 and m.sent == sent_i and self._anchor(m.token).i in governors):
                continue              # (a name no list codes, read as an organisation, that governs "he": him)
            if (exclude_key and m.key == exclude_key) or m.key in named_after:
                continue
            if want.owned and ground_owner(m, want.owned, self.words):
                continue              # "the Libyan port ... its armed forces": a town owns no army (ground_owner.py)
            if m.tok in named_appos and m.actor.entity not in named_appos[m.tok]:
                if not m.actor.entity or len(named_appos[m.tok]) != 1:
                    continue
                # (nor someone else the role noun was read as: "Russia's envoy to the UN, X" is X named by role)
                m = replace(m, actor=next(iter(named_appos[m.tok].values())).actor,
                            key=next(iter(named_appos[m.tok].values())).key)
            if want.plural is not None and m.kind in ("person", "people") and m.plural != want.plural:
                continue
            if want.plural is False and m.kind in ("body", "org", "country", "thing") and m.plural:
                continue
            if want.plural is True and m.kind in ("thing", "country") and not m.plural:
                continue
            pron = self.words.get(m.token.lower_, ("", None))[0] if m.token.pos_ == "PRON" else ""
            if (want.plural is True and pron in ("thing", "person", "speaker")) \
                    or (want.plural is False and pron == "plural"):
                continue              # "it" never stands for what "they" stood for, nor "they" for what "it" did
            if want.gender and genders.get(m.key, want.gender) not in (want.gender, "?"):
                continue              # "he" never stands for whom "she" stood for before, nor for that "she"
            if want.country and m.actor.country != want.country:
                continue
            if want.actor_kinds is not None and m.actor.code and m.actor.kind not in want.actor_kinds:
                continue
            if want.gender and m.kind == "person" and self._gender(m) not in (None, want.gender):
                continue              # "she" is not "Mr Haddad", "he" is not "Theresa May"
            if "thing" in want.kinds and m.tok in self.thing_subjects and m.actor.code:
                continue              # "This bid to isolate Iran ... . It will": the bid, not Iran
            if want.named and m.kind in ("body", "people") and not m.actor.country \
                    and not (m.actor.kind == "thing" and not m.actor.code and m.token.pos_ == "PRON"):
                continue              # a body with no country ("the regime", "families") tells "it" nothing; an
                #                       "it" linked to a thing before ("This bid ... it will ... . It raises") does
            if want.family_only:
                if not (m.actor.country or m.kind == "org"):
                    continue
                if m.actor.sector != want.sector and not (m.kind == "country" and want.sector == "GOV"
                                                          and m.role in ("subj", "poss")):
                    continue
            w = want.loc_weight if m.role == "loc" else ROLE_WEIGHT[m.role]
            if w <= 0:
                continue
            if quote >= 0 and m.sent == sent_i and m.quote != quote:
                continue              # '"It will ...," the statement said': who reports a quote is not in it
            if quote < 0 and m.sent == sent_i and m.quote >= 0 and speaker_pron:
                continue              # '"... the British government," she said': nor is she what her quote names
            tok = m.token
            if m.sent == sent_i and want.bind and self._bound(m, own_verb, controllers, bound_nouns):
                continue              # "Hamas captured them": not Hamas
            if want.description and m.sent == sent_i and m.role == "subj":
                anchor = tok
                while anchor.dep_ in ("appos", "conj") and anchor.head is not anchor:
                    anchor = anchor.head
                if local_verb is not None and anchor.head.i == local_verb:
                    continue          # "Pence repeated the president's claims": the president is not Pence
            if reported and m.sent == sent_i and m.tok in reported:
                continue              # "Trump did not raise it, the official said": who reports is not who is reported
            d = sent_i - m.sent
            rank = governors.get(self._anchor(tok).i) if d == 0 else None
            if d == 0 and want.description and want.kinds == {"country"} and self._names_other_country(h, tok, rank, places_here - {m.actor.country}):
                other_country.update(k for k in (m.key, m.actor.country) if k)
                continue              # "Tehran sought to push back fighters who seized the country": not Iran,
            if other_country and (m.key in other_country or m.actor.country in other_country):
                continue              # nor where named before
            if rank is not None and m.role != "subj":
                w = max(w, ROLE_WEIGHT["subj"])   # "force the regime to make what it refused": the regime makes
            s = w - DECAY * d
            why = [f"{m.role if m.role != 'subj' else 'subject'}"
                   + (" of an embedded clause" if m.embedded and d > 0 and not want.description else "")
                   + (" in this sentence" if d == 0 else f" {d} sentence{'s' if d > 1 else ''} back")]
            if d > 0 and not want.description and self._reports(m, rival_sents):
                why.append("no subject of a main clause there could be it")
            if d == 0 and self._anchor(tok).i in parent_objs and (hhead.tag_ == "VBG" or m.actor.country
                                                                 or m.actor.entity):
                # (a coordinated verb's: only an object that names its actor, not a bare "the militia" the
                # story named fuller before)
                s += PARALLEL_OBJECT
                why.append("object of the verb its clause hangs on")
            if patient_acts and rank is None and people_mention(m, self.person_nouns):
                pv = patient_verb(tok, self.words)
                if pv is not None and pv.i in patient_acts:
                    s += PATIENT + (ROLE_WEIGHT["obj"] - w if m.role == "mod" else 0.0)   # ("Isis fighters")
                    why.append(f"patient of '{pv.lemma_.lower()}'")
            if patient_acts and doer_of(tok, patient_acts):
                s -= DOER
                why.append("doer of the act done to them")
            if rank is not None:
                s += GOVERNING_SUBJECT if rank == 0 else FARTHER_GOVERNING
                why.append(("subject" if m.role == "subj" else "controller") + (" of the clause it depends on"
                                                                               if rank == 0 else " of a clause further above it"))
            elif m.embedded and d > 0 and not want.description and not self._reports(m, rival_sents):
                s -= EMBEDDED         # (a description says what it stands for; a pronoun only how salient)
            elif hdep in ("nsubj", "nsubjpass") and m.role == "subj":
                s += PARALLEL
                if d > 0 and quote < 0 and m.quote < 0 and h.head.pos_ == "VERB" and h.head.lemma_ not in ("be", "have") \
                        and self._anchor(tok).head.lemma_ == h.head.lemma_:
                    s += SAME_VERB    # "..., but Ja'afari said ... . He said ...": the subject of the same verb
                    why.append("subject of the same verb")
            if want.plural is True and m.kind in ("org", "body") and not m.plural and pron != "plural" \
                    and (rank != 0 or (possessed is not None and m.actor.kind in ("country", "capital"))) \
                    and not (hdep in ("nsubj", "nsubjpass") and self._plural_name(m)):
                # (the subject above a "they" may be a government that "they" speaks for; a state above a
                # possessive "their" is no owner of it: "Turkey, which they say trained their forces")
                s -= SINGULAR_FOR_THEY
                why.append("named in the singular")
            elif want.plural is True and m.kind == "person" and not m.plural and pron != "plural" and rank != 0 \
                    and d > 0:
                s -= SINGULAR_FOR_THEY    # "Lukashenko ... . They have": one person is seldom "they"
                why.append("one person")
            if m.quote >= 0 and quote < 0:
                s -= QUOTED
                why.append("inside a quote")
            if want.sector and m.actor.sector and not want.family_only:
                if m.actor.sector == want.sector:
                    s += 1.0
                else:
                    s -= 1.5
            if title_re is not None and m.actor.entity:
                # a description linked before says the title only if its own link said so ("the official" linked to
                # a president by salience does not make him "known as official" to the next "the official")
                said = (m.actor.why or "").lower()
                if "(coreference)" in said and f"known as {want.title}" not in said:
                    said = said.split("(coreference)")[-1]
                if all(r.search(said) for r in title_res):
                    s += 1.5
                    why.append(f"known as {want.title}")
                elif not generic and want.sector == "GOV" and m.kind == "person":
                    continue          # "the prime minister" is not a known president (a country's leader; the
                    #                   government named before stands for an office-holder nobody names)
                elif not generic:
                    s -= 1.5
            chained = "(coreference)" in (m.actor.why or "") or (m.actor.why == UNKNOWN and m.token.pos_ == "PRON")
            if m.kind == "country" and "country" not in want.label and want.family_only:
                s -= 0.5
            if not chained:           # (a pronoun linked before does not make its antecedent more salient)
                counts[m.key] = counts.get(m.key, 0) + 1
                named_in.setdefault(m.key, []).append(m.sent)
            if d == 0 and not chained and m.actor.start is not None:
                named_here.setdefault(m.key, m)
            cur = best.get(m.key)
            if cur is None or s > cur[1]:
                best[m.key] = [m, s, why]
        shift = self._topic_shift(cands, sent_i, want)
        out = []
        for key, (m, s, why) in best.items():
            if "(coreference)" in (m.actor.why or "") and key in named_here:
                m = named_here[key]   # "the gangs said they would hand back rifles they took": shown where named
            extra = min(counts.get(key, 1) - 1, 3)
            if shift is not None and key != shift[1]:
                # "Erdogan ... Erdogan ... Erdogan ... . Bin Salman sees himself as ... . He has": a person named
                # again and again before another became the main subject of a later sentence is no longer the topic;
                # only the times named since count
                extra = max(min(sum(1 for x in named_in.get(key, ()) if x >= shift[0]) - 1, 3), 0)
            if extra:
                s += REPEAT * extra
                why = why + [f"named {counts[key]} times"]
            out.append((m, s, why))
        out.sort(key=lambda x: (-x[1], -x[0].start))
        if floor is None:
            floor = BOUND_MIN_SCORE if bound_out else MIN_SCORE
        return [x for x in out if x[1] >= floor][:want.n]

    def _plural_name(self, m) -> bool:
        """Whether a named body's full name ends in a plural noun ("the Syrian Democratic Forces", "the People's
        Protection Units", also when named by its acronym, "the SDF"; coref.tsv `plural-name`): one body that English
        calls "they" as often as "it", so a subject "they" takes it as readily as a plural (an object "them" keeps
        to plurals: "our units are pushing them to give up the town" is the foe, not the speaker's own body)."""
        name = (m.actor.name or "").split() if m.actor.entity and m.actor.kind in ("group", "party", "igo") else []
        last = name[-1].lower().strip("'\u2019") if name else ""
        return self.words.get(last, ("", None))[0] == "plural-name"

    def _pronoun_genders(self, cands, sent_i: int) -> dict:
        """{key: "m"/"f"/"?"}: the sex of whom a "he" or "she" stood for in earlier sentences (``key_gender``), and of
        a name no list codes that the subject "he" or "she" of an earlier clause of the pronoun's own sentence stands
        for ("Begum ... She said he had surrendered": "he" is not Begum). (A possessive "her" is no proof, nor a link
        in an earlier sentence to a name no list codes: "she" for a mother named by no one goes to the father.)"""
        out = None
        for m in cands:
            if m.sent != sent_i or m.token is None or m.token.pos_ != "PRON" or not m.key.startswith("?") \
                    or m.token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            g = self.words.get(m.token.lower_, ("", None))[1]
            if g not in ("m", "f"):
                continue
            if out is None:
                out = dict(self.key_gender)
            out[m.key] = g if out.get(m.key, g) == g else "?"
        return self.key_gender if out is None else out

    def _names_other_country(self, h, tok, rank, elsewhere: set) -> bool:
        """ "the country" as the object of a clause is not a country named as an argument of the same verb ("turned
        the country over to Russia"), nor the subject of a clause above it where the sentence names another country
        as a place, unless a verb of saying lies between ("By arming militias in Iraq, Tehran sought to push back
        fighters who seized the country": not Iran; but "Iraq has been fighting terrorists who invaded the country",
        "Iran said agents in Iraq had entered the country": the subject)."""
        if h.dep_ not in ("dobj", "pobj", "dative"):
            return False
        anchor = self._anchor(tok)
        verb = next((a for a in h.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        if rank is None:
            if anchor.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative"):
                return False
            own = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return own is not None and own.i == verb.i and anchor.i != h.i
        if not elsewhere:
            return False
        top = anchor.head
        for a in h.ancestors:
            if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in self.speech:
                return False
            if a.i == top.i:
                break
        return True

    def _rival_sentences(self, cands, sent_i: int, want: Want) -> set:
        """The earlier sentences where a subject of an embedded clause is less salient than the main clause's: all
        but those whose main verb is one of saying and whose named speakers cannot be what `want` stands for ("A
        spokesman said the rebels had ambushed the convoy", '"The rebels hold the town," he said': for "they", the rebels are the
        sentence's actor)."""
        last: dict = {}               # (a sentence's span made once, not once per mention in it: the last one's)
        for m in cands:
            if m.sent < sent_i:
                last[m.sent] = m.token
        out = set(last)
        if want.plural is not True:
            return out
        main: dict[int, list] = {}
        for m in cands:
            if m.sent < sent_i and m.role == "subj" and not m.embedded and m.quote < 0:
                main.setdefault(m.sent, []).append(m)
        for si, sent in ((si, tok.sent) for si, tok in last.items()):
            root = sent.root
            speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
            one = speaker is not None and speaker.pos_ == "PRON" and speaker.lower_ in ("he", "she")
            if root.lemma_.lower() not in self.speech or speaker is None \
                    or not (one or (speaker.tag_ in ("NN", "NNP") and speaker.pos_ != "PRON")):
                continue              # (a "he" or "she" who speaks is one person too: '"X is ...," he said')
            subjects = main.get(si, [])
            if all((x.kind == "person" or (one and x.token.i == speaker.i)) and self._anchor(x.token).head.i == root.i
                   and not self._fits(x, want)
                   for x in subjects):
                out.discard(si)       # a singular speaker, named by a list or not ("a shopkeeper said ...")
        return out

    def _reports(self, m, rivals: set) -> bool:
        """`m` is the subject of the clause its sentence's speaker reports, in a sentence not in `rivals`."""
        if m.sent in rivals or not m.embedded or m.kind == "thing" or not m.actor.code:
            return False              # (a thing, "clashes continued", is no actor to stand for)
        v = self._anchor(m.token).head
        return v.dep_ == "ccomp" and v.head.i == v.sent.root.i

    def _reported(self, h) -> set:
        """The tokens of the clause that `h`, the subject of a verb of saying, reports ("Trump did not raise it, the
        official said": Trump, raise, it); empty when `h` says nothing."""
        v = h.head
        if h.dep_ != "nsubj" or v.lemma_.lower() not in self.speech:
            return set()
        out = {t.i for c in v.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
        if v.dep_ in ("ccomp", "parataxis") and v.head.i < v.i:
            own = {t.i for t in v.subtree}
            out |= {t.i for t in v.head.subtree if t.i not in own}
        return out

    def _fits(self, m, want: Want) -> bool:
        """`m` agrees with `want` in kind, number and gender (the plain checks of ``_choose``)."""
        if m.kind not in want.kinds:
            return False
        if want.plural is not None and m.kind in ("person", "people") and m.plural != want.plural:
            return False
        if want.plural is False and m.kind in ("body", "org", "country", "thing") and m.plural:
            return False
        if want.plural is True and m.kind in ("thing", "country") and not m.plural:
            return False
        pron = self.words.get(m.token.lower_, ("", None))[0] if m.token.pos_ == "PRON" else ""
        if (want.plural is True and pron in ("thing", "person", "speaker")) or (want.plural is False and pron == "plural"):
            return False
        if want.gender and m.kind == "person" and self._gender(m) not in (None, want.gender):
            return False
        return True

    @staticmethod
    def _topic_shift(cands, sent_i: int, want: Want):
        """(sentence, key) of the person who is the one named main-clause subject of the latest earlier sentence
        that has one, for a singular pronoun that may stand for a person; else None."""
        if want.description or want.plural is not False or "person" not in want.kinds:
            return None
        latest = None
        for m in cands:
            if m.sent >= sent_i or m.role != "subj" or m.embedded or m.kind != "person" or m.quote >= 0 \
                    or not m.actor.code or "(coreference)" in (m.actor.why or ""):
                continue
            if latest is None or m.sent > latest[0]:
                latest = (m.sent, m.key)
            elif m.sent == latest[0] and m.key != latest[1]:
                latest = (m.sent, None)     # two people subjects of one sentence: no one topic
        return latest if latest is not None and latest[1] is not None else None

    def _unknown_governor(self, h, want: Want, governors: dict, cands) -> bool:
        """The subject of the nearest clause above a subject pronoun is a noun that fits it ("the recruiter" for
        "he", "analysts" for "they") but names no actor we know: the pronoun stands for it, so for nobody here."""
        g = next((self.doc[i] for i, r in governors.items() if r == 0), None)
        if g is not None and g.tag_ == "CD" and g.lower_ not in ("one", "1") and want.plural is True and g.i < h.i \
                and g.dep_ in ("nsubj", "nsubjpass") and not any(x.tok == g.i for x in cands):
            return True       # "these two were identified by the coalition after they were arrested": the two
        if g is None or g.i > h.i or g.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(x.tok == g.i or self._anchor(x.token).i == g.i for x in cands):
            return False
        if want.kinds == frozenset({"person"}):
            return g.tag_ == "NNP" or (g.tag_ == "NN" and g.lemma_.lower() in self.person_nouns) \
                or (g.ent_type_ == "PERSON" and g.text[:1].isupper())
        if h.head.dep_ == "relcl" and g.pos_ == "NOUN" and _ground_word(g):
            return False      # "the south is run by the rebels, with whom it has clashed": a relative clause's "it"
            #                   is no stretch of ground the clause above is about (the scored choice decides)
        own = "their" if want.plural is True else "its"
        if g.pos_ == "NOUN" and g.lemma_.lower() not in self.person_nouns and any(
                c.dep_ == "poss" and (c.lower_ == own or c.ent_type_ in ("GPE", "ORG", "NORP")) for c in g.children):
            return False      # "its involvement grew when it sent troops": a thing of someone's, the pronoun its owner
            #                   (the owner named as the pronoun is: not "my cousin said it had been let go")
        if want.plural is True:
            return g.tag_ in ("NNS", "NNPS")
        return g.tag_ in ("NN", "NNP")

    def _gender(self, m) -> Optional[str]:
        """ "m" or "f" when a title in the story says so of this person (also through an apposition: "Jordan's
        interior minister, Karim Haddad" when "Mr Haddad" is named), else, for a person the actor lists know, when the
        given name does ("Theresa May"; knowledge/gender.py), else None."""
        t = m.token
        toks = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
        # (right beside the name, with no "of" phrase between: not "the son of the teenager X", X hung on "son")
        nouns = [x for x in toks if x.pos_ == "NOUN" and self.words.get(x.lemma_.lower(), ("", None))[0] == "people"
                 and all(y.is_punct for y in (t.doc[x.i + 1: t.left_edge.i] if x.i < t.i
                                              else t.doc[t.i + 1: x.left_edge.i]))]
        said = {self.words[x.lemma_.lower()][1] for x in nouns} - {None}
        if len(said) == 1 and m.actor.why == UNKNOWN:
            return said.pop()         # "his wife, Ana X": a woman, whom "him" does not stand for
        toks = [x for x in toks if x.pos_ == "PROPN"]
        if self.genders:
            words = [x.split()[-1].lower() for x in (m.actor.name, m.actor.text) if x and x.split()]
            words += [x.lower_ for x in toks]
            found = {self.genders[w] for w in words if w in self.genders}
            if found:
                return found.pop() if len(found) == 1 else None
        first = (m.actor.name or m.actor.text or "").split()[:1]
        kunya = self.words.get(first[0].lower(), ("", None)) if first else ("", None)
        if kunya[0] == "kunya":
            return kunya[1]           # "Abu Sayyaf": a father, whom "she" does not stand for
        if not m.actor.entity or m.actor.entity not in getattr(self.kb, "people", ()):
            return None               # a name no list knows: its given name is no proof ("him", of a Kurdish Hanan)
        names = [m.actor.name, m.actor.text] + [" ".join([c.text for c in x.lefts if c.dep_ == "compound"
                                                          and c.pos_ == "PROPN"] + [x.text]) for x in toks]
        return names_gender(names)

    _governors = staticmethod(governors)

    def _linked(self, picks, span, want: Want) -> list[Actor]:
        out = []
        for m, s, why in picks:
            a = m.actor
            if not a.code and a.why == UNKNOWN and m.kind == "person" and "person" in want.kinds \
                    and not want.family_only and a.start is not None:
                # "Maria Lopez, from Leeds, ... she begged": a private individual of the country the story's
                # description of the name gives (knowledge/unknown_origin.described_private)
                a = described_private(m.token, a.text, a.start, a.end, self.ctx, "the one it stands for") or a
            if not a.code:
                continue              # the best fit is a name nobody coded: no actor
            if want.family_only and (m.kind in ("person", "country") or a.sector is None):
                # "the regime" after "Assad", "the army" after "Turkey": the country's body, not the person
                sec = want.sector if m.kind == "country" or a.sector is None else a.sector
                a = Actor.national(a.country, sec, name=None, entity=None,
                                   kind="group")
                if not a.country:
                    continue
            name = m.actor.name or m.actor.code
            linked = link(a, span, f"{want.label} -> {name} ('{m.actor.text}', {', '.join(why)}; score {s:.1f})",
                          keep_person=not (a.kind == "person" and m.kind not in ("person", "people")))
            if not want.description and m.sent == self.sent_index(self.token_at(linked.start).i) \
                    and "(coreference)" not in (m.actor.why or "") and m.actor.start is not None:
                # "Rebels say they conducted ...": the actor is shown where the sentence names it
                linked.text, linked.start, linked.end = m.actor.text, m.actor.start, m.actor.end
            out.append(linked)
        return out
