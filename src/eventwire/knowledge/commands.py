"""`eventwire actors ...`: look up who is who, import PETRARCH/TABARI-style dictionaries, count the tables."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Iterable, Optional


def register(subparsers) -> None:
    p = subparsers.add_parser("actors", help="actor knowledge: lookup, import-petrarch, stats")
    sub = p.add_subparsers(dest="actors_command", metavar="SUBCOMMAND")
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])

    lk = sub.add_parser("lookup", help="show every candidate actor for a name at a date")
    lk.add_argument("name", nargs="+", help="a name, alias or noun phrase ('Obama', 'Iraqi troops')")
    lk.add_argument("--date", help="story date YYYY-MM-DD (roles are resolved for it)")
    lk.add_argument("--actors", action="append", default=[], metavar="FILE",
                    help="extra actor TSV file (same formats as data/actors); may be repeated")
    lk.set_defaults(func=cmd_lookup)

    im = sub.add_parser("import-petrarch", help="convert a PETRARCH/TABARI actor or agent dictionary to eventwire TSV")
    im.add_argument("file", help="dictionary file (.txt)")
    im.add_argument("--output", "-o", help="people TSV to write (default: stdout); agents go to OUTPUT with "
                                            "'.sectors.tsv' in place of '.tsv'")
    im.set_defaults(func=cmd_import_petrarch)

    st = sub.add_parser("stats", help="rows per actor file and totals")
    st.add_argument("--actors", action="append", default=[], metavar="FILE")
    st.set_defaults(func=cmd_stats)


def _kb(files):
    from eventwire.knowledge.actors import ActorKB
    missing = [f for f in files if not Path(f).is_file()]
    if missing:
        print(f"error: actor file not found: {', '.join(missing)}", file=sys.stderr)
        return None
    return ActorKB.load(extra_files=files)


def cmd_lookup(args) -> int:
    if args.date and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", args.date):
        print(f"error: --date must be YYYY-MM-DD, got {args.date!r}", file=sys.stderr)
        return 2
    kb = _kb(args.actors)
    if kb is None:
        return 2
    name = " ".join(args.name)
    found = kb.lookup(name, args.date)
    if not found:
        print(f"{name}: no known actor")
        return 1
    for actor, expl in found:
        print(f"{actor.code or '-':<12} {actor.kind or '-':<8} {actor.entity or '-':<28} {actor.name or '-'}")
        print(f"    why:  {actor.why}")
        print(f"    data: {expl}")
    for e in kb.errors:
        print(f"warning: {e}", file=sys.stderr)
    return 0


def cmd_stats(args) -> int:
    kb = _kb(args.actors)
    if kb is None:
        return 2
    s = kb.stats()
    for f, n in sorted(s["files"].items()):
        print(f"{n:>7}  {f}")
    for k in ("countries", "igos", "groups", "parties", "people", "roles", "aliases"):
        print(f"{s[k]:>7}  {k}")
    for e in s["errors"]:
        print(f"warning: {e}", file=sys.stderr)
    return 0


# ------------------------------------------------------------------------------------------
# PETRARCH / TABARI dictionaries
#
# Actors:   NAME_WITH_UNDERSCORES [CODE] or on the following lines
#           +ALIAS_WITH_UNDERSCORES            another name for the same actor
#           [USAGOV 090120-170120]             code with a date range (YYMMDD); also [CODE >090120], [CODE <170120]
# Agents:   !MINISTER! [~GOV]  or  MINISTER [~GOV]   (a sector noun; ~ marks an agent code)
# Comments start with '#' (also '//' in some files); blank lines are ignored.

_CODE_RE = re.compile(r"\[([^\]]*)\]")


def _yymmdd(s: str) -> Optional[str]:
    s = s.strip()
    if re.fullmatch(r"\d{6}", s):
        yy, mm, dd = int(s[:2]), s[2:4], s[4:6]
        year = 1900 + yy if yy >= 30 else 2000 + yy
        return f"{year}-{mm}-{dd}"
    if re.fullmatch(r"\d{8}", s):
        return f"{s[:4]}-{s[4:6]}-{s[6:8]}"
    return None


def _parse_code(raw: str) -> tuple[str, str, str]:
    """'USAGOV 090120-170120' -> ('USAGOV', '2009-01-20', '2017-01-20')."""
    parts = raw.split()
    if not parts:
        return "", "-", "-"
    code = parts[0].strip()
    start = end = "-"
    if len(parts) > 1:
        d = parts[1]
        if d.startswith(">"):
            start = _yymmdd(d[1:]) or "-"
        elif d.startswith("<"):
            end = _yymmdd(d[1:]) or "-"
        elif "-" in d:
            a, b = d.split("-", 1)
            start, end = _yymmdd(a) or "-", _yymmdd(b) or "-"
    return code, start, end


def _name(token: str) -> str:
    t = token.strip().strip("!").replace("_", " ").strip()
    t = re.sub(r"\s+", " ", t)
    # dictionaries are upper case; title-case them for readability (acronyms of <= 4 letters kept)
    words = []
    for w in t.split(" "):
        if len(w) <= 3 and w.isalpha() and w.isupper() and len(t.split(" ")) == 1:
            words.append(w)
        else:
            words.append("-".join(x[:1].upper() + x[1:].lower() for x in w.split("-")))
    return " ".join(words)


def parse_petrarch(lines: Iterable[str]) -> tuple[list[dict], list[dict], list[str]]:
    """(actors, agents, problems). actors: {name, aliases, codes: [(code, start, end)]}; agents: {term, sector}."""
    actors: list[dict] = []
    agents: list[dict] = []
    problems: list[str] = []
    cur: Optional[dict] = None
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip()
        if line.lstrip().startswith("//"):
            continue
        line = line.strip()
        if not line:
            continue
        if line.startswith("+"):
            if cur is None:
                problems.append(f"line {n}: alias with no actor before it")
                continue
            alias = _CODE_RE.sub("", line[1:]).strip()
            if alias:
                cur["aliases"].append(_name(alias))
            continue
        if line.startswith("["):
            if cur is None:
                problems.append(f"line {n}: code with no actor before it")
                continue
            for m in _CODE_RE.finditer(line):
                cur["codes"].append(_parse_code(m.group(1)))
            continue
        # a new entry: NAME [CODE]? or !AGENT! [~SEC]
        codes = [_parse_code(m.group(1)) for m in _CODE_RE.finditer(line)]
        head = _CODE_RE.sub("", line).strip()
        if not head:
            problems.append(f"line {n}: no name")
            continue
        if not re.fullmatch(r"!?[\w'.&/ -]+!?", head):
            problems.append(f"line {n}: not a dictionary entry: {head[:40]!r}")
            cur = None
            continue
        is_agent = head.startswith("!") or any(c[0].startswith("~") for c in codes)
        if is_agent:
            sec = next((c[0].lstrip("~") for c in codes if c[0]), "")
            term = _name(head).lower()
            if not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", sec):
                problems.append(f"line {n}: agent {term!r} has no sector code")
                continue
            agents.append({"term": term, "sector": sec[:3]})
            cur = None
            continue
        cur = {"name": _name(head), "aliases": [], "codes": codes, "line": n}
        actors.append(cur)
    return actors, agents, problems


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "actor"


def petrarch_to_tsv(actors: list[dict], agents: list[dict]) -> tuple[str, str]:
    """(people TSV text, sectors TSV text) in eventwire's formats."""
    out = ["# imported from a PETRARCH/TABARI-style dictionary by `eventwire actors import-petrarch`",
           "entity\tname\taliases\tcountry\tsector\trole\tstart\tend\tnote"]
    seen: dict[str, int] = {}
    for a in actors:
        ent = _slug(a["name"])
        if ent in seen:
            seen[ent] += 1
            ent = f"{ent}-{seen[ent]}"
        else:
            seen[ent] = 1
        aliases = "|".join(dict.fromkeys(x for x in a["aliases"] if x and x != a["name"])) or "-"
        codes = a["codes"] or [("", "-", "-")]
        for code, start, end in codes:
            code = code.lstrip("~")
            country = code[:3] if len(code) >= 3 else "-"
            sector = code[3:] if len(code) > 3 else "-"
            out.append("\t".join([ent, a["name"], aliases, country or "-", sector or "-", "-", start, end,
                                  "imported" if code else "imported; no code"]))
    sec = ["# agents imported from a PETRARCH/TABARI-style dictionary", "term\tsector\tkind\tnote"]
    for g in agents:
        sec.append(f"{g['term']}\t{g['sector']}\tnoun\timported")
    return "\n".join(out) + "\n", "\n".join(sec) + "\n"


def cmd_import_petrarch(args) -> int:
    path = Path(args.file)
    if not path.is_file():
        print(f"error: no such file: {path}", file=sys.stderr)
        return 2
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"error: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    actors, agents, problems = parse_petrarch(text.splitlines())
    people_tsv, sectors_tsv = petrarch_to_tsv(actors, agents)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    if args.output:
        outp = Path(args.output)
        if actors or not agents:
            outp.write_text(people_tsv, encoding="utf-8")
            print(f"{len(actors)} actors -> {outp}", file=sys.stderr)
        if agents:
            sp = outp if not actors else outp.with_name(outp.name[:-4] + ".sectors.tsv" if outp.name.endswith(".tsv")
                                                        else outp.name + ".sectors.tsv")
            sp.write_text(sectors_tsv, encoding="utf-8")
            print(f"{len(agents)} agents -> {sp}", file=sys.stderr)
    else:
        if actors or not agents:
            sys.stdout.write(people_tsv)
        if agents:
            sys.stdout.write(("\n" if actors else "") + sectors_tsv)
    return 0
