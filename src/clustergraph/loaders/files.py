"""Reading a source file as bytes, text or table rows, with one clear error for files that cannot be read.

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
from pathlib import Path
from typing import Any

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


# --------------------------------------------------------------------------- tables (CSV, Excel)


def _decode_table(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise SourceFileError(f"{path}: this is a binary file, not a table; expected UTF-8 CSV text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceFileError(
            f"{path}, line {line}: byte {data[exc.start]:#04x} is not UTF-8; "
            "expected UTF-8 text (save the file as UTF-8 and try again)"
        ) from None


def read_csv_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header of a CSV table and its non-empty rows, each with its line number."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceFileError(f"{path}: cannot be read ({exc.strerror})") from None
    text = _decode_table(path, data)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] = []
    try:
        for cells in reader:
            if not header:
                if not any(c.strip() for c in cells):
                    continue
                header = [c.strip() for c in cells]
                continue
            if not any(c.strip() for c in cells):
                continue
            rows.append((reader.line_num, cells))
    except csv.Error as exc:
        raise SourceFileError(
            f"{path}, line {reader.line_num}: broken CSV ({exc}); expected comma-separated "
            'cells, text with commas or quotes inside "double quotes"'
        ) from None
    return header, rows


def read_xlsx_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header of an Excel table (its first sheet) and its non-empty rows, each with its row number."""
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
    rows: list[tuple[int, list[str]]] = []
    for n, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = ["" if v is None else _cell_text(v) for v in values]
        if not any(c.strip() for c in cells):
            continue
        if not header:
            header = [c.strip() for c in cells]
            continue
        rows.append((n, cells))
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
