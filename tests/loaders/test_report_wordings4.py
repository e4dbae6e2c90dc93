# ruff: noqa: E501
"""Reports, fourth round (issue 17, precision on unseen text): organisers, affiliations,
organisation names and function phrases in more word orders, and wordings that must not be
read as such. Every sentence is made up for these tests."""

from __future__ import annotations

import pytest

from clustergraph.loaders.report import parse_report
from clustergraph.loaders.report.model import Report
from clustergraph.loaders.textkit import Gazetteer

ID = "https://w3id.org/clustergraph/id/"


def _gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.add("place", ID + "region/de-jena", ["Jena"])
    g.add("place", ID + "region/de-kiel", ["Kiel"])
    g.add("org", ID + "org/fjord", ["Fjordtech Cluster e. V.", "Fjordtech Cluster", "Fjordtech"])
    g.add("org", ID + "org/tu-kiel", ["Testhochschule Kiel"])
    g.add("partnership", ID + "partnership/baltic", ["Baltic Bridge Eurocluster"])
    return g


def _parse(body: str, dateline: str = "Kiel, 9. März 2024") -> Report:
    return parse_report("News\n\n" + dateline + "\n\n" + body + "\n", _gazetteer())


def _organisers(r: Report) -> list[str]:
    return [i.data["org"].name for i in r.of("organiser")]


def _people(r: Report) -> dict[str, tuple[str | None, str | None]]:
    return {
        i.data["name"]: (i.data["function"], i.data["affiliation"].name if i.data["affiliation"] else None)
        for i in r.of("person")
    }


def _orgs(r: Report) -> list[str]:
    return [i.data["org"].name for i in r.of("organisation")]


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        (  # plural "luden … ein" with two organisers joined by "und"
            "Am 7. März 2024 luden der Fjordtech Cluster und die Meereswerk Kiel GmbH gemeinsam zum Kieler Meerestag 2024 ein.",
            ["Fjordtech Cluster e. V.", "Meereswerk Kiel GmbH"],
        ),
        (  # a host noun after its organisations, with an article
            "Der Kieler Meerestag 2024 fand am 7. März 2024 statt. Veranstalter waren der Fjordtech Cluster und das Wellenwerk Nord e. V.",
            ["Fjordtech Cluster e. V.", "Wellenwerk Nord e. V."],
        ),
        (  # the organisation right before a host noun ("war die X Gastgeberin")
            "Beim Kieler Meerestag 2024 am 7. März 2024 war die Bojenbau Holstein GmbH Gastgeberin: Sie öffnete ihre Halle.",
            ["Bojenbau Holstein GmbH"],
        ),
        (  # "X was the host"
            "The Kiel Ocean Day 2024 took place on 7 March 2024. Buoy Works Ltd was the host this time.",
            ["Buoy Works Ltd"],
        ),
        (  # "Organiser: X" line
            "Kiel Ocean Day 2024, 7 March 2024.\nOrganiser: Fjordtech Cluster",
            ["Fjordtech Cluster e. V."],
        ),
        (  # a format "that X runs with Y"
            "On 7 March 2024, 40 people joined the third Ocean Data Clinic, a format that Fjordtech Cluster runs with the Harbour Analytics Agency for port operators.",
            ["Fjordtech Cluster e. V.", "Harbour Analytics Agency"],
        ),
        (  # the subject's event: "at its General Assembly"
            "Kiel, 9 March 2024 – Fjordtech Cluster elected a new board at its General Assembly 2024 on 7 March 2024.",
            ["Fjordtech Cluster e. V."],
        ),
        (  # "Ausgerichtet wurde die Tagung vom …": the event noun between host word and "von"
            "Am 7. März 2024 fand die Meerestagung Kiel statt. Ausgerichtet wurde die Tagung vom Fjordtech Cluster e. V.",
            ["Fjordtech Cluster e. V."],
        ),
        (  # "in Kooperation mit"
            "Die Meerestagung Kiel 2024 am 7. März 2024 organisierte der Fjordtech Cluster in Kooperation mit der Testhochschule Kiel.",
            ["Fjordtech Cluster e. V.", "Testhochschule Kiel"],
        ),
    ],
)
def test_organisers_in_more_wordings(body: str, organisers: list[str]) -> None:
    assert _organisers(_parse(body)) == organisers


@pytest.mark.parametrize(
    "body",
    [
        # "invited" in a sentence that does not name the event: no organiser
        "Rund 40 Gäste kamen am 7. März 2024 zur Meerestagung Kiel 2024. Später sprach Dr. Jana Holm, Vorständin der Meereswerk Kiel GmbH. Sie invited members to a joint project with the Fjordtech Cluster.",
        # "des Gastgebers" refers back to a host, it names none
        "Rund 40 Gäste kamen am 7. März 2024 zur Meerestagung Kiel 2024. Danach führten Mitarbeitende des Gastgebers durch die Halle der Testhochschule Kiel.",
        # "hosted" about something else
        "On 7 March 2024, 40 people came to the Kiel Ocean Day 2024.\n\nLast year, Fjordtech Cluster hosted a delegation from Riga.",
    ],
)
def test_weak_host_cues_name_no_organiser(body: str) -> None:
    assert _organisers(_parse(body)) == []
