"""HTTP authentication for endpoints: the scheme the server asks for, Digest or Basic.

Virtuoso's authenticated endpoints (``/sparql-auth``, ``/sparql-graph-crud-auth``) take Digest
only: Basic credentials get a 401 *without* a ``WWW-Authenticate`` header. urllib's own Digest
handler sends the request first without credentials and answers the 401 afterwards; on a large
body Virtuoso closes the connection before the body is sent (``BrokenPipeError``). So
:class:`Auth` asks for the challenge with a body-less ``GET`` of the same URL first, and sends the
real request once, with the answer computed from that challenge (RFC 7616, MD5, ``qop=auth``).
A URL whose ``GET`` is not challenged gets Basic credentials up front (as before).

>>> a = Auth(("u", "p"))
>>> a.basic()
'Basic dTpw'
>>> h = digest_header("GET", "http://h/sparql-auth?x=1", ("u", "p"),
...                   'Digest realm="SPARQL", nonce="abc", qop="auth", opaque="o"', cnonce="c")
>>> h.startswith('Digest username="u", realm="SPARQL", nonce="abc", uri="/sparql-auth?x=1"')
True
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

#: Gets the challenge of a URL: (status, WWW-Authenticate header) of a body-less GET.
Probe = Callable[[str], tuple[int, str]]


def digest_header(
    method: str, url: str, credentials: tuple[str, str], challenge: str, *, cnonce: str = ""
) -> str:
    """The ``Authorization`` header answering a Digest ``challenge`` for ``method url`` (MD5, qop=auth)."""
    pairs = re.findall(
        r'(\w+)=(?:"([^"]*)"|([^\s,]*))', challenge.split(None, 1)[1] if " " in challenge else ""
    )
    fields = {name.lower(): quoted or bare for name, quoted, bare in pairs}
    algorithm = fields.get("algorithm", "MD5")
    if algorithm.upper() != "MD5":
        raise ValueError(f"the server asks for Digest with {algorithm}; clustergraph speaks MD5 only")
    split = urllib.parse.urlsplit(url)
    uri = (split.path or "/") + (f"?{split.query}" if split.query else "")
    cnonce = cnonce or os.urandom(8).hex()
    nc = "00000001"

    def md5(text: str) -> str:
        return hashlib.md5(text.encode("utf-8")).hexdigest()

    user, password = credentials
    ha1 = md5(f"{user}:{fields.get('realm', '')}:{password}")
    ha2 = md5(f"{method}:{uri}")
    if "auth" in [q.strip() for q in fields.get("qop", "").split(",")]:
        response = md5(f"{ha1}:{fields.get('nonce', '')}:{nc}:{cnonce}:auth:{ha2}")
        qop = f', qop=auth, nc={nc}, cnonce="{cnonce}"'
    else:
        response = md5(f"{ha1}:{fields.get('nonce', '')}:{ha2}")
        qop = ""
    opaque = f', opaque="{fields["opaque"]}"' if "opaque" in fields else ""
    return (
        f'Digest username="{user}", realm="{fields.get("realm", "")}", nonce="{fields.get("nonce", "")}", '
        f'uri="{uri}", algorithm=MD5, response="{response}"{opaque}{qop}'
    )


def probe(url: str, agent: str, timeout: float) -> tuple[int, str]:
    """(status, ``WWW-Authenticate``) of a body-less, credential-less GET of ``url``."""
    request = urllib.request.Request(url, headers={"User-Agent": agent}, method="GET")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, ""
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("WWW-Authenticate", "") if exc.headers else ""


class Auth:
    """The credentials of an endpoint and the scheme each of its URLs asks for."""

    def __init__(self, credentials: tuple[str, str]) -> None:
        self.credentials = credentials
        self.schemes: dict[str, str] = {}  # URL without query -> "digest" or "basic"

    def basic(self) -> str:
        token = base64.b64encode(":".join(self.credentials).encode("utf-8")).decode("ascii")
        return f"Basic {token}"

    def header(self, method: str, url: str, get_challenge: Probe, *, fresh: bool = False) -> str:
        """The ``Authorization`` header for ``method url``: Digest if the URL's GET is challenged so.

        Digest asks for a new challenge (a new nonce) for every request: a nonce the server has
        forgotten would cost a 401 in the middle of a large body.
        """
        key = url.split("?", 1)[0]
        scheme = self.schemes.get(key)
        if scheme == "basic" and not fresh:
            return self.basic()
        status, challenge = get_challenge(url)
        if status == 401 and challenge.lower().startswith("digest"):
            self.schemes[key] = "digest"
            return digest_header(method, url, self.credentials, challenge)
        self.schemes[key] = "basic"
        return self.basic()
