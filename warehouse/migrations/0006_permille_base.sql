-- A figure printed in ‰ has its base value in % (3.6‰ -> 0.36): its base unit is '%' from now on. Rows
-- written before said '‰' beside 0.36, which reads as a tenth of the printed rate. A check's numbers are in
-- its total's base unit (0004), so a check of ‰ figures is in % too; figure checks keep the printed unit.
UPDATE figures SET base_unit = '%' WHERE base_unit = '‰';
UPDATE checks SET unit = '%' WHERE unit = '‰' AND rule NOT LIKE 'figure:%';
