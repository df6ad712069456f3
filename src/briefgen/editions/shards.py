"""``--shard K/N``: which briefs one of N machines builds, the same answer on every machine.

A night's thousand briefs can be spread over a job array (a CI matrix, a
Kubernetes Indexed Job, a Slurm array): job K of N builds the briefs whose
shard is K, each into its own folder, and ``briefgen index`` merges them.

A brief's shard is a stable hash of its slug modulo N, not its place in the
sorted list.  Sorted index mod N gives shares that differ by at most one, but
adding or removing one brief moves every brief after it to another shard, so
a shard whose folder is kept between runs would rebuild briefs it never built
before.  The hash puts a brief on the same shard for as long as N is the
same, whatever other briefs come and go; with hundreds of briefs the shares
differ by a few per cent (each is binomial around 1/N of the whole).
SHA-256 rather than Python's ``hash()``, which is salted per process.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from briefgen.errors import UsageError

_FORM = re.compile(r"^\s*(\d{1,6})\s*/\s*(\d{1,6})\s*$")
HINT = "give the shard as K/N with 1 ≤ K ≤ N, such as --shard 1/4 … --shard 4/4"


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` (1-based) of ``count``."""

    index: int
    count: int

    def holds(self, slug: str) -> bool:
        """Whether this shard builds ``slug``."""
        return shard_of(slug, self.count) == self.index

    def select(self, slugs: list[str]) -> list[str]:
        """The briefs of ``slugs`` that this shard builds, in their given order."""
        return [slug for slug in slugs if self.holds(slug)]

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def shard_of(slug: str, count: int) -> int:
    """The shard (1 … ``count``) that builds ``slug``: the slug's SHA-256, as a number, modulo ``count``."""
    number = int.from_bytes(hashlib.sha256(slug.encode("utf-8")).digest()[:8], "big")
    return number % count + 1


def parse_shard(text: str) -> Shard:
    """``K/N`` from the command line, or a usage error that shows the form."""
    match = _FORM.match(text)
    if not match:
        raise UsageError(f"--shard '{text}' is not of the form K/N", hint=HINT)
    index, count = int(match.group(1)), int(match.group(2))
    if count < 1 or not 1 <= index <= count:
        raise UsageError(f"--shard {index}/{count}: K must be between 1 and N", hint=HINT)
    return Shard(index, count)
