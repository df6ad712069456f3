"""A site's full name from the line that signs its articles, read only when it spells out the name the address
shortens.  Every line here is made up."""

from __future__ import annotations

import pytest

from briefgen.ingest.signoffs import signed_outlet


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Ostland extends its loans.", "The Kestrel DAILY POST"], "The Kestrel Daily Post"),
        (["Ostland extends its loans.", "Kestrel Post"], None),  # the address's own spelling is another reading's
        (["Ostland extends its loans.", "The Harbour DAILY POST"], None),  # another name
        (["Ostland extends its loans to the Kestrel Daily Post readers."], None),  # a sentence, not a signature
    ],
)
def test_a_signature_line_gives_the_sites_full_name(lines: list[str], outlet: str | None) -> None:
    found = signed_outlet(lines, "https://kestrel-post.com/2023/12/ostland-extends-its-loans/")
    assert (found.value if found else None) == outlet
