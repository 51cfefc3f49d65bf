"""Imported to have pandera ready before the first check: pandera registers its pandas backends at a schema's
first validation, importing its built-in checks (and, where hypothesis is installed, its data strategies),
0.03-0.1 s of CPU. tally serve's forkserver imports this once (flows.runner.PRELOAD), so no run's process pays
it; `tally run` imports it in its writer's preload thread while the workers read (flows.pipeline.preload_writer)."""

from __future__ import annotations

import pandas as pd

from schemas.models import FigureFrame, failures

failures(FigureFrame, pd.DataFrame({column: [] for column in FigureFrame.columns}))
