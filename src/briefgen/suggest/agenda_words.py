"""The words an agenda is made of: what talks "discussed" when they discussed nothing a brief could check.

:func:`briefgen.suggest.hollow.agenda_only` refuses a sentence whose talks,
reviews or exchanges of views have only these words for their object:
fields, relations, intentions and their qualifiers ("They also reviewed the
salient issues on the global and regional agenda").  A word outside the
class (a named place, a project, "militias", "reconstruction") is a subject
a brief can check.  Kept apart from :mod:`briefgen.suggest.hollow` so that
the classes of hollow sentences and the vocabulary of one of them each stay
a module of their own size.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of a list written as text, one class to a line."""
    return frozenset(text.split())


#: Fields, relations, intentions and their qualifiers; talks over these words only name nothing.
AGENDA_WORDS = word_set(
    """
    issues issue matters matter developments development relations relation relationship ties tie linkages links
    cooperation collaboration partnership partnerships interaction interactions dialogue areas area fields field sectors
    sector spheres sphere ways way means opportunities opportunity prospects potential interests interest efforts effort
    steps measures aspects agenda questions topics subjects concerns concern challenges levels level range
    bilateral multilateral regional global international mutual mutually common shared joint comprehensive strategic
    multifaceted various diverse other current further overall broader broad wider wide concrete practical
    beneficial effective effectiveness future new key major important
    political diplomatic economic economy trade commercial commerce investment investments invest military defence defense security
    social cultural culture humanitarian transport transportation transit connectivity energy agriculture agricultural
    industry industrial education educational science scientific technical technology technological tourism health
    healthcare logistics youth environment environmental parliamentary people-to-people water resources border management
    financial finance sports sport infrastructure
    boost boosting enhance enhancing strengthen strengthening deepen deepening expand expanding promote promoting
    further improve improving develop developing advance advancing solidify intensify increase increasing make
    work together aim aims aimed aiming
    related concerning regarding including
    forge forging closer close unlock unlocking array explore exploring avenues avenue addressing address critical
    in-depth them each other
    salient pressing most detailed focusing many exchanged views cement recent years
    two countries country nations nation sides side parties states peoples leaders
    """
)
#: Articles, prepositions, conjunctions and pronouns: read past, never a subject.
SMALL_WORDS = word_set(
    "a an the and or of in on to for with between their our its his her this these that those both as at by from into "
    "also besides well such there"
)
