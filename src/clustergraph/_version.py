"""The version of clustergraph (one place, read by the package, the CLI and the clients' User-Agent)."""

__version__ = "0.1.0"
