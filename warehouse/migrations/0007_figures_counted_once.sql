-- Money a report prints twice, as a breakdown's total and again as its parts (and a figure printed twice,
-- a 'repeat'), would count twice in a sum over figures: this view leaves out every figure that is a part
-- (a child) of a relation found in the document, so summing it counts each amount once.
-- SELECT file_name, sum(base_value) / 10000 AS wan FROM figures_counted_once
--   WHERE kind = 'money' AND label LIKE '%资金%' GROUP BY file_name;
CREATE VIEW figures_counted_once AS
SELECT d.file_name, d.title, f.*
FROM figures AS f
JOIN documents AS d USING (doc_id)
WHERE NOT EXISTS (
    SELECT 1 FROM relations AS r
    WHERE r.doc_id = f.doc_id AND list_contains(r.child_figure_ids, f.figure_id)
);

-- figure_lookup with the OCR confidence of a figure read from a scan
CREATE OR REPLACE VIEW figure_lookup AS
SELECT d.file_name, d.title, f.page, f.seq, f.raw, f.label, f.value, f.value_max, f.unit,
       f.base_value, f.base_unit, f.kind, f.approx, f.date_iso, f.section, f.sentence,
       f.figure_id, f.source, f.note, f.char_start, f.char_end, f.x0, f.top, f.x1, f.bottom, f.doc_id,
       f.table_index, f.table_row, f.table_col, f.ocr_confidence
FROM figures AS f
JOIN documents AS d USING (doc_id)
ORDER BY d.file_name, f.seq;
