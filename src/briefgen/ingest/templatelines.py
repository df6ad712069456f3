"""A line of the site's template whose tag was never filled in: furniture, never a headline or the report.

A site's template writes some of its lines from tags its server fills in as it sends the page: the day in the masthead,
a widget's title.  A copy of the page sometimes keeps a tag unfilled, in square brackets ("Exeter, Devon UK •
[date-today] • VOL XII", a student paper's masthead under the same line filled in) or in double braces ("{{
articles_filter_1561_widget.title }}").  A writer never types such a tag, so a short line holding one is the template's,
not the story's; left in, the masthead was read as the headline.

The tag is a name of two or more parts joined by underscores in square brackets ("[ad_1]"), or joined by hyphens when
one part names what a template fills in (a date, a time, a title, an author, a count of hits or views: "[date-today]",
where a writer's bracketed "[re-elected]" is an editor's insertion), or anything in double braces or a template's block
braces ("{% … %}").  A line holding a year is left alone: a stamp whose hit
counter stayed a tag ("Monday, 13 June 2016 00:46 - - {{hitsCtrl.values.hits}}") still dates the page.
"""

from __future__ import annotations

import re

# The longest line read as a template's: a masthead or a widget's title, never a paragraph.
_LONGEST = 100
# A whole line, case-folded: a tag somewhere in it, and no year.
TEMPLATE_LINE = re.compile(
    rf"(?=.{{1,{_LONGEST}}}$)(?!.*\b(?:1[89]|20)\d\d\b)"
    r".*?(?:\[[a-z]+(?:_[a-z0-9]+)+\]|\[(?=[a-z-]*\b(?:date|time|today|year|title|author|hits|views)\b)[a-z]+(?:-[a-z]+)+\]"
    r"|\{\{[^{}]{1,80}\}\}|\{%[^{}]{1,80}%\}).*"
)
