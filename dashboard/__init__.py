"""Conflict-incident dashboard: reports in, incident records out, on a map and in a review queue."""

__version__ = "0.1.0"
