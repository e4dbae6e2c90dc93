"""The conformance test: every named query on every engine (see test_conformance.py)."""
