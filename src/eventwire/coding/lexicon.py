"""The verb and event-noun lexicon (``data/lexicon/NN_<root>.tsv``, format in docs/DATA.md).

Usage::

    lex = default_lexicon()
    lex.match_verb("express", obj_lemma="gratitude", preps={"to"})[0].cameo      # '051'
    lex.match_verb("retake", preps={"from"})[0].target                            # 'prep'
    lex.match_noun("talk", preps={"with"})[0].cameo                                # '040'

Matching rules (all lookups are dict lookups by lemma):

* An entry matches only if every constraint it states holds:
  - ``particle``: the clause's particle equals it. A particle that spaCy tagged as a
    preposition also counts (``preps`` contains it).
  - ``object``: ``obj_lemma`` (lemma of the direct object's head) is one of its alternatives.
  - ``prep``: that preposition is present in ``preps``. If the verb has no particle-constrained
    entry, a particle equal to the entry's prep also counts ("called on" parsed as prt).
    When ``target`` is ``dobj`` or ``none`` the prep is only a constraint ("strip X of ...").
  - an entry without a particle also matches a particle use of the lemma, ranked lower than
    any entry naming that particle ("back down" beats "back").
* Results are ordered most specific first: particle (4) + object (2) + prep (1); ties keep
  file order, except that a row met by the kind of the "to V" purpose (``inf:@kind``) goes before one met by the
  object's word ("sent aircraft to buzz the islands": 150, not 072). The first result is the coder's pick.
* Non-event uses: a row whose ``cameo`` is ``-`` (id ``x.<slug>``) marks a use of the lemma that is
  not an event ("hit a record", "capture images", "release an album"). It is ranked like any
  other row; when it is the best match the lookup returns ``[]``, and it is never returned
  itself. Such rows are kept in ``Lexicon.blocks``, not in ``entries``.
* A particle-constrained entry is satisfied by a preposition of the same word only when the
  clause has no direct object (or the entry names the object): "called on Iran" is "call on",
  "called Lavrov on Tuesday" is not.
* Argument senses: an ``object`` alternative may test an argument's *kind* instead of the object's lemma:
  ``@kind`` tests the direct object, ``<prep>:@kind`` / ``<prep>:word`` the object of that preposition
  ("of:@hazard" in "warned of a risk"), ``clause:@kind`` / ``clause:word`` the finite clausal complement
  ("warned that troops would advance") and ``inf:@kind`` / ``inf:word`` the infinitive one ("refused to
  confirm"). The caller passes ``args`` (slot -> (lemma, kinds)); the kinds (data/lexicon/argument_kinds.tsv
  for words, the coder for entity, actor and clause kinds) are listed in docs/DATA.md. Such a row ranks as
  an object row; without ``args`` it never matches. A ``subj:@kind`` test is a condition on the subject,
  and-ed with the row's other alternatives ("Ankara protested at the deal": a state's complaint, `subj:@state`;
  "ceasefire|truce|subj:@igo": a ceasefire the UN orders); it adds 1 to the row's rank and wins ties.
* Nouns: ``match_noun(lemma, preps)``; an N entry with a prep matches only if that prep is
  present; multiword nouns are written with ``-`` ("car-bomb", "air-strike"); ``match_compound``
  tries modifier+head joins before the bare head. An N row may test its doer's kind (`subj:@state`, the
  only argument test nouns take; the doer is the noun's possessor, actor modifier, "by" phrase or its light
  verb's subject: "Turkey's protest", "Ankara lodged a protest"); the rows whose test holds come before all others.

Bad lines never raise: they are skipped and reported as ``file:line: reason`` in
``Lexicon.problems`` (and by ``validate()``).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Iterable

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
COLUMNS = ("id", "pos", "lemma", "particle", "object", "prep", "target", "cameo", "example")
TARGETS = frozenset({"dobj", "prep", "none"})
_ROOT_FILE = re.compile(r"^(\d\d)_[\w-]+\.tsv$")
_CODE = re.compile(r"^\d{2,4}$")
_ARG_SLOT = re.compile(r"^(?:([a-z]+):)?(@?[\w-]+)$")
# kinds the coder works out from the parse (coding/senses.py), beside the word kinds of argument_kinds.tsv
PARSE_KINDS = frozenset({"actor", "person", "place", "threat", "withholding", "deed", "prospect", "finding", "option",
                         "query", "state", "igo", "armed", "country", "armed_guest", "void_law", "armed_backing",
                         "money", "own_post", "bare_post", "own_possessed", "named_group", "police",
                         "counsel", "mass", "challenge", "wanted", "armed_show", "repression"})

# lemmas the small spaCy model gets wrong for verbs in this lexicon (checked on our own examples)
_LEMMA_FIX = {"retook": "retake", "extoll": "extol", "decreed": "decree", "handcuffed": "handcuff",
              "exitte": "exit", "overflie": "overfly", "airdrope": "airdrop", "unbane": "unban", "ax": "axe"}

from eventwire.coding.lexicon_rows import Entry, _memo, _norm_lemma, _opt, _read_tsv

__all__ = ["Entry", "Lexicon", "default_lexicon", "DATA_DIR"]


class Lexicon:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.by_id: dict[str, Entry] = {}
        self.problems: list[str] = []
        self.blocks: list[Entry] = []       # non-event rows (cameo "-")
        self._verbs: dict[str, list[Entry]] = {}
        self._nouns: dict[str, list[Entry]] = {}
        self._adjs: dict[str, list[Entry]] = {}      # A rows: outlook adjectives after a copula (coding/outlook.py)
        self._phrasal: set[str] = set()     # verb lemmas with a particle-constrained entry
        self._reporting: frozenset[str] = frozenset()
        self._light: dict[str, frozenset] = {}
        self._light_not: dict[str, frozenset] = {}
        self._block_ids: dict[str, Entry] = {}
        self._word_kinds: dict[str, frozenset] = {}    # lemma -> kinds (argument_kinds.tsv)
        self._sensed: set[str] = set()                  # verb lemmas with a row testing an argument's kind
        # answers kept per words (the same verbs and nouns come back clause after clause); emptied when rows load
        self._verb_memo: dict[tuple, tuple] = {}
        self._event_verb_memo: dict[str, bool] = {}
        self._noun_memo: dict[str, bool] = {}
        self._object_memo: dict[str, frozenset] = {}

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, extra_paths: Iterable[str | Path] = (), data_dir: str | Path | None = None) -> "Lexicon":
        """Read every ``NN_<name>.tsv`` in the data dir, then ``extra_paths`` (files or folders)."""
        lex = cls()
        base = Path(data_dir) if data_dir else DATA_DIR
        files = sorted(p for p in base.glob("*.tsv") if _ROOT_FILE.match(p.name)) if base.is_dir() else []
        if not files:
            lex.problems.append(f"{base}:0: no lexicon files found")
        user: set[Path] = set()
        for p in extra_paths:
            p = Path(p)
            if p.is_dir():
                more = sorted(q for q in p.glob("*.tsv") if _ROOT_FILE.match(q.name))
            elif p.is_file():
                more = [p]
            else:
                more = []
                lex.problems.append(f"{p}:0: no such file or folder")
            files.extend(more)
            user.update(more)
        for f in files:
            lex._load_file(f, user=f in user)
        lex._load_reporting(base / "reporting_verbs.tsv")
        lex._load_light(base / "light_verbs.tsv")
        lex._load_kinds(base / "argument_kinds.tsv")
        return lex

    def _load_file(self, path: Path, user: bool = False) -> None:
        """A user's file (``--lexicon``, eventwire.toml): its rows come before the packaged ones of the same lemma,
        so a user row wins over a packaged row with the same constraints (a correction's lesson)."""
        first: dict[tuple, int] = {}            # (pos, lemma) -> user rows put first so far
        self._verb_memo.clear()
        self._event_verb_memo.clear()
        self._noun_memo.clear()
        self._object_memo.clear()
        for n, row in _read_tsv(path, self.problems):
            where = f"{path}:{n}"
            missing = [c for c in COLUMNS if c not in row]
            if missing:
                self.problems.append(f"{where}: missing columns {missing}")
                return
            eid = row["id"].strip()
            pos = row["pos"].strip().upper()
            lemma = _norm_lemma(row["lemma"])
            target = row["target"].strip().lower()
            cameo = row["cameo"].strip()
            prep = _opt(row["prep"])
            obj = _opt(row["object"])
            bad = None
            if not eid:
                bad = "empty id"
            elif eid in self.by_id or eid in self._block_ids:
                old = self.by_id.get(eid) or self._block_ids[eid]
                bad = f"duplicate id {eid!r} (first at {old.file}:{old.line})"
            elif pos not in ("V", "N", "A"):
                bad = f"bad pos {row['pos']!r}"
            elif not lemma or lemma == "-":
                bad = "empty lemma"
            elif target not in TARGETS:
                bad = f"bad target {row['target']!r}"
            elif target == "prep" and not prep:
                bad = "target is prep but no prep given"
            elif cameo == "-" and not eid.startswith("x."):
                bad = f"non-event row id {eid!r} must start with 'x.'"
            elif cameo != "-" and not _CODE.match(cameo):
                bad = f"bad cameo code {cameo!r}"
            if bad:
                self.problems.append(f"{where}: {bad}")
                continue
            alts = frozenset(_norm_lemma(o) for o in obj.split("|") if o.strip()) if obj else None
            tests = []
            for a in sorted(alts or ()):
                if ":" not in a and not a.startswith("@"):
                    continue
                m = _ARG_SLOT.match(a)
                if m is None or (pos != "V" and m.group(1) != "subj"):
                    bad = f"bad argument test {a!r}" + ("" if pos == "V" else " (verbs only; a noun takes subj: tests only)")
                    break
                tests.append((m.group(1) or "obj", m.group(2)))
            if bad:
                self.problems.append(f"{where}: {bad}")
                continue
            e = Entry(
                id=eid, pos=pos, lemma=lemma,
                particle=(_opt(row["particle"]) or None) and _opt(row["particle"]).lower(),
                object=alts,
                prep=prep.lower() if prep else None,
                target=target, cameo=cameo, example=row["example"].strip(),
                file=str(path), line=n, arg_tests=tuple(tests),
            )
            if e.is_block:
                self.blocks.append(e)
                self._block_ids[eid] = e
            else:
                self.entries.append(e)
                self.by_id[eid] = e
            rows = (self._verbs if pos == "V" else self._adjs if pos == "A" else self._nouns).setdefault(lemma, [])
            if user:
                n = first.get((pos, lemma), 0)
                rows.insert(n, e)
                first[(pos, lemma)] = n + 1
            else:
                rows.append(e)
            if pos == "V" and e.particle and not e.is_block:
                self._phrasal.add(lemma)
            if e.arg_tests:
                self._sensed.add(lemma)

    def _load_reporting(self, path: Path) -> None:
        if not path.exists():
            return
        self._reporting = frozenset(_norm_lemma(r.get("lemma", "")) for _, r in _read_tsv(path, self.problems)
                                    if r.get("lemma", "").strip())

    def _load_light(self, path: Path) -> None:
        if not path.exists():
            return
        light: dict[str, set] = {}
        for _, r in _read_tsv(path, self.problems):
            lem = _norm_lemma(r.get("lemma", ""))
            if lem:
                light.setdefault(lem, set()).add(_opt(r.get("particle", "-") or "-"))
                nots = _opt(r.get("not", "-") or "-")
                if nots and _opt(r.get("particle", "-") or "-") is None:
                    self._light_not[lem] = frozenset(_norm_lemma(w) for w in nots.split("|") if w.strip())
        self._light = {k: frozenset(v) for k, v in light.items()}

    def _load_kinds(self, path: Path) -> None:
        if not path.exists():
            return
        kinds: dict[str, set] = {}
        for n, r in _read_tsv(path, self.problems):
            kind, lem = r.get("kind", "").strip().lower(), _norm_lemma(r.get("lemma", ""))
            if not kind or not lem:
                self.problems.append(f"{path}:{n}: empty kind or lemma")
                continue
            kinds.setdefault(lem, set()).add(kind)
        self._word_kinds = {k: frozenset(v) for k, v in kinds.items()}

    def word_kinds(self, lemma: str) -> frozenset:
        """The argument kinds argument_kinds.tsv gives a noun lemma ("attack" -> violent, "homeland" -> place)."""
        return self._word_kinds.get(_norm_lemma(lemma or ""), frozenset())

    def has_senses(self, lemma: str) -> bool:
        """Whether some row of this verb tests an argument's kind (the coder works the kinds out only then)."""
        return bool(lemma) and _norm_lemma(lemma) in self._sensed

    def particles(self, lemma: str) -> frozenset[str]:
        """The particles this verb's rows name ("ablaze", "alight" for "set")."""
        lem = _norm_lemma(lemma or "")
        return _memo(self._object_memo, ("particles", lem),     # (asked of every candidate verb of every clause)
                     lambda: frozenset(e.particle for e in self._verb_candidates(lem) if e.particle))

    # ----------------------------------------------------------------- matching
    def match_verb(self, lemma: str, particle: str | None = None, obj_lemma: str | None = None,
                   preps: Iterable[str] = frozenset(), _want_block: bool = False, args=None) -> list[Entry]:
        """V entries whose constraints all hold, most specific first. ``args`` (slot -> (lemma, kinds)) lets rows
        that test an argument's kind match ("obj", a preposition, "clause", "inf")."""
        if not lemma:
            return []
        cands = self._verb_candidates(_norm_lemma(lemma))
        if not cands:
            return []
        particle = particle.lower().strip() if particle else None
        obj = _norm_lemma(obj_lemma) if obj_lemma else None
        preps = frozenset(p.lower() for p in preps) if preps else frozenset()
        if args:
            return self._match_verb(cands, particle, obj, preps, _want_block, args)
        # (without argument kinds the answer depends on the words alone: kept per words, a copy for each caller)
        key = (lemma, particle, obj, preps, _want_block)
        return list(_memo(self._verb_memo, key,
                          lambda: tuple(self._match_verb(cands, particle, obj, preps, _want_block, args))))

    def _match_verb(self, cands, particle, obj, preps, _want_block, args) -> list[Entry]:
        scored = []
        for i, e in enumerate(cands):
            score = 0
            if e.particle:
                if e.particle != particle and not (e.particle in preps and (obj is None or e.object)):
                    continue
                score += 4
            if e.subj_tests:
                # a condition on the subject, and-ed with the other alternatives ("subj:@state"): it ranks like a
                # preposition (an object row still wins: "gathered evidence") and wins ties
                if not (args and _arg_test(e.subj_tests, args)):
                    continue
                score += 1
            if e.object and not (e.subj_tests and e.object <= e.subj_alts):
                if (obj is None or obj not in e.object) and not (
                        args and _arg_test([t for t in e.arg_tests if t[0] != "subj"], args)):
                    continue
                score += 2
            if e.prep:
                if e.prep in preps:
                    pass
                elif not e.particle and particle == e.prep:
                    pass  # spaCy took the preposition for a particle ("called on Iran")
                else:
                    continue
                score += 1
            # a row met by the kind of the "to V" the act is for wins a tie with one met by the object's word: the
            # purpose tells the sense ("sent aircraft to buzz the islands": a show of force, not arms sent as aid)
            purpose = bool(args and e.arg_tests) and (obj is None or obj not in (e.object or ())) and _arg_test(
                [t for t in e.arg_tests if t[0] == "inf" and t[1].startswith("@")], args)
            scored.append((-score, -bool(e.subj_tests), -purpose, i, e))
        scored.sort(key=lambda t: t[:4])
        if _want_block:
            return [t[-1] for t in scored][:1]
        return _drop_blocks([t[-1] for t in scored])

    def blocking_row(self, lemma: str, particle: str | None = None, obj_lemma: str | None = None,
                     preps: Iterable[str] = frozenset(), args=None):
        """The non-event row that wins for these words ("clashed with the assessment": x.clash-with-view), or None;
        with ``args``, also one that tests an argument's kind ("taking her State Department position": x.take-own-post)."""
        best = self.match_verb(lemma, particle, obj_lemma, preps, _want_block=True, args=args)
        return best[0] if best and best[0].is_block else None

    def _verb_candidates(self, lemma: str) -> list[Entry]:
        """Entries for a verb lemma; if none, repair a few known lemmatizer slips
        ("staged" -> "stag", "waged" -> "wag", "cordoned" -> "cordone", "retook")."""
        hit = self._verbs.get(lemma)
        if hit or len(lemma) < 3:
            return hit or []
        tries = [_LEMMA_FIX.get(lemma, ""), lemma + "e"]
        if lemma.endswith("e"):
            tries.append(lemma[:-1])
            if len(lemma) > 4 and lemma[-2] == lemma[-3]:
                tries.append(lemma[:-2])          # "gutte" -> "gut"
        for t in tries:
            if t and t in self._verbs:
                return self._verbs[t]
        return []

    def match_noun(self, lemma: str, preps: Iterable[str] = frozenset(), args=None) -> list[Entry]:
        """N entries for an event noun, prep-specific entries first; within each, a row whose `subj:@kind` test
        the noun's doer passes (``args``: {"subj": (lemma, kinds)}) comes first ("Turkey's protest at the deal",
        "the ministers' gathering in Oslo": a state's complaint, a meeting); a row with such a test never matches
        without it."""
        if not lemma:
            return []
        return self._match_rows(self._nouns.get(_norm_lemma(lemma)), preps, args)

    def match_adjective(self, lemma: str, preps: Iterable[str] = frozenset()) -> list[Entry]:
        """A entries for an adjective after a copula ("is sceptical of X"), prep-specific rows first, as a noun's."""
        return self._match_rows(self._adjs.get(_norm_lemma(lemma or "")), preps, None)

    def has_adjective(self, lemma: str) -> bool:
        """Whether the adjective has A rows (coding/outlook.py)."""
        return _norm_lemma(lemma or "") in self._adjs

    @staticmethod
    def _match_rows(cands, preps, args) -> list[Entry]:
        if not cands:
            return []
        preps = frozenset(p.lower() for p in preps) if preps else frozenset()
        cands = [e for e in cands if not e.subj_tests or (args and _arg_test(e.subj_tests, args))]
        with_prep = [e for e in cands if e.prep and e.prep in preps]
        bare = [e for e in cands if not e.prep]
        # (sorted is stable: the doer's sense first, each with its prep rows before the bare row)
        ranked = sorted(with_prep + bare, key=lambda e: not e.subj_tests)
        if ranked and ranked[0].subj_tests and not ranked[0].prep:
            # a prep row of the same code carries the target ("Israel's strike on the port": 190.n-strike-on)
            same = next((e for e in with_prep if not e.subj_tests and e.cameo == ranked[0].cameo), None)
            if same is not None:
                ranked.remove(same)
                ranked.insert(0, same)
        return _drop_blocks(ranked)

    def match_compound(self, head: str, modifiers: Iterable[str] = (), preps: Iterable[str] = frozenset(),
                       args=None) -> list[Entry]:
        """Try ``mod-...-head`` joins (longest first, e.g. "suicide-car-bombing"), then the bare head.
        A compound with only a non-event row ("rescue-operation") stops the search: ``[]``."""
        mods = [_norm_lemma(m) for m in modifiers if m]
        for k in range(len(mods), 0, -1):
            for start in range(0, len(mods) - k + 1):
                joined = "-".join(mods[start:start + k] + [_norm_lemma(head)])
                hit = self.match_noun(joined, preps, args)
                if hit:
                    return hit
                if any(e.is_block for e in self._nouns.get(joined, ())):
                    return []
        return self.match_noun(head, preps, args)

    def compound_blocked(self, head: str, modifiers: Iterable[str]) -> bool:
        """Whether a modifier and the head make a noun with only non-event rows ("awareness-campaign",
        "trade-war"): a verb row that names the bare head as its object ("launched a campaign") does not fit it."""
        head = _norm_lemma(head)
        for m in modifiers:
            joined = f"{_norm_lemma(m)}-{head}"
            rows = self._nouns.get(joined, ())
            if rows and all(e.is_block for e in rows) and not self.word_kinds(joined):
                # a compound with an argument kind ("surgical-operation": relief_operation) is read by the verb's
                # senses instead ("carried out surgical operations for the displaced" is aid)
                return True
        return False

    def lemmas(self) -> frozenset:
        """Every verb and noun lemma the lexicon has a row for (English words, for the truecaser)."""
        return frozenset(self._verbs) | frozenset(self._nouns)

    def is_event_noun(self, lemma: str) -> bool:
        if not lemma:
            return False
        return _memo(self._noun_memo, lemma,
                     lambda: any(not e.is_block for e in self._nouns.get(_norm_lemma(lemma), ())))

    def is_event_verb(self, lemma: str) -> bool:
        if not lemma:
            return False
        return _memo(self._event_verb_memo, lemma,
                     lambda: any(not e.is_block for e in self._verb_candidates(_norm_lemma(lemma))))

    def object_words(self, lemma: str) -> frozenset:
        """Every object word this verb's rows name (event and non-event rows alike)."""
        lem = _norm_lemma(lemma or "")
        return _memo(self._object_memo, lem,
                     lambda: frozenset(w for e in self._verb_candidates(lem) for w in (e.object or ())))

    def event_object_ends(self, lemma: str) -> frozenset:
        """Every ending of each object word of this verb's rows that is an event noun ("strike" and "e" of
        "air-strike"): the noun a clause's object stands for (``Predicates.event_noun``) ends with the object's own
        lemma."""
        lem = _norm_lemma(lemma or "")
        return _memo(self._object_memo, ("ends", lem), lambda: frozenset(
            w[k:] for w in self.object_words(lem) if self.is_event_noun(w) for k in range(len(w))))

    def needs_object(self, lemma: str) -> bool:
        """Whether every event row of this verb names object words (so that it codes nothing without one of them),
        and no light-verb `not` list names it."""
        lem = _norm_lemma(lemma or "")
        return _memo(self._object_memo, ("needs", lem), lambda: lem not in self._light_not and all(
            e.object for e in self._verb_candidates(lem) if not e.is_block))

    def is_light_verb(self, lemma: str, particle: str | None = None) -> bool:
        parts = self._light.get(_norm_lemma(lemma or ""))
        if not parts:
            return False
        return (particle.lower() if particle else None) in parts

    def light_not(self, lemma: str, noun: str) -> bool:
        """Whether a light verb does not carry this event noun (light_verbs.tsv `not`): "took refuge" is no grant
        of asylum."""
        return _norm_lemma(noun or "") in self._light_not.get(_norm_lemma(lemma or ""), frozenset())

    @property
    def reporting_verbs(self) -> frozenset[str]:
        return self._reporting

    @property
    def light_verbs(self) -> frozenset[str]:
        """Light verbs as strings: "hold", "carry out", "step up"."""
        return frozenset(k if p is None else f"{k} {p}" for k, ps in self._light.items() for p in ps)

    def verbs(self) -> frozenset[str]:
        return frozenset(self._verbs)

    def nouns(self) -> frozenset[str]:
        return frozenset(self._nouns)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, eid: str) -> bool:
        return eid in self.by_id

    # --------------------------------------------------------------- validation
    def validate(self) -> list[str]:
        """Problems found while loading plus semantic checks (unknown CAMEO codes, odd N patterns)."""
        from eventwire.ontology import is_known

        out = list(self.problems)
        for e in self.blocks:
            if e.target == "prep" and not e.prep:
                out.append(f"{e.file}:{e.line}: target prep without prep ({e.id})")
            if not (e.object or e.particle or e.prep) and not (e.pos == "N" and "-" in e.lemma):
                out.append(f"{e.file}:{e.line}: non-event row {e.id} names no object, particle or prep: "
                           "it would hide every use of the lemma")
        for e in self.entries:
            where = f"{e.file}:{e.line}"
            if not is_known(e.cameo):
                out.append(f"{where}: unknown CAMEO code {e.cameo!r} ({e.id})")
            if not e.id.startswith(e.cameo + "."):
                out.append(f"{where}: id {e.id!r} does not start with its code {e.cameo}.")
            if e.pos == "N" and (e.particle or (e.object and not e.object <= e.subj_alts)):
                out.append(f"{where}: N pattern with particle/object constraint ({e.id})")
            if e.target == "prep" and not e.prep:
                out.append(f"{where}: target prep without prep ({e.id})")
        known = PARSE_KINDS | frozenset(k for ks in self._word_kinds.values() for k in ks)
        for e in self.entries + self.blocks:
            for slot, want in e.arg_tests:
                if want.startswith("@") and want[1:] not in known:
                    out.append(f"{e.file}:{e.line}: unknown argument kind {want!r} ({e.id})")
        return out


def _arg_test(tests, args) -> bool:
    """Whether one of the argument tests holds: the slot's lemma is the word, or the kind is among its kinds."""
    for slot, want in tests:
        got = args.get(slot)
        if got is None:
            continue
        lemma, kinds = got
        if (want[1:] in kinds) if want.startswith("@") else (want == lemma):
            return True
    return False


def _drop_blocks(ranked: list[Entry]) -> list[Entry]:
    """A best match that is a non-event row means "no event"; lower-ranked ones are dropped."""
    if ranked and ranked[0].is_block:
        return []
    return [e for e in ranked if not e.is_block]


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped with eventwire, loaded once per process (read back built when it was built before:
    coding/lexicon_cache.py)."""
    from eventwire.coding.lexicon_cache import cached
    return cached(Lexicon.load, DATA_DIR, Lexicon)
