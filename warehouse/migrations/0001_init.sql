-- 0001_init: documents and everything extracted from them, checks, runs, and the read views.
-- Every number is DECIMAL: values DECIMAL(38,10) (1e15 元 with 10 decimals), coordinates DECIMAL(10,2).

CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR,
    applied_at TIMESTAMP
);

CREATE TABLE documents (
    doc_id          VARCHAR PRIMARY KEY,  -- sha256 of the file bytes (of the path when unreadable)
    source_path     VARCHAR,
    file_name       VARCHAR,
    sha256          VARCHAR,
    size_bytes      BIGINT,
    n_pages         INTEGER,
    title           VARCHAR,
    issuer          VARCHAR,
    report_date     DATE,
    status          VARCHAR,              -- loaded | failed
    error_kind      VARCHAR,
    error           VARCHAR,
    n_figures       INTEGER,
    n_checks_failed INTEGER,
    run_id          VARCHAR,
    loaded_at       TIMESTAMP             -- UTC
);

CREATE TABLE pages (
    doc_id  VARCHAR,
    page    INTEGER,
    text    VARCHAR,
    n_chars INTEGER,
    width   DECIMAL(10,2),
    height  DECIMAL(10,2),
    source  VARCHAR,                      -- text | ocr
    PRIMARY KEY (doc_id, page)
);

CREATE TABLE sections (
    doc_id     VARCHAR,
    section_id INTEGER,                   -- 1-based, in reading order
    level      INTEGER,
    ordinal    VARCHAR,
    title      VARCHAR,
    path       VARCHAR,
    page       INTEGER,
    PRIMARY KEY (doc_id, section_id)
);

CREATE TABLE figures (
    doc_id     VARCHAR,
    figure_id  VARCHAR,
    seq        INTEGER,
    page       INTEGER,
    raw        VARCHAR,
    value      DECIMAL(38,10),
    value_max  DECIMAL(38,10),
    unit       VARCHAR,
    kind       VARCHAR,
    base_value DECIMAL(38,10),
    base_unit  VARCHAR,
    approx     VARCHAR,
    date_iso   VARCHAR,
    label      VARCHAR,
    section    VARCHAR,
    sentence   VARCHAR,
    char_start INTEGER,
    char_end   INTEGER,
    x0         DECIMAL(10,2),
    top        DECIMAL(10,2),
    x1         DECIMAL(10,2),
    bottom     DECIMAL(10,2),
    source     VARCHAR,                   -- text | table | ocr
    note       VARCHAR,                   -- why a printed figure has no value, else ''
    PRIMARY KEY (doc_id, figure_id)
);

CREATE TABLE relations (
    doc_id           VARCHAR,
    relation_id      VARCHAR,
    type             VARCHAR,             -- sum | subset | share | repeat
    parent_figure_id VARCHAR,
    child_figure_ids VARCHAR[],
    cue              VARCHAR,
    page             INTEGER,
    confidence       VARCHAR,             -- high | low
    PRIMARY KEY (doc_id, relation_id)
);

CREATE TABLE checks (
    doc_id           VARCHAR,
    check_id         VARCHAR,
    relation_id      VARCHAR,
    rule             VARCHAR,
    severity         VARCHAR,             -- error | warning | info
    status           VARCHAR,             -- pass | fail
    parent_figure_id VARCHAR,
    child_figure_ids VARCHAR[],
    expected         DECIMAL(38,10),
    actual           DECIMAL(38,10),
    difference       DECIMAL(38,10),
    tolerance        DECIMAL(38,10),
    unit             VARCHAR,
    message          VARCHAR,
    page             INTEGER,
    source           VARCHAR,             -- "inferred" or the rules file path
    PRIMARY KEY (doc_id, check_id)
);

CREATE TABLE runs (
    run_id        VARCHAR PRIMARY KEY,
    flow_run_id   VARCHAR,
    started_at    TIMESTAMP,              -- UTC
    finished_at   TIMESTAMP,
    files_seen    INTEGER,
    files_new     INTEGER,
    files_skipped INTEGER,
    files_failed  INTEGER,
    checks_failed INTEGER,
    status        VARCHAR                 -- running | completed | failed ...
);

-- SELECT * FROM failed_checks;   SELECT * FROM failed_checks WHERE file_name = 'x.pdf';
CREATE VIEW failed_checks AS
SELECT d.file_name, d.title, c.page, c.severity, c.rule, c.message,
       c.expected, c.actual, c.difference, c.tolerance, c.unit,
       c.parent_figure_id, c.child_figure_ids, c.relation_id, c.check_id, c.source, c.doc_id
FROM checks AS c
JOIN documents AS d USING (doc_id)
WHERE c.status = 'fail'
ORDER BY d.file_name, c.page, c.check_id;

-- SELECT file_name, page, raw, label FROM figure_lookup WHERE label LIKE '%资金%';
CREATE VIEW figure_lookup AS
SELECT d.file_name, d.title, f.page, f.seq, f.raw, f.label, f.value, f.value_max, f.unit,
       f.base_value, f.base_unit, f.kind, f.approx, f.date_iso, f.section, f.sentence,
       f.figure_id, f.source, f.note, f.char_start, f.char_end, f.x0, f.top, f.x1, f.bottom, f.doc_id
FROM figures AS f
JOIN documents AS d USING (doc_id)
ORDER BY d.file_name, f.seq;

-- SELECT * FROM document_summary;   SELECT * FROM document_summary WHERE status = 'failed';
CREATE VIEW document_summary AS
SELECT d.file_name, d.title, d.status, d.error_kind, d.error, d.n_pages,
       coalesce(f.n_figures, 0)     AS n_figures,
       coalesce(r.n_relations, 0)   AS n_relations,
       coalesce(c.checks_passed, 0) AS checks_passed,
       coalesce(c.checks_failed, 0) AS checks_failed,
       d.issuer, d.report_date, d.size_bytes, d.source_path, d.run_id, d.loaded_at, d.doc_id
FROM documents AS d
LEFT JOIN (SELECT doc_id, count(*) AS n_figures FROM figures GROUP BY doc_id) AS f USING (doc_id)
LEFT JOIN (SELECT doc_id, count(*) AS n_relations FROM relations GROUP BY doc_id) AS r USING (doc_id)
LEFT JOIN (SELECT doc_id,
                  count(*) FILTER (WHERE status = 'pass') AS checks_passed,
                  count(*) FILTER (WHERE status = 'fail') AS checks_failed
           FROM checks GROUP BY doc_id) AS c USING (doc_id)
ORDER BY d.file_name;
