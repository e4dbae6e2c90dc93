"""Event and news reports: a programme's or a cluster's report on an event → the event and its facts.

A report (German or English, free text: a dateline, a title, paragraphs) tells of an event.
:func:`parse_report` finds, with the graph as its gazetteer and patterns of the shared toolkit
(:mod:`clustergraph.loaders.textkit`):

- the event: its name (an event of the graph, a name with an event word, or the name of a
  gathering told of without one: "„Sensorik trifft Handwerk“ … kamen am 7. März 2024 …
  zusammen"), date or range, place and venue, online or not, organisers, programme;
- the participant count with its qualifier ("knapp 70", "more than 80");
- the people with their function and the organisation they hold it at (a post attested at the
  report's date) and their participation in the event;
- the organisations named (the graph's, and new ones in a role: an affiliation, an organiser);
- partner countries or regions, topics (quoted talk titles, mottos) and sessions.

Each fact keeps its span (offsets, rule, wording). What the rules are unsure of (a function
without its organisation, a person named without one, an unquoted talk subject, a partner region
that is no country of the graph) goes to the review list, not into the graph.

- :mod:`.model` — :class:`Report`, :class:`Item`, :class:`Org`
- :mod:`.mentions` — organisations, function phrases, names
- :mod:`.event` — the event's name, date, organisers, count, regions, topics, sessions
- :mod:`.gathering` — the name of an event told of without an event word
- :mod:`.venue` — the event's city and venue
- :mod:`.parse` — :func:`parse_report`: located errors for empty, binary, impossible dates, no event
- :mod:`.statements` — :func:`report_batch`, :func:`load_report`
"""

from clustergraph.loaders.report.model import Item, Org, Report
from clustergraph.loaders.report.parse import parse_report
from clustergraph.loaders.report.statements import load_report, read_report, report_batch

__all__ = ["Item", "Org", "Report", "load_report", "parse_report", "read_report", "report_batch"]
