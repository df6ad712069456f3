"""docs/performance.md written by a benchmark: its figures replaced, every note written by hand kept."""

from __future__ import annotations

from tests.conftest import load_benchmark

performance_doc = load_benchmark("performance_doc")
HEADING = "## briefgen check on 50,000 facts"
FIGURES = f"{HEADING}\n\nMeasured on 2 cores.\n\n| run | wall |\n|---|---:|\n| cold | 4.31 s |\n"
DOC = (
    "# Performance\n\n## Build\n\nBuild notes.\n\n"
    f"{HEADING}\n\nMeasured on 2 cores.\n\n| run | wall |\n|---|---:|\n| cold | 5.60 s |\n\n"
    "Stop 34: the cold target is still missed.\n\n## Preview\n\nPreview notes.\n"
)


def test_a_section_from_before_the_marker_keeps_all_its_text_below_the_new_figures() -> None:
    text = performance_doc.with_section(DOC, HEADING, FIGURES)
    assert text.count(HEADING) == 1
    new, old = text.index("| cold | 4.31 s |"), text.index("| cold | 5.60 s |")
    assert new < text.index(performance_doc.END_OF_FIGURES) < old < text.index("Stop 34: the cold target is still missed.")
    assert "Build notes." in text and "Preview notes." in text


def test_a_second_run_replaces_the_figures_only_and_keeps_the_notes_under_them() -> None:
    once = performance_doc.with_section(DOC, HEADING, FIGURES)
    twice = performance_doc.with_section(once, HEADING, FIGURES.replace("4.31 s", "4.02 s"))
    assert "| cold | 4.02 s |" in twice and "| cold | 4.31 s |" not in twice
    assert twice.count(performance_doc.END_OF_FIGURES) == 1
    assert "| cold | 5.60 s |" in twice and "Stop 34: the cold target is still missed." in twice
    assert twice.index("Stop 34") < twice.index("## Preview")


def test_a_new_section_goes_at_the_end() -> None:
    text = performance_doc.with_section("# Performance\n\n## Build\n\nBuild notes.\n", HEADING, FIGURES)
    assert text.index("## Build") < text.index(HEADING) < text.index(performance_doc.END_OF_FIGURES)
