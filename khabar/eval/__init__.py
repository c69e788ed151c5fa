"""Evaluation against gold data coded by others (``khabar eval``)."""
