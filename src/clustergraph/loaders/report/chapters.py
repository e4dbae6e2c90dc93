"""The chapter titles of a recorded event (a podcast's or a video's show notes): the lines with a
time stamp under a heading that names chapters ("Kapitel", "Chapters:", "Timestamps"), as topics;
never the generic parts of a recording (intro, welcome, questions from the audience)."""

from __future__ import annotations

import re
from collections.abc import Iterator

#: A heading of chapters on a line of its own: "Kapitel", "Chapters:", "Timestamps", "Kapitelmarken".
_HEAD = re.compile(
    r"^[ \t]*(?i:kapitel(?:marken)?|chapters?|chapter\s+marks|timestamps?|zeitmarken|in\s+dieser\s+folge"
    r"|in\s+this\s+episode|episode\s+chapters)[ \t]*:?[ \t]*\n",
    re.M,
)
#: A chapter line: a time stamp of the recording ("00:18:45", "2:15") and the chapter's title.
_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]+(?:[-–—|][ \t]+)?(?P<t>[^\n]{3,120}?)[ \t]*(?:\n|$)"
)
#: The generic parts of a recording, no topic: "Intro", "Begrüßung", "Fragen aus dem Publikum", "Q&A".
_GENERIC = re.compile(
    r"(?i:intro|outro|einleitung|einführung|begrüßung|willkommen|welcome|opening|abschluss|verabschiedung|ausblick"
    r"|fazit|wrap-up|q\s?&\s?a|fragen(?:\s+aus\s+dem\s+(?:publikum|saal))?|publikumsfragen|questions"
    r"(?:\s+from\s+the\s+(?:audience|floor))?|audience\s+questions|pause|break|trailer|teaser)[.!]?"
)


def chapter_topics(text: str, body: int) -> Iterator[tuple[str, int, int]]:
    """The titles (value, start, end) of the chapter lines under each chapter heading of the text."""
    for head in _HEAD.finditer(text, body):
        at = head.end()
        while (line := _LINE.match(text, at)) is not None:
            at = line.end()
            title = line.group("t").rstrip(" .")
            if not _GENERIC.fullmatch(title):
                yield title, line.start("t"), line.start("t") + len(title)
            if line.end() == len(text) or not line.group().endswith("\n"):
                break
