"""The regression guard runs in CI: a fixed dev sample must not fall more than 3 points below the recorded figures."""

import json

from khabar.eval.guard import FIGURES, measure, regressions
from tests.conftest import shared_path


def test_no_regression_on_the_dev_sample():
    dev = shared_path("data", "dev")
    bad = regressions(measure(dev), json.loads(FIGURES.read_text()))
    assert not bad, "accuracy fell on the dev sample:\n" + "\n".join(bad)


def test_guard_detects_a_fall_and_a_rise_of_an_error_rate():
    recorded = {"gtd": {"fatalities.exact": 0.80, "perpetrator.invented": 0.01}}
    assert regressions({"gtd": {"fatalities.exact": 0.78, "perpetrator.invented": 0.02}}, recorded) == []
    bad = regressions({"gtd": {"fatalities.exact": 0.70, "perpetrator.invented": 0.09}}, recorded)
    assert len(bad) == 2
    assert regressions({"gtd": {}}, recorded)[0].startswith("gtd fatalities.exact: no longer measured")
