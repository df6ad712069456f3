"""Merging shards: the folders of ``build --shard K/N`` runs into one editions folder and index.

Each shard's folder holds the outputs it built and a manifest recording them.
The merge copies every output whose file is there with the hash its shard
recorded (atomically, and only when the target's bytes differ), takes that
output's record and its edition's record, and then writes the merged
manifest, the change pages and ``index.html`` exactly as a build does
(:func:`briefgen.editions.index.publish`), so the merged folder is the one a
single unsharded run would have written.

A shard's manifest may list more than it built: a shard folder seeded with
the published manifest (so each brief knows its previous edition) carries the
other shards' records too, without their files.  Such records are passed
over; the target folder's own manifest keeps them.  The target is held under
the build lock for the whole merge, so a build and a merge never write it
at once; the shard folders are only read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefgen.atomic import write_atomic
from briefgen.digest import file_sha256
from briefgen.editions.index import publish
from briefgen.editions.lock import BuildLock, remove_stale_parts
from briefgen.editions.manifest import MANIFEST_NAME, Manifest
from briefgen.errors import Problem, UsageError

__all__ = ["MergeResult", "merge_shards"]


@dataclass
class MergeResult:
    """What a merge did: outputs copied, outputs already in place, records passed over, and problems."""

    copied: list[Path] = field(default_factory=list)
    unchanged: int = 0
    passed_over: int = 0
    problems: list[Problem] = field(default_factory=list)
    editions: int = 0


_HINT = "name the folders that 'briefgen build --shard K/N --out DIR' wrote"


def _shard_manifest(folder: Path, result: MergeResult) -> Manifest:
    if not folder.is_dir():
        raise UsageError(f"shard folder '{folder}' does not exist", hint=_HINT)
    if not (folder / MANIFEST_NAME).is_file():
        raise UsageError(f"'{folder}' holds no {MANIFEST_NAME}: it is not the output folder of a build", hint=_HINT)
    manifest, problems = Manifest.load(folder)
    for problem in problems:  # an unreadable shard manifest: nothing is taken from that shard, and the merge exits 1
        message = problem.message.replace("every output will be rebuilt", "nothing taken")
        result.problems.append(Problem(problem.path, problem.line, message))
    return manifest


def merge_shards(out_dir: Path, shards: list[Path], *, wait: bool = True) -> MergeResult:
    """Copy each shard's outputs into ``out_dir`` and write one manifest and index for them all."""
    result = MergeResult()
    target = out_dir.resolve()
    folders = [folder.resolve() for folder in shards if folder.resolve() != target]
    manifests = [(folder, _shard_manifest(folder, result)) for folder in folders]  # check every folder before writing
    with BuildLock(out_dir, wait=wait):
        remove_stale_parts(out_dir)
        merged, problems = Manifest.load(out_dir)
        result.problems += problems
        for folder, manifest in manifests:
            _take(folder, manifest, out_dir, merged, result)
        merged.editions = {slug: dict(sorted(dates.items())) for slug, dates in sorted(merged.editions.items())}
        merged.outputs = dict(sorted(merged.outputs.items()))
        publish(out_dir, merged, None)
    result.editions = sum(len(dates) for dates in merged.editions.values())
    return result


def _take(folder: Path, manifest: Manifest, out_dir: Path, merged: Manifest, result: MergeResult) -> None:
    """Copy what one shard built, and record it in ``merged``."""
    held: set[tuple[str, str]] = set()
    for path, record in manifest.outputs.items():
        source = folder / record.path
        if source.is_symlink() or file_sha256(source) != record.output_sha256:
            result.passed_over += 1  # a record this shard was seeded with, or a file changed since: not this shard's output
            continue
        destination = out_dir / record.path
        if file_sha256(destination) == record.output_sha256:
            result.unchanged += 1
        else:
            write_atomic(destination, source.read_bytes())
            result.copied.append(destination)
        merged.outputs[path] = record
        held.add((record.brief, record.as_of))
    for slug, dates in manifest.editions.items():
        for date, edition in dates.items():
            if (slug, date) in held or date not in merged.editions.get(slug, {}):
                merged.editions.setdefault(slug, {})[date] = edition
