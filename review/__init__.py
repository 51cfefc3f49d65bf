"""Review pages: each failed check shown on its printed page, and a season overview (static HTML, opens from disk)."""
