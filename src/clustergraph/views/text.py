"""The words of a map in its one language (``en`` or ``de``): controls, legend, filters, facts.

Place, industry and programme names come from the graph in the same language (the region and
industry tables hold both, see :func:`clustergraph.network.read_network`'s ``lang``); the words
the page itself shows are here, in one table per language, so that a map never mixes them.
"""

from __future__ import annotations

from clustergraph.errors import MapError

LANGS = ("en", "de")

#: Names of the node facts in the details panel (node attribute → name).
FIELDS: dict[str, dict[str, str]] = {
    "en": {
        "org_type": "type",
        "kind": "partnership kind",
        "region_label": "Land / country",
        "country": "country",
        "lands": "Länder / subdivisions",
        "region_type": "region type",
        "iso": "ISO code",
        "industries": "industries",
        "label_en": "English name",
        "broader": "broader",
        "programmes": "programmes",
        "programme": "programme",
        "partnerships": "partnerships",
        "members": "members",
        "organisations": "organisations",
        "intra_partnerships": "partnerships inside",
        "start": "start",
        "end": "end",
    },
    "de": {
        "org_type": "Typ",
        "kind": "Art der Partnerschaft",
        "region_label": "Land / Staat",
        "country": "Staat",
        "lands": "Länder / Regionen",
        "region_type": "Art der Region",
        "iso": "ISO-Code",
        "industries": "Branchen",
        "label_en": "englischer Name",
        "broader": "übergeordnet",
        "programmes": "Programme",
        "programme": "Programm",
        "partnerships": "Partnerschaften",
        "members": "Mitglieder",
        "organisations": "Organisationen",
        "intra_partnerships": "Partnerschaften innerhalb",
        "start": "Beginn",
        "end": "Ende",
    },
}

#: Everything else the page or the payload writes.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "search": "Search by name",
        "layout": "Layout",
        "force": "Force",
        "germany": "Germany",
        "europe": "Europe",
        "filters": "Filters",
        "f_land": "Land / country",
        "f_industry": "Industry",
        "f_level": "Label level",
        "f_programme": "Programme",
        "f_kind": "Partnership kind",
        "f_period": "Period (years)",
        "from": "from",
        "to": "to",
        "year": "Year",
        "all_years": "all years",
        "reset": "Reset filters and selection",
        "collapse": "Collapse all groups",
        "all": "all",
        "colour": "Colour",
        "shape": "Shape: type",
        "size": "Size",
        "edge_width": "Edge width: weight (shared partnerships)",
        "not_stated": "not stated",
        "other": "other ({n} categories)",
        "no_label": "no current label",
        "guessed": " (guessed from the name)",
        "current_label": "current label",
        "awarded": "{level} (awarded {date})",
        "date_unknown": "date unknown",
        "awards": "label awards",
        "aka": "also known as",
        "degree_org": "partners (degree)",
        "degree": "degree",
        "weight": "weight",
        "ties": "ties",
        "sources": "Sources",
        "more": "… and {n} more",
        "group_of": "group of {n} nodes: click to open it",
        "status": "{shown} of {total} nodes, {edges} edges shown",
        "status_groups": "; {n} groups collapsed (click a group to open it)",
        "no_match": "no match",
        "position": "position",
        "depth": "Neighbourhood to",
        "degrees": "degrees",
        "path_to": "Paths to …",
        "paths": "Shortest paths ({n}, {len} steps)",
        "no_path": "no path between them in the shown network",
        "recommend": "Suggested partners",
        "close": "close",
        "details_hint": "Click an organisation to see its details, neighbourhood and suggested partners.",
        "export": "Export the view",
        "copy_link": "Copy link to this view",
        "copied": "link copied",
        "tray": "no known place ({n})",
        "outside": "outside this map",
        "exact": "its own coordinates",
        "capital": "its country's capital",
        "none": "no known place: in the tray",
        "no_region": "no region stated",
        "title": "clustergraph: {} network",
        "borders": "Boundaries: Natural Earth (public domain)",
    },
    "de": {
        "search": "Suche nach Namen",
        "layout": "Anordnung",
        "force": "Kräfte",
        "germany": "Deutschland",
        "europe": "Europa",
        "filters": "Filter",
        "f_land": "Land / Staat",
        "f_industry": "Branche",
        "f_level": "Label-Stufe",
        "f_programme": "Programm",
        "f_kind": "Art der Partnerschaft",
        "f_period": "Zeitraum (Jahre)",
        "from": "von",
        "to": "bis",
        "year": "Jahr",
        "all_years": "alle Jahre",
        "reset": "Filter und Auswahl zurücksetzen",
        "collapse": "Alle Gruppen schließen",
        "all": "alle",
        "colour": "Farbe",
        "shape": "Form: Typ",
        "size": "Größe",
        "edge_width": "Linienbreite: Gewicht (gemeinsame Partnerschaften)",
        "not_stated": "nicht angegeben",
        "other": "andere ({n} Kategorien)",
        "no_label": "kein aktuelles Label",
        "guessed": " (aus dem Namen geschätzt)",
        "current_label": "aktuelles Label",
        "awarded": "{level} (verliehen {date})",
        "date_unknown": "Datum unbekannt",
        "awards": "Label-Verleihungen",
        "aka": "auch bekannt als",
        "degree_org": "Partner (Grad)",
        "degree": "Grad",
        "weight": "Gewicht",
        "ties": "Verbindungen",
        "sources": "Quellen",
        "more": "… und {n} weitere",
        "group_of": "Gruppe aus {n} Knoten: zum Öffnen klicken",
        "status": "{shown} von {total} Knoten, {edges} Verbindungen sichtbar",
        "status_groups": "; {n} Gruppen geschlossen (zum Öffnen klicken)",
        "no_match": "kein Treffer",
        "position": "Position",
        "depth": "Nachbarschaft bis",
        "degrees": "Schritte",
        "path_to": "Wege zu …",
        "paths": "Kürzeste Wege ({n}, {len} Schritte)",
        "no_path": "kein Weg zwischen beiden im sichtbaren Netz",
        "recommend": "Vorgeschlagene Partner",
        "close": "schließen",
        "details_hint": "Klicken Sie auf eine Organisation: Details, Nachbarschaft, Partnervorschläge.",
        "export": "Ansicht exportieren",
        "copy_link": "Link zu dieser Ansicht kopieren",
        "copied": "Link kopiert",
        "tray": "ohne bekannten Ort ({n})",
        "outside": "außerhalb dieser Karte",
        "exact": "eigene Koordinaten",
        "capital": "Hauptstadt des Staats",
        "none": "ohne bekannten Ort: in der Ablage",
        "no_region": "keine Region angegeben",
        "title": "clustergraph: {}",
        "borders": "Grenzen: Natural Earth (gemeinfrei)",
    },
}


def check_lang(lang: str) -> str:
    """``lang`` if the maps speak it, else a :class:`MapError` that lists the languages."""
    if lang not in LANGS:
        raise MapError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    return lang


def words(lang: str) -> dict[str, str]:
    """The page's words in ``lang``."""
    return WORDS[check_lang(lang)]


#: The projections by the names a map's title gives them (``title``: ``{}`` is the name).
PROJECTION_NAMES: dict[str, dict[str, str]] = {
    "en": {},  # the projection's own name
    "de": {
        "co-partnership": "Netzwerk gemeinsamer Partnerschaften",
        "organisation-partnership": "Netzwerk Organisation–Partnerschaft",
        "cluster-industry": "Netzwerk Cluster–Branche",
        "region": "Netzwerk der Regionen",
        "person-organisation": "Netzwerk Person–Organisation",
    },
}
