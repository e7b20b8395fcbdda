"""Actors from the role phrases: known names, demonym + sector, capitals for governments, pronouns and descriptions
through knowledge/coref.py, coordination, what a head word names.
"""
from __future__ import annotations

from dataclasses import replace
from eventwire.coding.own_group import person_group
from eventwire.coding.participle_object import in_participle_object
from eventwire.coding.misparses import in_series_verb
from typing import Optional

from eventwire.coding.named_description import apposed_unsectored, named_after_description
from eventwire.knowledge.former_latter import former_latter
from eventwire.knowledge.own_country import own_country
from eventwire.knowledge.workplace import described_workplace
from eventwire.knowledge.western_acts import western_doer
from eventwire.coding.nonevent_uses import named_after
from eventwire.coding.named_firms import unknown_firm
from eventwire.knowledge.org_names import named_by_head
from eventwire.coding.name_pairs import misread_pair, named_pair
from eventwire.coding.apposed_name import apposed_name
from eventwire.coding.owned_things import possessor_owner
from eventwire.coding.appos_list import apposed_parties, described_conjuncts, listed_actors, plural_members
from eventwire.coding.campaigns import campaign_doers
from eventwire.coding.counted_people import aged_before, counted_before
from eventwire.coding.place_lists import place_list_conjunct
from eventwire.coding.instrument_doer import instrument_doer
from eventwire.coding.act_args import BODY_NOUNS, act_doer, act_noun, act_sector, support_frame
from eventwire.coding.clause_args import hyphen_pair, misread_conjunct
from eventwire.coding.noun_args import place_on_act
from eventwire.coding.located_capital import located_capital
from eventwire.coding.clauses import noun_agent, unwrap_quantity
from eventwire.coding.noun_args import culprit
from eventwire.coding.clause_record import role_words
from eventwire.coding.relational import relational_actors
from eventwire.coding.relative_role import antecedents_of, names_antecedent
from eventwire.coding.kin_conjunct import kin_owner, split_owner
from eventwire.coding.context import (agent_codes, _backing, CONTAINER_NOUNS, COUNTRY_NOUNS, DocContext,
                                      DROP_PHRASE_DEPS, GROUP_NOUNS, IGO_NOUNS, INDEFINITE_PRONOUNS, _kind, LOCATIVE_PREPS, OTHER_PRONOUNS, PARTITIVES,
                                      PERSONAL_PRONOUNS, ROLE_NOUNS, SPORT_WORDS, STATE_SECTORS, TEAM_NOUNS,
                                      WRAPPER_NOUNS)
from eventwire.knowledge import actor_owner, actor_persons, actor_story
from eventwire.knowledge.actor_conflict import conflict_side_of
from eventwire.knowledge.short_names import named_before, renamed
from eventwire.knowledge.coref_sets import open_count
from eventwire.knowledge.phrase_sides import onlooker_nouns
from eventwire.knowledge.private_nationals import private_national
from eventwire.knowledge.included_members import included_party
from eventwire.knowledge.unknown_origin import apposed_national, described_private, place_person
from eventwire.coding.seated_bodies import seat_list
from eventwire.coding.cut_names import cut_name_end
from eventwire.coding.affiliated import affiliated_group
from eventwire.coding.people_ties import tie_modifiers
from eventwire.coding.count_crowds import count_crowd
from eventwire.model import Actor
from eventwire.coding.roles import victim_words
from eventwire.coding.resolve_parts import ResolveParts, _described, _described_table  # noqa: F401 (read by affiliated, people_ties)


# nouns of states, groups and blocs: written in lower case they describe one named before, whatever the tagger says
DESCRIBED_BODY_NOUNS = COUNTRY_NOUNS | GROUP_NOUNS | IGO_NOUNS
GROUP_PARTS = role_words().get("group-part", frozenset())


def _subject_of_later_verb(conj) -> bool:
    """Whether a noun the parser coordinated with an object is the subject of the verb right after its phrase
    ("the ministry rejected the report and a team of inspectors from the IAEA landed": the team landed,
    it was not denied; clause_args.misread_conjunct), and so no part of that object."""
    doc = conj.doc
    after = conj.right_edge.i + 1
    if after >= len(doc):
        return False
    v = doc[after]
    aux = any(c.dep_ in ("aux", "auxpass") for c in v.children)
    if v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("conj", "advcl") \
            or not (v.tag_ in ("VBD", "VBZ", "VBP") or aux) \
            or (not aux and any(c.dep_ == "agent" for c in v.children)) or any(t.is_punct for t in doc[conj.i:after]):
        return False     # (a finite verb right after the phrase: not "its government led by the US", nor a phrase
        # the parser ran on past a comma: "mercenaries in Syria, Russia's defence ministry said")
    got = misread_conjunct(v)
    return got is not None and got[0] == "subject" and got[1].i == conj.i


class ActorResolution(ResolveParts):
    """Mixin of Coder (coding/coder.py): actors from the role phrases: known names, demonym + sector, capitals for
    governments, pronouns and descriptions through knowledge/coref.py, coordination, what a head word names."""


    @staticmethod
    def _agent_code(subj) -> Optional[str]:
        """A more specific CAMEO code from the agent's own name ("a suicide bomber", "Russian airstrikes")."""
        table = agent_codes()
        subj = unwrap_quantity(subj)
        lemma = subj.lemma_.lower()
        for c in subj.children:
            if c.dep_ == "compound" and c.i == subj.i - 1:
                hit = table.get(c.lemma_.lower() + "-" + lemma)
                if hit:
                    return hit
        if lemma in table or lemma in ("fire", "attack", "strike", "round", "barrage", "salvo", "volley"):
            # the weapon named by a modifier: "sniper fire", "a car bomb explosion", "rocket fire"
            mods = ActorResolution._modifier_words(subj)
            for w in sorted(mods, key=lambda w: -w.count("-")):
                if w in table:
                    return table[w]
        return table.get(lemma)


    def _same_kind_noun(self, tok, code: str) -> bool:
        """Whether an object noun names an event of the same CAMEO root ("signed a deal", "exchanged fire")."""
        noun = self.event_noun(tok)
        if noun is None:
            return False
        return any(e.cameo[:2] == code[:2] for e in self.lex.match_noun(noun, frozenset()))


    @staticmethod
    def _modifier_words(tok) -> set:
        """Lemmas of a noun's pre-modifiers and of its "of" complement, with adjacent compounds joined
        ("a car bomb explosion" -> car, bomb, car-bomb; "the explosion of a land mine" -> land, mine, land-mine)."""
        toks = []
        stack = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            stack += [c for c in of.children if c.dep_ == "pobj"]
        while stack:
            t = stack.pop()
            toks.append(t)
            stack += [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i]
        toks.sort(key=lambda t: t.i)
        words = {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}
        for a, b in zip(toks, toks[1:]):
            if b.i == a.i + 1:
                words.add(a.lemma_.lower() + "-" + b.lemma_.lower())
        return words


    # ------------------------------------------------------------------ actors
    def _phrase(self, head, drop=DROP_PHRASE_DEPS, inner=("relcl", "acl", "advcl"), locative=False, junk=(),
                alone=False):
        """The noun phrase of a head token: its subtree minus coordinated, relative and appositive parts,
        and, for sources, minus locative phrases ("a car bomb in Kiev" is not Kiev's; "people in Syria" are Syria's);
        `alone`: the second name of a hyphenated pair without the first ("the Putin-Erdogan meeting": Erdogan, the
        other party; clause_args.hyphen_pair)."""
        keep = []
        stack = [head]
        backers = -1                   # the last token of an "X-backed" modifier before the head
        while stack:
            t = stack.pop()
            keep.append(t)
            # why: "(hundreds of) citizens with Isis connections", "women linked to Isis": a tie describes people, it
            # is not their actor (coding/people_ties.py)
            ties = {c.i for c in tie_modifiers(t)}
            for c in t.children:
                if c.dep_ in drop and t is head:
                    continue
                if c.i in ties:
                    if c.i < t.i and t is head:
                        backers = max(backers, c.right_edge.i)     # "three al-Qaeda-linked citizens": citizens
                    continue
                if c.dep_ in inner:
                    continue
                if not locative and c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS:
                    continue
                if c.dep_ == "prep" and c.lower_ == "than":
                    continue           # "more reporters than any other state": a comparison, not the referent
                if _backing(c) or support_frame(c):
                    # "Iranian-backed militias", "forces backed by Iran", "fighters with US air support": the backer is
                    # not the one acting
                    if c.i < head.i:
                        backers = max(backers, c.right_edge.i)
                    continue
                stack.append(c)
        keep.sort(key=lambda t: t.i)
        coord = [c.left_edge.i for c in head.children if c.dep_ in ("cc", "conj") and c.dep_ in drop and c.i > head.i]
        between = head.dep_ == "pobj" and head.head.lower_ in ("between", "among")
        if coord and keep[-1].i > min(coord) and not between:
            # "rebels and Kurdish units in Hasakah province": the first conjunct's place phrase, hung on it, lies
            # beyond the coordination; a span to it would take in the other conjunct ("the defeat or collapse
            # of Isis" keeps its shared "of"; the parties of "talks between the army and rebels in Geneva" share
            # their venue)
            places = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS and c.i > min(coord)
                      for t in c.subtree}
            if all(t.i in places for t in keep if t.i > min(coord) and t.pos_ not in ("PUNCT", "CCONJ")):
                keep = [t for t in keep if t.i < min(coord)]
        if backers >= 0:
            keep = [t for t in keep if t.i > backers]
        if junk:
            keep = [t for t in keep if not any(s <= t.idx < e for s, e in junk)]
        pair = hyphen_pair(head.head, head) if alone and head.dep_ in ("compound", "amod") and head.head.i != head.i \
            else None
        if pair is not None:
            # "the Putin-Erdogan meeting": the second name is its own party, without the first
            keep = [t for t in keep if t.i > pair[0].right_edge.i]
        # trim punctuation and conjunctions at the edges
        while keep and keep[0].pos_ in ("PUNCT", "CCONJ"):
            keep.pop(0)
        while keep and keep[-1].pos_ in ("PUNCT", "CCONJ"):
            keep.pop()
        if not keep:
            return None
        return keep[0].doc[keep[0].i: cut_name_end(keep[-1]) + 1]


    def actors_for(self, tok, ctx: DocContext, sent, role: str, coordinate: bool = True) -> list[Actor]:
        if tok is None:
            return []
        if coordinate and (pair := misread_pair(tok)) is not None and (got := named_pair(self, tok, pair, ctx)):
            return got      # "Donald Trump and Angela Merkel discussed": two names read as one (coding/name_pairs.py)
        heads = [tok] + [c for c in tok.conjuncts if c.i > tok.i and not _subject_of_later_verb(c)
                         and not place_list_conjunct(tok, c, ctx)] \
            if (tok.dep_ != "conj" and coordinate) else [tok]
        if coordinate and (split := described_conjuncts(tok)):
            heads = split         # "X and Y, both backers of Z, and W, ..., will" (coding/appos_list.py)
        if coordinate and (owner := split_owner(tok)) is not None:
            heads = [owner] + heads   # "spoke of fighters and their families surrendering": both (kin_conjunct.py)
        listed = (apposed_parties(tok) or plural_members(tok)) if (tok.dep_ != "conj" and coordinate) else None
        if listed is not None and (got := listed_actors(self, tok, listed, ctx, sent, role)):
            return got      # "the Turkish foreign minister, X, his Russian counterpart, Y, and Z", "the two leaders,
            # X and Y": parties read as appositions (coding/appos_list.py)
        out: list[Actor] = []
        for h in heads:
            acts = [actor_story.shared_possession(a, h, lambda t: self._sector_of(t, ctx))
                    for a in self._resolve_head(h, ctx, sent, role)]     # "Syria's and Iraq's leaders"
            # why: "militants linked to al-Shabaab": a noun with no actor of its own is the group tied to it
            acts = affiliated_group(h, acts, lambda t: self._resolve_head(t, ctx, sent, role))
            ctx.coref.note(h, acts)
            if kin_owner(h) is not None and all(a is None or any(a.code == b.code for b in out) for a in acts):
                continue          # "Isis fighters and their families": one party, its families among it
            for a in acts:
                if a is not None and a.code and not any(a.code == b.code and a.start == b.start for b in out):
                    out.append(a)
        if not out and coordinate and (antes := antecedents_of(tok)):
            # "Both Adil and Karim, who were arrested": the nouns the relative pronoun stands for, read as the role's
            # own phrases where coreference gave it no actor (coding/relative_role.py); only an actor named at the
            # noun itself (not "a militant capability, which was limited": the modifier's)
            return [replace(a, why=(a.why or "") + f" (the noun relative '{tok.text}' stands for)")
                    for ante in antes for a in self.actors_for(ante, ctx, sent, role, coordinate=False)
                    if names_antecedent(a, ante)]
        # a list the parser read as an apposition: "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt"
        if out and all(_kind(a) in ("country", "capital") for a in out):
            for ap in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                for h in [ap] + [c for c in ap.conjuncts if c.i > ap.i]:
                    for a in self._resolve_head(h, ctx, sent, role):
                        if a and a.code and _kind(a) in ("country", "capital") and all(a.country != b.country for b in out):
                            a.why = (a.why or "") + " (listed with a coordinated actor)"
                            out.append(a)
        return out


    def _listed_team(self, h) -> bool:
        """Whether the team noun with its modifiers is a sector term of its own ("his national security team": GOV),
        no sports team though "national" is before it."""
        mods = [c for c in h.children if c.dep_ in ("amod", "compound") and c.i < h.i]
        return bool(mods) and self._sector_words(h.doc[mods[0].i:h.i + 1].text, whole=True) is not None

    def _resolve_head(self, h, ctx: DocContext, sent, role: str = "source", act_read: bool = False) -> list[Actor]:
        if (run := campaign_doers(h, lambda t: self._resolve_head(t, ctx, sent, role), self.event_noun)) is not None:
            return run     # "the bombing campaign killed": an act, who runs it, never a party (coding/campaigns.py)
        if h.pos_ == "NOUN" and (body := named_by_head(h, h.doc[h.left_edge.i: h.i + 1], ctx.text, lambda p, at:
                                                   self.kb.resolve_phrase(p, at, ctx.date, ()))) is not None:
            return [body]         # "the commission" after "the Malawi Revenue Commission" (knowledge/org_names.py)
        if not act_read and role in ("target", "fallback", "owner") \
                and act_noun(h, self.event_noun, lambda t: self._sector_of(t, ctx)):
            # "backed the campaign by the SDF", "launched a military campaign": an act is no actor of the sector its
            # own word or a modifier names; its doer stands for it (coding/act_args.py)
            got = self._resolve_head(h, ctx, sent, role, act_read=True)
            kept = [a for a in got if not act_sector(h, a, self._weak_term)]
            if kept or not got:
                return kept
            doer = act_doer(h)
            if doer is None:
                return []
            return [replace(a, why=(a.why or "") + f" (doer of '{h.text}', an act named as the argument)")
                    for a in self._resolve_head(doer, ctx, sent, role)]
        low = h.lower_
        lemma = h.lemma_.lower()
        if low in PARTITIVES:
            # "all of the sites", "most of the rebels": the phrase is its "of" complement, not a pronoun
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if inner is not None:
                return self._resolve_head(inner, ctx, sent, role)
            if h.pos_ == "PRON" or h.pos_ == "DET":
                return []
        if low in INDEFINITE_PRONOUNS:
            return []
        if (own := own_country(h, sent, ctx)) is not None:
            return [own]          # "Erdogan said his country would ..." (knowledge/own_country.py)
        if (pointed := former_latter(h, ctx, sent, lambda t, s: self._resolve_head(t, ctx, s, role)) or western_doer(h, self.kb, ctx, self.event_noun)) is not None:
            return pointed        # "the latter's backing", "Western threats" (knowledge/former_latter.py, western_acts.py)
        if got := count_crowd(h, role, lambda at: self.kb.resolve_phrase("people", at, ctx.date, ctx.countries),
                              lambda v, o: next((e.cameo for e in self.lex.match_verb(
                                  v.lemma_.lower(), None, o or next((c.lemma_.lower() for c in v.children if c.dep_ == "dobj"), None),
                                  frozenset(c.lower_ for c in v.children if c.dep_ == "prep"))), "")):
            return got            # "thousands marched", "hundreds were arrested" (coding/count_crowds.py)
        if lemma in TEAM_NOUNS and self._modifier_words(h) & SPORT_WORDS and not self._listed_team(h):
            return []             # "the Iraqi national rugby team was knocked out": sport, no political actor
        if (org := apposed_unsectored(h, ctx, role, self._sector_of)) is not None:
            return [self._linked(org, h, f"'{h.text}' in apposition to '{org.text}'")]   # "X, an alliance that"
        if role == "source" and h.pos_ == "NOUN" and h.lower_ not in onlooker_nouns():
            # (not "government critics", "Assad critics": people, whose modifier is what they oppose)
            ev = unwrap_quantity(h)
            # (a wrapper noun that is also a sector word is the act when directed at someone: "the US campaign
            # against Isis", not "the Trump campaign"; data/coding/nouns.tsv)
            if (self.event_noun(ev) is not None and self._sector_of(ev, ctx) is None or ev.tag_ == "NN"
                    and ev.lemma_.lower() in WRAPPER_NOUNS and self.lex.is_event_noun(ev.lemma_.lower())
                    and any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in ev.children)) \
                    and not any(c.dep_ == "prep" and c.lower_ == "between" for c in ev.children):
                # an act as the subject ("An attack by Isis on Iraqi troops killed eight", "Israeli shelling killed
                # five"): its doer is the source, never the one it was aimed at ("an attack on Kurdish forces")
                agent = noun_agent(ev) or instrument_doer(h, ev, lambda v: bool(self.lex.match_verb(
                    v.lemma_.lower(), None, None, frozenset(c.lower_ for c in v.children if c.dep_ == "prep"))),
                    lambda t: act_noun(t, self.event_noun, lambda x: self._sector_of(x, ctx)))
                if agent is not None and ev.lemma_.lower() in BODY_NOUNS and not (
                        ev.left_edge.i <= agent.i <= ev.right_edge.i):
                    agent = None      # "clashed with an alliance backed by Iran, which had seized": a body acts itself
                if agent is not None and agent.i != h.i:    # ("responded with shelling targeting X": coding/instrument_doer.py)
                    said = f" (doer of '{ev.text}')" if culprit(ev) is None else \
                        f" (doer of '{ev.text}': the one said to be " \
                        f"'{ev.head.head.lower_ + ' for' if ev.head.lower_ == 'for' else ev.head.lower_}' it)"
                    # ("Russian and Syrian airstrikes": each coordinated modifier is a doer, as of "Russian and
                    # Syrian troops")
                    mods = [agent] + [c for c in agent.conjuncts if c.i > agent.i and c.i < ev.i] \
                        if agent.dep_ in ("amod", "compound") and agent.head.i == ev.i else [agent]
                    got = [a for m in mods for a in self._resolve_head(m, ctx, sent, role)]
                    return [replace(a, why=(a.why or "") + said) for k, a in enumerate(got)
                            if all(a.code != b.code for b in got[:k])]
                # its modifiers read together ("Saudi-led coalition air strikes", "army shelling")
                pre = ev.doc[ev.left_edge.i: ev.i]
                a = self.kb.resolve_phrase(pre.text, pre.start_char, ctx.date, ctx.countries) if len(pre) else None
                if a is None or not a.code or a.start is None or ctx.in_junk(a.start, a.end):
                    return []
                return [replace(a, why=(a.why or "") + f" (doer of '{ev.text}')")]
        described = _described(h) if low in _described_table()["head"] else None
        if described is not None:
            return [described]    # "people battling for self-rule within Turkey": separatists, not a pronoun
        if h.pos_ == "PRON" or low in PERSONAL_PRONOUNS | OTHER_PRONOUNS:
            local = self._subordinate_antecedent(h, ctx, sent, role) if low == "they" else []
            if local:
                return local
            return ctx.coref.pronoun(h, sent)      # by number, kind, role and salience (knowledge/coref.py)
        if ctx.in_junk(h.idx, h.idx + len(h.text)):
            return []
        # "people in Syria" are Syria's; "an agreement in Juba" is not Juba's
        # ("people in Syria" are Syria's, and so are "the cities in Saudi Arabia" an attack was done to)
        phrase = self._phrase(h, locative=role == "owner" or (role in ("target", "fallback") and self._sector_of(h, ctx) is not None),
                              junk=ctx.junk, alone=role != "source")
        if phrase is None:
            return []
        if lemma in GROUP_PARTS and (part := self._part_of_owner(h, ctx, sent)) is not None:
            return [part]         # "its branch in Afrin", "their military wing": a part of the one "its" stands for
        if (group := person_group(h, ctx, sent, self.kb)) is not None:
            return [group]        # "the rebel commander said his group ...": the commander's group (coding/own_group.py)
        related = relational_actors(h, lambda t: self._resolve_head(t, ctx, sent, role),
                                    lambda span: self.kb.resolve_phrase(span.text, span.start_char, ctx.date,
                                                                        ctx.countries))
        if related == [] and ctx.coref is not None:
            related = ctx.coref.counterparty(h, phrase, sent)   # "accusing his arch-enemy": the other side named
        if related is not None:
            return related        # "Assad's main backers", "the family of a British soldier" (coding/relational.py)
        det = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in h.children) \
            or (h.tag_ == "NNS" and not h.conjuncts and (open_count(h) or any(
                c.dep_ in ("det", "predet") and c.lower_ == "both" and c.i < h.i for c in h.children)))  # "both/all sides"
        # (a lower-case noun of a body the tagger took for a name, "with the bloc", "the alliance", is no name)
        has_proper = any(t.pos_ == "PROPN" and not (t.is_lower and t.lower_ in DESCRIBED_BODY_NOUNS) for t in phrase)
        # "the governments of Iraq and Syria", "negotiators from Sudan and South Sudan",
        # "Russian and Chinese troops": one actor per country, with the sector of the head noun
        sector = self._sector_of(h, ctx) if (lemma in CONTAINER_NOUNS or h.pos_ == "NOUN") else None
        # ("US and Taliban negotiators": a plural head with no sector whose modifiers name parties, each its own)
        listed_mods = h.tag_ == "NNS" and any(c.dep_ in ("amod", "compound", "nmod") and c.i < h.i and c.conjuncts
                                              for c in h.children)
        if sector or lemma in CONTAINER_NOUNS or listed_mods:
            parts, owned = [], []
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
            seated = of is None and (of := seat_list(h, sector)) is not None   # "courts in France, Germany and
            #                                          Sweden": one of each country, only where they are several
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            counted = ctx.coref.counted_set(pobj, pobj.doc[pobj.left_edge.i: pobj.i + 1], ctx.coref.count_of(pobj),
                                            None) if pobj is not None and not pobj.conjuncts \
                and lemma not in CONTAINER_NOUNS and ctx.coref is not None else []
            if counted:
                parts = [pobj]    # "ministers from the two countries": the parties named together before
            elif pobj is not None and (pobj.conjuncts or lemma in CONTAINER_NOUNS):
                parts = [pobj] + [c for c in pobj.conjuncts if c.i > pobj.i]
            elif owned := actor_owner.listed_owners(h):
                parts = owned     # "Russia and Turkey, whose defence ministers met" (knowledge/actor_owner.py)
            else:
                mods = [c for c in h.children if c.dep_ in ("amod", "compound", "nmod") and c.i < h.i]
                for m in mods:
                    if m.conjuncts:
                        parts = [m] + [c for c in m.conjuncts if c.i > m.i]
                        break
            if parts:
                acts = []
                for p in parts:
                    cands = counted if counted else self._resolve_head(p, ctx, sent, role) \
                        if p.pos_ in ("PROPN", "NOUN") else \
                        [m for m in ctx.mentions_from(p.idx, p.idx) if m.start == p.idx and m.country]
                    for a in cands:
                        if a and a.kind == "group" and a.code and all(a.code != b.code for b in acts):
                            acts.append(a)     # "negotiators from the US and Hamas": a group is its own party
                            continue
                        if a and a.country and (a.kind in (None, "country", "capital") or len(a.code or "") <= 6) \
                                and all(a.country != b.country for b in acts):
                            sec = sector or a.sector or ""
                            # (the name's own span where it holds the word: "South Sudan", not "Sudan")
                            own = a.start is not None and a.end is not None and a.start <= p.idx < a.end and bool(owned)
                            acts.append(Actor.national(a.country, sec or None, name=a.name,
                                                       entity=a.entity, text=a.text if own else p.text,
                                                       start=a.start if own else p.idx,
                                                       end=a.end if own else p.idx + len(p.text),
                                                       why=f"'{h.text}' of {a.country} (one of coordinated countries)"
                                                       + (" (coreference)" if "(coreference)" in (a.why or "") else ""),
                                                       kind="country"))
                if len(acts) > 1 or (acts and not seated and (lemma in CONTAINER_NOUNS or owned)):
                    return acts
        body = named_before(h, phrase, ctx, self._sector_of(h, ctx) is not None) or (next(
            (named_before(c, c.doc[c.left_edge.i: c.i + 1], ctx, self._sector_of(c, ctx) is not None)
             for c in h.children if c.dep_ in ("poss", "compound") and c.i < h.i), None)
            if self._sector_of(h, ctx) is None else None)   # "the security council's failure", "the security council resolution"
        if body is not None:
            return [body]         # "the security council" after "a UN security council resolution" (knowledge/short_names.py)
        party_gov = actor_persons.party_government(self.kb, h, ctx, sector, ctx.coref.person_nouns)
        if party_gov is not None:
            return [party_gov]    # "the Conservative government": the party's country's, not the one spoken of
        if det and role == "source" and h.dep_ == "nsubj" and ctx.coref is not None and (same := [
                a for a in counted_before(h, lambda t: self._resolve_head(t, ctx, t.sent, role))
                or aged_before(h, ctx.coref.people, ctx) if a.country]):
            # "the pair", "the 26-year-old" begged: as for their patients (counted_people.py); only the subject of an
            # active verb (not "was not picked up for questioning") and only people whose country is known
            return same
        if det and ctx.coref is not None and (member := ctx.coref.party_member(
                h, phrase, sent, self._demonym_country(phrase, ctx))) is not None:
            return member         # "the Ohio Republican" after "Jane Holt ... said" (coref_descriptions.py)
        # definite role noun / "the country" / "the group": the actor already named
        if det and not has_proper and (side := conflict_side_of(self.kb, h, phrase, sent, ctx)) is not None:
            return [side]         # "in the Syrian conflict, Russia is backing the government": SYRGOV, whoever came before
        if det and not has_proper:
            # "the president", "the group", "the two leaders", "the militants": the actor(s) named before
            got = ctx.coref.description(h, phrase, sent, self._demonym_country(phrase, ctx))
            if got:
                return got
        a = ctx.coref.person_at(h)           # named with a role, or the surname of someone named in full
        if a is not None:
            return [a]
        own = next((m for m in ctx.mentions_at(h.idx) if m.start == h.idx and m.end == h.idx + len(h.text)
                    and "the short form the story gives" in (m.why or "") and m.kind == "country"), None)
        if own is not None:
            # "the MLC" after "the Malawi Labour Congress (MLC)": the story's own body, whatever the lists give the
            # letters (knowledge/story_acronyms.py, org_names.py)
            return [Actor(code=own.code, country=own.country, sector=own.sector, name=own.name, entity=None,
                          text=own.text, start=own.start, end=own.end, why=own.why, kind=own.kind)]
        a = renamed(self.kb.resolve_phrase(phrase.text, phrase.start_char, ctx.date, ctx.countries), h.doc, ctx)
        a = apposed_name(self.kb, h, self._shared_modifier(h, a, ctx), ctx)  # shared_mods.py, apposed_name.py
        if (w := described_workplace(self.kb, ctx, h, a, lambda t: self._sector_of(t, ctx))) is not None:
            a = w         # "a researcher at Amnesty International": the body's (knowledge/workplace.py)
        if a is None and not (self._violent_agent(h) and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in h.children)):
            # with the apposition ("Head of the council (ISCI) Ammar Hakim") and participle
            # ("the rockets launched by the Iranian army"; not "raids aimed at police": the object of an attack's
            # participle is its target)
            full = self._phrase(h, drop={"conj", "cc", "relcl"}, inner=("relcl", "advcl"), junk=ctx.junk,
                                alone=role != "source")
            if full is not None and full.text != phrase.text:
                a = renamed(self.kb.resolve_phrase(full.text, full.start_char, ctx.date, ctx.countries), h.doc, ctx)
                if a is not None and a.start is not None and role != "source" and any(
                        c.dep_ == "acl" and c.lemma_.lower() in victim_words().get("person-verb", ())
                        and any(g.dep_ == "agent" for g in c.children)
                        and c.left_edge.idx <= a.start <= c.right_edge.idx for c in h.children):
                    # "12 injured by a suicide bomber": the agent of a harm is not the one it befell ("the bases used
                    # by Hizbollah", "the reforms taken by the government" do name their owner)
                    a = None
                if a is not None and role != "source" and in_participle_object(h, a.start):
                    a = None      # "denounced a study pressing the cabinet": not the cabinet (participle_object.py)
                if a is not None and role != "source" and in_series_verb(h, a.start):
                    a = None      # "seized the port, sold[acl] fuel to Kenya and ...": another act's (misparses.py)
        if (person := apposed_national(h, a)) is not None:
            a = person    # "Roger Waters, co-founder of the British rock band": a British individual (unknown_origin.py)
        if a is not None and located_capital(h, a, self.event_noun(h) is not None, self._violent_agent(h)):
            a = None      # "Ghouta, on the outskirts of Quito", "a journey to Rome": where, no actor (located_capital.py)
        if a is not None and place_on_act(h, a) and self._violent_agent(h):
            # "the car bomb in Kabul, which killed", "the raid in Kandahar": where the act was is no doer (its
            # victims are there: knowledge/actor_country._act_place)
            a = None
        if a is None:
            # a name the document-level matcher found at the head itself ("ISIS", which a phrase of capitals
            # alone does not resolve)
            # (a modifier standing for its actor, "the US decision", "Israeli shelling", may be a country too)
            # (and a country named by the head word alone: "called on US to lift", an acronym the phrase resolver
            # cannot tell from a capitalised word without its context)
            kinds = ("group", "party", "igo", "person") + (("country", "capital", "people") if h.dep_ in ("compound", "amod", "nmod", "poss") else ())
            a = next((m for m in ctx.mentions_at(h.idx) if m.code
                      and (_kind(m) in kinds or (m.start == h.idx and m.end == h.idx + len(h.text)))), None)
            if a is not None:
                a = Actor(code=a.code, country=a.country, sector=a.sector, name=a.name, entity=a.entity, text=a.text,
                          start=a.start, end=a.end, why=(a.why or "") + " (name found in the document)", kind=a.kind)
        if (a is None or not a.code) and role == "target" and h.pos_ == "PROPN" and h.ent_type_ == "PERSON" \
                and not ctx.in_junk(phrase.start_char, phrase.end_char) \
                and not any(phrase.start_char < p.end for p in ctx.places_in(phrase.start_char - 200, phrase.end_char)):
            # "Silva was shot in the chest", "gunmen abducted Maria Lopez": someone the actor lists do not know, named
            # as the one an act was done to, is a private individual; a country comes from where the article places
            # them (knowledge/actor_country.py)
            a = Actor(code="CVL", country=None, sector="CVL", name=phrase.text, entity=None, text=phrase.text,
                      start=phrase.start_char, end=phrase.end_char, kind="person",
                      why=f"'{phrase.text}': a person the actor lists do not know, named as the one acted on: "
                          f"an individual (CVL)")
            place_person(a, h, ctx)       # "the Canadian volunteer Anwar Kassim" elsewhere (unknown_origin.py)
        if (a is None or not a.code) and role == "source" and h.pos_ == "PROPN" and h.ent_type_ == "PERSON" \
                and (name := h.doc[min([c.i for c in h.lefts if c.dep_ == "compound"] + [h.i]): h.i + 1]) is not None \
                and not ctx.in_junk(name.start_char, name.end_char) \
                and not any(name.start_char < p.end and p.start < name.end_char
                            for p in ctx.places_in(name.start_char, name.end_char)):
            # "Maria Lopez, from Leeds, begged": a doer no list knows, a private individual where the story says whose
            # citizen (knowledge/unknown_origin.described_private); no actor where it does not
            a = described_private(h, name.text, name.start_char, name.end_char, ctx, "named as the doer") or a
        if (a is None or not a.code) and role != "fallback" and not ctx.in_junk(phrase.start_char, phrase.end_char):
            a = unknown_firm(h, phrase)      # "an investigation into Acme Holdings Inc": a business (named_firms.py)
        if (a is None or not a.code) and role in ("target", "owner"):
            a = possessor_owner(h, ctx, sent)     # "pounded their bunkers": whom "their" stands for (owned_things.py)
        if a is None or not a.code:
            return []
        if a.start is None:
            a.start, a.end, a.text = phrase.start_char, phrase.end_char, phrase.text
        if ctx.in_junk(a.start, a.end):
            return []
        named = h.head if h.dep_ == "compound" and h.head.i > h.i else h
        if named_after(named, a, ctx.mentions_from(named.left_edge.idx, named.idx)):
            return []                    # "the Astana process", "the Mexico City policy": a place, not a party
        if role == "fallback" and not self._names_head(h, a, ctx):
            return []                    # "five US goals", "the Kurdish enclave": a theme or place, not the actor
        if lemma in ROLE_NOUNS and not a.entity and a.kind != "person":
            # "Germany's chancellor", "the Iraqi politician": a person, whom a later "he" can mean
            a = Actor(code=a.code, country=a.country, sector=a.sector, name=a.name, entity=None, text=a.text,
                      start=a.start, end=a.end, why=a.why, kind="person")
        if a.country is None and not a.entity and a.sector and a.kind != "person":
            org = ctx.coref.apposed_org(h)
            if org is not None:
                # "the PKK, a designated terror group": the description renames the organisation
                return [self._linked(org, h, f"'{h.text}' in apposition to '{org.text}'")]
            named = named_after_description(h, ctx)
            if named is not None:
                # "the news agency AFP": the name right after the description says who it is
                return [self._linked(named, h, f"'{h.text}' named by '{named.text}' right after it")]
        # "figures, including three Labour MPs, academics ...", "campaigners, including two Labour MPs": the
        # country's people, not the party (knowledge/included_members.py)
        a = included_party(a, h, lambda t: self._sector_of(t, ctx), ctx.mentions_from,
                           lambda t: self._resolve_head(t, ctx, sent, role),
                           lambda span: self.kb.resolve_phrase(span.text, span.start_char, ctx.date, ctx.countries))
        # "a British volunteer", "two Britons", "hundreds of Syrians": people of that country, not its state; or the
        # body they joined ("Dutch citizens who joined al-Shabaab") (knowledge/private_nationals.py)
        a = private_national(a, h, ctx)
        if not a.entity and a.kind in ("sector", "country") and h.pos_ == "NOUN":
            # "(a total of 900) foreign fighters who joined Isis": members of the group joined (actor_persons.member_of)
            sp = h.doc.char_span(a.start, a.end) if a.start is not None else None    # (its own noun: "total")
            own = sp.root if sp is not None and h.left_edge.i <= sp.root.i <= h.right_edge.i else h
            a = actor_persons.member_of(own, a, ctx, joined=True) or a
        # "a former British soldier", "a former Iraqi minister": no longer of the army or the government; a former
        # official is an elite (ELI), anyone else a private person (CVL)
        a = actor_persons.former_actor(a, h, ctx.coref.person_nouns)
        if a.country is None and ctx.coref is not None:
            a = ctx.coref.speakers_body(a, h, sent) or a    # '"Our forces ...," said X': X's side's
        if a.country is None and a.sector in STATE_SECTORS:
            # "its forces", "their government": the country named before, unless the owner named before is a group
            # ("the PYD and its military wing"); other sector-only actors take a country from where the article
            # places them (knowledge/actor_country.py)
            poss = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            owner = ctx.coref.owner(poss, sent, a.sector) if poss is not None else None
            if owner is not None and owner.country and _kind(owner) in ("country", "capital"):
                country = owner.country
                a = Actor.national(country, a.sector, name=a.name, entity=a.entity,
                                   text=a.text, start=a.start, end=a.end, kind=a.kind,
                                   why=(a.why or "") + f"; country {country} from its owner")
        return [a]
