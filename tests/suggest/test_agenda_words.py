"""The vocabulary of agendas: fields, relations and intentions are in it; names, projects and acts are not."""

from __future__ import annotations

from briefgen.suggest.agenda_words import AGENDA_WORDS, SMALL_WORDS, word_set


def test_the_words_of_talks_that_name_nothing_are_agenda_words() -> None:
    # "They also reviewed the salient issues on the global and regional agenda" (UrduPoint, intake_final132)
    assert {"salient", "issues", "global", "regional", "agenda"} <= AGENDA_WORDS
    assert {"the", "on", "and"} <= SMALL_WORDS


def test_a_subject_a_brief_can_check_is_no_agenda_word() -> None:
    assert not {"militias", "reconstruction", "pipeline", "gaza", "signed", "progress"} & AGENDA_WORDS


def test_a_list_written_as_text_is_read_one_word_at_a_time() -> None:
    assert word_set("trade energy\n  defence ") == frozenset({"trade", "energy", "defence"})
