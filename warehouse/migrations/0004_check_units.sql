-- A check's expected, actual, difference and tolerance are in its total's base unit (17100000 元), and so is
-- its `unit` from now on; rows written before said the unit the total was printed in (万元). Figure checks
-- (rule 'figure:…') hold the printed value and keep the printed unit.
UPDATE checks AS c
SET unit = f.base_unit
FROM figures AS f
WHERE f.doc_id = c.doc_id AND f.figure_id = c.parent_figure_id
  AND c.rule NOT LIKE 'figure:%' AND f.base_unit IS NOT NULL;
