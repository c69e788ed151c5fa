"""Dates resolved against the publication date, with precision; never the publication date by default."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.text.dates import WEEKDAYS, find_dates, parse_published

PUB = dt.date(2024, 3, 6)  # a Wednesday


def first(text, published=PUB, anchor=None):
    ds = find_dates(text, published, anchor=anchor)
    assert ds, f"no date in {text!r}"
    d = ds[0]
    return d.value, d.end_value, d.precision, d.text


@pytest.mark.parametrize("text, value, end_value, precision, matched", [
    ("The attack took place on Monday.", "2024-03-04", None, 1, "on Monday"),
    ("Gunmen struck on Wednesday.", "2024-03-06", None, 1, "on Wednesday"),  # same weekday: that day
    ("Gunmen struck last Wednesday.", "2024-02-28", None, 1, "last Wednesday"),
    ("Troops moved in early Sunday.", "2024-03-03", None, 1, "early Sunday"),
    ("Monday's attack killed two.", "2024-03-04", None, 1, "Monday's"),
    ("Shelling continued overnight.", "2024-03-05", None, 1, "overnight"),
    ("Police said yesterday that five were held.", "2024-03-05", None, 1, "yesterday"),
    ("The rally is planned for next Friday.", "2024-03-08", None, 1, "next Friday"),
    ("It happened on March 2, 2016.", "2016-03-02", None, 1, "March 2, 2016"),
    ("It happened on 2 March 2016.", "2016-03-02", None, 1, "2 March 2016"),
    ("It happened on March 2nd.", "2024-03-02", None, 1, "March 2nd"),
    ("It happened on the 2nd of March.", "2024-03-02", None, 1, "2nd of March"),
    ("It happened on December 30.", "2023-12-30", None, 1, "December 30"),  # no year: the latest not after publication
    ("Recorded on 2016-03-05.", "2016-03-05", None, 1, "2016-03-05"),
    ("Recorded on 25/12/2015.", "2015-12-25", None, 1, "25/12/2015"),
    ("11/27/1975: Gunmen shot a presenter.", "1975-11-27", None, 1, "11/27/1975"),  # the month first: 27 is no month
    ("Recorded on 02/03/2024.", "2024-03-02", None, 1, "02/03/2024"),  # both are days: the one on or before publication
    ("Recorded on 03/02/2024.", "2024-03-02", None, 1, "03/02/2024"),  # (2 March, not 3 February: the nearer)
    ("Fighting broke out in January.", "2024-01-01", "2024-01-31", 3, "in January"),
    ("Fighting broke out in May 2016.", "2016-05-01", "2016-05-31", 3, "in May 2016"),
    ("Fighting broke out in 2016.", "2016-01-01", "2016-12-31", 4, "in 2016"),
    ("Clashes erupted last week.", "2024-02-26", "2024-03-03", 2, "last week"),
    ("Clashes erupted earlier this week.", "2024-03-04", "2024-03-06", 2, "earlier this week"),
    ("Clashes erupted earlier this month.", "2024-03-01", "2024-03-06", 3, "earlier this month"),
    ("Clashes erupted last month.", "2024-02-01", "2024-02-29", 3, "last month"),
    ("Two days ago gunmen attacked.", "2024-03-04", None, 1, "Two days ago"),
    ("on the night of 12-13 June", "2023-06-12", None, 1, "night of 12-13 June"),
    # a range of days: the first, with the last kept (a week or less: week precision, as ACLED codes it)
    ("Between 4 and 6 February 2022, troops raided camps.", "2022-02-04", "2022-02-06", 2, "Between 4 and 6 February 2022"),
    ("From 10 to 25 January, rebels held the road.", "2024-01-10", "2024-01-25", 3, "From 10 to 25 January"),
    ("Clashes on 7-8 February 2022 killed nine.", "2022-02-07", "2022-02-08", 2, "7-8 February 2022"),
])
def test_dates(text, value, end_value, precision, matched):
    assert first(text) == (value, end_value, precision, matched)


def test_the_day_before_uses_the_anchor():
    assert first("The day before, a bomb went off.", anchor=dt.date(2024, 3, 1))[0] == "2024-02-29"
    assert first("The next day, police arrested two.", anchor=dt.date(2024, 3, 1))[0] == "2024-03-02"


@pytest.mark.parametrize("text", [
    "Militants may attack again.",
    "Protesters will march on parliament.",
    "Section 144 was imposed.",
    "The blast happened at 10 p.m.",
    "Five people were killed.",
])
def test_not_dates(text):
    assert find_dates(text, PUB) == []


def test_numeric_date_without_publication_is_day_first():
    assert [d.value for d in find_dates("Recorded on 08/07/1982.", None)] == ["1982-07-08"]
    assert find_dates("Recorded on 31/13/2009.", None) == []


def test_without_publication_date_relative_is_unresolved():
    (d,) = find_dates("The attack took place on Monday.", None)
    assert d.value is None and d.precision == 0


def test_parse_published_is_strict():
    assert parse_published("2024-03-06") == PUB
    for bad in ("2024-13-01", "06/03/2024", "yesterday", "2024-02-30"):
        with pytest.raises(ValueError):
            parse_published(bad)


@given(st.dates(dt.date(1970, 1, 1), dt.date(2030, 12, 31)), st.sampled_from(sorted(WEEKDAYS)))
def test_weekday_is_on_or_before_publication(pub, weekday):
    text = f"Gunmen attacked on {weekday.title()}."
    (d,) = find_dates(text, pub)
    day = dt.date.fromisoformat(d.value)
    assert day <= pub and (pub - day).days <= 6 and day.weekday() == WEEKDAYS[weekday]
    assert text[d.start:d.end] == d.text


@given(st.dates(dt.date(1950, 1, 1), dt.date(2035, 12, 31)))
def test_explicit_dates_round_trip(day):
    text = f"It happened on {day.strftime('%B')} {day.day}, {day.year}, officials said."
    (d,) = find_dates(text, None)
    assert d.value == day.isoformat() and d.precision == 1


def test_a_month_with_a_long_s():
    text = "on 3 \u017fept 2024"
    assert [d.value for d in find_dates(text, dt.date(2024, 9, 10), 0, len(text))] == ["2024-09-03"]


def test_two_numbers_before_a_month_are_no_range_backwards():
    # "killed 12 and 3 June ...": the second number is the day, not the end of a range from the 12th
    ds = find_dates("Gunmen killed 12 and 3 June was the day of the funeral.", PUB)
    assert [d.value for d in ds] == ["2023-06-03"]
