"""``clustergraph map``: an interactive network map as one self-contained, offline HTML file."""

from __future__ import annotations

import os
from pathlib import Path

import click

from clustergraph.cli.options import echo, handle_errors, kind_option, period_option, store_option
from clustergraph.views import AGGREGATE_ABOVE, COLOR_BY, GROUP_BY, LAYOUTS, PROJECTIONS, SIZE_BY


@click.command("map")
@store_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("build/map.html"),
    show_default=True,
    help="The HTML file to write (written atomically; nothing else is written).",
)
@click.option("--projection", type=click.Choice(PROJECTIONS), default="co-partnership", show_default=True)
@kind_option
@period_option
@click.option("--color", "color_by", type=click.Choice(COLOR_BY), default="land", show_default=True)
@click.option("--size", "size_by", type=click.Choice(SIZE_BY), default="degree", show_default=True)
@click.option(
    "--layout",
    type=click.Choice(LAYOUTS),
    default="force",
    show_default=True,
    help="The layout the map opens with (the page switches between force, Germany and Europe).",
)
@click.option(
    "--aggregate/--no-aggregate",
    default=None,
    help=f"Open with one node per group (default: above {AGGREGATE_ABOVE:,} nodes); a click opens a group.",
)
@click.option("--group-by", type=click.Choice(GROUP_BY), default="community", show_default=True)
@click.option(
    "--lang",
    type=click.Choice(["en", "de"]),
    default="en",
    show_default=True,
    help="The map's one language: words, legend, filters, names of countries, Länder and industries.",
)
@click.option("--title", default=None, help="The page's title.")
@click.option("--seed", default=0, show_default=True, help="Seed of the force layout and the communities.")
@click.option(
    "--layout-cache",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Directory where force layouts are cached (env CLUSTERGRAPH_LAYOUT_CACHE; default: none).",
)
@handle_errors
def map_command(
    store: Path,
    output: Path,
    projection: str,
    kinds: tuple[str, ...],
    period: str | None,
    color_by: str,
    size_by: str,
    layout: str,
    aggregate: bool | None,
    group_by: str,
    lang: str,
    title: str | None,
    seed: int,
    layout_cache: Path | None,
) -> None:
    """Write an interactive map of a network projection: one HTML file that works offline.

    Colour, size, shape and filters (Land, industry, label level, programme, partnership
    kind, period, a year slider), search, a details panel with sources, neighbourhoods,
    paths and suggested partners, force and geographic layouts with borders, the view in
    the URL, PNG and SVG export. Prints the path of the file.
    """
    from clustergraph.views import make_map

    cache = layout_cache or (
        Path(os.environ["CLUSTERGRAPH_LAYOUT_CACHE"]) if os.environ.get("CLUSTERGRAPH_LAYOUT_CACHE") else None
    )
    info = make_map(
        store,
        output,
        projection=projection,
        kinds=kinds or None,
        period=period,
        color_by=color_by,
        size_by=size_by,
        layout=layout,
        aggregate=aggregate,
        group_by=group_by,
        lang=lang,
        seed=seed,
        cache_dir=cache,
        **({"title": title} if title else {}),
    )
    how = f"aggregated into {info.groups} groups, " if info.aggregated else ""
    echo(
        f"map of the {projection} network ({info.nodes:,} nodes, {info.edges:,} edges; {how}"
        f"colour {color_by}, size {size_by}, layout {layout}):",
        err=True,
    )
    echo(str(output.resolve()))


#: The commands of this module, registered on the group by :mod:`clustergraph.cli`.
COMMANDS = (map_command,)
