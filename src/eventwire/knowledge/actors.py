"""Actor knowledge: who is who, at the date of the story.

``ActorKB.load()`` reads the packaged actor tables (``data/actors/``: countries, sectors, IGOs,
groups, parties, people/*.tsv; formats in docs/DATA.md) plus any user files in the same formats,
and compiles every alias into one Aho-Corasick automaton.  Text is normalised character by
character (lower case, accents folded, curly quotes and dashes unified) so that match offsets are
offsets into the original text.

* ``kb.find(text, date)``: every known-actor mention (countries by name or demonym, capitals and
  seats of power as governments, IGOs, groups, parties, people), longest match first, with offsets,
  people resolved to the role they held at ``date``.
* ``kb.resolve_phrase(phrase, start, date, context)``: the actor a noun phrase stands for, combining
  known names with demonyms and sector nouns ("Iraqi troops" -> IRQMIL).
* ``kb.split_coordination(...)``: one actor per conjunct ("the governments of Iraq and Syria").
* ``kb.lookup(name, date)``: candidates with explanations (for ``eventwire actors lookup``).

People: a person with a role at the date gets country + that role's sector.  A person whose
government/military/legislative/judicial/security/party roles all ended before the date gets
country + ELI (former elite, the CAMEO convention); before any known role, the country alone.
The compiled index is cached under ``$XDG_CACHE_HOME/eventwire`` (default ``~/.cache/eventwire``),
keyed by the data files' paths, sizes and mtimes (and those of the actor*.py modules, ``_CODE_FILES``);
set ``EVENTWIRE_NO_CACHE=1`` to skip it.

Stages: actor_records.py (normalisation, records, TSV reading), actor_match.py (the name index run over a text),
actor_resolve.py (a candidate at the story date), actor_phrases.py (noun phrases, coordination); this module
loads and caches the index and holds ``find``, ``lookup`` and ``default_kb``; it re-exports the stages' names.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Optional, Sequence

import ahocorasick

from eventwire.disk_cache import cache_folder, read_pickle, write_pickle
from eventwire.model import Actor

# the stages (also re-exported: tests, truecase.py and others import these names from this module)
from eventwire.knowledge.actor_records import (  # noqa: F401
    _ASCII_TABLE, _CHARMAP, _FOLD_CACHE, _IRREG_PLURAL, _RE_AL, _RE_HYPH, _RE_POSS, _RE_WS,
    FORMER_ELITE, KIND_RANK, NAME_KINDS, ORG_KINDS, SECTOR_RANK, STOP_PHRASES,
    Cand, Org, Person, Role,
    _alts, _date_key, _fold_char, _read_tsv, _variants, file_kind, initial_variants, norm_alias, norm_text, pluralize,
)
from eventwire.knowledge.actor_spellings import SpellingIndex
from eventwire.knowledge.name_clash import clashing
from eventwire.knowledge.actor_match import (  # noqa: F401
    _AGENCIES, _AGENCY_STUB, _DIRECTION_BEFORE, _FIRST_NAMES, _MONTHS, _NAME_LIKE, _NEXT_OK, _STOP_CAPS,
    _TITLES_BEFORE, _US_LOCAL_RE, _US_STATE_ALT, _US_TOWNS,
    _MatchMixin, _is_acronym, dateline_span, us_local,
)
from eventwire.knowledge.actor_resolve import _ResolveMixin  # noqa: F401
from eventwire.knowledge.actor_phrases import (  # noqa: F401
    _BOUNDARY_RE, _BOUNDARY_WORDS, _FUNCTION_AFTER, _MODIFIER_AFTER, _PHRASE_CACHE_CHARS, _PHRASE_CACHE_SIZE,
    _PhraseMixin, _adjective_use, partisan_at,
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
_CACHE_VERSION = "actors-9"
# the code that builds (and reads) the index: part of the cache key, so that a change to any of them drops the cache
_CODE_FILES = ("actors.py", "actor_records.py", "actor_match.py", "actor_resolve.py", "actor_phrases.py",
               "actor_spellings.py")


class ActorKB(_MatchMixin, _ResolveMixin, _PhraseMixin):
    """Known actors and a compiled matcher over their aliases.  Use ``ActorKB.load()``."""

    def __init__(self) -> None:
        self.countries: dict[str, str] = {}          # iso3 -> name
        self.regions: dict[str, str] = {}
        self.orgs: dict[str, Org] = {}
        self.people: dict[str, Person] = {}
        self.aliases: dict[str, list[Cand]] = {}     # normalised alias -> candidates
        self.file_counts: dict[str, int] = {}
        self.errors: list[str] = []
        self.automaton = None
        self._order = 0
        self.adjective_terms: set[str] = set()         # sector terms that are adjectives too ("general")
        self.title_terms: set[str] = set()             # sector terms of kind `title`, a person's ("king", "governor")
        self.peoples: dict[str, tuple[str, str]] = {}   # CAMEO ethnic code -> (entity, name): peoples without a state

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, extra_files: Sequence[str] = ()) -> "ActorKB":
        files = cls.data_files()
        extras = [str(Path(f)) for f in (extra_files or ())]
        key = cls._cache_key(files + extras)
        cache = None
        if key and not os.environ.get("EVENTWIRE_NO_CACHE"):
            cache = cache_folder() / f"{_CACHE_VERSION}-{key}.pkl"
            kb = read_pickle(cache, cls)
            if kb is not None:
                return kb
        kb = cls()
        for f in files:
            kb._load_file(f, user=False)
        for f in extras:
            kb._load_file(f, user=True)
        kb._compile()
        if cache is not None:
            kb.spellings()      # (kept in the cached index: built once, not at each process's first document)
            write_pickle(cache, kb)     # (the newest 6 kept: one per data/user-file combination)
        return kb

    @staticmethod
    def data_files() -> list[str]:
        order = ["countries.tsv", "peoples.tsv", "sectors.tsv", "igos.tsv", "groups.tsv", "parties.tsv", "media.tsv"]
        out = [str(DATA_DIR / n) for n in order if (DATA_DIR / n).exists()]
        pdir = DATA_DIR / "people"
        if pdir.is_dir():
            out += sorted(str(p) for p in pdir.glob("*.tsv"))
        return out

    @staticmethod
    def _cache_key(files: Sequence[str]) -> Optional[str]:
        h = hashlib.sha1(_CACHE_VERSION.encode())
        try:
            for me in (Path(__file__).with_name(n) for n in _CODE_FILES):
                st = me.stat()
                h.update(f"{me}:{st.st_size}:{st.st_mtime_ns}".encode())
            for f in files:
                st = os.stat(f)
                h.update(f"{os.path.abspath(f)}:{st.st_size}:{st.st_mtime_ns}".encode())
        except OSError:
            return None
        return h.hexdigest()[:16]

    def _add_alias(self, alias: str, cand: Cand, variants: bool = True) -> None:
        # (the alias as written first, then its variants in a fixed order: a set's order follows the hash seed, and
        # which spelling an entity is shown by must not change between two builds of the index)
        for a in (sorted(_variants(alias), key=lambda v: (v != alias, v)) if variants else (alias,)):
            na = norm_alias(a)
            if len(na) < 2:
                continue
            c = Cand(cand.kind, cand.key, a, cand.sector, cand.weak, cand.user, self._order)
            self._order += 1
            lst = self.aliases.setdefault(na, [])
            if cand.user:
                # a user entry overrides packaged entries for the same alias
                lst[:] = [x for x in lst if x.user]
            elif any(x.user for x in lst):
                continue
            # the same entity may come with several spellings of one alias ("NATO", "Nato"): keep each,
            # so that the case check can accept any of them
            if not any(x.kind == c.kind and x.key == c.key and x.orig == c.orig for x in lst):
                lst.append(c)

    def _load_file(self, path: str, user: bool) -> None:
        try:
            header, rows = _read_tsv(path)
        except (OSError, UnicodeDecodeError) as exc:
            self.errors.append(f"{path}: {exc}")
            return
        kind = file_kind(header)
        if kind is None:
            self.errors.append(f"{path}: unknown header {header!r}")
            return
        label = ("people/" if kind == "people" else "") + Path(path).name
        if user:
            label = f"{path} (user {kind})"
        self.file_counts[label] = self.file_counts.get(label, 0) + len(rows)
        getattr(self, "_load_" + kind)(rows, user)

    def _load_countries(self, rows, user):
        for r in rows:
            iso = (r.get("iso3") or "").upper()
            if not re.fullmatch(r"[A-Z]{3}", iso):
                continue
            name = r.get("name") or iso
            self.countries[iso] = name
            self.regions[iso] = r.get("region", "-")
            for a in [name] + _alts(r.get("aliases")):
                self._add_alias(a, Cand("country", iso, a, user=user))
            for a in _alts(r.get("demonyms")):
                self._add_alias(a, Cand("demonym", iso, a, user=user))
            for a in _alts(r.get("capital")):
                self._add_alias(a, Cand("capital", iso, a, sector="GOV", user=user))
            for a in _alts(r.get("seats")):
                a, _, sec = a.partition("=")
                self._add_alias(a.strip(), Cand("seat", iso, a, sector=(sec.strip() or "GOV"), user=user))

    def _load_peoples(self, rows, user):
        for r in rows:
            code = (r.get("code") or "").upper()
            if not re.fullmatch(r"[A-Z]{3}", code):
                continue
            name = r.get("name") or code
            self.peoples[code] = (r.get("ethnic") or code.lower(), name)
            for a in _alts(r.get("aliases")):
                self._add_alias(a, Cand("people", code, a, user=user))

    def _load_sectors(self, rows, user):
        for r in rows:
            term, sec = (r.get("term") or "").strip(), (r.get("sector") or "").strip().upper()
            if not term or not sec:
                continue
            if sec == "-":
                # a phrase that names no sector although a sector term is in it ("general election", "market forces")
                self._add_alias(term.lower(), Cand("stop", "-", term.lower(), user=user))
                continue
            weak = "weak" in (r.get("note") or "").lower()
            if "adjective" in (r.get("note") or "").lower():
                self.adjective_terms.add(term.lower())
            if (r.get("kind") or "").strip() == "title":
                self.title_terms.add(term.lower())
            forms = [term]
            pl = pluralize(term.lower())
            if pl:
                forms.append(pl)
            for f in forms:
                self._add_alias(f.lower(), Cand("sector", sec, f.lower(), sector=sec, weak=weak, user=user))

    def _load_org(self, rows, user, kind):
        for r in rows:
            ent = r.get("entity") or ""
            code = (r.get("code") or "").upper()
            if not ent or not code or code == "-":
                continue
            country = (r.get("country") or "-").upper()
            country = country if re.fullmatch(r"[A-Z]{3}", country) else None
            if country is None and re.fullmatch(r"[A-Z]{6,}", code) and code[:3] in self.countries:
                country = code[:3]
            sector = None
            if kind == "party":
                sector = "PTY"
            elif kind == "group":
                k = (r.get("kind") or "").upper()
                sector = k if re.fullmatch(r"[A-Z]{3}", k) else (code[3:6] if len(code) >= 6 else None)
            name = r.get("name") if r.get("name") not in (None, "-", "") else ent
            self.orgs[ent] = Org(ent, kind, code, name, country, sector, r.get("note", ""))
            for a in [name] + _alts(r.get("aliases")):
                self._add_alias(a, Cand(kind, ent, a, user=user))

    def _load_igos(self, rows, user):
        self._load_org(rows, user, "igo")

    def _load_groups(self, rows, user):
        self._load_org(rows, user, "group")

    def _load_parties(self, rows, user):
        self._load_org(rows, user, "party")

    def _load_people(self, rows, user):
        seen_user: set[str] = set()
        done: set[tuple] = set()
        for r in rows:
            ent = r.get("entity") or ""
            name = r.get("name") or ""
            if not ent or ent == "-" or not name or name == "-":
                continue
            p = self.people.get(ent)
            if user and ent not in seen_user:
                # a user file's entity replaces the packaged one
                seen_user.add(ent)
                p = None
            if p is None:
                p = self.people[ent] = Person(ent, name, user=user)
            country = (r.get("country") or "-").upper()
            sector = (r.get("sector") or "-").upper()
            p.roles.append(Role(country if country != "-" else None, sector if sector != "-" else None,
                                r.get("role") or "-", _date_key(r.get("start")), _date_key(r.get("end"), end=True),
                                r.get("start") or "-", r.get("end") or "-"))
            for a in [name] + _alts(r.get("aliases")):
                if (ent, a, user) in done:
                    continue            # one row per role repeats the names
                done.add((ent, a, user))
                for v in sorted(initial_variants(a), key=lambda v: (v != a, v)):    # "George W. Bush", "George W Bush"
                    self._add_alias(v, Cand("person", ent, v, user=user))

    def _compile(self) -> None:
        self.__dict__.pop("_phrase_cache", None)
        self.__dict__.pop("_resolve_cache", None)
        for phrase in STOP_PHRASES:
            na = norm_alias(phrase)
            if not any(c.kind != "stop" and norm_alias(c.orig) == na for c in self.aliases.get(na, ())):
                self._add_alias(phrase, Cand("stop", "-", phrase), variants=False)
        A = ahocorasick.Automaton()
        for na in self.aliases:
            A.add_word(na, na)
        if len(self.aliases):
            A.make_automaton()
        self.automaton = A
        for p in self.people.values():
            p.roles.sort(key=lambda r: (r.start or "0000", r.end or "9999"))

    def find(self, text: str, date: Optional[str] = None, context: Sequence[str] = (),
             story: bool = False) -> list[Actor]:
        """Every known-actor mention in ``text``, longest match, non-overlapping, resolved for ``date``.
        ``story``: ``text`` is the whole story about to be coded; the names it gives to someone else
        (knowledge/name_clash.py) are then kept for its phrases too (``resolve_phrase``), until the next story."""
        if not isinstance(text, str) or not text:
            return []
        try:
            skip_to = dateline_span(text)
            matches = [m for m in self._raw_matches(text, local=us_local(text)) if any(c.kind != "sector" for c in m[2])]
            matches = [(s, e, [c for c in cands if c.kind != "sector"]) for s, e, cands in matches]
            # a listed name in another transliteration ("Jeysh al-Islam"): knowledge/actor_spellings.py
            matches += self.spellings().matches(text, [(s, e) for s, e, _ in matches], self.aliases)
            chosen = self._select(matches)
            out: list[Actor] = []
            seen: dict[str, int] = {}
            ctx = list(context or ())
            # the countries the story names without ambiguity, for choosing among same-named candidates
            for s, e, cands in chosen:
                keys = {c.key for c in cands if c.kind in ("country", "capital", "seat", "demonym")}
                if len(keys) == 1 and len(cands) == 1 and e > skip_to:
                    k = keys.pop()
                    if k not in ctx:
                        ctx.append(k)
            # a surname the story gives to someone else, a party acronym with no country of its in the story
            drop = clashing(self, text, chosen, ctx)
            if story:
                self.__dict__["_story_clash"] = frozenset(
                    (c.kind, c.key, c.orig) for s, e, cands in chosen for c in cands if (s, c.kind, c.key) in drop)
            if drop:
                chosen = [(s, e, kept) for s, e, cands in chosen
                          if (kept := [c for c in cands if (s, c.kind, c.key) not in drop])]
            for s, e, cands in chosen:
                if e <= skip_to or all(c.kind == "stop" for c in cands):
                    continue
                cands = [c for c in cands if c.kind != "stop"]
                c, amb = self._choose(cands, date, ctx, seen)
                a = self._actor_for(c, date, text[s:e], s, e)
                if amb:
                    a.why += amb
                seen[c.key] = seen.get(c.key, 0) + 1
                if a.country and a.country not in ctx:
                    ctx.append(a.country)
                out.append(a)
            return out
        except Exception as exc:  # never let bad input crash the pipeline
            self.errors.append(f"find: {exc!r}")
            return []

    def spellings(self) -> SpellingIndex:
        """The lists' names by spelling key (knowledge/actor_spellings.py): kept in the cached index, else built
        on first use."""
        index = self.__dict__.get("_spellings")
        if index is None or not index.current():
            index = self.__dict__["_spellings"] = SpellingIndex(self.aliases)
        return index

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_phrase_cache", None)        # a per-process cache, not part of the pickled index
        state.pop("_resolve_cache", None)
        state.pop("_story_clash", None)         # the story being coded (find(story=True))
        return state

    # ---------------------------------------------------------------- look-up / stats
    def lookup(self, name: str, date: Optional[str] = None) -> list[tuple[Actor, str]]:
        """Every candidate for a name (exact alias first, else what the phrase resolver makes of it)."""
        if not isinstance(name, str) or not name.strip():
            return []
        out: list[tuple[Actor, str]] = []
        na = norm_alias(name)
        cands = self.aliases.get(na, [])
        if cands and all(c.kind == "stop" for c in cands):
            return []                   # a phrase that names no actor ("Latin American", "Persian Gulf")
        shown: set = set()
        for c in cands:
            if c.kind == "stop" or (c.kind, c.key) in shown:
                continue
            shown.add((c.kind, c.key))
            a = self._actor_for(c, date, name, 0, len(name)) if c.kind != "sector" else \
                Actor(code=c.sector, sector=c.sector, text=name, start=0, end=len(name),
                      why=f"sector term '{c.orig}'", kind="sector")
            out.append((a, self.explain(c, date)))
        if not out:
            a = self.resolve_phrase(name, 0, date)
            if a:
                out.append((a, "phrase: " + (a.why or "")))
        return out

    def explain(self, c: Cand, date: Optional[str]) -> str:
        if c.kind == "person":
            p = self.people[c.key]
            roles = "; ".join(f"{r.country or '-'}{r.sector or ''} {r.role} {r.start_raw}..{r.end_raw}" for r in p.roles)
            return f"person {p.entity}{' (user file)' if p.user else ''}: roles {roles}"
        if c.kind in ORG_KINDS:
            o = self.orgs[c.key]
            return f"{o.kind} {o.entity}: {o.name}, code {o.code}, country {o.country or '-'}"
        if c.kind == "sector":
            return f"sector term '{c.orig}' -> {c.sector}{' (weak)' if c.weak else ''}"
        return f"{c.kind} of {self.countries.get(c.key, c.key)} ({c.key})"

    def stats(self) -> dict:
        return {
            "files": dict(self.file_counts),
            "countries": len(self.countries),
            "igos": sum(1 for o in self.orgs.values() if o.kind == "igo"),
            "groups": sum(1 for o in self.orgs.values() if o.kind == "group"),
            "parties": sum(1 for o in self.orgs.values() if o.kind == "party"),
            "people": len(self.people),
            "roles": sum(len(p.roles) for p in self.people.values()),
            "aliases": len(self.aliases),
            "errors": list(self.errors),
        }


_DEFAULT: Optional[ActorKB] = None


def default_kb() -> ActorKB:
    """The packaged knowledge base, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = ActorKB.load()
    return _DEFAULT
