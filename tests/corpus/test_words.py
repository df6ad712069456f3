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


def test_accents_typographic_marks_and_dashes_give_the_words_plain_text_gives() -> None:
    # intake_eval, oc-media-2025-03-aliyev-erdogan-inaugurate-nakhchivan-pipeline
    pipeline = (
        "In turn, Erdoğan highlighted that the 80 km pipeline — which has a daily transport capacity of up to 2 million cubic metres — "
        "would serve as ‘a sign of our common destiny with Nakhchivan’."
    )
    plain = pipeline.replace("ğ", "g").replace("—", "-").replace("‘", "'").replace("’", "'")
    assert content_words(pipeline) == content_words(plain)
    assert {"erdog", "80", "km", "pipel", "2", "milli", "cubic", "meter", "nakhc"} <= content_words(pipeline)
    assert "—" not in "".join(content_words(pipeline))


def test_a_dollar_sign_in_a_text_with_accents_is_the_word_dollar() -> None:
    # intake_final4, paturkey-2023-12-orban-erdogan-sign-strategic-partnership-agreement-in-budapest, with the accent
    accented = ERDOGAN.replace("Erdogan", "Erdoğan")
    assert content_words(accented) == content_words(ERDOGAN)
    assert "dolla" in content_words(accented)


def test_capitals_give_the_words_small_letters_give_with_accents_or_without() -> None:
    # intake_eval, oc-media-2025-03-aliyev-erdogan-inaugurate-nakhchivan-pipeline, as a headline in capitals
    headline = "ALIYEV AND ERDOĞAN INAUGURATE NAKHCHIVAN GAS PIPELINE"
    assert content_words(headline) == content_words(headline.lower()) == {"aliye", "erdog", "inaug", "nakhc", "gas", "pipel"}
    assert content_words(headline.replace("Ğ", "G")) == content_words(headline)
