"""``clustergraph analyze``, ``recommend``: network analyses and partner recommendations."""
