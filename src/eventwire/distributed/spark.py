"""Run the eventwire pipeline on Apache Spark.

    run(inputs, output, *, master=None, partitions=None, ...) -> dict (summary)

Reads JSONL / JSON / text / HTML / RSS-Atom / WARC files (whole files, through Spark's
``binaryFile`` source, so any Hadoop-compatible path works: local, ``hdfs://``, ``s3a://``,
``gs://`` where the cluster has the connector) and Parquet (``*.parquet`` or a folder of them,
through Spark's splittable Parquet reader; columns id, text, date, title, url, source, anything
else goes into meta).  Each record becomes a ``Document`` with the same ingest code the
single-process reader uses, so ids, statuses and reasons agree with ``eventwire code``.

Coding happens in ``mapPartitions``: every Python worker keeps one pipeline (spaCy, lexicon,
actors, gazetteer) in a module-level cache (``eventwire.pipeline.default_pipeline``), loaded on
the first partition it codes and reused for every later one, and calls the same ``code_batch``.

Output (Parquet, partitioned by date, ``date=__HIVE_DEFAULT_PARTITION__`` for none):

    OUTPUT/documents/   one row per input record: the store's ``documents`` columns (id, status,
                        reason, title, url, source, outlet, date, n_chars, ..., origin, meta);
                        ``text`` only with keep_text=True
    OUTPUT/mentions/    one row per coded event in a document: the store's ``mentions`` columns
    OUTPUT/incidents/   one row per incident of a document (coding/incidents.py: its acts linked, deaths and
                        injuries counted once): the store's ``incidents`` columns; mentions.incident links
    OUTPUT/events/      aggregated events with the flat export columns (eventwire.export.FLAT_SCHEMA),
                        aggregated with the store's rule (source | target | CAMEO | day | geonameid)

``load_output(output, db)`` (spark_load.py) loads documents, mentions and incidents into an eventwire DuckDB store and
aggregates there (``eventwire spark-load``).
"""
from __future__ import annotations

import itertools
import logging
import os
import time
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

log = logging.getLogger("eventwire.spark")

PARQUET_SUFFIXES = (".parquet", ".pq")
# documents columns left out of the Parquet output (text on request; story ids are the store's
# business: they need every document already stored).  duplicate_of is kept: it marks an exact copy
# that was not coded itself (see _units_by_text)
_DOC_DROP = ("story_id",)


# --------------------------------------------------------------------------- spark session

def is_local_master(master: Optional[str]) -> bool:
    return bool(master) and str(master).startswith("local")


def spark_session(master: Optional[str] = None, app_name: str = "eventwire", conf: Optional[dict] = None):
    """A SparkSession.  ``master`` None: whatever spark-submit configured, else ``local[*]``.

    A local master binds to loopback only and runs without the web UI, so a local run touches
    no network beyond 127.0.0.1.
    """
    from pyspark.sql import SparkSession

    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ and "SPARK_MASTER" not in os.environ:
        master = "local[*]"        # plain `eventwire spark` (not under spark-submit)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if is_local_master(master):
        import sys
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)     # workers run this interpreter (and package)
        builder = (builder.config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false")
                   .config("spark.sql.shuffle.partitions", "4"))
    builder = builder.config("spark.sql.sources.partitionOverwriteMode", "static")
    for k, v in (conf or {}).items():
        builder = builder.config(k, v)
    import warnings
    with warnings.catch_warnings():       # pyspark's "pandas >= 3 not fully supported" note: we do not use pandas here
        warnings.filterwarnings("ignore", message=".*PySpark does not yet fully support pandas.*", category=FutureWarning)
        spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# --------------------------------------------------------------------------- schemas

_SPARK_TYPES = {"VARCHAR": "string", "INTEGER": "int", "BIGINT": "bigint", "DOUBLE": "double", "DATE": "date",
                "BOOLEAN": "boolean", "TIMESTAMP": "timestamp", "JSON": "string", "VARCHAR[]": "array<string>"}


def store_columns(table: str) -> list[tuple[str, str]]:
    """(name, DuckDB type) of one of the store's tables, from the store's own schema."""
    from eventwire.store import Store

    with Store(":memory:") as s:
        return [(r[0], str(r[1])) for r in s.con.execute(f"DESCRIBE {table}").fetchall()]


def _struct(cols: Sequence[tuple[str, str]]):
    from pyspark.sql.types import StructField, StructType, _parse_datatype_string

    return StructType([StructField(name, _parse_datatype_string(_SPARK_TYPES.get(dtype, "string")), True)
                       for name, dtype in cols])


def output_columns(keep_text: bool = False) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(documents columns, mentions columns) of the Parquet output."""
    docs = [(n, t) for n, t in store_columns("documents") if n not in _DOC_DROP and (keep_text or n != "text")]
    return docs, store_columns("mentions")


def incident_columns() -> list[tuple[str, str]]:
    """(name, DuckDB type) of the incidents output: the store's ``incidents`` table."""
    return store_columns("incidents")


# --------------------------------------------------------------------------- reading (executors)

def _display_name(path: str) -> str:
    """A local file URI as a plain path (as the single-process reader names it); others unchanged."""
    from urllib.parse import unquote

    if path.startswith("file://"):
        return unquote(path[len("file://"):])
    if path.startswith("file:"):
        return unquote(path[len("file:"):])
    return path


def documents_from_bytes(data: bytes, name: str, *, max_chars: int = 200_000,
                         detect_language: bool = True) -> Iterator[Any]:
    """Documents from one file's bytes, as ``eventwire.ingest.read_path`` gives them for the file on disk (kind by
    suffix, sniffed when unknown; gzip by magic number, within --max-input-bytes; a cut or damaged gzip file gives
    its readable records, then one failed record naming the cut).  Never raises."""
    from eventwire import ingest

    return ingest.documents_from_bytes(data, name, max_chars=max_chars, detect_language=detect_language)


def _files_to_documents(rows: Iterable, max_chars: int, detect_language: bool) -> Iterator[Any]:
    for row in rows:
        yield from documents_from_bytes(bytes(row["content"] or b""), _display_name(row["path"]),
                                        max_chars=max_chars, detect_language=detect_language)


def _records_to_documents(rows: Iterable, max_chars: int, detect_language: bool) -> Iterator[Any]:
    from eventwire.ingest import record_to_document
    from eventwire.ingest.checks import place_id

    for row in rows:
        rec = row.asDict(recursive=True)
        file = _display_name(rec.pop("_ew_file", None) or "parquet")
        n = rec.pop("_ew_row", None)
        rec = {k: v for k, v in rec.items() if v is not None or k in ("text",)}
        yield record_to_document(rec, fallback_id=place_id(f"{file}#{n}"), origin=f"{file}#{n}",
                                 max_chars=max_chars, detect_language=detect_language)


# --------------------------------------------------------------------------- coding (executors)

def _text_key(d) -> tuple:
    from eventwire.stories import exact_hash

    if d.status == "ok" and isinstance(d.text, str):
        return ("text", exact_hash(d.text))
    return ("not-readable", str(d.id))


def _units_by_text(kv) -> Iterator[tuple]:
    """One group of readable Documents with the same text (exact hash) -> coding units
    ``(document, [exact copies])``.  The original is the document with the smallest (id, origin);
    a copy with another id is not coded (as ``eventwire code`` codes an exact copy once); one
    with the original's own id (the same record given twice) is coded again, as ``eventwire code``
    does.  Documents skipped or failed at ingest are units of their own."""
    (kind, _key), docs = kv
    docs = sorted(docs, key=lambda d: (str(d.id), d.origin or ""))
    if kind != "text":
        for d in docs:
            yield d, []
        return
    original = docs[0]
    copies = [d for d in docs[1:] if d.id != original.id]
    yield original, copies
    for d in docs[1:]:
        if d.id == original.id:
            yield d, []


def dedupe_exact_copies(docs, partitions: int):
    """An RDD of Documents -> an RDD of coding units ``(document, [exact copies])``: readable
    documents grouped by ``stories.exact_hash`` of their text, the others (skipped/failed at
    ingest) alone.  One pass over ``docs`` and one shuffle, in place of a plain repartition (a
    second pass would count the resume accumulator twice)."""
    return docs.map(lambda d: (_text_key(d), d)).groupByKey(numPartitions=partitions).flatMap(_units_by_text)


def _copy_result(copy, original_result):
    """The Result ``eventwire code`` stores for an exact copy it did not code (commands.CodeRun)."""
    from eventwire.model import CODED, SKIPPED, Result

    status = CODED if original_result.status == CODED else SKIPPED
    return Result(document=copy, status=status, reason=f"exact duplicate of {original_result.document.id}")


def _code_partition(units: Iterable, *, batch_size: int, actor_files: tuple, lexicon_files: tuple,
                    keep_text: bool, doc_cols: Sequence[str], mention_cols: Sequence[str],
                    run_id: str, doc_timeout: Optional[float] = None,
                    incident_cols: Sequence[str] = ()) -> Iterator[tuple]:
    """Code one partition's units ``(document, [exact copies])``; one output row per document and
    per copy (document columns + mentions + incidents, the rows the store's ``result_rows`` gives).
    A copy has no incidents of its own either (the store's incident export counts a story's copies once).  A copy is not coded: its row says ``exact duplicate
    of ID`` and has ``duplicate_of`` set and no mentions (its events come from the original's
    mentions when events are aggregated, as in the store).

    The pipeline is the process-wide cached one: a Python worker loads the models once and keeps
    them for every partition it is given (spark.python.worker.reuse, Spark's default). A document whose coding
    takes over ``doc_timeout`` seconds is failed with reason ``timeout``."""
    import datetime as _dt

    from eventwire.model import FAILED, Document, Result
    from eventwire.pipeline import code_batch
    from eventwire.store import result_rows

    def row(r, now, duplicate_of=None):
        try:
            rows = result_rows(r, run_id=run_id, coded_at=now)
        except Exception as exc:  # an unstorable record must not fail the task: keep its id and why
            d = r.document
            r = Result(document=Document(id=str(d.id), text="", origin=d.origin), status=FAILED,
                       reason=f"output error: {type(exc).__name__}: {exc}")
            rows, duplicate_of = result_rows(r, run_id=run_id, coded_at=now), None
        doc = rows["documents"][0]
        doc["duplicate_of"] = duplicate_of
        if not keep_text:
            doc.pop("text", None)
        mentions = [tuple(m.get(c) for c in mention_cols) for m in rows["mentions"]]
        incidents = [tuple(i.get(c) for c in incident_cols) for i in rows["incidents"]]
        return tuple(doc.get(c) for c in doc_cols) + (mentions, incidents)

    it = iter(units)
    while True:
        batch = list(itertools.islice(it, batch_size))
        if not batch:
            break
        docs = [d for d, _ in batch]
        try:
            results = code_batch(docs, actor_files, lexicon_files, doc_timeout=doc_timeout)
        except Exception as exc:  # the pipeline does not raise for one document; this is a last resort
            results = [Result(document=d, status=FAILED, reason=f"pipeline error: {type(exc).__name__}: {exc}")
                       for d in docs]
        now = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
        for r, (_, copies) in zip(results, batch):
            yield row(r, now)
            for c in copies:
                yield row(_copy_result(c, r), now, duplicate_of=str(r.document.id))


# --------------------------------------------------------------------------- the job

def _split_inputs(inputs: Sequence[str]) -> tuple[list[str], list[str]]:
    parquet, files = [], []
    for p in inputs:
        s = str(p).rstrip("/")
        low = s.lower()
        if low.endswith(PARQUET_SUFFIXES) or low.endswith(tuple(x + "/*" for x in PARQUET_SUFFIXES)):
            parquet.append(s)
        elif "://" not in s and os.path.isdir(s) and _is_parquet_dir(s):
            parquet.append(s)
        else:
            files.append(s)
    return parquet, files


def _is_parquet_dir(path: str) -> bool:
    names = [n for n in os.listdir(path) if not n.startswith((".", "_"))]
    return bool(names) and all(n.lower().endswith(PARQUET_SUFFIXES) or os.path.isdir(os.path.join(path, n))
                               and n.count("=") == 1 for n in names)


def read_documents(spark, inputs: Sequence[str], *, max_chars: int = 200_000, detect_language: bool = True):
    """An RDD of Documents from the inputs (files / folders / globs; Parquet by suffix, or a local
    folder holding only Parquet files and partition folders)."""
    from pyspark.sql import functions as F

    from eventwire.ingest import input_kind

    parquet, files = _split_inputs(inputs)
    rdds = []
    found: list[str] = []
    if files:
        df = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(files)
        # Parquet files inside other folders (remote ones, mixed ones) go to the Parquet reader;
        # listing paths does not read any file's content
        is_pq = F.lower(F.col("path")).rlike(r"\.(parquet|pq)$")
        found = [r["path"] for r in df.where(is_pq).select("path").collect()]
        df = df.where(~is_pq).select("path", "content")
        explicit = {_display_name(str(Path(f).resolve())) if "://" not in f else f for f in files}
        # in folders only the kinds the single-process reader takes (hidden files are skipped by Spark)

        def wanted(path: str) -> bool:
            name = _display_name(path)
            return name in explicit or input_kind(name) is not None

        rdds.append(df.rdd.filter(lambda row: wanted(row["path"]))
                    .mapPartitions(lambda rows: _files_to_documents(rows, max_chars, detect_language)))
    # each Parquet input is a dataset of its own (a folder's partition folders, date=2024-03-01/, become
    # columns); the Parquet files found inside other folders are read together, as plain files
    readers = [spark.read.option("mergeSchema", "true").parquet(p) for p in parquet]
    if found:
        readers.append(spark.read.option("mergeSchema", "true").option("recursiveFileLookup", "true").parquet(*found))
    for pdf in readers:
        pdf = (pdf.withColumn("_ew_file", F.input_file_name())
               .withColumn("_ew_row", F.monotonically_increasing_id()))
        rdds.append(pdf.rdd.mapPartitions(lambda rows: _records_to_documents(rows, max_chars, detect_language)))
    if not rdds:
        return spark.sparkContext.emptyRDD()
    return rdds[0] if len(rdds) == 1 else spark.sparkContext.union(rdds)


def _tellings(frame):
    """A mention's tellings as a column: itself and the other tellings folded into it (told_again, a JSON list)."""
    from pyspark.sql import functions as F

    if "told_again" not in frame.columns:
        return F.lit(1)
    return F.lit(1) + F.coalesce(F.json_array_length(F.col("told_again")), F.lit(0))


def aggregate_events(mentions):
    """Aggregated events (flat export columns) from a mentions DataFrame that also carries its
    document's ``outlet``, ``doc_date`` and ``doc_url`` (and, optionally, ``inherited``: a row that
    counts an exact copy's article, see ``mentions_with_documents``), with the store's rule: one
    event per (source code, target code, CAMEO, day, geonameid); the best mention (own before
    inherited, highest confidence, then one with a URL, earliest story date, smallest mention id)
    gives the descriptive columns.
    One shuffle: a single groupBy with min_by over an ordering struct."""
    from pyspark.sql import functions as F

    from eventwire.export.flat import FLAT_SCHEMA

    key = F.concat_ws("|", *[F.coalesce(c, F.lit("")) for c in (
        F.col("source_code"), F.col("target_code"), F.col("cameo"), F.date_format("date", "yyyy-MM-dd"),
        F.col("location_geonameid"))])
    k = mentions.withColumn("event_id", F.conv(F.substring(F.md5(key), 1, 15), 16, 10).cast("bigint"))
    best_cols = ["date", "source_code", "source_country", "source_sector", "target_code", "target_country",
                 "target_sector", "cameo", "cameo_root", "plover_type", "plover_mode", "quad_class", "location_name",
                 "location_lat", "location_lon", "location_country", "evidence_text", "doc_id", "doc_url"]
    k = k.withColumn("inherited", F.coalesce(F.col("inherited"), F.lit(False)) if "inherited" in k.columns
                     else F.lit(False))
    order = F.struct(F.col("inherited").alias("i"),
                     F.coalesce(-F.col("confidence"), F.lit(float("inf"))).alias("c"),
                     F.col("doc_url").isNull().alias("u"),
                     F.coalesce(F.col("doc_date"), F.lit("9999-12-31").cast("date")).alias("d"),
                     F.col("mention_id").alias("m"))
    g = k.groupBy("event_id").agg(
        F.sum(_tellings(k)).cast("bigint").alias("num_mentions"), F.countDistinct("doc_id").alias("num_articles"),
        F.countDistinct("outlet").alias("num_sources"), F.round(F.avg("goldstein"), 3).alias("_gold"),
        F.min_by(F.struct(*best_cols), order).alias("b"))
    cols = {
        "event_id": F.col("event_id"), "goldstein": F.col("_gold"), "num_mentions": F.col("num_mentions"),
        "num_articles": F.col("num_articles"), "num_sources": F.col("num_sources"),
        "place_name": F.col("b.location_name"), "lat": F.col("b.location_lat"), "lon": F.col("b.location_lon"),
        "country": F.col("b.location_country"), "evidence": F.col("b.evidence_text"), "url": F.col("b.doc_url"),
        "corrected": F.lit(False),              # analysts correct events in the store, never in a Spark run
    }
    arrow_to_spark = {"int64": "bigint", "int32": "int", "string": "string", "double": "double", "date32[day]": "date",
                      "bool": "boolean"}
    out = []
    for f in FLAT_SCHEMA:
        c = cols.get(f.name, F.col(f"b.{f.name}"))
        out.append(c.cast(arrow_to_spark.get(str(f.type), "string")).alias(f.name))
    return g.select(*out)


def mentions_with_documents(documents, mentions):
    """The rows ``aggregate_events`` takes, as the store's aggregation builds them: every mention
    with its document's outlet, date and URL (``inherited`` false), and for every exact copy that
    was not coded itself (``duplicate_of`` set, no mentions of its own) its original's mentions
    again, counted for the copy's article (``doc_id``, outlet, date, URL of the copy; ``inherited``
    true)."""
    from pyspark.sql import functions as F

    docs = (documents.select(F.col("id").alias("doc_id"), "outlet", F.col("date").alias("doc_date"),
                             F.col("url").alias("doc_url"), "duplicate_of").dropDuplicates(["doc_id"]))
    own = mentions.join(docs.drop("duplicate_of"), "doc_id").withColumn("inherited", F.lit(False))
    copies = (docs.where(F.col("duplicate_of").isNotNull())
              .join(mentions.select("doc_id").distinct(), "doc_id", "left_anti")
              .withColumnRenamed("doc_id", "_copy_id"))
    inherited = (mentions.join(copies, mentions["doc_id"] == copies["duplicate_of"])
                 .withColumn("doc_id", F.col("_copy_id")).drop("_copy_id", "duplicate_of")
                 .withColumn("inherited", F.lit(True)))
    return own.unionByName(inherited)


def _existing(spark, path: str):
    """The Parquet dataset at path, or None when there is none."""
    try:
        return spark.read.parquet(path)
    except Exception as exc:  # AnalysisException: path does not exist / no files
        if "PATH_NOT_FOUND" in str(exc) or "does not exist" in str(exc) or "UNABLE_TO_INFER_SCHEMA" in str(exc):
            return None
        raise


def _not_written(spark, frame, path: str, key: str):
    """The rows of ``frame`` whose ``key`` is not yet in the Parquet dataset at ``path`` (a resumed run)."""
    written = _existing(spark, path)
    if written is None:
        return frame
    return frame.join(written.select(key).distinct(), key, "left_anti").select(*frame.columns)


def _count(frame) -> int:
    """Rows of a table that may not exist (a run with no events writes no Parquet file)."""
    return 0 if frame is None else frame.count()


def run(inputs: Sequence[str], output: str, *, master: Optional[str] = None, partitions: Optional[int] = None,
        batch_size: int = 16, actor_files: Sequence[str] = (), lexicon_files: Sequence[str] = (),
        max_chars: int = 200_000, detect_language: bool = True, keep_text: bool = False,
        resume: bool = False, spark=None, conf: Optional[dict] = None, doc_timeout: Optional[float] = None) -> dict:
    """Code ``inputs`` on Spark and write OUTPUT/{documents,mentions,incidents,events} (Parquet by date).

    ``resume=False``: OUTPUT is overwritten.  ``resume=True``: documents whose id is already in
    OUTPUT/documents are not read into the coding step; the new rows are appended (mentions first,
    then documents: a document row means its mentions are written) and OUTPUT/events is rebuilt
    from all of them (each mention id once, only for documents that have their row).

    Returns a summary dict: documents, coded, skipped, failed (this run), duplicates (exact copies
    not coded again; counted in coded/skipped too), already_done (resume), mentions, incidents (this
    run), events (total),
    seconds, partitions, timings.
    ``doc_timeout``: seconds each document may spend in coding after its parse (default: $EVENTWIRE_DOC_TIMEOUT of
    this process, else 120; sent to the executors); past it the document is failed with reason ``timeout``.
    Files named in ``actor_files``/``lexicon_files`` must be readable at the same path on every
    executor (ship them with ``--files`` and give the bare name, or put them on shared storage).
    """
    import uuid

    from pyspark import StorageLevel

    from eventwire.pipeline import doc_timeout as default_doc_timeout
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, StructField

    t0 = time.perf_counter()
    spark = spark or spark_session(master, conf=conf)
    sc = spark.sparkContext
    out = output.rstrip("/")
    doc_cols, mention_cols = output_columns(keep_text)
    doc_names = [n for n, _ in doc_cols]
    mention_names = [n for n, _ in mention_cols]
    schema = _struct(doc_cols)
    schema = schema.add(StructField("_mentions", ArrayType(_struct(mention_cols)), True))
    incident_cols = incident_columns()
    schema = schema.add(StructField("_incidents", ArrayType(_struct(incident_cols)), True))

    docs = read_documents(spark, [str(p) for p in inputs], max_chars=max_chars, detect_language=detect_language)
    n_parts = partitions or max(sc.defaultParallelism, docs.getNumPartitions())
    already = None
    done = _existing(spark, f"{out}/documents") if resume else None
    if done is not None:
        already = sc.accumulator(0)

        def fresh(kv, acc=already):
            if kv[1][1] is not None:
                acc.add(1)
                return False
            return True
        done_ids = done.select("id").distinct().rdd.map(lambda r: (r[0], True))
        docs = (docs.map(lambda d: (d.id, d)).leftOuterJoin(done_ids, numPartitions=n_parts)
                .filter(fresh).map(lambda kv: kv[1][0]))
    # exact copies (same text, another id) are coded once, as by `eventwire code`; the grouping by
    # text is also what spreads the documents over n_parts partitions
    units = dedupe_exact_copies(docs, n_parts)
    run_id = f"spark-{uuid.uuid4().hex[:12]}"
    opts = {"batch_size": batch_size, "actor_files": tuple(actor_files), "lexicon_files": tuple(lexicon_files),
            "keep_text": keep_text, "doc_cols": doc_names, "mention_cols": mention_names, "run_id": run_id,
            "doc_timeout": doc_timeout if doc_timeout and doc_timeout > 0 else default_doc_timeout(),
            "incident_cols": [n for n, _ in incident_cols]}
    coded = units.mapPartitions(lambda it: _code_partition(it, **opts))
    table = spark.createDataFrame(coded, schema).persist(StorageLevel.MEMORY_AND_DISK)
    mode = "append" if resume else "overwrite"
    try:
        documents = table.drop("_mentions", "_incidents")
        mentions = table.select(F.explode("_mentions").alias("m")).select("m.*")
        incidents = table.select(F.explode("_incidents").alias("i")).select("i.*")
        if resume:
            # a run killed after writing a document's mentions (incidents) and before its row codes it again: the
            # rows already there are its own (same ids), so they are not appended twice
            mentions = _not_written(spark, mentions, f"{out}/mentions", "mention_id")
            incidents = _not_written(spark, incidents, f"{out}/incidents", "incident_id")
        timings = {"start": round(time.perf_counter() - t0, 2)}
        # mentions and incidents first: a document's row is written only after its own rows (what resume relies on)
        mentions.write.mode(mode).partitionBy("date").parquet(f"{out}/mentions")
        timings["mentions"] = round(time.perf_counter() - t0, 2)      # includes reading and coding
        incidents.write.mode(mode).partitionBy("date").parquet(f"{out}/incidents")
        timings["incidents"] = round(time.perf_counter() - t0, 2)
        documents.write.mode(mode).partitionBy("date").parquet(f"{out}/documents")
        timings["documents"] = round(time.perf_counter() - t0, 2)
        if resume:
            all_docs = spark.read.option("mergeSchema", "true").parquet(f"{out}/documents")
            if "duplicate_of" not in all_docs.columns:       # output of an older eventwire
                all_docs = all_docs.withColumn("duplicate_of", F.lit(None).cast("string"))
            all_ments = _existing(spark, f"{out}/mentions")
            if all_ments is None:
                all_ments = spark.createDataFrame([], _struct(mention_cols))
            all_ments = all_ments.dropDuplicates(["mention_id"])
        else:
            all_docs, all_ments = documents, mentions
        events = aggregate_events(mentions_with_documents(all_docs, all_ments))
        events.write.mode("overwrite").partitionBy("date").parquet(f"{out}/events")
        timings["events"] = round(time.perf_counter() - t0, 2)
        counts, n_mentions, n_incidents, n_copies = {}, 0, 0, 0
        for r in table.groupBy("status").agg(F.count(F.lit(1)).alias("n"),
                                             F.sum(F.size("_mentions")).alias("m"),
                                             F.sum(F.size("_incidents")).alias("i"),
                                             F.count("duplicate_of").alias("c")).collect():
            counts[r["status"]] = r["n"]
            n_mentions += r["m"] or 0
            n_incidents += r["i"] or 0
            n_copies += r["c"] or 0
        summary = {
            "documents": sum(counts.values()), "coded": counts.get("coded", 0), "skipped": counts.get("skipped", 0),
            "failed": counts.get("failed", 0), "duplicates": n_copies, "mentions": n_mentions,
            "incidents": n_incidents,
            "events": _count(_existing(spark, f"{out}/events")), "partitions": n_parts, "run_id": run_id,
            "timings": timings,
        }
        if already is not None:
            summary["already_done"] = already.value
    finally:
        table.unpersist()
    summary["seconds"] = round(time.perf_counter() - t0, 2)
    return summary


# load_output lives in spark_load.py (re-exported here: eventwire.distributed.spark.load_output)
from eventwire.distributed.spark_load import load_output  # noqa: E402,F401


__all__ = ["run", "spark_session", "read_documents", "documents_from_bytes", "aggregate_events", "load_output",
           "output_columns", "store_columns", "is_local_master", "dedupe_exact_copies", "mentions_with_documents"]
