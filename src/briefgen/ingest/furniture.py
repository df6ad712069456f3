"""Whole lines of page furniture a news page prints around its article, by kind.

Kept apart from :mod:`briefgen.ingest.text`, which cuts a page into articles,
so that the table of patterns can grow without crowding the cutting itself.
Each pattern is matched against a whole stripped line, case-folded.
"""

from __future__ import annotations

import re

from briefgen.ingest.archivenotices import ARCHIVE_NOTICE
from briefgen.ingest.contactlines import CONTACT_LINE
from briefgen.ingest.issuelines import ISSUE_LINE
from briefgen.ingest.linkheadings import LINK_HEADING
from briefgen.ingest.liveblogs import LIVE_BLOG_CONTROL
from briefgen.ingest.templatelines import TEMPLATE_LINE

#: A story's reading time: "2 MIN READ", "5 minutes read" (a line of it alone is furniture; see also .readingtimes).
READING_TIME = r"\d{1,2}\s*min(?:ute)?s?\.?\s+read"

# Whole lines of page furniture, matched case-insensitively after stripping.
# "The post <headline> appeared first on <site>.": the line a blog's feed closes each post with, naming the post.
FEED_FOOTER = re.compile(r"the post (?P<title>.{3,300}?) appeared first on .{2,80}", re.IGNORECASE)
#: The networks a site asks its readers to follow it on, as the site writes them: "Follow Khmerization on Facebook" is a
#: line of furniture here and names the outlet in :mod:`briefgen.ingest.promos`.
SOCIAL_NETWORKS = ("X", "Twitter", "Facebook", "Instagram", "Telegram", "WhatsApp", "LinkedIn", "YouTube", "Threads", "TikTok")
_FOLLOWED_ON = "|".join(name.casefold() for name in SOCIAL_NETWORKS)
FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("gallery counter", re.compile(r"\d{1,3}\s*/\s*\d{1,3}|\d{1,3} of \d{1,3}")),
    # The button over a picture that opens the page's gallery, its label saved with the text: "Open this photo in gallery:"
    ("gallery link", re.compile(r"(?:open|view|see) (?:this |the )?(?:photo|image|picture)s? in (?:the |our )?gallery:?")),
    (
        "share link",
        re.compile(
            r"short url|share this(?: article| story)?|tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|copy link"
            # the label a sharing plugin prints over and under each post in place of its buttons: "Share Button"
            r"|share buttons?"
            # "Share on", "Share - WeChat": the button's label, with the network it posts to
            r"|share(?: on| via| to)?:?(?: ?[-–|:]? ?(?:wechat|weibo|facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|reddit|vk))?"
        ),
    ),
    ("follow button", re.compile(r"follow(?: us)?")),
    # The page's promotion of its own account, perhaps with the address: "Follow Khmerization on Facebook: https://…".
    (
        "follow button",
        re.compile(
            r"follow (?:us|[\w&'’.-]+(?: [\w&'’.-]+){0,3}) on "
            rf"(?:{_FOLLOWED_ON})\b.{{0,160}}"
        ),
    ),
    # A search engine's button a site prints under its headline, asking readers to favour it in their results, the
    # site's name in it or not: "Add DNA as a Preferred Source", "Add as a preferred source on Google".
    ("source button", re.compile(r"add (?:[\w&'’.-]+(?: [\w&'’.-]+){0,3} )?as (?:a |your )?(?:preferred|trusted) source(?: on google)?")),
    # A site in several languages asks which to show: "Would you like to make English your default language on this site?"
    (
        "language prompt",
        re.compile(r"would you like to (?:make|set) [a-z]{3,20} (?:as )?your default language(?: on this (?:site|website))?\??"),
    ),
    (
        "menu",
        re.compile(
            r"(?:open|close) menu|menu|skip to (?:main )?content|skip navigation|subscribe|sign in|log in|(?:[\w.-]+\s+)?logo"
            # a skip link without its verb, as the Norwegian royal house's pages print it: "To main content"
            r"|to main content"
            # the same link with another verb, as Taiwan's foreign ministry's portal prints it: "Jump to main content"
            r"|jump to (?:the )?main content"
            # a site's skip links for screen readers, as a Japanese party's English pages print them, each on its line:
            # "Link to move in page", "Global navigation", "Global navigation end", "From here to text"
            r"|links? to move in (?:the )?page|(?:global|main|site|local) navigation(?: (?:start|end))?|from here to (?:the )?(?:text|body)"
            # a logo's text in place of its picture, the site's name after the word: "Logo Central America Link"
            r"|logo(?: [a-z][\w.&'’-]*){1,4} (?:link|news|times|post|tribune|herald|daily|online|today|mail|journal|gazette)"
            # an advertisement's label, set between dashes on some sites ("- Advertisement -")
            r"|(?:[-–—] )?(?:advertisement|advert|advt\.?)(?: [-–—])?"
            r"|scroll to continue(?: with content)?"
            # A reader-funded site's appeal, printed above every story: "Support The Moscow Times!", "Donate now".
            r"|support (?:us|[^!?.]{2,40}!)|donate(?: now| today)?"
            # The editing link a publishing system shows its own staff, saved with the page: "Edit post", "Edit this article".
            r"|edit (?:this )?(?:post|page|article|story|entry)"
            # A theme's search box, its empty list of results printed with the page: "No Result", "View All Result".
            r"|no results?(?: found)?|view all results?"
        ),
    ),
    # A picture's placeholder text, saved in place of the picture where its description was left empty: "Image description".
    ("menu", re.compile(r"image description")),
    # A reading app's banner over the stories it carries from other outlets, one short line at a time: "Get all your
    # news in one place.", "100's of premium titles.", "One app.", "Start reading".
    (
        "app banner",
        re.compile(
            r"get all your news in one place\.?|\d{2,4}(?:[’']?s|\+) of premium (?:titles|publications)\.?"
            r"|one app\.?|start reading"
        ),
    ),
    ("link line", re.compile(r"(?:also read|read more|read also|see also|related|more on this|recommended)\s*[:|–—-]\s*.{3,200}")),
    # The heading of a list of links alone on its line: "Related story", "Related articles", "More stories".
    ("link line", re.compile(r"(?:related|more|recommended|similar)\s+(?:stories|story|articles?|news|posts?|reads?|reading|coverage)")),
    # The same heading with the one link under it run onto its line, as a saved page joins them: "Related News President
    # to begin state visit to Indonesia from December 21 afternoon" (a link to another story, never this one's headline).
    ("link line", re.compile(r"related\s+(?:stories|story|articles?|news|posts?)\s+\w.{10,200}")),
    # The heading of a box of links alone on its line: "Also Read", "Related links:" (:mod:`.linkheadings`).
    ("link line", LINK_HEADING),
    # A live blog's panel over its entries: "Key Events", "Submit a comment or question", "Live updates" (:mod:`.liveblogs`).
    ("live blog control", LIVE_BLOG_CONTROL),
    # A credit may stand before the stamp, a bar between: "Xinhua | Updated: 2022-11-03 19:56".
    ("update line", re.compile(r"(?:[a-z][\w.&'’-]*(?: [\w.&'’-]+){0,3}\s*[|·•]\s*)?(?:last )?(?:updated|modified)\b[\s:].{1,60}")),
    # A site's weather widget ("8.2 C", "-3°C", "75 °F") and reading-time note ("2 MIN READ", "5 minutes read").
    ("weather", re.compile(r"[-+−]?\d{1,2}(?:[.,]\d{1,2})?\s*°?\s*[cf]")),
    ("reading time", re.compile(READING_TIME)),
    # A stamp's label alone on its line, its date on the next: "Publish Date:" over "Apr 18, 2025".
    ("date label", re.compile(r"(?:(?:publish(?:ed)?|posted|release|issue)(?: date| on)?|date)\s*:")),
    # The closing line a blog's feed adds to each post, kept by the sites that republish the feed.
    ("feed footer", FEED_FOOTER),
    # An agency's note to the editors who take its copy, in brackets on its own line: "(ATTN: UPDATES with remarks)".
    ("editors' note", re.compile(r"\((?:attn|eds?|editors?|note to editors)\s*:.{1,200}\)")),
    # A content system's error shown on the saved page: "Error message" over "User warning: The following module is
    # missing … (line 1128 of /var/www/un/includes/" (the PHP file and line the warning names).
    ("error message", re.compile(r"error message|(?:user |strict )?(?:warning|notice|deprecated): .{1,400}\(line \d+ of /.*")),
    # A trail of a few section names from the site's home or its news pages: "Home > National > Diplomacy", "News / Nation"
    # (the headline is never in it).
    # Blogger's template: its ad slot's name, its footer and its links to the next and previous posts ("Next : <title>")
    ("blog furniture", re.compile(r"header ads|powered by blogger\.?|(?:next|previous|prev) : .{3,200}|newer posts?|older posts?")),
    # A former government's pages kept under a notice that they are archived and may be out of date (:mod:`.archivenotices`).
    ("archive notice", ARCHIVE_NOTICE),
    # A trail may close on its separator, the page's own title left off it: "Home > NEWS > China > Government Dynamic >".
    ("breadcrumb", re.compile(r"(?:home|news)(?:\s*[>»›/]\s*[\w&'’.-]+(?: (?:&|and|[\w'’.-]+)){0,2}){1,4}(?:\s*[>»›])?")),
    # The site's telephone numbers and e-mail address, alone on a line: "Tel: (+676) 23600 Fax: (+676) 23360" (:mod:`.contactlines`).
    ("contact line", CONTACT_LINE),
    # A line of the site's template with a tag left unfilled: "Exeter, Devon UK • [date-today] • VOL XII" (:mod:`.templatelines`).
    ("template line", TEMPLATE_LINE),
    # A paper's masthead with its volume last: "Exeter, Devon UK • Apr 13, 2024 • VOL XII" (:mod:`.issuelines`).
    ("volume line", ISSUE_LINE),
)
