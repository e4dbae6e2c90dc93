"""Fixtures of the hostile corpus (the harness is in ``harness.py``)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from harness import VALID, snapshot


@pytest.fixture
def store(graph_copy: Path) -> Path:
    """A copy of the built test graph, and a check that a case leaves it as it was unless it says so."""
    return graph_copy


@pytest.fixture
def unchanged(store: Path) -> Callable[[], None]:
    """Call it at the end of a case: the store must be as it was at the start."""
    before = snapshot(store)

    def check() -> None:
        assert snapshot(store) == before, "the store changed"

    return check


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the valid test dataset to spoil."""
    target = tmp_path / "data"
    shutil.copytree(VALID, target)
    return target
