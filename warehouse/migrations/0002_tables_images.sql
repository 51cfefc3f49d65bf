-- 0002_tables_images: ruled tables kept whole, the images a page draws, and where a table figure sits in its table.
-- Indexes are 0-based (table_index on its page, image_index on its page, table_row/table_col in `rows`); pages 1-based.
-- A table figure's char_start/char_end are offsets in tables.text (rows as 'cell|cell' lines), not in pages.text.

CREATE TABLE tables (
    doc_id      VARCHAR,
    page        INTEGER,
    table_index INTEGER,                  -- 0-based on its page, top to bottom
    n_rows      INTEGER,
    n_cols      INTEGER,
    rows        JSON,                     -- [["序号","项目名称","资金(万元)"],["1","茶叶","400"],…] as printed, NFKC
    text        VARCHAR,                  -- the rows as lines of cells joined by '|'
    x0          DECIMAL(10,2),
    top         DECIMAL(10,2),
    x1          DECIMAL(10,2),
    bottom      DECIMAL(10,2),
    PRIMARY KEY (doc_id, page, table_index)
);

CREATE TABLE images (
    doc_id      VARCHAR,
    page        INTEGER,
    image_index INTEGER,                  -- 0-based on its page, in drawing order
    x0          DECIMAL(10,2),
    top         DECIMAL(10,2),
    x1          DECIMAL(10,2),
    bottom      DECIMAL(10,2),
    width_px    INTEGER,                  -- the embedded image's own size in pixels
    height_px   INTEGER,
    PRIMARY KEY (doc_id, page, image_index)
);

-- NULL for text figures; for source = 'table' the cell is rows[table_row][table_col] of table (page, table_index)
ALTER TABLE figures ADD COLUMN table_index INTEGER;
ALTER TABLE figures ADD COLUMN table_row INTEGER;
ALTER TABLE figures ADD COLUMN table_col INTEGER;

-- SELECT file_name, page, raw, label FROM figure_lookup WHERE label LIKE '%资金%';
CREATE OR REPLACE VIEW figure_lookup AS
SELECT d.file_name, d.title, f.page, f.seq, f.raw, f.label, f.value, f.value_max, f.unit,
       f.base_value, f.base_unit, f.kind, f.approx, f.date_iso, f.section, f.sentence,
       f.figure_id, f.source, f.note, f.char_start, f.char_end, f.x0, f.top, f.x1, f.bottom, f.doc_id,
       f.table_index, f.table_row, f.table_col
FROM figures AS f
JOIN documents AS d USING (doc_id)
ORDER BY d.file_name, f.seq;
