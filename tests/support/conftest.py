"""The engine fixtures (support.fixtures) for the harness's own tests, and the ``engines`` marker."""

from __future__ import annotations

import pytest

from support.fixtures import *  # noqa: F403 - fixtures are found by name in a conftest's namespace


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "engines: starts real SPARQL engines (scripts/install-engines installs them)"
    )
