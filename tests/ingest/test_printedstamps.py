"""Stamps in shapes the other date readers do not take date a page that dates itself nowhere else: an update stamp
alone at the foot, a kicker run into a capitals stamp, a figures date whose weekday settles day and month.  The
sentences are from real pages of the round's own sample (value-cii.com, v4na.com, oananews.org)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

KUWAIT = (
    "DUABI: Kuwaiti ruler Sheikh Sabah Al-Ahmad Al-Sabah met Emirati officials in Dubai on Wednesday, a day after "
    "holding talks in Saudi Arabia in a bid to resolve a diplomatic crisis with Qatar.\n"
    'Kuwait\'s official KUNA news agency said earlier that the emir was going to Dubai for a "brotherly visit."\n'
    "The Kuwaiti ruler held talks Tuesday in the Saudi city of Jeddah with King Salman over the crisis facing the "
    "six-nation Gulf Cooperation Council.\n"
    "Kuwait emir holds talks in UAE over Qatar crisis\n"
)
ORBAN = (
    'PM Orban: "Hungary-Serbia relations at an all-time high"\n\n'
    "Hungarian Prime Minister Viktor Orban travelled from Brussels to Belgrade for a working visit, where he was "
    "received by Serbian President Aleksandar Vucic on Saturday.\n\n"
    "{stamp}\n\n"
    "The topics of the meeting included the EU integration of Serbia and the Western Balkans, the continuously "
    "developing Hungary-Serbia bilateral relations.\n"
)
RIGA = (
    "ID :\n159595\n{stamp}\n\n"
    "Latvia, Lithuania presidents to discuss energy projects\n\n"
    "RIGA (Itar-Tass) - Energy projects, particularly those concerning nuclear power industry, will be the main "
    "subjects of discussion at the forthcoming talks between the Lithuanian and Latvian presidents.\n"
    "The sides are to discuss matters concerning transport and cross-border cooperation.\n"
)


def test_an_update_stamp_alone_at_the_foot_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, KUWAIT + "Updated 07 June 2017\n", "http://value-cii.com/node/1111491/middle-east")
    assert fields["published"] == "2017-06-07"
    assert "update stamp at the page's foot" in fields["notes"]


def test_two_dated_lines_at_the_foot_date_nothing(mini_project: Path, tmp_path: Path) -> None:
    # Another story's stamp beside it: either may be a teaser's.
    foot = "Updated 07 June 2017\nSaudi Arabia cuts ties with Qatar\nUpdated 05 June 2017\n"
    fields = dry_add(mini_project, tmp_path, KUWAIT + foot, "http://value-cii.com/node/1111491/middle-east")
    assert fields["published"] == ""


def test_a_kickers_capitals_stamp_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    page = ORBAN.format(stamp="POLITICS MARCH 25. 2023 17:07")
    fields = dry_add(mini_project, tmp_path, page, "https://v4na.com/en/pm-orban-hungary-serbia-relations-are-at-an-all-time-high-114039/")
    assert fields["published"] == "2023-03-25"


def test_a_sentence_in_title_case_is_no_kickers_stamp(mini_project: Path, tmp_path: Path) -> None:
    page = ORBAN.format(stamp="Politics March 25. 2023 17:07")
    fields = dry_add(mini_project, tmp_path, page, "https://v4na.com/en/pm-orban-hungary-serbia-relations-are-at-an-all-time-high-114039/")
    assert fields["published"] != "2023-03-25"


def test_the_weekday_settles_a_figures_date_either_way_round(mini_project: Path, tmp_path: Path) -> None:
    # 9 February 2011 was a Wednesday, 2 September 2011 a Friday.
    fields = dry_add(mini_project, tmp_path, RIGA.format(stamp="Wed, 02/09/2011 - 08:20"), "http://m.oananews.org/node/159595")
    assert fields["published"] == "2011-02-09"


def test_a_weekday_that_fits_neither_reading_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, RIGA.format(stamp="Mon, 02/09/2011 - 08:20"), "http://m.oananews.org/node/159595")
    assert fields["published"] == ""


AIHUI = (
    "Location:Home >> Important News >> Text browser\n"
    "The delegation of Blagoveshchensk City Duma visited Aihui District\n"
    "{fields}\n"
    "    The delegation of Duma, Blagoveshchensk City, Russia, visited Aihui District , June 18. Ma Fusen, Chairman of "
    "Aihiui District People's Congress met with the delegation.\n"
    "    The two sides held talks and hoped friendship between the people of the two cities could be intensified through "
    "communications and exchanges.\n"
)


def test_a_content_systems_time_field_dates_the_page(mini_project: Path, tmp_path: Path) -> None:
    # From aihui.gov.cn, a page of the own sample.
    page = AIHUI.format(fields="Author:hhen Source:Original Time:2015-06-23 16:32 hits:")
    fields = dry_add(mini_project, tmp_path, page, "http://aihui.gov.cn/html/english/content/2015/06/1441435048299054.html")
    assert fields["published"] == "2015-06-23"


def test_a_time_field_in_a_sentence_is_no_stamp(mini_project: Path, tmp_path: Path) -> None:
    page = AIHUI.format(fields="The meeting was set for Time:2015-06-23 16:32 at the hall.")
    fields = dry_add(mini_project, tmp_path, page, "http://aihui.gov.cn/html/english/content/2015/06/1441435048299054.html")
    assert fields["published"] != "2015-06-23"
