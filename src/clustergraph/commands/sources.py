"""``clustergraph load-profile``, ``import``: more kinds of sources."""
