"""The ``clustergraph`` command: a thin layer over the library, one module per stage.

- :mod:`.group` — the command group (``clustergraph --version``, ``--help``)
- :mod:`.options` — the options, exit codes and error handling the commands share
- :mod:`.graph` — ``build``, ``validate``, ``stats``, ``export``
- :mod:`.sources` — ``load-profile``, ``import``, ``sources``, ``remove-source``
- :mod:`.sparql` — ``query``, ``queries``, ``serve``, ``push``
- :mod:`.network` — ``analyze``, ``recommend``, ``export-network``
- :mod:`.views` — ``map``

The command modules import only :mod:`.options` and the library; this module registers
their ``COMMANDS`` on the group, here and nowhere else.

Exit codes: 0 success, 1 the graph does not conform to the shapes, 2 bad input (data files,
arguments, missing build).
"""

from __future__ import annotations

from clustergraph.cli import graph, network, sources, sparql, views
from clustergraph.cli.group import main

for _module in (graph, sources, sparql, network, views):
    for _command in _module.COMMANDS:
        main.add_command(_command)

__all__ = ["main"]
