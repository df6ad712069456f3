"""Replacing several files together: all of them, or none.

``sources edit --id`` rewrites a source and every fact file that cites it; a
failure half way must leave the project as it was.  The failures here are
real ones that happen even to root: a folder that does not exist (nothing can
be staged there) and a target that is a non-empty folder (the rename fails
after earlier files were already replaced, which must be put back).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.atomic import replace_all_atomic


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_all_files_replaced_and_old_removed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"old a")
    (tmp_path / "gone.txt").write_bytes(b"old")
    replace_all_atomic({tmp_path / "a.txt": b"new a", tmp_path / "b.txt": b"new b"}, remove=[tmp_path / "gone.txt"])
    assert _snapshot(tmp_path) == {"a.txt": b"new a", "b.txt": b"new b"}


def test_a_file_that_cannot_be_staged_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"old a")
    (tmp_path / "gone.txt").write_bytes(b"old")
    before = _snapshot(tmp_path)
    with pytest.raises(FileNotFoundError):
        replace_all_atomic({tmp_path / "a.txt": b"new a", tmp_path / "missing/b.txt": b"new b"}, remove=[tmp_path / "gone.txt"])
    assert _snapshot(tmp_path) == before


def test_a_rename_that_fails_puts_back_the_files_already_replaced(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"old a")
    (tmp_path / "gone.txt").write_bytes(b"old")
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "folder.yaml/inside").write_bytes(b"keep")
    before = _snapshot(tmp_path)
    with pytest.raises(OSError):
        replace_all_atomic(
            {tmp_path / "a.txt": b"new a", tmp_path / "new.txt": b"new", tmp_path / "folder.yaml": b"x"}, remove=[tmp_path / "gone.txt"]
        )
    assert _snapshot(tmp_path) == before
