"""Limits refuse values that would refuse every file or never stop (a flow run's parameters are not argparse's)."""

from __future__ import annotations

import math

import pytest

from extract.sniff import Limits


@pytest.mark.parametrize(("field", "value"), [
    ("max_bytes", 0), ("max_bytes", -1), ("max_pages", 0), ("max_pages", -2), ("timeout_s", 0), ("timeout_s", -1.0),
    ("timeout_s", math.nan), ("timeout_s", math.inf), ("memory_mb", 0), ("max_pages", 2.5), ("max_pages", True),
])
def test_a_limit_that_makes_no_sense_is_refused_naming_it(field: str, value: float) -> None:
    with pytest.raises(ValueError, match=field):
        Limits(**{field: value})


def test_limits_that_make_sense_are_kept() -> None:
    assert Limits(max_bytes=1, max_pages=1, timeout_s=0.5, memory_mb=1) == Limits(1, 1, 0.5, 1)
    assert Limits() == Limits(max_bytes=200 * 2**20, max_pages=2000, timeout_s=120.0, memory_mb=1500)
