"""The one reader of project files: regular files inside the project, capped, without blocking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from briefgen.loading.projectfile import OpenFolder, ProjectFiles, read_project_bytes, read_project_text


def _message(root: Path, path: Path, **kwargs: int) -> str:
    with pytest.raises(BriefgenError) as caught:
        read_project_bytes(root, path, path.relative_to(root).as_posix(), **kwargs)  # type: ignore[arg-type]
    return caught.value.problems[0].format()


def test_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "a.yaml").write_bytes(b"- id: a\n")
    assert read_project_bytes(tmp_path, tmp_path / "facts" / "a.yaml", "facts/a.yaml") == b"- id: a\n"


def test_a_link_inside_the_project_is_followed_and_one_outside_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "archive").mkdir(parents=True)
    (root / "archive" / "a.yaml").write_text("inside\n", encoding="utf-8")
    (tmp_path / "secret.md").write_text("outside\n", encoding="utf-8")
    (root / "inside.yaml").symlink_to("archive/a.yaml")
    (root / "outside.md").symlink_to(tmp_path / "secret.md")
    assert read_project_text(root, root / "inside.yaml", "inside.yaml") == ("inside\n", [])
    assert _message(root, root / "outside.md") == (
        "outside.md: is a symbolic link to a file outside the project, which is not read "
        "(hint: copy the file into the project instead of linking to it)"
    )


def test_a_folder_swapped_for_a_link_after_the_project_was_resolved_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "facts" / "sources").mkdir(parents=True)
    (root / "facts" / "sources" / "a.md").write_text("inside\n", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.md").write_text("outside\n", encoding="utf-8")
    project = ProjectFiles(root)  # as a long-running preview holds it between two reads
    assert project.read_text(root / "facts" / "sources" / "a.md", "facts/sources/a.md") == ("inside\n", [])
    (root / "facts" / "sources").rename(root / "facts" / "old-sources")
    (root / "facts" / "sources").symlink_to(tmp_path / "elsewhere")
    text, problems = project.read_text(root / "facts" / "sources" / "a.md", "facts/sources/a.md")
    assert text is None
    assert [problem.format() for problem in problems] == [
        "facts/sources/a.md: is a symbolic link to a file outside the project, which is not read "
        "(hint: copy the file into the project instead of linking to it)"
    ]


def test_a_file_read_while_it_grows_stops_past_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "growing.yaml"
    path.write_bytes(b"x" * 100)
    real_fstat = os.fstat

    def fstat_then_grow(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        with path.open("ab") as handle:  # written after the size was looked at
            handle.write(b"y" * 5000)
        return info

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fstat", fstat_then_grow)
        assert _message(tmp_path, path, limit=1000) == "growing.yaml: file grew past the 1,000-byte limit while it was read"
        path.write_bytes(b"x" * 100)
        assert read_project_bytes(tmp_path, path, "growing.yaml", limit=10_000) == b"x" * 100 + b"y" * 5000


def test_a_pipe_a_device_and_a_folder_are_refused_without_reading(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")  # reading it would wait for a writer for ever
    (tmp_path / "folder.yaml").mkdir()
    assert _message(tmp_path, tmp_path / "pipe.yaml").startswith("pipe.yaml: is a pipe, not a regular file")
    assert _message(tmp_path, tmp_path / "folder.yaml").startswith("folder.yaml: is a directory, not a regular file")
    zero = Path("/dev/zero")
    assert "is a device or socket, not a regular file" in _message(Path("/dev"), zero)


def test_the_cap_and_a_look_at_the_head(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"header\n" + b"x" * 5000)
    assert _message(tmp_path, path, limit=1000) == "big.json: file is 5,007 bytes, over the 1,000-byte limit"
    assert read_project_bytes(tmp_path, path, "big.json", limit=1000, head=True) == (b"header\n" + b"x" * 5000)[:1000]


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_project_bytes(tmp_path, tmp_path / "missing.yaml", "missing.yaml")
    (tmp_path / "latin.yaml").write_bytes(b"a: 1\nb: caf\xe9\n")
    text, problems = read_project_text(tmp_path, tmp_path / "latin.yaml", "latin.yaml")
    assert text is None and problems[0].format() == "latin.yaml:2: not valid UTF-8 (byte 0xe9); save the file as UTF-8"


def test_an_open_folder_reads_as_the_project_does(tmp_path: Path) -> None:
    """Files read by name from their open folder: the same text, and the same refusals, as read one by one."""
    root = tmp_path / "project"
    sources = root / "facts" / "sources"
    sources.mkdir(parents=True)
    (root / "archive").mkdir()
    (sources / "a.md").write_text("plain\n", encoding="utf-8")
    (root / "archive" / "b.md").write_text("linked inside\n", encoding="utf-8")
    (sources / "b.md").symlink_to(root / "archive" / "b.md")
    (tmp_path / "secret.md").write_text("outside\n", encoding="utf-8")
    (sources / "c.md").symlink_to(tmp_path / "secret.md")
    os.mkfifo(sources / "d.md")
    (sources / "e.md").mkdir()
    (sources / "f.md").write_bytes(b"caf\xe9\n")
    project = ProjectFiles(root)
    names = ["a.md", "b.md", "c.md", "d.md", "e.md", "f.md", "missing.md"]
    one_by_one = [project.read_text(sources / name, f"facts/sources/{name}") for name in names]
    with OpenFolder(project, sources) as folder:
        together = [project.read_text(sources / name, f"facts/sources/{name}", folder=folder) for name in names]
    assert together == one_by_one
    assert [text for text, _ in together[:2]] == ["plain\n", "linked inside\n"]
    assert [problem.format() for _, problems in together[2:] for problem in problems] == [
        "facts/sources/c.md: is a symbolic link to a file outside the project, which is not read "
        "(hint: copy the file into the project instead of linking to it)",
        "facts/sources/d.md: is a pipe, not a regular file (hint: only regular files are read)",
        "facts/sources/e.md: is a directory, not a regular file (hint: only regular files are read)",
        "facts/sources/f.md:1: not valid UTF-8 (byte 0xe9); save the file as UTF-8",
        "facts/sources/missing.md: cannot read file: No such file or directory",
    ]


def test_an_open_folder_outside_the_project_reads_nothing_from_it(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "facts").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.md").write_text("outside\n", encoding="utf-8")
    (root / "facts" / "sources").symlink_to(tmp_path / "elsewhere")
    with OpenFolder(ProjectFiles(root), root / "facts" / "sources") as folder:
        text, problems = ProjectFiles(root).read_text(root / "facts" / "sources" / "a.md", "facts/sources/a.md", folder=folder)
    assert text is None
    assert [problem.format() for problem in problems] == [
        "facts/sources/a.md: is a symbolic link to a file outside the project, which is not read "
        "(hint: copy the file into the project instead of linking to it)"
    ]


def test_an_open_folder_swapped_for_a_link_meanwhile_is_still_the_folder_judged(tmp_path: Path) -> None:
    root = tmp_path / "project"
    sources = root / "facts" / "sources"
    sources.mkdir(parents=True)
    (sources / "a.md").write_text("inside\n", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.md").write_text("outside\n", encoding="utf-8")
    project = ProjectFiles(root)
    with OpenFolder(project, sources) as folder:
        sources.rename(root / "facts" / "old-sources")
        sources.symlink_to(tmp_path / "elsewhere")
        assert project.read_text(sources / "a.md", "facts/sources/a.md", folder=folder) == ("inside\n", [])
