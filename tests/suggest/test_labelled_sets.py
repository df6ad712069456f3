"""The hand-labelled sets of real news are well formed; their scores are not tested here.

Every set under ``SETS`` feeds benchmarks/intake_quality.py and benchmarks/linking_quality.py.
``intake_eval`` is the set the first rules were written from; every later set was labelled
before any measurement, as a round's final test set, then measured once and judged, and has been
a development set since.  Each set's README says how it was made and what its one
measurement found.  A test on the scores of the held-out sets would invite tuning the rules to
them, so this checks only what a labeller or a judge can get wrong: every file parses, every
label has its article, every span, headline and date phrase is word for word in the article,
every link names a labelled claim, and the judgement files load as the benchmarks load them and
quote their articles.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefgen.project import is_slug
from tests.conftest import REPO, load_benchmark

FIXTURES = REPO / "tests" / "fixtures"
SETS = [
    FIXTURES / name
    for name in (
        "intake_eval",
        "intake_holdout",
        "intake_test",
        "intake_final",
        "intake_final2",
        "intake_final3",
        "intake_final4",
        "intake_final5",
        "intake_final6",
        "intake_final7",
        "intake_final8",
        "intake_final9",
        "intake_final10",
        "intake_final11",
        "intake_final12",
        "intake_final13",
        "intake_final14",
        "intake_final15",
        "intake_final16",
        "intake_final17",
        "intake_final18",
        "intake_final19",
        "intake_final20",
        "intake_final21",
        "intake_final22",
        "intake_final23",
        "intake_final24",
        "intake_final25",
        "intake_final26",
        "intake_final27",
        "intake_final28",
        "intake_final29",
        "intake_final30",
        "intake_final31",
        "intake_final32",
        "intake_final33",
        "intake_final34",
        "intake_final35",
        "intake_final36",
        "intake_final37",
        "intake_final38",
        "intake_final39",
        "intake_final40",
        "intake_final41",
        "intake_final42",
        "intake_final43",
        "intake_final44",
        "intake_final45",
        "intake_final46",
        "intake_final47",
        "intake_final48",
        "intake_final49",
        "intake_final50",
        "intake_final51",
        "intake_final52",
        "intake_final53",
        "intake_final54",
        "intake_final55",
        "intake_final56",
        "intake_final57",
        "intake_final58",
        "intake_final59",
        "intake_final60",
        "intake_final61",
        "intake_final62",
        "intake_final63",
        "intake_final64",
        "intake_final65",
        "intake_final66",
        "intake_final67",
        "intake_final68",
        "intake_final69",
        "intake_final70",
        "intake_final71",
        "intake_final72",
        "intake_final73",
        "intake_final74",
        "intake_final75",
        "intake_final76",
        "intake_final77",
        "intake_final78",
        "intake_final79",
        "intake_final80",
        "intake_final81",
        "intake_final82",
        "intake_final83",
        "intake_final84",
        "intake_final85",
        "intake_final86",
        "intake_final87",
        "intake_final88",
        "intake_final89",
        "intake_final90",
        "intake_final91",
        "intake_final92",
        "intake_final93",
        "intake_final94",
        "intake_final95",
        "intake_final96",
        "intake_final97",
        "intake_final98",
        "intake_final99",
        "intake_final100",
        "intake_final101",
        "intake_final102",
        "intake_final103",
        "intake_final104",
        "intake_final105",
        "intake_final106",
        "intake_final107",
        "intake_final108",
        "intake_final109",
        "intake_final110",
        "intake_final111",
        "intake_final112",
        "intake_final113",
        "intake_final114",
        "intake_final115",
        "intake_final116",
        "intake_final117",
        "intake_final118",
        "intake_final119",
        "intake_final120",
        "intake_final121",
        "intake_final122",
        "intake_final123",
        "intake_final124",
        "intake_final125",
        "intake_final126",
        "intake_final127",
        "intake_final128",
        "intake_final129",
        "intake_final130",
        "intake_final131",
        "intake_final132",
        "intake_final133",
        "intake_final134",
        "intake_final135",
        "intake_final136",
        "intake_final137",
        "intake_final138",
        "intake_final139",
        "intake_final140",
        "intake_final141",
        "intake_final142",
        "intake_final143",
        "intake_final144",
        "intake_final145",
        "intake_final146",
        "intake_final147",
        "intake_final148",
        "intake_final149",
        "intake_final150",
        "intake_final151",
        "intake_final152",
        "intake_final153",
        "intake_final154",
        "intake_final155",
        "intake_final156",
        "intake_final157",
        "intake_final158",
        "intake_final159",
        "intake_final160",
        "intake_final161",
        "intake_final162",
        "intake_final163",
        "intake_final164",
        "intake_final165",
        "intake_final166",
        "intake_final167",
        "intake_final168",
        "intake_final169",
        "intake_final170",
        "intake_final171",
        "intake_final172",
        "intake_final173",
    )
]
LABELS = [(folder, path) for folder in SETS for path in sorted((folder / "labels").glob("*.yaml"))]


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _article(folder: Path, slug: str) -> str:
    return (folder / "articles" / f"{slug}.txt").read_text(encoding="utf-8")


def _labels(folder: Path) -> list[Path]:
    return sorted((folder / "labels").glob("*.yaml"))


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_article_has_a_label_and_every_label_an_article(folder: Path) -> None:
    articles = {p.stem for p in (folder / "articles").glob("*.txt")}
    assert articles == {p.stem for p in _labels(folder)}
    assert len(articles) >= 10


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_slug_is_a_source_id_briefgen_accepts(folder: Path) -> None:
    """The benchmarks archive each article under its slug: a slug briefgen refuses as an id drops the article from the run."""
    refused = [p.stem for p in (folder / "articles").glob("*.txt") if not is_slug(p.stem)]
    assert refused == []


@pytest.mark.parametrize(("folder", "path"), LABELS, ids=lambda v: v.stem if isinstance(v, Path) and v.suffix else v.name)
def test_labelled_words_occur_verbatim_in_the_article(folder: Path, path: Path) -> None:
    label, body = _load(path), _article(folder, path.stem)
    assert label["url"].startswith("http")
    assert re.fullmatch(r"(\d{4}-\d\d-\d\d)?", str(label["published"]))
    assert not label["headline"] or label["headline"] in body
    # linking_quality.py dates an undated claim by the cluster's last two parts (YYYY-MM)
    assert re.fullmatch(r"[a-z0-9-]+-\d{4}-\d\d", label["cluster"])
    for claim in label["claims"]:
        assert claim["span"] in body, claim["span"]
        assert 8 <= len(claim["span"].split()) <= 40, claim["span"]
        assert claim["kind"] in {"agreement", "event", "figure", "plan", "statement"}
        assert not claim.get("date_phrase") or claim["date_phrase"] in body, claim["date_phrase"]
        assert re.fullmatch(r"(\d{4}(-\d\d(-\d\d)?)?)?", str(claim.get("date") or ""))
        assert claim["topics"], claim["span"]
        # the linking benchmark turns claims into facts: each topic must be an id ("western-sahara", not "western sahara")
        assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", topic) for topic in claim["topics"]), claim["topics"]
        for figure in claim.get("figures") or []:  # a value, or words marked as no figure ("five-year")
            assert ("unit" in figure and {"amount", "low", "high"} & set(figure)) or set(figure) == {"not_a_figure"}, figure


# intake_eval's labels, written first, date one "this year" of an undated page; they are kept as labelled.
@pytest.mark.parametrize("folder", SETS[1:], ids=lambda p: p.name)
def test_an_undated_article_resolves_no_relative_date(folder: Path) -> None:
    """A weekday or a month-and-day in an undated page is kept as a phrase, never given a date."""
    for path in _labels(folder):
        label = _load(path)
        if label["published"]:
            continue
        for claim in label["claims"]:
            phrase = claim.get("date_phrase") or ""
            if phrase and not re.search(r"\d{4}", phrase):
                assert not claim.get("date"), claim["span"]


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_links_name_labelled_claims(folder: Path) -> None:
    links = _load(folder / "links.yaml")
    spans = {p.stem: {c["span"] for c in _load(p)["claims"]} for p in _labels(folder)}
    groups = [g["members"] for g in links["corroborations"]] + [c["sides"] for c in links["conflicts"]]
    for members in groups:
        assert len({m["article"] for m in members}) >= 2, members
        for member in members:
            assert member["span"] in spans[member["article"]], member
    for pair in links["same_origin"]:
        assert len(pair) == 2 and set(pair) <= set(spans)


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_judgements_load_as_the_benchmark_loads_them_and_quote_their_articles(folder: Path) -> None:
    benchmark = load_benchmark("intake_quality")
    slugs = {p.stem for p in _labels(folder)}
    drafts = benchmark.load_judgements(folder)
    values = benchmark.load_figure_judgements(folder)
    assert {slug for slug, _ in drafts} <= slugs
    assert {slug for slug, _ in values} <= slugs
    for slug, quote in values:
        assert quote in " ".join(_article(folder, slug).split()), quote
    for slug, items in (_load(folder / "judgements.yaml") or {}).items():
        body = " ".join(_article(folder, slug).split())
        for item in items:
            assert item["verdict"] in {"keep", "edit", "reject"} and item["reason"]
            assert " ".join(item["quote"].split()) in body, item["quote"]
    pairs = _load(folder / "adjudicated.yaml")["pairs"] if (folder / "adjudicated.yaml").is_file() else []
    for pair in pairs:
        assert pair["verdict"] in {"same-event", "different"} and pair["why"]
        assert pair.get("strict", pair["verdict"]) in {"same-event", "different"}  # the first, strict reading, where it differs
        for claim in pair["claims"]:
            assert claim["span"] in _article(folder, claim["article"]), claim
