"""The paper's own site behind a publishing platform's address: "irishtimes-irishtimes-staging.cdn.arcpublishing.com".

Papers built on a hosted publishing platform have their pages served under the
platform's host as well as their own, named after the paper's account on it
(Arc XP writes "<account>-<account>-<environment>.cdn.arcpublishing.com").  The
platform wrote nothing, so the outlet is the paper whose registered domain is
its account's name ("irishtimes" is irishtimes.com); an account no known site
spells leaves the address unnamed, as any unknown host.
"""

from __future__ import annotations

import re

# Arc XP's content hosts: the account twice, then the environment ("staging", "sandbox", "prod").
_ARC = re.compile(r"(?P<account>[a-z0-9]+)-(?P=account)-[a-z0-9]+\.cdn\.arcpublishing\.com")


def platform_account(host: str) -> str | None:
    """The paper's account a platform's host names (lower case, no "www."), or None for any other host."""
    match = _ARC.fullmatch(host)
    return match.group("account") if match else None


def account_site(account: str, table: dict[str, str]) -> tuple[str, str] | None:
    """The known site whose registered domain is the account's name ("irishtimes" → "irishtimes.com"), as (key, outlet);
    the shortest such key when several are listed, and None when none is."""
    keys = sorted((key for key in table if "/" not in key and key.split(".")[0] == account), key=len)
    return (keys[0], table[keys[0]]) if keys else None
