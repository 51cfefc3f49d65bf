"""pandera registers its pandas backends at a schema's first validation, importing its checks (and, where
hypothesis is installed, its data strategies): 0.03-0.1 s of CPU that tally serve's forkserver now pays once,
not every run's process (schemas.ready, in flows.runner.PRELOAD), and `tally run` in its writer's preload thread."""

from __future__ import annotations

import subprocess
import sys

from flows.pipeline import HEAVY_MODULES
from flows.runner import PRELOAD

REGISTERED = "import sys; print('pandera.backends.pandas.builtin_checks' in sys.modules)"


def registered_after(imports: str) -> str:
    return subprocess.run([sys.executable, "-c", f"{imports}; {REGISTERED}"], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_importing_the_checks_alone_leaves_the_registration_to_the_first_validation() -> None:
    assert registered_after("import schemas.check") == "False"


def test_schemas_ready_registers_the_backends() -> None:
    assert registered_after("import schemas.ready") == "True"


def test_served_runs_and_one_off_writers_preload_it() -> None:
    assert "schemas.ready" in PRELOAD
    assert "schemas.ready" in HEAVY_MODULES
