# ruff: noqa: E501
"""Reports, ninth round (issue 17, load-report): a room of a building in the genitive ("im
Spiegelsaal des Kurhauses in Rostock", "the banquet hall of Hotel Seeblick in Rostock"), a
lower-case venue noun before a name ("the pilot flat Seestern Nord"), a place that is not a city of
the graph after a venue or in the date's sentence ("in Bad Kleinen", "in Český Krumlov"), "the
target region", a regional adjective before a partner region, the subject of a panel discussion
as a topic, a podcast's chapter titles, and counted session lists with new nouns ("rounds",
"sections", "slots"). Every sentence is made up for these tests; negatives that look alike come
with them."""

from __future__ import annotations

import pytest
from support.report_probe import FELDTAG_EVENT as _EVENT
from support.report_probe import FELDTAG_EVENT_EN as _EVENT_EN
from support.report_probe import feldtag_gazetteer as _gazetteer
from support.report_probe import parse_feldtag as _parse
from support.report_probe import texts as _texts
from support.report_probe import where as _where

from clustergraph.loaders.report import parse_report

ID = "https://w3id.org/clustergraph/id/"


@pytest.mark.parametrize(
    ("body", "dateline", "where"),
    [
        # a room of a building in the genitive, in a later sentence with a verb of running
        (
            "Mit einer Rede des Landrats hat am Montag (4. März) der Rostocker Feldtag 2024 begonnen. Die Tagung, die noch bis Mittwoch im Spiegelsaal des Kurhauses in Rostock läuft, ist ausgebucht.",
            "Rostock, 4. März 2024",
            ("Rostock", "Spiegelsaal des Kurhauses"),
        ),
        (
            "Die Stiftung hat am Freitag, 8. März 2024, ihren Preis vergeben. Die Meeresgala 2024 im Kuppelsaal des Kurhauses Rostock verfolgten 200 Gäste.",
            "Rostock, 9. März 2024",
            ("Rostock", "Kuppelsaal des Kurhauses Rostock"),
        ),
        (
            "Die Partner kamen am 7. März 2024 in Rostock zum Rostocker Feldtag 2024 zusammen. Getagt wurde im Sitzungsraum des Gründerzentrums Warnowufer.",
            "Rostock, 9. März 2024",
            ("Rostock", "Sitzungsraum des Gründerzentrums Warnowufer"),
        ),
        (
            "Über 300 Gäste drängten sich am Samstag, dem 9. März 2024, im Hangar Ost des Technikmuseums Warnemünde: Der Rostocker Feldtag 2024 war ein Erfolg, den der Verein in Rostock ausgerichtet hat.",
            "Rostock, 11. März 2024",
            ("Rostock", "Hangar Ost des Technikmuseums Warnemünde"),
        ),
        # a compound room of a hotel in English keeps the room; a plain hall or atrium does not
        (
            "The Rostock Field Day 2024 took place on 7 March 2024 in the banquet hall of Hotel Seeblick in Rostock.",
            "Rostock, 9 March 2024",
            ("Rostock", "banquet hall of Hotel Seeblick"),
        ),
        (
            "On 7 March 2024 the members met for the Rostock Field Day 2024 in the main hall of Warnow Kulturhaus in Rostock.",
            "Rostock, 9 March 2024",
            ("Rostock", "Warnow Kulturhaus"),
        ),
        (
            "Some 200 people packed the atrium of the Harbour Innovation Center in downtown Rostock for the Rostock Field Day 2024 on 7 March 2024.",
            "Rostock, 9 March 2024",
            ("Rostock", "Harbour Innovation Center"),
        ),
        # a lower-case venue noun before the name
        (
            "On 7 March 2024 the pilot flat Seestern Nord in Rostock hosted the Rostock Field Day 2024.",
            "Rostock, 9 March 2024",
            ("Rostock", "Seestern Nord"),
        ),
        (
            "The Rostock Field Day 2024 was held on 7 March 2024 at the test farm Gut Warnow in Rostock.",
            "Rostock, 9 March 2024",
            ("Rostock", "Gut Warnow"),
        ),
    ],
)
def test_rooms_of_buildings_and_venue_nouns(body: str, dateline: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body, dateline)) == where


@pytest.mark.parametrize(
    ("body", "dateline", "where"),
    [
        # a place of two words or with a capital that is no ASCII letter
        (
            "The Rostock Field Day 2024 took place on 7 March 2024 at the Hill Farm Test Track in Stoke Ashby, drawing 90 engineers.",
            "Rostock, 9 March 2024",
            ("Stoke Ashby", "Hill Farm Test Track"),
        ),
        (
            "If you were at the Longmoor Proving Ground in Little Hadwick on Tuesday 5th March 2024, you saw the Rostock Field Day 2024.",
            "Rostock, 9 March 2024",
            ("Little Hadwick", "Longmoor Proving Ground"),
        ),
        (
            "Zum 2. Partnertreffen Seechip kamen die Partner am 7. März 2024 in Český Krumlov zusammen.",
            "Rostock, 9. März 2024",
            ("Český Krumlov", None),
        ),
        (
            "Der Rostocker Feldtag 2024 fand am 7. März 2024 in Bad Kleinen statt.",
            "Rostock, 9. März 2024",
            ("Bad Kleinen", None),
        ),
        (
            "The Rostock Field Day 2024 was held on 7 March 2024 in Stoke Ashby, Northamptonshire.",
            "Rostock, 9 March 2024",
            ("Stoke Ashby", None),
        ),
    ],
)
def test_places_that_are_no_city_of_the_graph(body: str, dateline: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body, dateline)) == where


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a farm or yard named in the date's sentence; the city from the headline and the lead
        (
            "Feldtag lockt Landwirte nach Rostock\n\n9. März 2024\n\nRostock. Beim Rostocker Feldtag 2024 war am Donnerstag, 7. März, auf dem Versuchshof Kleinwerder einiges zu sehen, und viele kamen.",
            ("Rostock", "Versuchshof Kleinwerder"),
        ),
        (
            "Feldtag in Rostock\n\nRostock, 9. März 2024\n\nAm 7. März 2024 war beim Rostocker Feldtag 2024 auf dem Gutshof Kleinwerder viel los.",
            ("Rostock", "Gutshof Kleinwerder"),
        ),
        (
            "Field day draws growers to Rostock\n\n9 March 2024\n\nThere was plenty to see on Thursday 7 March 2024 on the Kleinwerder Test Farm, where the Rostock Field Day 2024 drew 90 growers.",
            ("Rostock", "Kleinwerder Test Farm"),
        ),
    ],
)
def test_a_farm_in_the_date_sentence_takes_the_head_city(text: str, where: tuple[str, str]) -> None:
    assert _where(parse_report(text + "\n", _gazetteer())) == where


@pytest.mark.parametrize(
    "body",
    [
        # a genitive of a person's function, no venue
        "Der Rostocker Feldtag 2024 fand am 7. März 2024 in Rostock statt. Die Leiterin des Kurhauses Rostock, Dr. Mara Quist, begrüßte die Gäste.",
        # the head of a hotel, not the hall of one
        "The Rostock Field Day 2024 took place on 7 March 2024 in Rostock. The head of Hotel Seeblick in Rostock sent greetings.",
        # a company of two words after "in": no place of two words
        "The Rostock Field Day 2024 took place on 7 March 2024 in Rostock Harbour Services to the delight of all.",
    ],
)
def test_no_venue_from_a_function_or_a_company(body: str) -> None:
    place, venue = _where(_parse(body, "Rostock, 9 March 2024"))
    assert venue in (None,)
    assert place == "Rostock"


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            _EVENT + "Partnerregion der diesjährigen Ausgabe ist die französische Region Bretagne.",
            ["Bretagne"],
        ),
        (_EVENT + "Partnerland war in diesem Jahr das benachbarte Dänemark.", ["Dänemark"]),
        (_EVENT_EN + "Brittany was the target region; 20 delegates travelled.", ["Brittany"]),
        (_EVENT_EN + "The target region of the mission was Brittany.", ["Brittany"]),
        (_EVENT_EN + "Target region: Brittany.", ["Brittany"]),
        (_EVENT + "Zielregion war in diesem Jahr die französische Region Bretagne.", ["Bretagne"]),
    ],
)
def test_partner_regions_with_an_adjective_or_as_target(body: str, regions: list[str]) -> None:
    r = _parse(body)
    assert [i.data["name"] for i in r.of("partner-region")] == regions


@pytest.mark.parametrize(
    "body",
    [
        # origins of participants, a target group: no partner region
        _EVENT_EN + "Besides local guests, participants came from Brittany and Normandy.",
        _EVENT_EN + "The target group was small firms from Brittany.",
        _EVENT + "Die Gäste kamen aus der französischen Region Bretagne.",
    ],
)
def test_no_partner_region_from_origins(body: str) -> None:
    assert _parse(body).of("partner-region") == []


@pytest.mark.parametrize(
    ("body", "topics", "sessions"),
    [
        # the subject of a panel discussion is a topic
        (
            _EVENT
            + "Im anschließenden Podiumsgespräch zum Thema „Saatgut für morgen“ diskutierten drei Landwirte.",
            ["Saatgut für morgen"],
            [],
        ),
        (
            _EVENT_EN + 'In the afternoon panel on "Who pays for the seed bank", two investors sparred.',
            ["Who pays for the seed bank"],
            [],
        ),
        (
            _EVENT_EN + 'A lively debate about "Soil data as a commons" closed the day.',
            ["Soil data as a commons"],
            [],
        ),
        # a talk's subject after "über" and a speech verb at the end
        (
            _EVENT + "Viel Zulauf hatte Dr. Mara Quist, die über „Boden lesen ohne Labor“ sprach.",
            ["Boden lesen ohne Labor"],
            [],
        ),
        (
            _EVENT + "Besonders umlagert war der Stand von Ole Brandt, der über „Saatgut teilen“ referierte.",
            ["Saatgut teilen"],
            [],
        ),
        # sessions named by a quoted title stay sessions
        (
            _EVENT + "Die Podiumsdiskussion „Saatgut für morgen“ war gut besucht.",
            [],
            ["Saatgut für morgen"],
        ),
        (
            _EVENT_EN + 'The afternoon was split into breakout sessions on "Seed banks" and "Soil data".',
            [],
            ["Seed banks", "Soil data"],
        ),
    ],
)
def test_the_subject_of_a_discussion_is_a_topic(body: str, topics: list[str], sessions: list[str]) -> None:
    r = _parse(body)
    assert _texts(r, "topic") == topics
    assert _texts(r, "session") == sessions


@pytest.mark.parametrize(
    ("body", "topics"),
    [
        (
            _EVENT
            + "\n\nKapitel\n00:01:30 Warum Rostock Saatgut tauscht\n00:14:05 Drohnen – Spielzeug oder Werkzeug?\n00:39:10 Fragen aus dem Publikum\n",
            ["Warum Rostock Saatgut tauscht", "Drohnen – Spielzeug oder Werkzeug?"],
        ),
        (
            _EVENT_EN
            + "\n\nChapters:\n00:00 Intro\n02:15 Why seed banks matter\n21:40 Soil data – hype or help?\n",
            ["Why seed banks matter", "Soil data – hype or help?"],
        ),
        (
            _EVENT + "\n\nTimestamps\n0:00:00 Begrüßung\n0:03:20 Boden lesen ohne Labor\n",
            ["Boden lesen ohne Labor"],
        ),
    ],
)
def test_chapter_titles_of_a_podcast_are_topics(body: str, topics: list[str]) -> None:
    assert _texts(_parse(body), "topic") == topics


@pytest.mark.parametrize(
    "body",
    [
        # a timed programme without a chapter head: times of day, no chapters
        _EVENT + "\n\nAblauf\n10:00 Begrüßung durch den Verein\n11:30 Rundgang über den Hof\n",
        # timestamps of a recording under another head
        _EVENT_EN + "\n\nDownloads:\n00:00:00 Full recording\n",
    ],
)
def test_no_chapter_topics_without_a_chapter_head(body: str) -> None:
    assert "Rundgang über den Hof" not in _texts(_parse(body), "topic")
    assert "Full recording" not in _texts(_parse(body), "topic")


@pytest.mark.parametrize(
    ("body", "sessions"),
    [
        (
            _EVENT_EN
            + "In three co-creation rounds the groups worked on: Seeds and seed banks, Soil at home and Drones and data.",
            ["Seeds and seed banks", "Soil at home", "Drones and data"],
        ),
        (
            _EVENT_EN
            + "The programme was divided into three sections: Field robotics, Seeds in practice and Soil AI.",
            ["Field robotics", "Seeds in practice", "Soil AI"],
        ),
        (
            _EVENT_EN
            + "\n\nDemonstration slots covered:\n- Autonomous weeding\n- Drones over 5G\n- Soil sensing in rain (wet!)\n",
            ["Autonomous weeding", "Drones over 5G", "Soil sensing in rain"],
        ),
        (
            _EVENT
            + "In zwei Werkstattrunden arbeiteten die Gruppen an: Saatgut und Sorten sowie Boden und Wasser.",
            ["Saatgut und Sorten", "Boden und Wasser"],
        ),
        (
            _EVENT_EN + "The programme ran in three strands: Seeds, Soil and Water.",
            ["Seeds", "Soil", "Water"],
        ),
        (
            _EVENT + "Der Nachmittag war in drei Themenblöcke gegliedert: Saatgut, Boden und Wasser.",
            ["Saatgut", "Boden", "Wasser"],
        ),
    ],
)
def test_counted_session_lists_with_new_nouns(body: str, sessions: list[str]) -> None:
    assert _texts(_parse(body), "session") == sessions


@pytest.mark.parametrize(
    "body",
    [
        # members or people in a counted list: no sessions
        _EVENT_EN + "Three member companies joined this year: Seed Works, Field Robotics Ltd and Soil AI.",
        _EVENT_EN + "In two voting rounds the members elected: Mara Quist and Ole Brandt.",
        # a count that does not agree: to the review list, not sure
        _EVENT_EN + "In three co-creation rounds the groups worked on: Seeds, Soil, Drones and Data.",
    ],
)
def test_no_sure_sessions_from_members_or_a_count_that_disagrees(body: str) -> None:
    assert _texts(_parse(body), "session") == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a venue named after its city, confirmed by the city's adjective or "aus X" elsewhere
        (
            "Rückblick\n\nAm Freitag, 8. März 2024, hat der Verein zum Seeforum 2024 in die Zuckerfabrik Gmunden eingeladen. Es sprach der Leiter der Gmundner Stadtwerke.",
            (None, None),
        ),
        (
            "Rückblick\n\nAm Freitag, 8. März 2024, hat der Verein zum Seeforum 2024 in die Zuckerfabrik Anklam eingeladen. Es sprach die Leiterin der Anklamer Stadtwerke.",
            ("Anklam", "Zuckerfabrik Anklam"),
        ),
        (
            "Review\n\nOn Friday 8 March 2024 the cluster invited its members to the Sea Forum 2024 at the Kulturhaus Ballina. Guests from Ballina and Sligo came.",
            ("Ballina", "Kulturhaus Ballina"),
        ),
        # the venue's clause ends at "läuft"; "wird … ausgerichtet" after it is no other occasion
        (
            "Rückblick\n\nMit einer Rede hat am Montag (4. März 2024) das Seeforum 2024 begonnen. Das Forum, das noch bis Mittwoch im Spiegelsaal des Kurhauses in Rostock läuft, wird vom Verein ausgerichtet.",
            ("Rostock", "Spiegelsaal des Kurhauses"),
        ),
    ],
)
def test_a_venue_named_after_its_city(text: str, where: tuple[str | None, str | None]) -> None:
    assert _where(parse_report(text + "\n", _gazetteer())) == where


@pytest.mark.parametrize(
    "body",
    [
        'On 7 March 2024 the cluster invited together with the city to the Living Lab workshop "Seeds at Home". 40 people came to Rostock.',
        "Am 7. März 2024 lud der Verein gemeinsam mit der Stadt zum Praxisworkshop „Saatgut zu Hause“ nach Rostock ein.",
        'The cluster invited its members on 7 March 2024 to the workshop "Seeds at Home" in Rostock.',
    ],
)
def test_the_quoted_event_one_is_invited_to_is_no_session(body: str) -> None:
    r = _parse(body)
    assert _texts(r, "session") == []
    assert _texts(r, "topic") == []


def test_the_invited_event_quoted_in_the_headline_is_no_session() -> None:
    r = parse_report(
        'Living Lab workshop "Seeds at Home" – a look back\n\nOn 7 March 2024 the cluster invited growers to the Living Lab workshop "Seeds at Home" in Rostock.\n',
        _gazetteer(),
    )
    assert _texts(r, "session") == []
    assert _texts(r, "topic") == []


def test_a_quoted_session_after_an_invitation_in_another_sentence_stays() -> None:
    r = _parse(
        _EVENT_EN
        + 'The cluster had invited its members. The afternoon was split into breakout sessions on "Seed banks" and "Soil data".'
    )
    assert _texts(r, "session") == ["Seed banks", "Soil data"]


@pytest.mark.parametrize(
    "body",
    [
        # a city and a capitalised German noun after it: no place of two words
        "Der Rostocker Feldtag 2024 brachte am 7. März 2024 in Gadebusch Forscher und Landwirte zusammen.",
        "Der Rostocker Feldtag 2024 brachte am 7. März 2024 in Gadebusch Forscher, Landwirte und Schüler zusammen.",
        "The Rostock Field Day 2024 brought together on 7 March 2024 in Gadebusch Growers and Engineers alike.",
    ],
)
def test_no_place_of_a_city_and_a_noun(body: str) -> None:
    assert _where(_parse(body))[0] in (None, "Gadebusch", "Rostock")


@pytest.mark.parametrize(
    "body",
    [
        # a year that is no edition's before the building: a firm's seat since a year, a month
        "Der Rostocker Feldtag 2024 fand am 7. März 2024 statt. Die Firma sitzt seit 2019 im Technologiezentrum in Wismar.",
        "Der Rostocker Feldtag 2024 fand am 7. März 2024 statt. Im Mai 2019 im Technologiezentrum in Wismar gegründet, wuchs die Firma schnell.",
    ],
)
def test_no_venue_after_a_year_that_is_no_edition(body: str) -> None:
    assert _where(_parse(body))[1] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a mission's or a trip's destination when no sentence names the event's city
        (
            "Mission diary\n\nPosted 20 March 2024\n\nOur Seed Mission to Wismar 2024 is over. Day 1 – Monday 11 March: welcome at the cluster's offices.",
            "Wismar",
        ),
        (
            "Rückblick\n\nUnsere Delegationsreise nach Wismar ist vorbei. Am Montag, 11. März 2024, begann der Seeforum-Besuch mit einem Empfang beim Verein.",
            "Wismar",
        ),
        (
            "Trade mission to Wismar\n\nOn Monday 11 March 2024 twelve firms began the Seed Mission 2024 with a welcome at the cluster's offices.",
            "Wismar",
        ),
    ],
)
def test_a_missions_destination_is_the_place(text: str, place: str) -> None:
    assert _where(parse_report(text + "\n", _gazetteer()))[0] == place


@pytest.mark.parametrize(
    "text",
    [
        # a mission still to come, a journey home, a country as the destination
        "Rückblick\n\nAm Montag, 11. März 2024, begann das Seeforum 2024 mit einem Empfang beim Verein. Die nächste Delegationsreise nach Wismar ist für 2025 geplant.",
        "Review\n\nOn Monday 11 March 2024 the Seed Forum 2024 began with a welcome at the cluster's offices. The Seed Mission to France followed.",
        "Rückblick\n\nAm Montag, 11. März 2024, begann das Seeforum 2024 mit einem Empfang beim Verein. Die Heimreise nach Wismar verlief ruhig.",
    ],
)
def test_no_place_from_a_later_mission_a_journey_home_or_a_country(text: str) -> None:
    assert _where(parse_report(text + "\n", _gazetteer()))[0] is None


@pytest.mark.parametrize(
    ("body", "sessions"),
    [
        (
            _EVENT + "Daneben liefen ganztägig der Lebenslauf-Check und ein Speed-Dating mit Ausbildern.",
            ["Lebenslauf-Check", "Speed-Dating mit Ausbildern"],
        ),
        (
            _EVENT + "Parallel dazu liefen eine Saatgut-Sprechstunde, ein Bodencoaching und eine Hofführung.",
            ["Saatgut-Sprechstunde", "Bodencoaching", "Hofführung"],
        ),
        (
            _EVENT_EN + "Alongside, there were a CV clinic and a mentoring corner.",
            ["CV clinic", "mentoring corner"],
        ),
    ],
)
def test_formats_that_ran_beside_the_programme(body: str, sessions: list[str]) -> None:
    assert _texts(_parse(body), "session") == sessions


def test_things_that_ran_beside_but_are_no_formats_go_to_review() -> None:
    r = _parse(_EVENT + "Daneben liefen die Vorbereitungen für 2025 und ein Gewinnspiel.")
    assert _texts(r, "session") == []


def test_a_format_noun_inside_a_word_makes_no_format() -> None:
    r = _parse(_EVENT + "Daneben liefen die Vorstandssitzung und ein Barrierefreiheitstest.")
    assert _texts(r, "session") == []


@pytest.mark.parametrize(
    "body",
    [
        # a body of the graph or with a legal form after a lower-case noun is no venue
        "The Rostock Field Day 2024 was opened on 7 March 2024 by the research centre Seed Institute GmbH in Rostock.",
        "On 7 March 2024 the Rostock Field Day 2024 was hosted by the members of the Fjord Seed Cluster e. V. in Rostock.",
    ],
)
def test_no_room_venue_from_a_body(body: str) -> None:
    assert _where(_parse(body, "Rostock, 9 March 2024")) == ("Rostock", None)
