"""Reading a source file as bytes, text or table rows, with one clear error for files that cannot be read.

Only regular files are read (a link is followed to one): a directory, a FIFO, a socket, a device
or a dangling link is refused with its name, never opened for reading, so nothing blocks. This
is the one rule for every data folder (the tables, ``profiles/``, ``rdf/``).

>>> decode_text(b"Name: Anna\\n", "profile.txt", "a profile text")
'Name: Anna\\n'
>>> try:
...     decode_text(b"Name: J\\xfcrgen\\n", "profile.txt", "a profile text")
... except SourceFileError as exc:
...     print(str(exc)[:58])
profile.txt, line 1, column 8: byte 0xfc is not UTF-8; exp
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from pathlib import Path
from typing import Any, NamedTuple

from clustergraph.errors import SourceFileError

#: The longest cell a CSV table may have (the csv module's own limit).
MAX_CELL = csv.field_size_limit()
_BREAK = re.compile(r"\r\n|\r|\n")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def check_regular(path: Path | str, what: str) -> None:
    """Refuse anything but a regular file, or a link to one, without opening it.

    :class:`SourceFileError` names a missing file, a dangling link and what a link or an entry
    is instead (a directory, a FIFO, a socket, a device).
    """
    path = Path(path)
    try:
        link = os.lstat(path)
    except FileNotFoundError:
        raise SourceFileError(f"{path}: no such file; expected {what}") from None
    except OSError as exc:
        raise SourceFileError(f"{path}: cannot be read ({exc.strerror}); expected {what}") from None
    mode = link.st_mode
    if stat.S_ISLNK(mode):
        target = os.readlink(path)
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            raise SourceFileError(
                f"{path}: a dangling link (to {target}, which does not exist); expected {what}"
            ) from None
        except OSError as exc:
            raise SourceFileError(
                f"{path}: a link that cannot be followed ({exc.strerror}); expected {what}"
            ) from None
        if not stat.S_ISREG(mode):
            raise SourceFileError(f"{path}: a link to {_kind(mode)} ({target}); expected {what}")
    elif not stat.S_ISREG(mode):
        raise SourceFileError(f"{path}: is {_kind(mode)}; expected {what}")


def read_regular(path: Path | str, what: str) -> bytes:
    """The bytes of a regular file (see :func:`check_regular`), opened so that nothing can block."""
    check_regular(path, what)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as exc:
        raise SourceFileError(f"{path}: cannot be read ({exc.strerror}); expected {what}") from None
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fh.fileno()).st_mode
        if not stat.S_ISREG(mode):  # replaced since the check
            raise SourceFileError(f"{path}: is {_kind(mode)}; expected {what}")
        try:
            return fh.read()
        except OSError as exc:
            raise SourceFileError(f"{path}: cannot be read ({exc.strerror}); expected {what}") from None


def read_bytes(path: Path | str, what: str) -> bytes:
    """The bytes of ``path``; :class:`SourceFileError` if missing, not a regular file, unreadable or empty."""
    data = read_regular(path, what)
    if not data.strip():
        raise SourceFileError(f"{path}: the file is empty; expected {what}")
    return data


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (in characters) of byte ``offset``."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    return line, len(data[line_start:offset].decode("utf-8", "replace")) + 1


def decode_text(data: bytes, name: str, what: str) -> str:
    """Decode UTF-8 text (a BOM is dropped); refuse binary data and other encodings, naming the place."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceFileError(f"{name}: UTF-16 text; expected {what} in UTF-8 (save it as UTF-8)")
    if b"\x00" in data[:8192]:
        raise SourceFileError(f"{name}: this is a binary file; expected {what}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        hint = ""
        try:
            data.decode("cp1252")
            hint = " (it looks like Latin-1 / Windows-1252: save it as UTF-8)"
        except UnicodeDecodeError:
            pass
        raise SourceFileError(
            f"{name}, line {line}, column {column}: byte {data[exc.start]:#04x} is not UTF-8; "
            f"expected {what} in UTF-8{hint}",
            file=name,
            line=line,
            column=column,
        ) from None


def read_text(path: Path | str, what: str) -> str:
    """Read a UTF-8 text file with the checks of :func:`read_bytes` and :func:`decode_text`."""
    text = decode_text(read_bytes(path, what), str(path), what)
    if not text.strip():
        raise SourceFileError(f"{path}: the file is empty; expected {what}")
    return text


# --------------------------------------------------------------------------- tables (CSV, Excel)


class RawRow(NamedTuple):
    """One record of a table: the line it starts on, its cells and the line each cell starts on."""

    line: int
    cells: list[str]
    lines: list[int]


def breaks(text: str) -> int:
    """How many line breaks ``text`` holds (``\\r\\n``, ``\\r`` or ``\\n``, as the CSV reader counts)."""
    return len(_BREAK.findall(text)) if ("\n" in text or "\r" in text) else 0


def _cell_lines(start: int, cells: list[str]) -> list[int]:
    out, line = [], start
    for c in cells:
        out.append(line)
        line += breaks(c)
    return out


def read_csv_rows(path: Path) -> tuple[list[str], list[RawRow]]:
    """The header of a CSV table and its non-empty records, each with the line of every cell."""
    what = "a CSV table in UTF-8"
    data = read_regular(path, what)
    text = decode_text(data, str(path), what)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[RawRow] = []
    header: list[str] = []
    start = 1
    try:
        for cells in reader:
            first, start = start, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if not header:
                header = [c.strip() for c in cells]
                continue
            rows.append(RawRow(first, cells, _cell_lines(first, cells)))
    except csv.Error as exc:
        message = str(exc)
        if "field larger than field limit" in message:
            raise SourceFileError(
                f"{path}, line {start}: a cell longer than {MAX_CELL:,} characters; expected cells of at "
                'most that length (is a "double quote" left open?)',
                line=start,
            ) from None
        if "unexpected end of data" in message:
            raise SourceFileError(
                f'{path}, line {start}: a "double quote" opened in the record starting on this line is '
                "never closed; expected a closing quote before the end of the file",
                line=start,
            ) from None
        raise SourceFileError(
            f"{path}, line {reader.line_num}: broken CSV ({exc}); expected comma-separated "
            'cells, text with commas or quotes inside "double quotes"',
            line=reader.line_num,
        ) from None
    return header, rows


def read_xlsx_rows(path: Path) -> tuple[list[str], list[RawRow]]:
    """The header of an Excel table (its first sheet) and its non-empty rows, each with its row number."""
    check_regular(path, "an Excel workbook (.xlsx)")
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - depends on the environment
        raise SourceFileError(
            f"{path}: reading Excel files needs openpyxl (pip install 'clustergraph[excel]')"
        ) from None
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds
        raise SourceFileError(f"{path}: not a readable Excel workbook ({exc})") from None
    ws = wb.worksheets[0]
    header: list[str] = []
    rows: list[RawRow] = []
    for n, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = ["" if v is None else _cell_text(v) for v in values]
        if not any(c.strip() for c in cells):
            continue
        if not header:
            header = [c.strip() for c in cells]
            continue
        rows.append(RawRow(n, cells, [n] * len(cells)))
    wb.close()
    return header, rows


def _cell_text(value: Any) -> str:
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
