"""Learned components: linear models over hashed n-grams that refine the rule-based typing.

They are trained by one command (``python -m khabar.learn.train``) from the gold data in
``../shared/data/dev`` on a fixed split that keeps one record in five apart for measurement; the
weights (a few MB) ship in ``khabar/data/models`` with the figures of their training run, so reading
needs no training step. The rules' own reading is one of each model's inputs: a model learns where
the rules go wrong instead of replacing them.
"""
