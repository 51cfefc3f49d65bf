-- What a figure does not have is NULL, not '': a date's unit, a figure with no label, section, approximate
-- word or note. Rows written before held '' (so `note IS NOT NULL` matched every figure).
UPDATE figures SET unit = NULLIF(unit, ''), base_unit = NULLIF(base_unit, ''), approx = NULLIF(approx, ''),
    label = NULLIF(label, ''), section = NULLIF(section, ''), note = NULLIF(note, '');
