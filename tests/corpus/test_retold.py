"""Retold: a fact that says again, in nearly the same words, what a part of an occasion says joins the occasion.

Real sentences of two outlets' reports of Azerbaijani President Aliyev's visit
to Islamabad on 11-12 July 2024 (tests/fixtures/intake_eval): The News on the
first day, the Chiang Rai Times on the second.
"""

from __future__ import annotations

from typing import Any

from briefgen.corpus.evidence import prepare, wording
from briefgen.corpus.links import LinkDecisions
from briefgen.corpus.models import Fact
from briefgen.corpus.proposals import propose_links
from briefgen.corpus.retold import RETOLD_WORDING, retellings
from tests.corpus.builders import make_fact


def fact(fact_id: str, source: str, quote: str, date: str, entities: tuple[str, ...], kind: str = "event") -> Fact:
    return make_fact(fact_id, source, quote, date, entities=entities, kind=kind, topics=("visits",))


def visit() -> list[Fact]:
    """The two reports of the visit: its arrival, its signing, what the sides agreed and discussed."""
    return [
        fact(
            "news-signing",
            "thenews",
            "Azerbaijan's President Ilham Aliyev and Prime Minister of Pakistan Shehbaz Sharif witnesses the signing of MoUs and "
            "agreements in various sectors between the two countries, in Islamabad on July 11, 2024",
            "2024-07-11",
            ("Ilham Aliyev", "Shehbaz Sharif", "Islamabad"),
        ),
        fact(
            "news-arrived",
            "thenews",
            "President of the Republic of Azerbaijan Ilham Aliyev arrived in Islamabad on Thursday on a two-day official visit from "
            "July 11-12, at the invitation of PM Shehbaz.",
            "2024-07-11",
            ("Ilham Aliyev", "Islamabad", "Shehbaz Sharif"),
        ),
        fact(
            "news-agreed",
            "thenews",
            "Pakistan and Azerbaijan today agreed to enhance the bilateral investment up to US$2 billion in areas of mutually "
            "beneficial projects",
            "2024-07-11",
            ("Pakistan", "Azerbaijan"),
        ),
        fact(
            "crt-discussed",
            "chiangraitimes",
            "During President Ilham Aliyev’s official visit to Islamabad on Thursday, Pakistan and Azerbaijan discussed measures to "
            "increase bilateral investments of up to $2 billion in mutually beneficial projects.",
            "2024-07-11",
            ("Ilham Aliyev", "Islamabad", "Pakistan", "Azerbaijan"),
            kind="statement",
        ),
        fact(
            "crt-arrived",
            "chiangraitimes",
            "Azerbaijan President Aliyev arrived in Islamabad on Thursday for a two-day official visit from July 11 to July 12",
            "2024-07-11",
            ("Ilham Aliyev", "Islamabad"),
        ),
        fact(
            "crt-projects",
            "chiangraitimes",
            "The visiting dignitary stated that the two sides had discussed many energy infrastructure and defense projects.",
            "2024-07-12",
            ("Ilham Aliyev",),
            kind="statement",
        ),
    ]


#: The News's line on the projects discussed: what the Chiang Rai Times's "The visiting dignitary stated..." says.
PROJECTS = fact(
    "news-projects",
    "thenews",
    "The two sides have discussed several projects in the areas of energy infrastructure and defence, the visiting dignitary said.",
    "2024-07-11",
    ("Ilham Aliyev",),
    kind="statement",
)


def occasions(proposals: list[Any]) -> list[Any]:
    return [p for p in proposals if p.kind == "event" and "one occasion" in p.evidence]


def test_a_retelling_of_a_part_joins_the_occasion() -> None:
    """The News's "The two sides have discussed several projects..." joins the visit: one link, not one beside it.

    It came in as a retelling of the Chiang Rai Times's line until round 46; now what one side said at the
    visit is a part by its own words (:mod:`briefgen.corpus.spoken`), and the retelling adds nothing.  A fact
    that retells a part and is none by its own words is joined as :func:`test_a_looser_likeness_does_not_join` shows.
    """
    proposals = propose_links([*visit(), PROJECTS], LinkDecisions())
    [occasion] = occasions(proposals)
    assert {"news-projects", "crt-projects", "news-arrived", "crt-arrived"} <= set(occasion.fact_ids)
    assert not [p for p in proposals if p is not occasion and {"news-projects", "crt-projects"} <= set(p.fact_ids)]  # none beside it


def test_without_it_the_occasion_has_no_retelling() -> None:
    """By its own words The News's line is no part of the visit: it comes in only as a retelling."""
    [occasion] = occasions(propose_links(visit(), LinkDecisions()))
    assert "crt-projects" in occasion.fact_ids
    assert "retell" not in occasion.evidence


def test_a_looser_likeness_does_not_join() -> None:
    """A sentence on the same visit's investment, in other words, is not a retelling of "the two sides had discussed" projects."""
    part, retold = visit()[5], PROJECTS
    other = fact(
        "news-volume",
        "thenews",
        "the bilateral investment volume of less than $100 million does not reflect the strength of our brotherhood and friendship "
        "in the field of joint investment",
        "2024-07-11",
        ("Shehbaz Sharif",),
        kind="statement",
    )
    prepared = {f.id: prepare(f) for f in (part, retold, other)}
    assert wording(prepared[part.id], prepared[retold.id]) >= RETOLD_WORDING > wording(prepared[part.id], prepared[other.id])
    assert retellings([[part]], [(part, retold), (part, other)], prepared) == [[retold]]
