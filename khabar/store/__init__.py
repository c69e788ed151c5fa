"""khabar's store: documents, event mentions, figures with claimants and evidence, events and sources.

SQLite by default (one file, no server), PostgreSQL through a URL, the same schema and the same SQL on
both (:mod:`khabar.store.schema`). Every document is written in one transaction with everything read
from it, so a crash at any moment leaves either all of a document or none of it, and re-running the
same ingestion finishes the job: document ids are content hashes, so what is stored is skipped.
"""

from khabar.store.db import Store, default_location, open_store

__all__ = ["Store", "default_location", "open_store"]
