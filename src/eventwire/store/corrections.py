"""Analysts' corrections of coded mentions: a record, never an overwrite (issue 18; docs/STORAGE.md).

* ``add_correction(store, mention_id, source=..., target=..., cameo=..., not_event=..., note=..., by=...)``
  records who, when, why and the fields before and after in ``corrections``, keeps the coder's own values of the
  mention in ``mention_originals`` and shows the new values on the mention (``mentions.corrected``).  A mention
  corrected as not an event stays stored (``mentions.not_event``) but is in no event, query or export.
* ``undo_correction(store, correction_id)`` marks it undone and rebuilds the mention from the coder's values and
  the corrections still standing.
* ``reapply(con, doc_ids)`` runs inside ``Store.write_batch`` for documents written again (a re-code): each
  standing correction of those documents goes to the new mention with the same trigger span, or is marked
  ``unmatched`` (and reported, never dropped).
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Optional

from eventwire.corrections.codes import CodeError, actor_columns, check_actor, check_cameo
from eventwire.store.rows import fetch_dicts

ACTOR_COLS = ("code", "country", "sector", "name", "entity", "text", "start", "end")
MENTION_COLS = tuple(f"{r}_{c}" for r in ("source", "target") for c in ACTOR_COLS) + (
    "cameo", "cameo_root", "plover_type", "plover_mode", "goldstein", "quad_class", "corrected", "not_event")
FIELDS = ("source", "target", "cameo", "not_event")
NO_ACTOR = ("", "-", "none", "null")


class CorrectionError(ValueError):
    """A correction that cannot be made (unknown mention, bad code, nothing to change); one-line message."""


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


def _q(col: str) -> str:
    return f'"{col}"'


def _mention(con, mention_id: str) -> Optional[dict]:
    rows = fetch_dicts(con, "SELECT * FROM mentions WHERE mention_id = ?", [mention_id])
    return rows[0] if rows else None


def _current(m: dict) -> dict:
    return {"source": m.get("source_code"), "target": m.get("target_code"), "cameo": m.get("cameo"),
            "not_event": bool(m.get("not_event"))}


def check_fields(source: Any = None, target: Any = None, cameo: Any = None, not_event: bool = False,
                 names: Optional[dict] = None) -> dict:
    """The fields a correction sets, checked: {"source": code, "target": code or None, "cameo": code,
    "not_event": True}; raises CorrectionError with a one-line message (``names`` maps a field to how the
    caller calls it, e.g. "--source")."""
    names = names or {}
    out: dict[str, Any] = {}
    try:
        if not_event:
            if any(v not in (None, "") for v in (source, target, cameo)):
                raise CorrectionError(f"{names.get('not_event', 'not_event')} takes no new codes: a mention that "
                                      "is not an event has no source, target or CAMEO code to correct")
            return {"not_event": True}
        if source not in (None, ""):
            out["source"] = check_actor(str(source), names.get("source", "source"))
        if target is not None:
            t = str(target).strip()
            out["target"] = None if t.lower() in NO_ACTOR else check_actor(t, names.get("target", "target"))
        if cameo not in (None, ""):
            out["cameo"] = check_cameo(cameo, names.get("cameo", "cameo"))
    except CodeError as exc:
        raise CorrectionError(str(exc)) from None
    if not out:
        raise CorrectionError("nothing to correct: give a new source, target or CAMEO code, or say it is not an event")
    return out


# --------------------------------------------------------------------------- applying

def _snapshot(con, m: dict) -> None:
    """Keep the coder's values of a mention before its first correction."""
    if con.execute("SELECT 1 FROM mention_originals WHERE mention_id = ?", [m["mention_id"]]).fetchone():
        return
    actors = fetch_dicts(con, "SELECT * FROM actors WHERE mention_id = ? AND doc_id = ?",
                         [m["mention_id"], m["doc_id"]])
    coded = {"mention": {c: m.get(c) for c in MENTION_COLS}, "actors": actors}
    con.execute("INSERT INTO mention_originals VALUES (?, ?, ?)",
                [m["mention_id"], m["doc_id"], json.dumps(coded, default=str)])


def _restore(con, mention_id: str) -> None:
    row = con.execute("SELECT doc_id, coded FROM mention_originals WHERE mention_id = ?", [mention_id]).fetchone()
    if row is None:
        return
    doc_id, coded = row[0], json.loads(row[1])
    vals = coded["mention"]
    con.execute(f"UPDATE mentions SET {', '.join(f'{_q(c)} = ?' for c in MENTION_COLS)} WHERE mention_id = ?",
                [vals.get(c) for c in MENTION_COLS] + [mention_id])
    con.execute("DELETE FROM actors WHERE mention_id = ? AND doc_id = ?", [mention_id, doc_id])
    for a in coded["actors"]:
        cols = list(a)
        con.execute(f"INSERT INTO actors ({', '.join(_q(c) for c in cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [a[c] for c in cols])
    con.execute("DELETE FROM mention_originals WHERE mention_id = ?", [mention_id])


def _apply(con, corr: dict, m: dict) -> None:
    """Show a correction's values on mention ``m`` (and its actor rows)."""
    _snapshot(con, m)
    after = json.loads(corr["fields_after"]) if isinstance(corr["fields_after"], str) else corr["fields_after"]
    why = f"corrected by {corr.get('created_by') or 'an analyst'} (correction {corr['correction_id']})"
    if corr.get("note"):
        why += f": {corr['note']}"
    sets: dict[str, Any] = {"corrected": True}
    for role in ("source", "target"):
        if role not in after:
            continue
        code = after[role]
        if code is None:
            sets.update({f"{role}_{c}": None for c in ACTOR_COLS})
            con.execute("DELETE FROM actors WHERE mention_id = ? AND doc_id = ? AND role = ?",
                        [m["mention_id"], m["doc_id"], role])
            continue
        cols = actor_columns(code)
        same_country = cols["country"] is not None and cols["country"] == m.get(f"{role}_country")
        sets.update({f"{role}_code": cols["code"], f"{role}_country": cols["country"],
                     f"{role}_sector": cols["sector"]})
        if not same_country:
            sets.update({f"{role}_name": None, f"{role}_entity": None})
        name = m.get(f"{role}_name") if same_country else None
        entity = m.get(f"{role}_entity") if same_country else None
        if con.execute("SELECT 1 FROM actors WHERE mention_id = ? AND doc_id = ? AND role = ?",
                       [m["mention_id"], m["doc_id"], role]).fetchone():
            con.execute('UPDATE actors SET code = ?, country = ?, sector = ?, name = ?, entity = ?, why = ? '
                        'WHERE mention_id = ? AND doc_id = ? AND role = ?',
                        [cols["code"], cols["country"], cols["sector"], name, entity, why,
                         m["mention_id"], m["doc_id"], role])
        else:
            con.execute('INSERT INTO actors (doc_id, mention_id, role, code, country, sector, name, entity, text, '
                        'start, "end", why) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)',
                        [m["doc_id"], m["mention_id"], role, cols["code"], cols["country"], cols["sector"],
                         m.get(f"{role}_text"), m.get(f"{role}_start"), m.get(f"{role}_end"), why])
    if after.get("cameo"):
        from eventwire.ontology import lookup
        rec = lookup(after["cameo"])
        sets.update({"cameo": rec.code, "cameo_root": rec.root, "plover_type": rec.plover_type,
                     "plover_mode": rec.plover_mode, "goldstein": rec.goldstein, "quad_class": rec.quad_class})
    if after.get("not_event"):
        sets["not_event"] = True
    cols = list(sets)
    con.execute(f"UPDATE mentions SET {', '.join(f'{_q(c)} = ?' for c in cols)} WHERE mention_id = ?",
                [sets[c] for c in cols] + [m["mention_id"]])


def _rebuild(con, mention_id: str) -> None:
    """The mention from the coder's values plus every correction still applied to it, in order."""
    _restore(con, mention_id)
    for c in fetch_dicts(con, "SELECT * FROM corrections WHERE mention_id = ? AND status = 'applied' "
                              "ORDER BY correction_id", [mention_id]):
        m = _mention(con, mention_id)
        if m is not None:
            _apply(con, c, m)


def _transaction(store, body):
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        out = body(con)
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except Exception:  # noqa: BLE001
            pass
        raise
    return out


# --------------------------------------------------------------------------- public

def add_correction(store, mention_id: str, *, source: Any = None, target: Any = None, cameo: Any = None,
                   not_event: bool = False, note: Optional[str] = None, by: Optional[str] = None,
                   names: Optional[dict] = None, aggregate: bool = True) -> dict:
    """Record and apply one correction; returns it (``get_correction``).  ``target="-"`` removes the target."""
    if store.read_only:
        raise CorrectionError("the store is open read-only")
    after = check_fields(source, target, cameo, not_event, names)
    mention_id = str(mention_id)

    def body(con):
        m = _mention(con, mention_id)
        if m is None:
            raise CorrectionError(f"no mention {mention_id!r} (ids are '<document id>:<n>', as "
                                  "'eventwire events --json' shows them)")
        current = _current(m)
        if current["not_event"] and not after.get("not_event"):
            raise CorrectionError(f"mention {mention_id} is corrected as not an event; undo that correction first")
        before = {k: current[k] for k in after}
        if before == after:
            raise CorrectionError(f"mention {mention_id} already has {after}")
        cid = int(con.execute("SELECT coalesce(max(correction_id), 0) + 1 FROM corrections").fetchone()[0])
        context = {k: m.get(k) for k in ("pattern", "rule", "source_text", "target_text", "sentence_text",
                                           "date", "source_name", "target_name")}
        con.execute("INSERT INTO corrections (correction_id, mention_id, doc_id, sentence, evidence_text, "
                    "evidence_start, evidence_end, created_by, created_at, note, not_event, fields_before, "
                    "fields_after, context, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'applied')",
                    [cid, mention_id, m["doc_id"], m.get("sentence"), m.get("evidence_text"), m.get("evidence_start"),
                     m.get("evidence_end"), by or None, _now(), note or None, bool(not_event),
                     json.dumps(before), json.dumps(after), json.dumps(context, default=str)])
        corr = fetch_dicts(con, "SELECT * FROM corrections WHERE correction_id = ?", [cid])[0]
        _apply(con, corr, m)
        return cid

    cid = _transaction(store, body)
    if aggregate:
        store.aggregate()
    return get_correction(store.con, cid)


def undo_correction(store, correction_id: Any, by: Optional[str] = None, aggregate: bool = True) -> dict:
    """Mark a correction undone; its mention shows the coder's values and the other corrections still standing."""
    if store.read_only:
        raise CorrectionError("the store is open read-only")
    try:
        cid = int(str(correction_id).strip())
    except ValueError:
        raise CorrectionError(f"bad correction id {correction_id!r}: a number") from None

    def body(con):
        rows = fetch_dicts(con, "SELECT * FROM corrections WHERE correction_id = ?", [cid])
        if not rows:
            raise CorrectionError(f"no correction {cid}")
        c = rows[0]
        if c["status"] == "undone":
            raise CorrectionError(f"correction {cid} is already undone")
        con.execute("UPDATE corrections SET status = 'undone', undone_at = ?, undone_by = ? WHERE correction_id = ?",
                    [_now(), by or None, cid])
        if c["status"] == "applied":
            _rebuild(con, c["mention_id"])

    _transaction(store, body)
    if aggregate:
        store.aggregate()
    return get_correction(store.con, cid)


def _record(row: dict) -> dict:
    out = dict(row)
    for k in ("fields_before", "fields_after", "context"):
        if isinstance(out.get(k), str):
            try:
                out[k] = json.loads(out[k])
            except ValueError:
                pass
    out["before"], out["after"] = out.pop("fields_before"), out.pop("fields_after")
    out["undone"] = out.get("status") == "undone"
    out["not_event"] = bool(out.get("not_event"))
    return out


def get_correction(con, correction_id: int) -> Optional[dict]:
    rows = fetch_dicts(con, "SELECT * FROM corrections WHERE correction_id = ?", [int(correction_id)])
    return _record(rows[0]) if rows else None


def list_corrections(con, *, mention_id: Optional[str] = None, doc_id: Optional[str] = None,
                     status: Optional[str] = None) -> list[dict]:
    """Corrections (oldest first), of one mention, one document or one status when given."""
    where, params = [], []
    for col, v in (("mention_id", mention_id), ("doc_id", doc_id), ("status", status)):
        if v is not None:
            where.append(f"{col} = ?")
            params.append(v)
    sql = "SELECT * FROM corrections" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY correction_id"
    return [_record(r) for r in fetch_dicts(con, sql, params)]


# --------------------------------------------------------------------------- after a re-code

def _match(con, c: dict, taken: set) -> Optional[dict]:
    """The new mention of a correction's document with the same trigger span; among several (one act coded
    for several actors), the one whose coded values are the correction's 'before', then the same id."""
    if c.get("evidence_start") is None or c.get("evidence_end") is None:
        cands = fetch_dicts(con, "SELECT * FROM mentions WHERE doc_id = ? AND sentence IS NOT DISTINCT FROM ? "
                                 "AND evidence_text IS NOT DISTINCT FROM ? ORDER BY idx",
                            [c["doc_id"], c.get("sentence"), c.get("evidence_text")])
    else:
        cands = fetch_dicts(con, "SELECT * FROM mentions WHERE doc_id = ? AND evidence_start = ? AND evidence_end = ? "
                                 "ORDER BY idx", [c["doc_id"], c["evidence_start"], c["evidence_end"]])
    if not cands:
        return None
    before = json.loads(c["fields_before"]) if isinstance(c["fields_before"], str) else c["fields_before"]

    def rank(m):
        cur = _current(m)
        return (m["mention_id"] in taken, any(cur.get(k) != v for k, v in before.items()),
                m["mention_id"] != c["mention_id"], m["idx"])
    return min(cands, key=rank)


def reapply(con, doc_ids) -> dict:
    """After documents were written again (inside that transaction): the coder's values are new, so the kept
    originals go; each standing correction is applied to its matching mention or marked unmatched.
    Returns {"applied": [...], "unmatched": [...], "agrees": [...]} (correction records; ``agrees``: the
    coder now gives what the correction says by itself)."""
    ids = sorted({str(d) for d in doc_ids})
    report: dict[str, list] = {"applied": [], "unmatched": [], "agrees": []}
    if not ids:
        return report
    marks = ",".join("?" * len(ids))
    con.execute(f"DELETE FROM mention_originals WHERE doc_id IN ({marks})", ids)
    standing = fetch_dicts(con, f"SELECT * FROM corrections WHERE doc_id IN ({marks}) AND status <> 'undone' "
                                "ORDER BY correction_id", ids)
    taken: set = set()                  # new mentions already given to another coded mention's corrections
    placed: dict[str, str] = {}         # mention id a correction was made on -> its new mention id
    for c in standing:
        old = c["mention_id"]
        if old in placed:               # a later correction of the same mention goes where the first went
            m = _mention(con, placed[old])
        else:
            m = _match(con, c, taken)
        if m is None:
            con.execute("UPDATE corrections SET status = 'unmatched' WHERE correction_id = ?", [c["correction_id"]])
            c["status"] = "unmatched"
            report["unmatched"].append(_record(c))
            continue
        placed[old] = m["mention_id"]
        taken.add(m["mention_id"])
        after = json.loads(c["fields_after"])
        if all(_current(m).get(k) == v for k, v in after.items()):
            report["agrees"].append(_record(c))
        con.execute("UPDATE corrections SET status = 'applied', mention_id = ? WHERE correction_id = ?",
                    [m["mention_id"], c["correction_id"]])
        c.update(status="applied", mention_id=m["mention_id"])
        _apply(con, c, m)
        report["applied"].append(_record(c))
    return report
