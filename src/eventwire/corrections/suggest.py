"""`eventwire corrections suggest`: what the analysts' corrections imply for the knowledge files.

* **actor alias**: an actor text corrected to a code ("the Iraqi politician" -> IRQGOV) becomes an alias row of
  the user's own actor file (groups columns: ``entity  code  name  aliases  country  kind  note``);
* **lexicon row**: a lexicon entry whose events were corrected to one other CAMEO code at least
  ``LEXICON_MIN`` times becomes a row with the same lemma and constraints and that code (a user row wins over the
  packaged one with the same constraints, coding/lexicon.py);
* **non-event phrase**: a trigger corrected as not an event becomes a non-event row (``x.`` id, cameo ``-``) with
  the lemma, the entry's constraints and, for a verb with none, its object's lemma read from the sentence.

Each suggestion lists the corrections behind it.  Nothing is written unless accepted with ``--accept N``, and then
only to the user's own files named in eventwire.toml (``actors = [...]``, ``lexicon = [...]``: the first of each).
Suggestions already in those files are not offered again.  ``eventwire db recode`` then shows their effect.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Callable, Optional

from eventwire.coding.lexicon import COLUMNS as LEX_COLUMNS

LEXICON_MIN = 2               # "coded wrong again and again"
ACTOR_COLUMNS = ("entity", "code", "name", "aliases", "country", "kind", "note")
_DET = re.compile(r"^(?:the|a|an)\s+", re.I)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"


def _alias(text: str) -> str:
    return _DET.sub("", " ".join(str(text).split())).strip(" ,.;:'\"")


def _read(path: Optional[str]) -> tuple[list[str], list[dict]]:
    from eventwire.corrections.codes import _tsv
    if not path or not os.path.isfile(path):
        return [], []
    return _tsv(Path(path))


def user_files() -> tuple[Optional[str], Optional[str]]:
    """The user's own actor and lexicon files (the first of each in eventwire.toml), or None."""
    from eventwire import config
    actors, lexicon = config.get("actors", []) or [], config.get("lexicon", []) or []
    lex = lexicon[0] if lexicon else None
    if lex and os.path.isdir(lex):
        lex = os.path.join(lex, "00_corrections.tsv")
    return (actors[0] if actors else None), lex


def _object_lemma(sentence: Optional[str], trigger: Optional[str], parse: Optional[Callable]) -> Optional[str]:
    if not sentence or not trigger or parse is None:
        return None
    at = sentence.find(trigger)
    if at < 0:
        return None
    doc = parse(sentence)
    head = next((t for t in doc if t.idx == at), None)
    if head is None:
        return None
    obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
    return obj.lemma_.lower() if obj is not None else None


def suggestions(con, lexicon=None, parse: Optional[Callable] = None, actor_file: Optional[str] = None,
                lexicon_file: Optional[str] = None) -> list[dict]:
    """The numbered suggestions: [{"n", "kind", "summary", "file", "row", "corrections"}]."""
    from eventwire.store.corrections import list_corrections
    standing = [c for c in list_corrections(con) if c["status"] in ("applied", "unmatched")]
    _, have_actors = _read(actor_file)
    have_alias = {(_alias(a).lower(), (r.get("code") or "").upper())
                  for r in have_actors for a in [r.get("name") or ""] + (r.get("aliases") or "").split("|") if a}
    _, have_lex = _read(lexicon_file)
    have_rows = {tuple((r.get(k) or "-") for k in ("pos", "lemma", "particle", "object", "prep", "cameo"))
                 for r in have_lex}
    taken_ids = set(lexicon.by_id) | set(lexicon._block_ids) if lexicon is not None else set()
    taken_ids |= {r.get("id") for r in have_lex}

    aliases, lex_rows, blocks = defaultdict(list), defaultdict(list), defaultdict(list)
    for c in standing:
        ctx = c.get("context") or {}
        for role in ("source", "target"):
            code = c["after"].get(role)
            text = ctx.get(f"{role}_text")
            if code and text and _alias(text):
                aliases[(_alias(text), code)].append(c)
        entry = lexicon.by_id.get(ctx.get("pattern")) if lexicon is not None and ctx.get("pattern") else None
        if entry is None:
            continue
        if c["after"].get("cameo"):
            lex_rows[(entry.id, c["after"]["cameo"])].append(c)
        if c["after"].get("not_event"):
            obj = None
            if entry.pos == "V" and not entry.object:
                obj = _object_lemma(ctx.get("sentence_text"), c.get("evidence_text"), parse)
            blocks[(entry.id, obj)].append(c)

    def new_id(cameo: str, slug: str) -> str:
        base, k = f"{cameo}.{slug}", 1
        eid = base
        while eid in taken_ids:
            k += 1
            eid = f"{base}-{k}"
        taken_ids.add(eid)
        return eid

    def ids(cs):
        return [c["correction_id"] for c in cs]

    def why(cs):
        return "from corrections " + ", ".join(map(str, ids(cs))) + " (eventwire corrections suggest)"

    out: list[dict] = []
    for (text, code), cs in sorted(aliases.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if (text.lower(), code) in have_alias:
            continue
        from eventwire.corrections.codes import split_actor
        country, sectors, org = split_actor(code)
        row = {"entity": f"user.{_slug(text)}", "code": code, "name": text, "aliases": "-",
               "country": country or (code[:3] if org else "-") or "-", "kind": (sectors[0] if sectors else "-"),
               "note": why(cs)}
        out.append({"kind": "actor alias", "file": "actors", "row": row, "corrections": ids(cs),
                    "summary": f"{text!r} is {code} ({len(cs)} correction{'s' * (len(cs) > 1)})"})
    for (eid, cameo), cs in sorted(lex_rows.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(cs) < LEXICON_MIN:
            continue
        e = lexicon.by_id[eid]
        key = (e.pos, e.lemma, e.particle or "-", "|".join(sorted(e.object)) if e.object else "-", e.prep or "-", cameo)
        if key in have_rows:
            continue
        slug = eid.split(".", 1)[-1]
        row = {"id": new_id(cameo, slug), "pos": e.pos, "lemma": e.lemma, "particle": key[2], "object": key[3],
               "prep": key[4], "target": e.target, "cameo": cameo,
               "example": (cs[0].get("context") or {}).get("sentence_text", "")[:200].replace("\t", " ") or "-"}
        out.append({"kind": "lexicon row", "file": "lexicon", "row": row, "corrections": ids(cs),
                    "summary": f"{eid} ({e.cameo}) corrected to {cameo} {len(cs)} times"})
    for (eid, obj), cs in sorted(blocks.items(), key=lambda kv: (-len(kv[1]), kv[0][0], kv[0][1] or "")):
        e = lexicon.by_id[eid]
        objects = obj or ("|".join(sorted(e.object)) if e.object else "-")
        key = (e.pos, e.lemma, e.particle or "-", objects, e.prep or "-", "-")
        if key in have_rows:
            continue
        slug = _slug(e.lemma + ("-" + obj if obj else ""))
        row = {"id": new_id("x", slug), "pos": e.pos, "lemma": e.lemma, "particle": key[2], "object": objects,
               "prep": key[4], "target": e.target, "cameo": "-",
               "example": (cs[0].get("context") or {}).get("sentence_text", "")[:200].replace("\t", " ") or "-"}
        phrase = e.lemma + (f" + {objects}" if objects != "-" else " (every use of it)")
        out.append({"kind": "non-event phrase", "file": "lexicon", "row": row, "corrections": ids(cs),
                    "summary": f"{phrase!r} is not an event ({len(cs)} correction{'s' * (len(cs) > 1)})"})
    for n, s in enumerate(out, 1):
        s["n"] = n
    return out


def write(s: dict, actor_file: Optional[str], lexicon_file: Optional[str]) -> str:
    """Append one suggestion's row to the user's file (created with its header when missing); returns the path."""
    from eventwire.knowledge.actors import file_kind
    path = actor_file if s["file"] == "actors" else lexicon_file
    if not path:
        key = "actors" if s["file"] == "actors" else "lexicon"
        raise ValueError(f"no {key} file of your own: add {key} = [\"my_{key}.tsv\"] to eventwire.toml")
    header, _ = _read(path)
    if s["file"] == "actors":
        if header and file_kind(header) not in ("groups", "parties", "igos"):
            raise ValueError(f"{path} is a {file_kind(header) or 'unknown'} file; an alias needs the columns "
                             f"{' '.join(ACTOR_COLUMNS)}")
        cols = header or list(ACTOR_COLUMNS)
    else:
        if header and any(c not in header for c in LEX_COLUMNS):
            raise ValueError(f"{path} is not a lexicon file (columns {' '.join(LEX_COLUMNS)})")
        cols = header or list(LEX_COLUMNS)
    new = not os.path.isfile(path) or os.path.getsize(path) == 0
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    needs_nl = False
    if not new:
        with open(path, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            needs_nl = fh.read(1) != b"\n"
    with open(path, "a", encoding="utf-8") as fh:
        if new:
            fh.write("# written by eventwire corrections suggest --accept\n" + "\t".join(cols) + "\n")
        elif needs_nl:
            fh.write("\n")
        fh.write("\t".join(str(s["row"].get(c, "-") or "-") for c in cols) + "\n")
    return path


def register(csub) -> None:
    q = csub.add_parser("suggest", help="actor aliases, lexicon rows and non-event phrases the corrections imply; "
                                        "--accept N writes one to your own file from eventwire.toml")
    q.add_argument("--db", default=None)
    q.add_argument("--accept", type=int, action="append", default=[], metavar="N", help="write suggestion N")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_suggest)


def cmd_suggest(args) -> int:
    from eventwire.coding.lexicon import Lexicon
    from eventwire.corrections.commands import open_store

    store = open_store(args, write=False)
    if store is None:
        return 2
    actor_file, lexicon_file = user_files()
    lex = Lexicon.load(extra_paths=[lexicon_file] if lexicon_file and os.path.isfile(lexicon_file) else [])

    def parse(text):
        from eventwire.nlp import load
        return load()(text)

    with store:
        found = suggestions(store.con, lex, parse, actor_file, lexicon_file)
    if args.json and not args.accept:
        for s in found:
            print(json.dumps(s, ensure_ascii=False))
        return 0
    if not args.accept:
        for s in found:
            dest = actor_file if s["file"] == "actors" else lexicon_file
            print(f"{s['n']}. {s['kind']}: {s['summary']}; corrections {', '.join(map(str, s['corrections']))}")
            print(f"   row for {dest or '(no ' + s['file'] + ' file in eventwire.toml)'}: "
                  + "\t".join(str(v) for v in s["row"].values()))
        if not found:
            print("(no suggestions)", file=sys.stderr)
        return 0
    by_n = {s["n"]: s for s in found}
    bad = [n for n in args.accept if n not in by_n]
    if bad:
        print(f"eventwire corrections suggest: no suggestion {bad[0]} (there are {len(found)})", file=sys.stderr)
        return 2
    for n in args.accept:
        try:
            path = write(by_n[n], actor_file, lexicon_file)
        except (ValueError, OSError) as exc:
            print(f"eventwire corrections suggest: {exc}", file=sys.stderr)
            return 2
        print(f"wrote suggestion {n} ({by_n[n]['kind']}) to {path}")
    print("run 'eventwire db recode --corrected' to see the effect", file=sys.stderr)
    return 0
