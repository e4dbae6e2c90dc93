"""Reading a source file as bytes or text, with one clear error for files that cannot be read.

>>> decode_text(b"Name: Anna\\n", "profile.txt", "a profile text")
'Name: Anna\\n'
>>> try:
...     decode_text(b"Name: J\\xfcrgen\\n", "profile.txt", "a profile text")
... except SourceFileError as exc:
...     print(str(exc)[:58])
profile.txt, line 1, column 8: byte 0xfc is not UTF-8; exp
"""

from __future__ import annotations

from pathlib import Path

from clustergraph.errors import SourceFileError


def read_bytes(path: Path | str, what: str) -> bytes:
    """The bytes of ``path``; :class:`SourceFileError` if it is missing, unreadable or empty."""
    path = Path(path)
    if not path.exists():
        raise SourceFileError(f"{path}: no such file; expected {what}")
    if path.is_dir():
        raise SourceFileError(f"{path}: is a directory; expected {what}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceFileError(f"{path}: cannot be read ({exc.strerror}); expected {what}") from None
    if not data.strip():
        raise SourceFileError(f"{path}: the file is empty; expected {what}")
    return data


def decode_text(data: bytes, name: str, what: str) -> str:
    """Decode UTF-8 text (a BOM is dropped); refuse binary data and other encodings, naming the line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceFileError(f"{name}: UTF-16 text; expected {what} in UTF-8 (save it as UTF-8)")
    if b"\x00" in data[:8192]:
        raise SourceFileError(f"{name}: this is a binary file; expected {what}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        line = data[: exc.start].count(b"\n") + 1
        column = len(data[line_start : exc.start].decode("utf-8", "replace")) + 1
        hint = ""
        try:
            data.decode("cp1252")
            hint = " (it looks like Latin-1 / Windows-1252: save it as UTF-8)"
        except UnicodeDecodeError:
            pass
        raise SourceFileError(
            f"{name}, line {line}, column {column}: byte {data[exc.start]:#04x} is not UTF-8; "
            f"expected {what} in UTF-8{hint}"
        ) from None


def read_text(path: Path | str, what: str) -> str:
    """Read a UTF-8 text file with the checks of :func:`read_bytes` and :func:`decode_text`."""
    text = decode_text(read_bytes(path, what), str(path), what)
    if not text.strip():
        raise SourceFileError(f"{path}: the file is empty; expected {what}")
    return text
