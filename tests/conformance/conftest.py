"""The conformance matrix (engines × named queries): printed at the end of the run and written to
``test-output/conformance-matrix.md``. The test module starts the engines (tests/support/engines.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conformance.cases import ENGINES, MATRIX

OUT = Path(__file__).resolve().parents[2] / "test-output" / "conformance-matrix.md"


def matrix_text() -> str:
    """The matrix as a Markdown table."""
    names = [name for name, _how in ENGINES]
    lines = ["| query | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for case, row in sorted(MATRIX.items()):
        lines.append(f"| {case} | " + " | ".join(row.get(n, "—") for n in names) + " |")
    equal = sum(all(row.get(n) == "=" for n in names) for row in MATRIX.values())
    lines.append("")
    lines.append(f"{equal} of {len(MATRIX)} cases answer the same on all {len(names)} engines.")
    lines += ["", *(f"- {name}: {how}" for name, how in ENGINES)]
    return "\n".join(lines) + "\n"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not MATRIX:
        return
    text = matrix_text()
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    terminalreporter.write_sep("=", "conformance matrix (engines × named queries)")
    terminalreporter.write(text)
    terminalreporter.write_line(f"(written to {OUT})")
