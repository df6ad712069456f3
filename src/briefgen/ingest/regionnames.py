"""How a dateline writes the country or state after its place, in the shapes the ASCII-only patterns missed.

A dateline often names the region after its place: "ERBIL, Kurdistan Region -", "GENEVA, Switzerland:".  The
patterns that read it took the region as plain ASCII words, so three common ways of writing it left the whole
dateline unread, and the page without a place:

- a country or region spelled with letters beyond ASCII, as its own government or the wire writes it: "ANKARA,
  Türkiye —", "ISTANBUL, Türkiye (AA) –", "Bogotá, Colombia";
- a state or province abbreviated with full stops, as the American and Canadian wires write it: "WOODSIDE, Calif.
  (AP) —", "CAMP DAVID, Md. —", "HALIFAX, N.S. —", "OTTAWA, Ont. —";
- the federal district: "WASHINGTON, D.C. —", "Washington DC:", and in title case before a dash, "Washington D.C. –",
  "Washington DC -" (a place in title case is read before a dash only with the district: "Washington -" alone could
  open a headline's kicker).

The region is only how the dateline closes; the place read is still the city alone (``place`` is the dateline's
city, see docs/adding-sources.md).
"""

from __future__ import annotations

# Lower-case letters a place's name may hold, ASCII or beyond it ("ü", "ệ", "ā").
_LOWER = r"[a-zß-öø-ÿā-žạ-ỹ'’]"
# One word of a region's name in title case: "Kurdistan", "Türkiye", "Việt".
REGION_WORD = rf"[A-ZÀ-ÖØ-Þ]{_LOWER}+"
# A state or province in the wires' abbreviations ("Calif.", "Md.", "Ont.", "N.S.", "P.E.I."), or the federal
# district ("D.C.", "DC").
REGION_ABBREVIATION = r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}|DC\b)"
# The region after a dateline's place and its comma: up to three words of a name, or an abbreviation.
REGION = rf"(?:{REGION_WORD}(?:\s+{REGION_WORD}){{0,2}}|{REGION_ABBREVIATION})"
# The federal district after its city: "Washington D.C.", "Washington DC".
DISTRICT = r"(?:D\.C\.|DC)"
# The federal district closing a place in title case, then a dash: "Washington D.C. –", "Washington, DC -".
DISTRICT_DASH = rf",?\s+{DISTRICT}\s+[—–-]"
