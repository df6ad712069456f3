"""The readers' comment box a page prints below its article: furniture, never the report.

A story copied whole from a blog or a small news site ends with the form its publishing system puts under every post,
and the lines of that form are the same on every page, whatever the story:

- the form's heading and its buttons: "Leave a comment", "Leave a Reply", "Post a Comment", "Add a comment",
  "Be the first to comment", "Comments About This Article", "Comments (0)", "No comments:", "12 Comments", and the
  invitation a theme sets over "Leave a reply", "We will be happy to hear your thoughts" (read as a second article's
  headline, it split the page in two and the page was refused);
- its notices to the reader: "Your email address will not be published.", "Required fields are marked *", "Note: Only a
  member of this blog may post a comment.", "Comments are closed.", "Thank you! Your comment has been submitted
  successfully.", and a spam guard's "Time limit is exhausted. Please reload the CAPTCHA.";
- the heading a blog's theme sets over its other posts: "Popular posts from this blog", and over the box it prints
  about the post's writer between the article and the form: "About The Author".

A reporter never writes such a line as a paragraph of the story: each speaks to the page's reader about the page, in
the imperative or about "this blog", "this article", "your email".  Left in the body, they were archived as the last
paragraphs of the report.  Each is matched against a whole line, so a sentence that quotes such words stays text.
"""

from __future__ import annotations

import re

from briefgen.ingest.themeboxes import theme_box_kind

# Whole lines, matched case-insensitively after stripping.
_COMMENT_FORM = re.compile(
    r"(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)"
    r"|be\s+the\s+first\s+to\s+(?:comment|reply)(?:\s+on\s+this\s+(?:article|story|post))?"
    r"|comments?\s+(?:about|on)\s+this\s+(?:article|story|post)"
    r"|(?:no|\d{1,5})\s+comments?\s*:?|comments\s*(?:\(\d{1,5}\)|:)?"
    r"|comments\s+are\s+closed|show\s+comments|view\s+comments|cancel\s+reply"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published(?:\.\s*required\s+fields\s+are\s+marked\s*\*)?"
    r"|required\s+fields\s+are\s+marked\s*\*"
    r"|note:\s+only\s+a\s+member\s+of\s+this\s+blog\s+may\s+post\s+a\s+comment"
    r"|thank\s+you!?\s+your\s+comment\s+has\s+been\s+submitted(?:\s+successfully)?"
    r"|time\s+limit\s+is\s+exhausted\.\s+please\s+reload\s+(?:the\s+)?captcha"
    r"|popular\s+posts\s+from\s+this\s+blog"
    r"|about\s+the\s+author"
    r"|we\s+will\s+be\s+happy\s+to\s+hear\s+your\s+thoughts"
)


def comment_form_kind(text: str) -> str | None:
    """``"comment form"`` when a whole (stripped) line belongs to a page's comment box, ``"theme box"`` when it heads
    one of the boxes a theme prints above the form (:mod:`briefgen.ingest.themeboxes`), else None."""
    if _COMMENT_FORM.fullmatch(text.casefold().rstrip(" .")):
        return "comment form"
    return theme_box_kind(text)  # the theme's boxes above the form: "About Kristine McNally", "Check Also"
