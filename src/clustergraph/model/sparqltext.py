"""The lexical shape of SPARQL text: tokens that skip comments, strings and IRIs.

Used wherever a query's text is inspected without running it (its variables, where its WHERE
group opens, whether it names its own dataset). Not a parser: it tells words from strings.

>>> declares_dataset("SELECT * FROM <http://g> WHERE { ?s ?p ?o }")
True
>>> declares_dataset("SELECT * WHERE { ?s ?p 'FROM <x>' } # FROM <y>")
False
"""

from __future__ import annotations

import re

TOKENS = re.compile(
    r"""(?P<comment>\#[^\n]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'
                 |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
    | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)
    | (?P<pname>(?:[A-Za-z_][\w.-]*)?:(?:[\w.:%-]|\\[^\s])*)
    | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
    | (?P<open>\{) | (?P<close>\}) | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


def words(query: str) -> list[str]:
    """The bare words of a query (keywords, prefixed-name parts), upper-cased, in order."""
    return [m.group("word").upper() for m in TOKENS.finditer(query) if m.lastgroup == "word"]


def dataset_clauses(query: str) -> tuple[list[str], list[str]]:
    """The IRIs of a query's ``FROM`` and ``FROM NAMED`` clauses (full IRIs only), in order.

    >>> dataset_clauses("SELECT * FROM <http://a> FROM NAMED <http://b> WHERE { ?s ?p ?o }")
    (['http://a'], ['http://b'])
    """
    default: list[str] = []
    named: list[str] = []
    state = ""
    for m in TOKENS.finditer(query):
        kind = m.lastgroup
        if kind == "open":
            break
        if kind in ("comment",) or (kind == "other" and m.group(0).isspace()):
            continue
        if kind == "word" and m.group("word").upper() == "FROM":
            state = "from"
        elif kind == "word" and m.group("word").upper() == "NAMED" and state == "from":
            state = "named"
        elif kind == "iri" and state:
            (named if state == "named" else default).append(m.group("iri")[1:-1])
            state = ""
        else:
            state = ""
    return default, named


def declares_dataset(query: str) -> bool:
    """True if the query names its own dataset (``FROM`` or ``FROM NAMED``) before its first group."""
    for m in TOKENS.finditer(query):
        kind = m.lastgroup
        if kind == "open":
            return False
        if kind == "word" and m.group("word").upper() == "FROM":
            return True
    return False
