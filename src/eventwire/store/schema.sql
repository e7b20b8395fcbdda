-- eventwire store schema (DuckDB).  Applied by eventwire.store.Store on open; every statement
-- is idempotent (IF NOT EXISTS).  Documented in docs/STORAGE.md.  Bump schema_version in
-- store/db.py when a change needs a migration.

CREATE TABLE IF NOT EXISTS meta (
    key     VARCHAR PRIMARY KEY,
    value   VARCHAR
);

-- One row per run (a `code` invocation, a Spark job, ...); write_batch keeps the figures current.
CREATE TABLE IF NOT EXISTS runs (
    run_id       VARCHAR PRIMARY KEY,
    started_at   TIMESTAMP,
    updated_at   TIMESTAMP,
    n_batches    BIGINT,
    n_documents  BIGINT,
    n_mentions   BIGINT
);

-- One row per input record id (upserted: a rerun replaces the row and all its children).
CREATE TABLE IF NOT EXISTS documents (
    id            VARCHAR PRIMARY KEY,
    status        VARCHAR NOT NULL,      -- coded | skipped | failed
    reason        VARCHAR,               -- why not coded
    title         VARCHAR,
    url           VARCHAR,
    source        VARCHAR,               -- outlet as given in the input
    outlet        VARCHAR,               -- outlet counted in NumSources: source, else URL host, else 'doc:<id>'
    date          DATE,                  -- story date used (Result.date, else Document.date)
    text          VARCHAR,
    n_chars       INTEGER,
    n_words       INTEGER,
    tone          DOUBLE,                -- crude lexicon tone, GDELT scale (see docs/STORAGE.md)
    content_hash  VARCHAR,               -- SHA-1 of the normalised text (stories.content_hash)
    duplicate_of  VARCHAR,               -- first stored document with the same content hash
    story_id      VARCHAR,               -- MinHash/LSH story (id of the story's first document)
    n_events      INTEGER,
    n_sentences   INTEGER,
    run_id        VARCHAR,
    coded_at      TIMESTAMP,             -- when this row was written (UTC)
    seconds       DOUBLE,                -- coding time
    origin        VARCHAR,               -- "file.jsonl:12", "crawl.warc.gz#3", ...
    meta          JSON                   -- anything else the input carried
);

-- Sentence spans (char offsets into documents.text).
CREATE TABLE IF NOT EXISTS sentences (
    doc_id  VARCHAR NOT NULL,
    idx     INTEGER NOT NULL,
    start   INTEGER,
    "end"   INTEGER
);

-- Every coded event in every document (an event *mention*).
CREATE TABLE IF NOT EXISTS mentions (
    mention_id          VARCHAR PRIMARY KEY,   -- "<doc id>:<index of the event in the Result>"
    doc_id              VARCHAR NOT NULL,
    idx                 INTEGER NOT NULL,
    sentence            INTEGER,
    source_code         VARCHAR,
    source_country      VARCHAR,
    source_sector       VARCHAR,
    source_name         VARCHAR,
    source_entity       VARCHAR,
    source_text         VARCHAR,
    source_start        INTEGER,
    source_end          INTEGER,
    target_code         VARCHAR,
    target_country      VARCHAR,
    target_sector       VARCHAR,
    target_name         VARCHAR,
    target_entity       VARCHAR,
    target_text         VARCHAR,
    target_start        INTEGER,
    target_end          INTEGER,
    cameo               VARCHAR NOT NULL,
    cameo_root          VARCHAR,               -- first two digits
    plover_type         VARCHAR,
    plover_mode         VARCHAR,
    goldstein           DOUBLE,
    quad_class          INTEGER,
    evidence_text       VARCHAR,
    evidence_start      INTEGER,
    evidence_end        INTEGER,
    pattern             VARCHAR,
    rule                VARCHAR,
    confidence          DOUBLE,
    modality            VARCHAR,
    date                DATE,                  -- event day: Event.date, else the story date
    date_precision      VARCHAR,
    location_text       VARCHAR,
    location_start      INTEGER,
    location_end        INTEGER,
    location_name       VARCHAR,
    location_lat        DOUBLE,
    location_lon        DOUBLE,
    location_country    VARCHAR,
    location_geonameid  VARCHAR,
    location_feature    VARCHAR,
    location_admin1     VARCHAR,
    location_precision  VARCHAR,
    location_demonym    BOOLEAN,
    dead                INTEGER,               -- sum of the event's "killed" counts
    injured             INTEGER,               -- sum of the event's "injured" counts
    sentence_text       VARCHAR,
    incident            VARCHAR,               -- "<doc id>#<incident id>": the incident this mention tells (incidents)
    told_again          VARCHAR,               -- JSON list: the other tellings of this act folded into it (Event.mentions)
    corrected           BOOLEAN,               -- an analyst's correction is applied (table corrections)
    not_event           BOOLEAN,               -- corrected as "not an event": kept, but in no event, query or export
    location_admin1_code VARCHAR,              -- GeoNames admin1 code of the place ("TR.68"); location_admin1 is its name
    location_why        VARCHAR                -- why that reading of the place's name was chosen (Place.why)
);

-- Actor mentions: one row per source/target of each mention.
CREATE TABLE IF NOT EXISTS actors (
    doc_id      VARCHAR NOT NULL,
    mention_id  VARCHAR NOT NULL,
    role        VARCHAR NOT NULL,      -- source | target
    code        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR,
    name        VARCHAR,
    entity      VARCHAR,
    text        VARCHAR,
    start       INTEGER,
    "end"       INTEGER,
    why         VARCHAR
);

-- Places found in each document (Result.places).
CREATE TABLE IF NOT EXISTS places (
    doc_id     VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    text       VARCHAR,
    start      INTEGER,
    "end"      INTEGER,
    name       VARCHAR,
    lat        DOUBLE,
    lon        DOUBLE,
    country    VARCHAR,
    geonameid  VARCHAR,
    feature    VARCHAR,
    admin1     VARCHAR,                -- first-level region's name ("Ankara Province"); NULL where none is known
    demonym    BOOLEAN,
    precision  VARCHAR,
    admin1_code VARCHAR,               -- its GeoNames admin1 code, "CC.code" ("TR.68", "US.TX")
    why        VARCHAR                 -- why this reading of the name was chosen (knowledge/place_why.py)
);

-- Casualty and crowd counts (Result.counts plus any count attached only to an event), one row
-- per (type, span, value); mention_id is the first event that carries it (NULL for none),
-- mention_ids all of them.
CREATE TABLE IF NOT EXISTS counts (
    doc_id      VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    mention_id  VARCHAR,
    mention_ids VARCHAR[],
    type        VARCHAR,
    value       BIGINT,
    qualifier   VARCHAR,
    text        VARCHAR,
    start       INTEGER,
    "end"       INTEGER,
    sentence    INTEGER
);

-- Incidents (coding/incidents.py): the acts of material conflict of one document that tell one act, with its
-- tolls counted once (killed/injured: the largest figure any of its mentions or toll sentences gives).
CREATE TABLE IF NOT EXISTS incidents (
    incident_id         VARCHAR,               -- "<doc id>#i1"
    doc_id              VARCHAR NOT NULL,
    idx                 INTEGER NOT NULL,
    kind                VARCHAR,               -- protest | posture | relations | force
    date                DATE,
    date_precision      VARCHAR,
    source_code         VARCHAR,
    target_code         VARCHAR,
    location_name       VARCHAR,
    location_lat        DOUBLE,
    location_lon        DOUBLE,
    location_country    VARCHAR,
    location_geonameid  VARCHAR,
    location_admin1     VARCHAR,
    killed              BIGINT,
    injured             BIGINT,
    n_mentions          INTEGER,
    record              JSON,                  -- the incident as in the output record (events, sentences, why, ...)
    location_admin1_code VARCHAR               -- GeoNames admin1 code of its place (location_admin1: the name)
);

-- MinHash signatures of the stored documents, so later runs join earlier stories.
CREATE TABLE IF NOT EXISTS story_signatures (
    doc_id     VARCHAR PRIMARY KEY,
    story_id   VARCHAR NOT NULL,
    signature  BLOB                    -- num_perm uint32 values; NULL for a text without words
);

-- Aggregated events, rebuilt from mentions by Store.aggregate() (see stories.py for the rule):
-- one row per (source code, target code, CAMEO code, day, geonameid).
CREATE TABLE IF NOT EXISTS events (
    event_id        BIGINT PRIMARY KEY,    -- stories.event_id(key): stable across rebuilds
    date            DATE,
    source_code     VARCHAR,
    source_name     VARCHAR,
    source_country  VARCHAR,
    source_sector   VARCHAR,
    source_text     VARCHAR,
    target_code     VARCHAR,
    target_name     VARCHAR,
    target_country  VARCHAR,
    target_sector   VARCHAR,
    target_text     VARCHAR,
    cameo           VARCHAR,
    cameo_root      VARCHAR,
    plover_type     VARCHAR,
    plover_mode     VARCHAR,
    quad_class      INTEGER,
    goldstein       DOUBLE,                -- mean over mentions
    confidence      DOUBLE,                -- max over mentions
    geonameid       VARCHAR,
    place_name      VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    place_country   VARCHAR,
    place_feature   VARCHAR,
    place_admin1    VARCHAR,
    num_mentions    INTEGER,
    num_articles    INTEGER,
    num_sources     INTEGER,
    num_stories     INTEGER,
    first_seen      DATE,                  -- earliest story date of an article mentioning it
    last_seen       DATE,
    added_at        TIMESTAMP,             -- first time a mention of it was stored
    is_root         BOOLEAN,               -- some mention is in a document's first sentence
    tone            DOUBLE,                -- mean tone of the articles
    dead            INTEGER,               -- max over mentions
    injured         INTEGER,
    mention_id      VARCHAR,               -- the best mention (highest confidence)
    doc_id          VARCHAR,
    url             VARCHAR,
    evidence_text   VARCHAR,
    sentence_text   VARCHAR,
    corrected       BOOLEAN,               -- some mention of it carries an analyst's correction
    place_admin1_code VARCHAR              -- GeoNames admin1 code of the place (place_admin1: the region's name)
);

CREATE TABLE IF NOT EXISTS event_mentions (
    event_id    BIGINT NOT NULL,
    mention_id  VARCHAR NOT NULL,
    doc_id      VARCHAR NOT NULL,      -- the article: the mention's document, or an uncoded exact copy of it
    inherited   BOOLEAN                -- true when doc_id is an exact copy that took the original's mentions
);

-- Analysts' corrections of mentions (store/corrections.py, docs/STORAGE.md): a record, never an overwrite.
-- The mention shows the corrected values (mentions.corrected); the coder's own values are kept in
-- mention_originals, so a correction can be undone; a re-code of the document applies it again to the
-- mention with the same trigger span (evidence_start/end), or marks it 'unmatched'.
CREATE TABLE IF NOT EXISTS corrections (
    correction_id   INTEGER PRIMARY KEY,
    mention_id      VARCHAR NOT NULL,      -- the mention it applies to (a re-code may renumber it)
    doc_id          VARCHAR NOT NULL,
    sentence        INTEGER,
    evidence_text   VARCHAR,               -- the trigger span it was made on
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    created_by      VARCHAR,
    created_at      TIMESTAMP,             -- UTC
    note            VARCHAR,               -- why
    not_event       BOOLEAN,               -- "this is not an event"
    fields_before   JSON,                  -- {"source": .., "target": .., "cameo": .., "not_event": ..} as coded
    fields_after    JSON,                  -- the same fields as corrected
    context         JSON,                  -- what the mention was: pattern, rule, actor texts, sentence (for suggest)
    status          VARCHAR,               -- applied | unmatched | undone
    undone_at       TIMESTAMP,
    undone_by       VARCHAR
);

-- The coder's values of each corrected mention (the mention columns a correction may change, and its actor rows).
CREATE TABLE IF NOT EXISTS mention_originals (
    mention_id  VARCHAR PRIMARY KEY,
    doc_id      VARCHAR NOT NULL,
    coded       JSON
);
