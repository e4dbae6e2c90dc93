"""Screenshots of a map in Debian's Chromium, to look at what a person sees (no network).

    python -m clustergraph map --store build/graph -o build/map.html
    python scripts/map_screenshots.py build/map.html --out build/shots [--focus hamburg-aviation]

Writes overview.png (the whole map), edges.png (zoomed in, so that many labels meet the canvas
edges), focus.png (an organisation's details panel with its suggested partners) and prints the
labels drawn whose text box leaves the canvas (there should be none). Needs playwright (pip) and
Debian's chromium (/usr/bin/chromium); never `playwright install`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

MEASURE = """() => { const c = document.querySelector('#cg-net canvas'), x = c.getContext('2d'),
  box = document.getElementById('cg-net'); x.font = '12px system-ui, sans-serif';
  return {W: box.clientWidth, H: box.clientHeight, labels: clustergraphMap.labels().map(l =>
    ({text: l.text, x0: l.x - x.measureText(l.text).width / 2, x1: l.x + x.measureText(l.text).width / 2,
      y0: l.y, y1: l.y + 14}))}; }"""


def clipped(page) -> list[str]:
    """The labels drawn whose box leaves the canvas."""
    m = page.evaluate(MEASURE)
    return [
        lab["text"]
        for lab in m["labels"]
        if lab["x0"] < 0 or lab["y0"] < 0 or lab["x1"] > m["W"] or lab["y1"] > m["H"]
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("map", type=Path)
    ap.add_argument("--out", type=Path, default=Path("build/shots"))
    ap.add_argument("--focus", default="hamburg-aviation", help="the id of the organisation to focus")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        page.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
        )
        page.goto(args.map.resolve().as_uri())
        page.locator("html[data-map-ready='1']").wait_for(timeout=60_000)
        page.wait_for_timeout(500)
        page.screenshot(path=str(args.out / "overview.png"))
        print("overview: labels leaving the canvas:", clipped(page))
        page.evaluate(
            "() => { const n = clustergraphMap.network;"
            " n.moveTo({scale: n.getScale() * 2.2, animation: false}); n.redraw(); }"
        )
        page.wait_for_timeout(300)
        page.screenshot(path=str(args.out / "edges.png"))
        print("zoomed: labels leaving the canvas:", clipped(page))
        info = page.evaluate("() => clustergraphMap.data.info.map(d => d.iri)")
        ids = [i for i, iri in enumerate(info) if iri.rsplit("/", 1)[-1] == args.focus]
        if ids:
            page.evaluate("(i) => clustergraphMap.setFocus(i, 1)", ids[0])
            page.wait_for_timeout(300)
            page.screenshot(path=str(args.out / "focus.png"))
            print("focus: suggested partners:", page.locator("#cg-recommend li .cg-link").all_inner_texts())
            print("focus: labels leaving the canvas:", clipped(page))
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
