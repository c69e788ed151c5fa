"""Exporters: event records (the store's JSON form) out to ACLED- and UCDP-style CSV, PLOVER JSON lines,
GeoJSON and Parquet.  See :mod:`khabar.export.formats` for the design and every column mapping."""

from khabar.export.formats import FORMATS, export

__all__ = ["FORMATS", "export"]
