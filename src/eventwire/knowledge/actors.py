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
keyed by the data files' paths, sizes and mtimes; set ``EVENTWIRE_NO_CACHE=1`` to skip it.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

import ahocorasick

from eventwire.model import Actor

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
_CACHE_VERSION = "actors-6"
_PHRASE_CACHE_CHARS = 300        # noun phrases up to this length have their alias matches kept
_PHRASE_CACHE_SIZE = 50_000

# ---------------------------------------------------------------------------------------------
# normalisation (one char in, one char out, so offsets survive)

_CHARMAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\t": " ", "\n": " ", "\r": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
}


def _fold_char(c: str) -> str:
    m = _CHARMAP.get(c)
    if m is not None:
        return m
    if c.isascii():
        return c.lower()
    d = unicodedata.normalize("NFKD", c)
    base = d[0] if d else c
    low = base.lower()
    if len(low) != 1:
        low = c.lower() if len(c.lower()) == 1 else c
    return low


_FOLD_CACHE: dict[str, str] = {}


def norm_text(text: str) -> str:
    """Lower-cased, accent-folded copy of ``text`` with the same length."""
    if text.isascii():
        return text.lower().translate(_ASCII_TABLE)
    out = []
    for c in text:
        f = _FOLD_CACHE.get(c)
        if f is None:
            f = _FOLD_CACHE[c] = _fold_char(c)
        out.append(f)
    return "".join(out)


_ASCII_TABLE = str.maketrans({"`": "'", "\t": " ", "\n": " ", "\r": " "})


def norm_alias(alias: str) -> str:
    return re.sub(r"\s+", " ", norm_text(alias.strip()))


def _date_key(d: Optional[str], end: bool = False) -> Optional[str]:
    """'2016' -> '2016-01-01' (or '2016-12-31' for an end); '-'/None -> None."""
    if not d or d == "-":
        return None
    d = d.strip()
    if re.fullmatch(r"\d{4}", d):
        return d + ("-12-31" if end else "-01-01")
    if re.fullmatch(r"\d{4}-\d{2}", d):
        return d + ("-31" if end else "-01")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return d
    m = re.match(r"(\d{4}-\d{2}-\d{2})", d)
    return m.group(1) if m else None


# ---------------------------------------------------------------------------------------------
# records

# candidate kinds, best first when the same alias names several things
KIND_RANK = {"person": 0, "party": 1, "group": 1, "igo": 1, "country": 2, "seat": 3, "capital": 3,
             "demonym": 4, "people": 4, "stop": 8, "sector": 9}

# Phrases that contain a country, demonym or capital but name no actor; matched like aliases so that the
# longest match swallows them, then dropped ("Latin American" is not the USA, "New Mexico" not Mexico).
STOP_PHRASES = """Latin American|Latin Americans|South American|South Americans|Central American|Central Americans|
North American|North Americans|African American|African Americans|African-American|African-Americans|
Native American|Native Americans|Asian American|Asian Americans|Arab American|Arab Americans|Mexican American|
Mexican Americans|Irish American|Italian American|Pan-American|Pan American|Anglo-American|
New Mexico|New Guinea|New South Wales|New England|New Jersey|New Caledonia|New Delhi Television|
Indian Ocean|Indian subcontinent|Indian Country|Indian reservation|West Indian|West Indies|East Indies|
Persian Gulf|Gulf of Oman|Sea of Japan|East China Sea|South China Sea|Gulf of Mexico|Irish Sea|Arabian Sea|
Panama Canal|Panama Papers|Washington state|Washington State|Paris climate|Paris Agreement|Paris agreement|
Paris accord|Paris Accord|Minsk agreements|Minsk accords|Minsk Agreements|Camp David|Oslo Accords|Oslo accords|
Korean Peninsula|Korean peninsula|Korean War|Chinese New Year|Russian roulette|Swiss franc|Swiss francs|French fries|Turkish lira|Mexican peso|Indian rupee|
Russian rouble|Russian ruble|Chinese yuan|Japanese yen|British pound|Egyptian pound|Iraqi dinar|Iranian rial|
Syrian pound|Saudi riyal|American dollar|Canadian dollar|Australian dollar|Hong Kong dollar|US dollar|U.S. dollar|
American Express|American Airlines|British Airways|Qatar Airways|Emirates airline|Turkish Airlines|Kenya Airways|
Ethiopian Airlines|Saudi Aramco|China Daily|Russia Today|Jerusalem Post|Tehran Times|Japan Times|Korea Herald|
Washington Post|Washington Times|Kuwait Times|Gulf News|Gulf Times|Arab News|Bangkok Post|
Israel Hayom|Times of India|Times of Israel|Kyiv Independent|Kyiv Post|Moscow Times|Saudi Gazette|Syrian Observatory"""
STOP_PHRASES = [x.strip() for x in STOP_PHRASES.replace("\n", "").split("|") if x.strip()]
NAME_KINDS = {"person", "party", "group", "igo", "country", "seat", "capital", "demonym", "people"}
ORG_KINDS = {"party", "group", "igo"}
# sector preference when a person holds several roles at once
SECTOR_RANK = {s: i for i, s in enumerate(
    "GOV MIL COP SPY JUD LEG PTY OPP REB INS SEP UAF RAD REL BUS MED EDU HLH NGO HRI ENV LAB AGR REF CVL ELI MOD CRM".split())}
FORMER_ELITE = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY"}


class Cand(NamedTuple):
    kind: str            # see KIND_RANK
    key: str             # iso3, entity id or sector code
    orig: str            # the alias as written in the data (for the case check)
    sector: Optional[str] = None   # seats / sector terms
    weak: bool = False   # weak sector term
    user: bool = False   # from a user file
    order: int = 0       # file order (earlier = more prominent)


@dataclass
class Role:
    country: Optional[str]
    sector: Optional[str]
    role: str
    start: Optional[str]
    end: Optional[str]
    start_raw: str = "-"
    end_raw: str = "-"


@dataclass
class Person:
    entity: str
    name: str
    roles: list[Role] = field(default_factory=list)
    user: bool = False


@dataclass
class Org:
    entity: str
    kind: str            # igo / group / party
    code: str
    name: str
    country: Optional[str]
    sector: Optional[str]
    note: str = ""


# ---------------------------------------------------------------------------------------------
# TSV reading

def _read_tsv(path: str | Path) -> tuple[list[str], list[dict]]:
    header: list[str] = []
    rows: list[dict] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if not header:
                header = [c.lower() for c in cells]
                continue
            if len(cells) < len(header):
                cells += ["-"] * (len(header) - len(cells))
            row = dict(zip(header, cells))
            row["_line"] = lineno
            rows.append(row)
    return header, rows


def _alts(cell: Optional[str]) -> list[str]:
    if not cell or cell == "-":
        return []
    return [a.strip() for a in cell.split("|") if a.strip() and a.strip() != "-"]


def file_kind(header: Sequence[str]) -> Optional[str]:
    h = set(header)
    if "ethnic" in h:
        return "peoples"
    if "iso3" in h:
        return "countries"
    if "term" in h and "sector" in h:
        return "sectors"
    if "role" in h or ("start" in h and "end" in h):
        return "people"
    if "kind" in h and "code" in h:
        return "groups"
    if "code" in h and "country" in h:
        return "parties"
    if "code" in h:
        return "igos"
    return None


_IRREG_PLURAL = {"man": "men", "woman": "women", "child": "children", "person": "people", "chief": "chiefs",
                 "staff": "staff", "police": "police", "military": "militaries", "clergy": "clergy"}


def pluralize(term: str) -> Optional[str]:
    """Plural of a sector term's head noun ('army' -> 'armies', 'chief of staff' -> 'chiefs of staff')."""
    if " of " in term:
        head, rest = term.split(" of ", 1)
        p = pluralize(head)
        return f"{p} of {rest}" if p else None
    words = term.split(" ")
    last = words[-1]
    if last in _IRREG_PLURAL:
        pl = _IRREG_PLURAL[last]
    elif last.endswith("s"):
        return None                     # already plural ("troops", "forces") or invariable ("press")
    elif last.endswith("man"):
        pl = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        pl = last[:-1] + "ies"
    elif last.endswith(("x", "z", "ch", "sh")):
        pl = last + "es"
    else:
        pl = last + "s"
    if pl == last:
        return None
    return " ".join(words[:-1] + [pl])


_RE_AL = re.compile(r"\b[Aa]l-(?=\w)")
_RE_POSS = re.compile(r"(\w)'s\b")
_RE_HYPH = re.compile(r"(?<=\w)-(?=\w)")
_RE_WS = re.compile(r"\s+")


def _variants(alias: str) -> set[str]:
    """Spelling variants of a name: hyphen/space, 'al-' dropped, curly quotes, tokenized text."""
    out = {alias}
    if "-" in alias:
        out.add(alias.replace("-", " "))
        out.add(_RE_HYPH.sub(" - ", alias))                  # tokenized text: "Hezb - e - Islami"
        # Arabic article: "Ammar al-Hakim" -> "Ammar Hakim"; "al-Qaeda" -> "al Qaeda" above
        if " " in alias and _RE_AL.search(alias):
            out.add(_RE_AL.sub("", alias))
    if "'" in alias or "\u2019" in alias:
        a2 = alias.replace("\u2019", "'")
        out.add(a2.replace("'", ""))
        out.add(_RE_POSS.sub(r"\1 's", a2))                 # tokenized text: "People 's Republic"
    return {_RE_WS.sub(" ", a).strip() for a in out if a.strip()}


# ---------------------------------------------------------------------------------------------
# the knowledge base

# single-word names that are also personal names: not the actor after a first name or title, or before a surname
_NAME_LIKE = {"jordan", "chad", "georgia", "israel", "india", "kenya", "washington", "wagner", "santiago", "victoria",
              "sofia", "lima", "houston", "paris"}
# capitals and countries that are also US place names; in a story about US localities they are places, not actors
_US_TOWNS = {"paris", "athens", "dublin", "moscow", "lima", "cairo", "berlin", "rome", "london", "madrid", "vienna",
             "warsaw", "lebanon", "georgia", "havana", "amsterdam", "canton", "delhi", "belgrade", "sofia", "toledo",
             "manchester", "jordan", "mexico", "peru", "poland", "china", "cuba", "macedonia", "troy", "carthage",
             "bethlehem", "jerusalem", "kingston", "santiago", "oslo", "stockholm", "brussels", "ottawa", "quito",
             "valencia", "bogota", "albania", "denmark", "norway", "sweden", "finland", "wales", "scotland", "england"}
_US_LOCAL_RE = re.compile(
    r"\b(?:County|Township|Parish)\b|,\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn"
    r"|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|W\.Va|Wis"
    r"|Wyo)\.|\b(?:Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Idaho|Illinois|Indiana"
    r"|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana"
    r"|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma"
    r"|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia"
    r"|West Virginia|Wisconsin|Wyoming)\b")
_DIRECTION_BEFORE = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central",
                     "middle", "coastal", "rural", "metro", "northern", "southern", "eastern", "western", "downtown"}
_NEXT_OK = {"and", "the", "or", "on", "in", "of", "to", "for", "with", "said", "says", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december"}


# capitalised words that may stand before or after a name without being part of it
_STOP_CAPS = {"the", "a", "an", "but", "and", "as", "at", "by", "if", "in", "on", "so", "when", "while", "after",
              "before", "then", "also", "meanwhile", "however", "today", "yesterday", "tonight", "he", "she", "it",
              "they", "we", "i", "his", "her", "their", "its", "this", "that", "former", "late", "acting", "new",
              "outgoing", "incoming", "interim", "ex", "deputy", "vice", "chief", "head", "leader", "told", "says"}


def _is_acronym(orig: str) -> bool:
    letters = [ch for ch in orig if ch.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(ch.isupper() for ch in letters)


def us_local(text: str) -> bool:
    """Does the story read like US local news (counties, 'Athens, Ga.', several US state names)?"""
    hits = _US_LOCAL_RE.findall(text[:20000])
    return len(hits) >= 2 or any(h.endswith(".") or h in ("County", "Township", "Parish") for h in hits)

_TITLES_BEFORE = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "coach", "king", "queen", "prince", "princess", "saint",
                  "st", "lake", "river", "mount", "fort", "port", "new", "president", "senator", "governor", "judge",
                  "general", "gen", "col", "capt", "sgt", "officer", "detective", "pastor", "rev", "father", "sister"}
_FIRST_NAMES = set("""michael chad jordan georgia israel michelle robert james john david mark paul peter kevin
brian eric jason justin ryan andrew matthew daniel william thomas chris christopher steve steven scott tyler
katie kate mary anne ann jessica ashley emily sarah lisa karen amy megan vernon barbara jim joe joseph richard
charles george edward henry jack harry frank walter arthur albert fred larry gary jerry dennis roger ralph bruce
wayne carl keith terry sean adam nathan aaron kyle zach zachary josh joshua brandon derek travis jeremy patrick
tony anthony nick nicholas alex alexander ben benjamin sam samuel tom tim timothy ken kenneth ron ronald don
donald bill billy bob bobby dan danny mike jeff jeffrey greg gregory doug douglas ray raymond jose juan luis
carlos maria linda susan nancy betty helen sandra donna carol ruth sharon laura julie julia rachel rebecca
amanda stephanie nicole heather elizabeth jennifer patricia margaret dorothy denzel jon jonathan""".split())
_US_STATE_ALT = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho"
                  "|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota"
                  "|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York"
                  "|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina"
                  "|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
_BOUNDARY_WORDS = ("against", "who", "whom", "whose", "which", "that", "in", "at", "near", "on", "during",
                   "after", "before", "fighting", "while", "when", "where", "over", "outside", "inside", "under",
                   "toward", "towards", "into", "across", "since", "until", "amid")
_BOUNDARY_RE = re.compile(r"\s(?:%s)\s|[;:]\s|\s[-\u2013\u2014]\s|,\s(?:who|which|that)\s" % "|".join(_BOUNDARY_WORDS))
_FUNCTION_AFTER = frozenset("of for in at on from with to by who whom whose which that and or but as than said says "
                            "has have had is are was were will would".split())


def _adjective_use(text: str, s: int, e: int) -> bool:
    """Whether a sector term that is also an adjective ("general") is used as one in a phrase: before a lower-case
    word that is no function word ("general election", "the general public"), or after "in" ("in general")."""
    before = text[max(0, s - 4):s].lower()
    if before.endswith("in "):
        return True
    m = re.match(r"\s+([A-Za-z][\w'-]*)", text[e:e + 40])
    return bool(m) and m.group(1).islower() and m.group(1) not in _FUNCTION_AFTER


from eventwire.knowledge.phrase_sides import partisan_at  # noqa: E402  (no import cycle: it imports no actors)
_MODIFIER_AFTER = re.compile(r"\s?-\s?(?:held|controlled|run|backed|led|linked|allied|aligned|affiliated|occupied|dominated|sponsored|supported)\b", re.I)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_AGENCIES = r"(?:AFP|AP|Reuters|IRNA|RNA|Xinhua|TASS|ITAR-TASS|Tass|Anadolu|AA|UPI|dpa|DPA|ANI|PTI|IANS|APA|KUNA|SPA|WAM|MENA|SANA|NNA|BNA|QNA|ONA|Yonhap|Kyodo|Bernama|Antara|PNA|EFE|ANSA|Sputnik|RIA|Interfax|Trend|Fars|Tasnim|Mehr|ISNA|Press TV|APS|MAP|TAP|Bloomberg|CNN|BBC|NAN|KNA)"
_AGENCY_STUB = re.compile(r"\(?\b%s\b\)?\s*(?:-{1,2}|\u2014|\u2013|:)" % _AGENCIES)


def dateline_span(text: str) -> int:
    """End offset of a leading dateline/agency stub ('TEHRAN (Reuters) -', 'RNA -'), or 0."""
    head = text[:160]
    m = re.search(r"\s(?:-{1,2}|\u2014|\u2013)\s", head)
    if not m:
        m = re.match(r"\s*[A-Z][A-Z .,'()/-]{1,60}?(?:-{1,2}|\u2014|\u2013)\s", head)
        if not m:
            return 0
    prefix = head[:m.start()]
    words = prefix.split()
    if not words or len(words) > 12:
        return 0
    letters = [c for c in prefix if c.isalpha()]
    if (letters and all(c.isupper() for c in letters)) or "(" in prefix or re.search(r"\b%s\b" % _MONTHS, prefix) \
            or re.search(r"\b%s\b" % _AGENCIES, prefix):
        return m.end()
    return 0


class ActorKB:
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
        self.peoples: dict[str, tuple[str, str]] = {}   # CAMEO ethnic code -> (entity, name): peoples without a state

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, extra_files: Sequence[str] = ()) -> "ActorKB":
        files = cls.data_files()
        extras = [str(Path(f)) for f in (extra_files or ())]
        key = cls._cache_key(files + extras)
        cache = None
        if key and not os.environ.get("EVENTWIRE_NO_CACHE"):
            base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "eventwire"
            cache = base / f"{_CACHE_VERSION}-{key}.pkl"
            try:
                with open(cache, "rb") as fh:
                    kb = pickle.load(fh)
                if isinstance(kb, cls):
                    return kb
            except Exception:
                pass
        kb = cls()
        for f in files:
            kb._load_file(f, user=False)
        for f in extras:
            kb._load_file(f, user=True)
        kb._compile()
        if cache is not None:
            try:
                cache.parent.mkdir(parents=True, exist_ok=True)
                tmp = cache.with_suffix(".tmp%d" % os.getpid())
                with open(tmp, "wb") as fh:
                    pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, cache)
                cls._prune_cache(cache.parent, keep=cache)
            except Exception:
                pass
        return kb

    @staticmethod
    def _prune_cache(folder: Path, keep: Path, n: int = 6) -> None:
        """Keep the newest few compiled indexes (one per data/user-file combination), drop the rest."""
        files = sorted(folder.glob("actors-*.pkl"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[n:]:
            if old != keep:
                try:
                    old.unlink()
                except OSError:
                    pass

    @staticmethod
    def data_files() -> list[str]:
        order = ["countries.tsv", "peoples.tsv", "sectors.tsv", "igos.tsv", "groups.tsv", "parties.tsv"]
        out = [str(DATA_DIR / n) for n in order if (DATA_DIR / n).exists()]
        pdir = DATA_DIR / "people"
        if pdir.is_dir():
            out += sorted(str(p) for p in pdir.glob("*.tsv"))
        return out

    @staticmethod
    def _cache_key(files: Sequence[str]) -> Optional[str]:
        h = hashlib.sha1(_CACHE_VERSION.encode())
        try:
            me = Path(__file__)
            st = me.stat()
            h.update(f"{me}:{st.st_size}:{st.st_mtime_ns}".encode())
            for f in files:
                st = os.stat(f)
                h.update(f"{os.path.abspath(f)}:{st.st_size}:{st.st_mtime_ns}".encode())
        except OSError:
            return None
        return h.hexdigest()[:16]

    def _add_alias(self, alias: str, cand: Cand, variants: bool = True) -> None:
        for a in (_variants(alias) if variants else {alias}):
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
                self._add_alias(a, Cand("person", ent, a, user=user))

    def _compile(self) -> None:
        self.__dict__.pop("_phrase_cache", None)
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

    # ---------------------------------------------------------------- matching
    @staticmethod
    def _case_ok(orig: str, span: str) -> bool:
        letters = [c for c in orig if c.isalpha()]
        if not letters or not any(c.isupper() for c in letters):
            return True                      # lower-case term: any case
        if len(span) != len(orig):
            # variant length differs (folded chars); compare word initials
            o = [w[0] for w in orig.split() if w[0].isalpha()]
            s = [w[0] for w in span.split() if w and w[0].isalpha()]
            return len(o) == len(s) and all((not a.isupper()) or b.isupper() for a, b in zip(o, s))
        lower_in_orig = any(c.islower() for c in letters)
        if not lower_in_orig:
            # acronym ("US", "ISCI", "U.S."): exact upper case, and the word must not be a lower-case word
            return all((not a.isalpha()) or b.isupper() for a, b in zip(orig, span))
        for a, b in zip(orig, span):
            if a.isupper() and not b.isupper():
                return False
        return True

    def _raw_matches(self, text: str, offset: int = 0, local: bool = False) -> list[tuple[int, int, list[Cand]]]:
        """(start, end, candidates) for every alias occurrence on word boundaries whose case fits."""
        if not text or self.automaton is None or not len(self.aliases):
            return []
        nt = norm_text(text)
        out = []
        n = len(text)
        for end_idx, na in self.automaton.iter(nt):
            s, e = end_idx - len(na) + 1, end_idx + 1
            if s > 0 and (nt[s - 1].isalnum() or nt[s - 1] == "_"):
                continue
            if e < n and (nt[e].isalnum() or nt[e] == "_"):
                continue
            if na[-1] == "." and e < n and nt[e].isalpha():
                continue
            span = text[s:e]
            cands = [c for c in self.aliases[na] if self._case_ok(c.orig, span)]
            if not cands:
                continue
            cands = [c for c in cands if not self._blocked(c, text, s, e, local)]
            if cands and any(_is_acronym(c.orig) for c in cands):
                # in ALL-CAPS text ("CAR BOMB KILLS FIVE") an upper-case word is not an acronym
                window = text[max(0, s - 30):s] + text[e:e + 30]
                if not any(ch.islower() for ch in window):
                    cands = [c for c in cands if not _is_acronym(c.orig)]
            if len(cands) > 1:
                seen_k: set = set()
                cands = [c for c in cands if not ((c.kind, c.key) in seen_k or seen_k.add((c.kind, c.key)))]
            if cands:
                out.append((s + offset, e + offset, cands))
        return out

    def _known_word(self, w: str) -> bool:
        lw = norm_text(w.rstrip(".,;:'’")).replace("'s", "").strip()
        return (not lw or lw in _TITLES_BEFORE or lw in _NEXT_OK or lw in _STOP_CAPS
                or lw in self.aliases)

    def _blocked(self, c: Cand, text: str, s: int, e: int, local: bool = False) -> bool:
        """Cheap checks against false friends: 'Michael Jordan', 'Athens-Clarke County', 'Paris, Texas',
        'Gul Rahman' (not Abdullah Gul); 'the anti-Isis coalition', 'anti-Assad rebels' (the name is who they oppose)."""
        if s >= 5 and text[s - 5:s].lower() in ("anti-", "anti‐", "anti‑"):
            return True
        if c.kind == "person":
            if " " in c.orig.strip():
                return False
            # a one-word alias (surname) inside someone else's full name
            nxt = re.match(r" ([A-Z][\w'’-]*)", text[e:e + 40])
            if nxt and not self._known_word(nxt.group(1)):
                return True
            prev = re.search(r"(?:^|[^.!?\s]\s+)([A-Z][\w'’-]*)\s$", text[max(0, s - 40):s])
            if prev and not self._known_word(prev.group(1)):
                return True
            return False
        if c.kind not in ("country", "capital", "group", "party", "seat"):
            return False
        low = norm_text(text[s:e])
        single = " " not in low
        if local and low in _US_TOWNS:
            return True
        if c.orig == "PA" and re.search(r",\s*$", text[max(0, s - 3):s]):
            return True                 # "Pittsburgh, PA": Pennsylvania, not the Palestinian Authority
        before = text[max(0, s - 25):s].split()
        pw = before[-1].lower() if before else ""
        after = text[e:e + 40]
        nxt = re.match(r"(?:\s|-)([A-Z][\w.'’]*)", after)
        nw = nxt.group(1).rstrip(".'’").lower() if nxt else ""
        if nw and any(x.kind == "sector" for x in self.aliases.get(nw, ())) \
                and not re.match(r"\s\S+\s[A-Z]", after):
            nxt, nw = None, ""          # "Israel Police", "Baghdad Government" (not "Athens Police Department")
        # "Paris, Texas", "Athens, Ga."
        if c.kind in ("country", "capital") and re.match(r",\s(?:[A-Z][a-z]{1,3}\.|%s)\b" % _US_STATE_ALT, after):
            return True
        if c.kind == "capital" and single:
            # part of a longer local name: "Athens Police Department", "Dublin Road", "Athens-Clarke"
            if nxt and nw not in _NEXT_OK and not text[s:e].isupper():
                return True
        if low == "georgia" and pw in _DIRECTION_BEFORE:
            return True
        if single and low in _NAME_LIKE:
            if pw.rstrip(".") in _TITLES_BEFORE or pw in _FIRST_NAMES:
                return True
            if nxt and text[e:e + 1] == " " and nw not in _NEXT_OK and nw.isalpha():
                return True
        return False

    @staticmethod
    def _select(matches, prefer_names: bool = True):
        """Longest non-overlapping matches; ties go to the better candidate kind."""
        def rank(m):
            s, e, cands = m
            best = min(KIND_RANK.get(c.kind, 5) for c in cands)
            return (-(e - s), best, s)
        chosen = []
        taken: list[tuple[int, int]] = []
        for m in sorted(matches, key=rank):
            s, e, _ = m
            if any(s < te and ts < e for ts, te in taken):
                continue
            chosen.append(m)
            taken.append((s, e))
        chosen.sort(key=lambda m: m[0])
        return chosen

    # ---------------------------------------------------------------- resolution
    def person_actor(self, p: Person, date: Optional[str]) -> tuple[Optional[str], Optional[str], str]:
        """(country, sector, why) for a person at a date."""
        roles = p.roles
        if not roles:
            return None, None, f"{p.name}: no roles known"
        d = _date_key(date)
        country = next((r.country for r in reversed(roles) if r.country), None)

        def desc(r: Role) -> str:
            return f"{r.role} ({r.start_raw}..{r.end_raw if r.end_raw != '-' else 'open'})"

        if d is None:
            open_roles = [r for r in roles if r.end is None] or [roles[-1]]
            r = min(open_roles, key=lambda r: SECTOR_RANK.get(r.sector or "", 99))
            return r.country or country, r.sector, f"{p.name}: {desc(r)}; no story date, so the latest/open role"
        active = [r for r in roles if (r.start is None or r.start <= d) and (r.end is None or d <= r.end)]
        if active:
            r = min(active, key=lambda r: SECTOR_RANK.get(r.sector or "", 99))
            return r.country or country, r.sector, f"{p.name}: {desc(r)} at {date}"
        past = [r for r in roles if r.end is not None and r.end < d]
        if past:
            r = max(past, key=lambda r: r.end)
            c = r.country or country
            if any(x.sector in FORMER_ELITE for x in past):
                return c, "ELI", f"{p.name}: no role at {date}; former {desc(r)}, coded as former elite (ELI)"
            return c, None, f"{p.name}: no role at {date}; former {desc(r)}, country only"
        return country, None, f"{p.name}: no role yet at {date} (first: {desc(roles[0])}), country only"

    def _actor_for(self, c: Cand, date: Optional[str], text: str, s: int, e: int) -> Actor:
        if c.kind == "person":
            p = self.people[c.key]
            country, sector, why = self.person_actor(p, date)
            if country and not re.fullmatch(r"[A-Z]{3}", country):
                country = None
            code = (country or "") + (sector or "") or None
            ctry = country if country in self.countries else None
            return Actor(code=code, country=ctry, sector=sector, name=p.name, entity=p.entity, text=text,
                         start=s, end=e, why=f"person '{c.orig}' -> {why}", kind="person")
        if c.kind in ORG_KINDS:
            o = self.orgs[c.key]
            return Actor(code=o.code, country=o.country, sector=o.sector, name=o.name, entity=o.entity, text=text,
                         start=s, end=e, why=f"{o.kind} '{c.orig}' ({o.name}) -> {o.code}", kind=o.kind)
        if c.kind == "people":
            ent, name = self.peoples.get(c.key, (c.key.lower(), c.key))
            return Actor(code=c.key, country=None, sector=None, name=name, entity=ent, text=text, start=s, end=e,
                         why=f"people '{c.orig}' -> {c.key} (ethnic code: a people, not a state)", kind="people")
        iso = c.key
        name = self.countries.get(iso, iso)
        if c.kind in ("capital", "seat"):
            sec = c.sector or "GOV"
            what = "capital" if c.kind == "capital" else "seat of power"
            return Actor(code=iso + sec, country=iso, sector=sec, name=name, entity=None, text=text, start=s, end=e,
                         why=f"{what} '{c.orig}' standing for {name}'s {sec}", kind="capital")
        what = "demonym" if c.kind == "demonym" else "country name"
        return Actor(code=iso, country=iso, sector=None, name=name, entity=None, text=text, start=s, end=e,
                     why=f"{what} '{c.orig}' -> {iso}", kind="country")

    def _choose(self, cands: list[Cand], date: Optional[str], context: Sequence[str],
                seen: Optional[dict] = None) -> tuple[Cand, str]:
        """Pick one candidate among several for the same span; say why when there was a choice."""
        cands = [c for c in cands if c.kind != "sector"] or cands
        if len(cands) == 1:
            return cands[0], ""
        ctx = set(context or ())
        seen = seen or {}
        persons = [c for c in cands if c.kind == "person"]
        if persons and len(persons) < len(cands):
            # a surname that is also a place or party ("Muscat"): the person only when the story has
            # named them in full already or is about their country
            if any(c.key in seen or self.person_actor(self.people[c.key], date)[0] in ctx for c in persons):
                cands = persons
            else:
                cands = [c for c in cands if c.kind != "person"]
            if len(cands) == 1:
                return cands[0], ""
        best_rank = min(KIND_RANK.get(c.kind, 5) for c in cands)
        pool = [c for c in cands if KIND_RANK.get(c.kind, 5) == best_rank]
        if len(pool) == 1:
            return pool[0], ""

        def country_of(c: Cand) -> Optional[str]:
            if c.kind == "person":
                return self.person_actor(self.people[c.key], date)[0]
            if c.kind in ORG_KINDS:
                return self.orgs[c.key].country
            return c.key

        def score(c: Cand):
            s = 0
            if c.key in seen:
                s -= 4 * seen[c.key]
            if country_of(c) in ctx:
                s -= 3
            if c.kind == "person":
                _, sec, why = self.person_actor(self.people[c.key], date)
                if sec and sec != "ELI":
                    s -= 2
            return (s, c.order)
        pool.sort(key=score)
        return pool[0], f"; ambiguous ({len(pool)} candidates: {', '.join(sorted({c.key for c in pool}))}), chose by context/date/order"

    def find(self, text: str, date: Optional[str] = None, context: Sequence[str] = ()) -> list[Actor]:
        """Every known-actor mention in ``text``, longest match, non-overlapping, resolved for ``date``."""
        if not isinstance(text, str) or not text:
            return []
        try:
            skip_to = dateline_span(text)
            matches = [m for m in self._raw_matches(text, local=us_local(text)) if any(c.kind != "sector" for c in m[2])]
            matches = [(s, e, [c for c in cands if c.kind != "sector"]) for s, e, cands in matches]
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

    def _phrase_raw(self, text: str, start: int) -> list:
        """_raw_matches of a noun phrase, kept per phrase text (the same phrases come back clause after clause and
        document after document); each call gets its own lists, at its own offset."""
        if len(text) > _PHRASE_CACHE_CHARS:
            return self._raw_matches(text, offset=start)
        cache = self.__dict__.setdefault("_phrase_cache", {})
        got = cache.get(text)
        if got is None:
            got = self._raw_matches(text, offset=0)
            if len(cache) >= _PHRASE_CACHE_SIZE:
                cache.clear()
            cache[text] = got
        return [(s + start, e + start, list(cs)) for s, e, cs in got]

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_phrase_cache", None)        # a per-process cache, not part of the pickled index
        return state

    def _phrase_matches(self, text: str, start: int):
        raw = self._phrase_raw(text, start)
        names = self._select([(s, e, [c for c in cs if c.kind != "sector"]) for s, e, cs in raw
                              if any(c.kind != "sector" for c in cs)])
        stops = [(s, e) for s, e, cs in names if all(c.kind == "stop" for c in cs)]
        names = [(s, e, [c for c in cs if c.kind != "stop"]) for s, e, cs in names
                 if not all(c.kind == "stop" for c in cs)]
        sectors = []
        for s, e, cs in raw:
            sc = [c for c in cs if c.kind == "sector"]
            if sc and not any(s < ne and ns < e for ns, ne, _ in names) and not any(s < ne and ns < e for ns, ne in stops):
                if _MODIFIER_AFTER.match(text, e - start):
                    continue            # "rebel-held", "army-backed": describes something else
                if partisan_at(text, s - start):
                    continue            # "pro-government fighters": the side they take, not their sector
                if all(c.orig in self.adjective_terms for c in sc) and _adjective_use(text, s - start, e - start):
                    continue            # "the general public", "in general": the adjective, not the title
                sectors.append((s, e, sc))
        sectors = self._select(sectors)
        return names, sectors

    @staticmethod
    def _head_limit(text: str) -> int:
        """Where the head part of a noun phrase ends (before 'in Tehran', 'who ...', 'against ...')."""
        m = _BOUNDARY_RE.search(text)
        return m.start() if m else len(text)

    def _pick_sector(self, sectors, text: str, start: int, limit: int) -> Optional[tuple]:
        """The sector term nearest the phrase head: the last strong term before 'of/for', else the first."""
        inside = [m for m in sectors if m[0] - start < limit] or sectors
        if not inside:
            return None
        strong = [m for m in inside if not all(c.weak for c in m[2])]
        pool = strong or inside
        of = re.search(r"\s(?:of|for|from|with|to)\s", text[:limit])
        if of:
            before = [m for m in pool if m[0] - start < of.start()]
            if before:
                return before[-1]
            return pool[0]
        return pool[-1]

    def resolve_phrase(self, text: str, start: int = 0, date: Optional[str] = None,
                       context: Sequence[str] = ()) -> Optional[Actor]:
        """The actor a noun phrase stands for, or None when it has no actor clue.  See module doc."""
        if not isinstance(text, str) or not text.strip():
            return None
        try:
            start = int(start or 0)
            return self._resolve_phrase(text, start, date, context)
        except Exception as exc:
            self.errors.append(f"resolve_phrase: {exc!r}")
            return None

    def _resolve_phrase(self, text, start, date, context) -> Optional[Actor]:
        names, sectors = self._phrase_matches(text, start)
        limit = self._head_limit(text)
        head_names = [m for m in names if m[0] - start < limit]
        if not head_names and not [m for m in sectors if m[0] - start < limit]:
            head_names = names
        sec_m = self._pick_sector(sectors, text, start, limit)
        sec = None
        if sec_m:
            sec = sec_m[2][0].sector
        sec_weak = bool(sec_m) and all(c.weak for c in sec_m[2])

        resolved = []
        seen: dict[str, int] = {}
        for s, e, cands in head_names:
            c, amb = self._choose(cands, date, context, seen)
            a = self._actor_for(c, date, text[s - start:e - start], s, e)
            if amb:
                a.why += amb
            resolved.append(a)

        # (which names are the actor, which only its side: knowledge/phrase_sides.py)
        from eventwire.knowledge.phrase_sides import actor_names, partisan_side
        cands, partisans = actor_names(resolved, text, start)
        # 1. a known person (not the side of "pro-Assad forces")
        for a in resolved:
            if a.kind == "person" and a not in partisans:
                if a.sector is None and sec and not sec_weak and a.country:
                    a.code, a.sector = a.country + sec, sec
                    a.why += f"; sector from '{sec_m[2][0].orig}' in the phrase"
                return a
        # 2. a known organisation (group, party, IGO) -- unless a country with its own sector noun comes
        #    first ("Saudi Arabia's ambassador to the UN"); "Lebanon's Hezbollah", "US-backed SDF" stay the org
        orgs = [a for a in resolved if a.kind in ORG_KINDS and a not in partisans]
        ctys = [a for a in resolved if a.kind in ("country", "capital") and a not in partisans]
        if orgs:
            org = orgs[0]
            if ctys and ctys[0].start < org.start:
                between = [m for m in sectors if ctys[0].end <= m[0] and m[1] <= org.start
                           and not all(c.weak for c in m[2])]
                if between:
                    sectors = [m for m in sectors if m[1] <= org.start]
                    sec_m = self._pick_sector(sectors, text, start, limit)
                    sec = sec_m[2][0].sector if sec_m else None
                    sec_weak = False
                    org = None
            if org is not None and org.kind == "party" and ctys and ctys[0].start < org.start \
                    and org.country and ctys[0].country != org.country:
                org = None              # "The Nigeria Labour Congress": not Britain's Labour party
            if org is not None:
                return org
        # 3. country (name, demonym, capital, seat) + sector noun; not a supporter ("Turkish-backed rebels")
        from eventwire.knowledge.actor_country import supporter_at
        supporters = [a for a in cands if supporter_at(text, a.end - start)]
        for a in cands:
            if a not in supporters:
                term = sec_m[2][0].orig if sec_m else None
                if sec and not (sec_weak and a.sector):
                    if a.sector and a.sector != sec:
                        a.why += f"; sector {sec} from '{term}' overrides {a.sector}"
                    else:
                        a.why += f"; sector {sec} from '{term}'"
                    a.code, a.sector = (a.country or a.code) + sec, sec
                    # the mention covers the country word and the sector noun ("Iraqi troops", "Syrian Army")
                    ms, me = sec_m[0], sec_m[1]
                    if abs(ms - a.end) <= 40 or abs(a.start - me) <= 40:
                        ns, ne = min(a.start, ms), max(a.end, me)
                        a.start, a.end, a.text = ns, ne, text[ns - start:ne - start]
                return a
        # 4. a bare sector noun; the side of "pro-Assad forces" gives it its country
        if sec_m:
            s, e, cs = sec_m
            c = cs[0]
            for a in partisans:
                got = partisan_side(a, c.sector, c.orig, text, start, e)
                if got is not None:
                    return got
            why = f"sector term '{c.orig}' -> {c.sector}, no country in the phrase"
            if partisans:
                why = f"sector term '{c.orig}' -> {c.sector}; '{partisans[0].text}' names the side it takes, not its country"
            elif supporters:
                why = f"sector term '{c.orig}' -> {c.sector}; '{supporters[0].text}' names a supporter, not its country"
            return Actor(code=c.sector, country=None, sector=c.sector, name=None, entity=None,
                         text=text[s - start:e - start], start=s, end=e, why=why, kind="sector")
        for a in partisans:            # "pro-Assad security members": of the ruler's country, no sector named
            got = partisan_side(a, None, None, text, start, a.end)
            if got is not None:
                return got
        return None

    def split_coordination(self, text: str, start: int = 0, date: Optional[str] = None,
                           context: Sequence[str] = ()) -> list[Actor]:
        """One actor per conjunct of a coordinated phrase: 'the governments of Iraq and Syria' ->
        [IRQGOV, SYRGOV]; 'Syria, Iran and Russia' -> [SYR, IRN, RUS].  A phrase without coordination
        gives [resolve_phrase(...)] (or [])."""
        if not isinstance(text, str) or not text.strip():
            return []
        try:
            one = self.resolve_phrase(text, start, date, context)
            if not re.search(r"\s(?:and|or|&)\s|,", text):
                return [one] if one else []
            names, sectors = self._phrase_matches(text, start)
            limit = self._head_limit(text)
            names = [m for m in names if m[0] - start < limit] or names
            if len(names) < 2:
                return [one] if one else []
            # the names must be joined by 'and' / ',' / 'or' only (plus articles)
            for (s1, e1, _), (s2, e2, _) in zip(names, names[1:]):
                gap = text[e1 - start:s2 - start]
                if not re.fullmatch(r"(?:'s)?\s*(?:,|and|or|&|,\s*and|as well as)\s*(?:the\s+)?", gap, flags=re.I):
                    return [one] if one else []
            sec_m = self._pick_sector(sectors, text, start, limit)
            sec = sec_m[2][0].sector if sec_m else None
            out = []
            for s, e, cands in names:
                c, amb = self._choose(cands, date, context)
                a = self._actor_for(c, date, text[s - start:e - start], s, e)
                if a.kind in ("country", "capital", "people") and sec and (a.country or a.code):
                    a.code, a.sector = (a.country or a.code) + sec, sec
                    a.why += f"; sector {sec} shared from '{sec_m[2][0].orig}' (coordination)"
                else:
                    a.why += "; one conjunct of a coordination"
                out.append(a)
            return out
        except Exception as exc:
            self.errors.append(f"split_coordination: {exc!r}")
            return []

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
