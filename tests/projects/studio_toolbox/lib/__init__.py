"""Shared library of the studio toolbox: clients, REST helpers, pacing and feeds."""
