from __future__ import annotations

from pathlib import Path

from clustergraph.graph.stats import format_summary, summary
from clustergraph.graph.store import GraphStore


def test_summary_counts_on_the_test_data(built: Path) -> None:
    s = summary(GraphStore.open(built))
    assert s["entities"]["organisations"] == 11
    assert s["entities"]["cluster organisations"] == 6  # krakow-ict's type is only a guess
    assert s["entities"]["people"] == 4
    assert s["entities"]["posts (person in a role)"] == 5
    assert s["entities"]["partnership memberships"] == 10
    assert s["entities"]["label awards"] == 7
    assert s["sources"] == 16
    assert s["label_awards_by_level"] == {
        "Gold": 4,
        "Bronze": 1,
        "Silver": 1,
        "Cluster Excellence Baden-Württemberg (no level)": 1,
    }
    assert s["organisations_by_land"] == {"Bayern": 2, "Thüringen": 2, "Hamburg": 1, "Sachsen": 1}
    assert s["organisations_by_country"] == {"DE": 7, "AT": 1, "FR": 1, "PL": 1}


def test_format_summary_is_aligned_text(built: Path) -> None:
    text = format_summary({"summary": summary(GraphStore.open(built)), "store": "x"})
    assert "Organisations by Land" in text and "Thüringen" in text and "Stored in: x" in text
