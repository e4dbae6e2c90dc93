"""Text at the boundaries: what a name may hold when it comes in, what a terminal gets when it goes out.

Coming in, every name and id a loader reads is checked by :func:`check_name` (no NUL, control,
bidi-control, zero-width or other invisible format character; ``None`` when clean), other text
by :func:`check_text` (NUL, control characters and bidi overrides are refused, line breaks and
tabs are allowed), and both are normalised to NFC by :func:`nfc` (a decomposed ``u`` +
combining diaeresis is the ``ü`` the user means).

Going out, :func:`for_terminal` escapes every character that a terminal would act on or that
changes how the text around it is displayed (escape sequences, bidi controls, zero-width
characters) into a visible ``\\x1b`` / ``\\u202e`` form. The CLI sends every table and message
through it; machine formats (CSV, TSV, JSON, RDF) keep the data as they are, unless they are
written to a terminal.

>>> check_name("Opto\\u202eNet")
(4, 'U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control')
>>> check_name("OptoNet e. V.") is None
True
>>> for_terminal("red \\x1b[31mtext")
'red \\\\x1b[31mtext'
>>> nfc("Mu\\u0308ller") == "Müller"
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

#: Bidi controls: embeddings, overrides, isolates, marks (they reorder or hide what a line shows).
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: Bidi embeddings, overrides and isolates: refused in every text, not only in names.
BIDI_OVERRIDES = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: Zero-width and other invisible characters that make two names look the same.
INVISIBLE = (
    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d"
    "\u2060\u2061\u2062\u2063\u2064\u3164\ufeff\uffa0"
)

# Characters refused in names and ids: controls (C0, DEL, C1), line and paragraph separators,
# every format character (bidi controls, zero-width, tags), surrogates, private use.
_NAME_BAD = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029" + re.escape(BIDI + INVISIBLE) + "\U000e0000-\U000e007f]"
)
# Characters refused in any text: NUL, controls other than tab and line breaks, bidi overrides.
_TEXT_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + re.escape(BIDI_OVERRIDES) + "]")
# Characters a terminal must not get raw.
_TERMINAL_BAD = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + re.escape(BIDI + INVISIBLE) + "\U000e0000-\U000e007f]"
)
_TERMINAL_BAD_CELL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029" + re.escape(BIDI + INVISIBLE) + "\U000e0000-\U000e007f]"
)


def describe(char: str) -> str:
    """A character as the messages name it: ``U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control``."""
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    if char == "\x00":
        kind = "a NUL byte"
    elif char in BIDI:
        kind = "a bidi control"
    elif char in INVISIBLE or unicodedata.category(char) == "Cf":
        kind = "an invisible character"
    elif unicodedata.category(char) in ("Zl", "Zp"):
        kind = "a line break"
    else:
        kind = "a control character"
    return f"{code}{' ' + name if name else ''}, {kind}"


def _first(pattern: re.Pattern[str], value: str) -> tuple[int, str] | None:
    m = pattern.search(value)
    if m is None:
        return None
    if m.group() == "\x00":
        return m.start(), describe("\x00")
    return m.start(), describe(m.group())


def check_name(value: str) -> tuple[int, str] | None:
    """``None`` if ``value`` may be a name or an id; else (offset, what) of its first bad character.

    Refused: NUL and every control character (line breaks and tabs included), bidi controls,
    zero-width and other invisible characters.
    """
    return _first(_NAME_BAD, value)


def check_text(value: str) -> tuple[int, str] | None:
    """``None`` if ``value`` may be free text (a note, a description); else (offset, what).

    Refused: NUL, control characters other than tab and line breaks, bidi embeddings,
    overrides and isolates.
    """
    return _first(_TEXT_BAD, value)


def bad_characters(value: str, *, name: bool = False) -> Iterator[tuple[int, str]]:
    """(offset, what) of every character :func:`check_name` (``name``) or :func:`check_text` refuses."""
    for m in (_NAME_BAD if name else _TEXT_BAD).finditer(value):
        yield m.start(), describe(m.group())


def nfc(value: str) -> str:
    """``value`` in Unicode normal form C (composed: what users mean by the letters they see)."""
    return value if value.isascii() else unicodedata.normalize("NFC", value)


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of ``offset`` in ``text``.

    >>> line_and_column("ab\\ncd", 4)
    (2, 2)
    """
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    n = ord(c)
    if n < 0x100:
        return f"\\x{n:02x}"
    if n < 0x10000:
        return f"\\u{n:04x}"
    return f"\\U{n:08x}"


def for_terminal(text: str, *, cell: bool = False) -> str:
    """``text`` with every control, bidi and invisible character escaped, for a terminal.

    Line breaks and tabs stay unless ``cell`` (a table cell must stay on its line).

    >>> for_terminal("a\\tb\\nc"), for_terminal("a\\tb\\nc", cell=True)
    ('a\\tb\\nc', 'a\\\\x09b\\\\x0ac')
    """
    return (_TERMINAL_BAD_CELL if cell else _TERMINAL_BAD).sub(_escape, text)
