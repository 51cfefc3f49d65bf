-- OCR: how sure the engine was of a page (mean) and of a figure (its least certain character), 0-100.
ALTER TABLE pages ADD COLUMN IF NOT EXISTS ocr_confidence DECIMAL(5,2);
ALTER TABLE figures ADD COLUMN IF NOT EXISTS ocr_confidence DECIMAL(5,2);
