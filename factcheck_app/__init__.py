"""Factcheck: find and check the unsourced assertions in news articles, offline."""

__version__ = "0.1.0"
