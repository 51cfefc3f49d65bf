"""PDF report -> pages, sections and figures: pure, typed functions, no Prefect, no SQL."""
