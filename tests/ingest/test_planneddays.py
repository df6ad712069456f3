"""A planned day in the lede ("his inauguration scheduled for Saturday, May 12, 2018") is not the day a page was
written; the lede's own day with its weekday still dates an undated page.  Written on intake_final110's lede."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.dayline import lede_date
from briefgen.ingest.planneddays import is_planned_day
from tests.ingest.dry_run import dry_add

# intake_final110: "Maldivian president Mohamed Muizzu arrived in China on Monday on a five-day state visit …".
_REST = "during which he is due to hold talks with his Chinese counterpart Xi Jinping and sign several agreements."
_URL = "https://www.kestreldaily.co.ov/news/muizzu-in-china-to-sign-several-pacts"


def test_a_day_scheduled_for_is_a_plans() -> None:
    lede = f"Maldivian president Mohamed Muizzu will attend the summit scheduled for Saturday, January 13, 2024 in Beijing, {_REST}"
    assert is_planned_day(lede, lede.index("Saturday"))
    assert lede_date([lede]) == []


def test_the_lede_own_day_is_still_read() -> None:
    lede = f"Maldivian president Mohamed Muizzu arrived in China on Monday, January 8, 2024 on a five-day state visit {_REST}"
    assert not is_planned_day(lede, lede.index("Monday"))
    [found] = lede_date([lede])
    assert found.value == "2024-01-08"


def test_the_report_day_after_a_planned_one_is_read() -> None:
    lede = (
        "Maldivian president Mohamed Muizzu, invited to a summit set for Saturday, January 13, 2024, arrived in China on "
        f"Monday, January 8, 2024 on a five-day state visit {_REST}"
    )
    [found] = lede_date([lede])
    assert found.value == "2024-01-08"


def test_other_words_of_a_plan() -> None:
    for words in ("slated for", "due on", "to be held on", "will take place on", "scheduled to take place on", "planned for the"):
        lede = f"The summit {words} Saturday, January 13, 2024 will gather the leaders."
        assert is_planned_day(lede, lede.index("Saturday")), words


def test_an_undated_page_whose_lede_names_only_a_planned_day_stays_undated(mini_project: Path, tmp_path: Path) -> None:
    lede = (
        "Monrovia, Liberia: President Vell has received his Ostland counterpart on a one-day working visit, who invited "
        "him to his inauguration scheduled for Saturday, May 12, 2018 in Port Avel."
    )
    second = "Maldivian president Mohamed Muizzu arrived in China on Monday on a five-day state visit."
    fields = dry_add(mini_project, tmp_path, f"{lede}\n\n{second}\n", _URL)
    assert fields["published"] == ""
    assert fields["place"] == "Monrovia"


def test_a_day_a_future_clause_runs_on_to_is_a_plans() -> None:
    # An advisory of the day before (made up): "… will co-chair … in Port Avel on Wednesday, 7th May 2003."
    lede = (
        "Minister of Foreign Affairs Anna Vell, together with her Westmark counterpart Tomas Quist, will co-chair the second "
        "meeting of the Joint Commission in Port Avel on Wednesday, 7th May 2003."
    )
    assert is_planned_day(lede, lede.index("Wednesday"))
    assert lede_date([lede]) == []


def test_a_future_clause_ended_before_the_day_leaves_it_read() -> None:
    lede = (
        "Minister Anna Vell, who will travel to Westmark next month, met her Eastland counterpart Tomas Quist in Port Avel. "
        "They signed the agreement on Wednesday, May 7, 2003, the ministry said."
    )
    assert not is_planned_day(lede, lede.index("Wednesday"))
