"""The report benchmark's attribution of predicted units to rules (benchmarks/bench_report.py --by-rule)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from clustergraph.loaders.textkit import Gazetteer

REPO = Path(__file__).resolve().parents[2]


def _load_bench():
    spec = importlib.util.spec_from_file_location(
        "benchmarks_bench_report", REPO / "benchmarks" / "bench_report.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _load_bench()
TEXT = (
    "Sensorik-Tag 2024 in Jena\n\nJena, 12. März 2024. Am 11. März 2024 fand im Volkshaus in Jena der "
    "Sensorik-Tag 2024 statt. Lichtwerk Photonik e. V. hatte eingeladen; rund 80 Gäste kamen. "
    "Dr. Anna Beispiel, Geschäftsführerin von Lichtwerk Photonik, eröffnete den Tag.\n"
)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "de-00-made-up.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.add(
        "org", "https://w3id.org/clustergraph/id/org/lw", ["Lichtwerk Photonik e. V.", "Lichtwerk Photonik"]
    )
    g.add("place", "https://w3id.org/clustergraph/id/region/de-jena", ["Jena"])
    return g


def test_each_predicted_unit_has_the_rule_of_its_item(report: Path) -> None:
    rules = bench.predicted_rules(report, _gazetteer())
    units = bench.predicted_units(report, _gazetteer())
    assert {t: set(u) for t, u in rules.items()} == units
    assert all(isinstance(r, str) and r for by_unit in rules.values() for r in by_unit.values())
    [(place, rule)] = rules["event-place"].items()
    assert place == ("jena", "volkshaus") and rule.count("+") >= 1
    person_rule = rules["person"]["anna beispiel"]
    assert rules["person-function"][("anna beispiel", "geschäftsführerin")] == person_rule


def test_a_text_without_an_event_counts_for_the_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "en-00-no-event.txt"
    path.write_text(
        "Our newsletter\n\nNothing took place; we only write about the weather.\n", encoding="utf-8"
    )
    assert bench.predicted_rules(path, Gazetteer())["error"] == {"no-event": "parse-error"}


def test_right_and_wrong_units_are_counted_per_split_type_and_rule() -> None:
    into: dict = {}
    gold = {t: set() for t in bench.TYPES} | {"person": {"eva muster"}}
    predicted = {
        "person": {"eva muster": "name-function", "otto probe": "name-function", "ida test": "titled-name"}
    }
    bench._count_rules(into, "dev", gold, predicted)
    for split in ("dev", "all"):
        assert into[split]["person"] == {
            "name-function": {"tp": 1, "fp": 1},
            "titled-name": {"tp": 0, "fp": 1},
        }


def test_the_rule_table_lists_most_false_positives_first(capsys: pytest.CaptureFixture[str]) -> None:
    table = {"dev": {"topic": {"a-rule": {"tp": 5, "fp": 0}, "b-rule": {"tp": 1, "fp": 3}}}}
    bench.print_by_rule(table, ("dev",))
    lines = [
        line.split() for line in capsys.readouterr().out.splitlines() if line.strip().startswith("topic")
    ]
    assert [line[1] for line in lines] == ["b-rule", "a-rule"]
    assert lines[0][2:] == ["0.25", "1", "3"]
