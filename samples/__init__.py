"""Dev-only helpers that render sample and test PDFs."""
