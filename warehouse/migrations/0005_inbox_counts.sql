-- What an inbox run found besides new, unchanged and failed files: loaded files now gone (kept, reported),
-- loaded files moved (their rows took the new path), failures of files gone (their rows removed), and files
-- still being written (left for the next run). NULL for runs that were not inbox runs, and for older runs.
ALTER TABLE runs ADD COLUMN files_missing INTEGER;
ALTER TABLE runs ADD COLUMN files_moved INTEGER;
ALTER TABLE runs ADD COLUMN files_forgotten INTEGER;
ALTER TABLE runs ADD COLUMN files_waiting INTEGER;
