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


def test_the_builds_provenance_counts_are_the_stores(tmp_path: Path) -> None:
    """The build counts the facts with provenance as it writes them; the store's joins agree,
    with a profile text and an RDF file loaded from the data folder too."""
    import shutil

    from clustergraph.graph.build import build
    from clustergraph.graph.stats import _provenance_counts

    data = Path(__file__).resolve().parents[1] / "data"
    target = tmp_path / "data"
    shutil.copytree(data / "valid", target)
    (target / "profiles").mkdir()
    shutil.copy(data / "profiles" / "nordwind-en.txt", target / "profiles")
    (target / "rdf").mkdir()
    shutil.copy(data / "rdf" / "partners.nt", target / "rdf")
    report = build(target, tmp_path / "graph", validate=False)
    assert "other_sources" in report.timings  # the two files were loaded
    counts = _provenance_counts(GraphStore.open(tmp_path / "graph"))
    assert (report.summary["sourced_facts"], report.summary["fact_level"]) == counts
    assert 0 < counts[1] < counts[0] <= report.summary["facts"]
