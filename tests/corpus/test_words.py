"""The words facts are compared by: figures written together with their units are cut as if written apart."""

from briefgen.corpus.words import content_words

# intake_final4, paturkey-2023-12-orban-erdogan-sign-strategic-partnership-agreement-in-budapest
ERDOGAN = "Erdogan said, adding that the two countries aimed to increase their trade volume to $6bn from $4bn currently."


def test_a_figure_run_into_its_unit_gives_the_words_of_the_figure_written_apart() -> None:
    apart = ERDOGAN.replace("$6bn", "$6 billion").replace("$4bn", "$4 billion")
    assert content_words(ERDOGAN) == content_words(apart)
    assert {"6", "4", "billi", "dolla"} <= content_words(ERDOGAN)


def test_a_run_met_again_gives_the_same_words() -> None:
    # intake_final22, newsbytes-french-president-macron-in-india-france-best-partner-for-india
    deals = "Reportedly, French and Indian companies signed deals worth $16bn."
    first = content_words(deals)
    assert first == content_words(deals) == {"repor", "frenc", "india", "compa", "signe", "deals", "worth", "dolla", "16", "billi"}
