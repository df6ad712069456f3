"""A page's own stamp as press offices, mail archives and aggregators print it dates a page nothing else dates: a
release line, a lede opening with its date and a colon, a forwarded mail's "Sent:" field, a credit glued to its date.
The sentences are from real pages of the round's own sample (watanzaniaoslo.blogspot.com reposting a White House
readout, theceopublication.com, whitehousepool.report) and of a development set's aggregator page (daily8.com,
intake_final168)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.dry_run import dry_add

READOUT = (
    "The first African Head of State\nto visit President Obama\nat the White House.\n\n"
    "President Barack Obama meets with Tanzania President Jakaya Kikwete in the Oval Office. (Official White House "
    "photo by Pete Souza)\n"
    "THE WHITE HOUSE\nOffice of the Press Secretary\n{stamp}\n"
    "Readout on President Obama's Meeting with\nPresident Kikwete of Tanzania\n"
    "The President and President Kikwete met this afternoon and had a valuable discussion on a range of issues. "
    "President Obama expressed his appreciation for the close bilateral relationship the United States shares with "
    "Tanzania.\n"
)
_BLOG = "https://watanzaniaoslo.blogspot.com/2009/05/first-african-head-of-state-to-visit_22.html"
BRIEF = (
    "World leaders welcome U.S. President Joe Biden and Vice President Kamala Harris\n\n"
    "{opening} Leaders over the world reacted to the inauguration of U.S. President Joe Biden and Vice President "
    "Kamala Harris on Wednesday.\n\n"
    "U.K. Prime Minister Boris Johnson tweeted his congratulations to the new President and the Vice President.\n"
)
_MAGAZINE = "https://theceopublication.com/world-leaders-welcome-u-s-president-joe-biden-and-vice-president-kamala-harris/"
POOL = (
    "FW: In-town print pool No. 2\n\n"
    "From: Alex Leary [mailto:xxx@email.com]\n{sent}\nTo: Gabriel, Brian A. EOP/WHO\n"
    "Subject: In-town print pool No. 2\n\n"
    "POTUS met this afternoon with congressional leaders and made an appeal for progress on several fronts, including "
    "a government spending plan, funding to fight the Zika virus and for disaster relief in Louisiana and Flint, Mich.\n\n"
    "POTUS thanked them for coming.\n"
)
_POOL = "https://www.whitehousepool.report/fw-in-town-print-pool-no-2/"
REPOST = (
    "logo\nAngola to source defence equipment from India, Modi announces $200 million credit line\n\n"
    "Angola to source defence equipment from India, Modi announces $200 million credit line\n\n{credit}\n"
    "New Delhi: Angola will be sourcing defence equipment from India, especially to overhaul its aging Soviet-era "
    "defence platforms, as Prime Minister Narendra Modi Saturday announced a $200-million line of credit during "
    "President João Manuel Goncalves Lourenço's maiden state visit to India.\n"
    "The Indian prime minister also announced that the two countries are looking to broaden their energy partnership.\n"
)
_AGGREGATOR = "https://www.daily8.com/angola-to-source-defence-equipment-from-india"


def test_a_release_line_dates_the_reposted_readout(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, READOUT.format(stamp="FOR IMMEDIATE RELEASE May 21, 2009"), _BLOG)
    assert fields["published"] == "2009-05-21"
    assert "release line" in fields["notes"]


def test_a_release_line_with_more_words_than_its_date_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    page = READOUT.format(stamp="FOR IMMEDIATE RELEASE May 21, 2009 embargoed until the summit")
    assert dry_add(mini_project, tmp_path, page, _BLOG)["published"] == ""


def test_a_date_opening_the_lede_with_a_colon_dates_the_brief(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, BRIEF.format(opening="January 21, 2021:"), _MAGAZINE)
    assert fields["published"] == "2021-01-21"


def test_a_date_inside_the_ledes_sentence_is_no_opening_stamp(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, BRIEF.format(opening="On January 21, 2021,"), _MAGAZINE)
    assert fields["published"] == ""


def test_a_forwarded_mails_sent_field_dates_the_pool_report(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, POOL.format(sent="Sent: Monday, September 12, 2016 5:33 PM"), _POOL)
    assert fields["published"] == "2016-09-12"
    assert "forwarded mail's sending field" in fields["notes"]


def test_a_credit_glued_to_its_date_is_read_day_first(mini_project: Path, tmp_path: Path) -> None:
    fields = dry_add(mini_project, tmp_path, REPOST.format(credit="The Print03-05-2025"), _AGGREGATOR)
    assert fields["published"] == "2025-05-03"
    assert "credit line glued to its date" in fields["notes"]


def test_a_glued_credit_nothing_settles_dates_nothing(mini_project: Path, tmp_path: Path) -> None:
    # Without the lede's "Saturday", 03-05 could be 3 May or 5 March, and the order is never guessed.
    page = REPOST.format(credit="The Print03-05-2025").replace("Modi Saturday announced", "Modi announced")
    assert dry_add(mini_project, tmp_path, page, _AGGREGATOR)["published"] == ""
