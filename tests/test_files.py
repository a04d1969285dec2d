"""Writing files: atomically, through symlinks, with the user's permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from factcheck.files import write_atomically


def test_a_new_file_gets_the_users_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "report.md", "# report\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "report.md").stat().st_mode) == 0o644


def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "claims.yaml"
    target.write_text("claims: []\n")
    target.chmod(0o600)
    write_atomically(target, "claims: [1]\n")
    assert target.read_text() == "claims: [1]\n" and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_symlink_is_written_through_to_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomically(link, "new")
    assert link.is_symlink() and target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]  # no temp file left


def test_read_file_reads_one_byte_past_the_limit_and_refuses_what_is_not_a_file(tmp_path: Path) -> None:
    import pytest

    from factcheck.files import NotAFile, read_file

    (tmp_path / "a.txt").write_bytes(b"0123456789")
    assert read_file(tmp_path / "a.txt", 4) == b"01234"  # the caller sees there was more
    os.mkfifo(tmp_path / "pipe")  # opened non-blocking: refused at once, no writer needed
    with pytest.raises(NotAFile) as pipe:
        read_file(tmp_path / "pipe", 4)
    with pytest.raises(NotAFile) as folder:
        read_file(tmp_path, 4)
    assert (pipe.value.folder, folder.value.folder) == (False, True)
    (tmp_path / "link").symlink_to(tmp_path / "a.txt")
    with pytest.raises(OSError):
        read_file(tmp_path / "link", 4, follow_links=False)
