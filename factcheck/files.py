"""Writing files safely, for every stage that writes one (reports, claims files, the cache)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    """Replace path's content in one rename; on any failure the old file stays as it was.

    A symlink is written through (its target gets the new content, the link stays); an existing
    file keeps its permissions and a new one gets the user's umask, as any editor would give it.
    """
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    directory = path.parent if str(path.parent) else Path(".")
    mode = path.stat().st_mode & 0o777 if path.exists() else _new_file_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _new_file_mode() -> int:
    """The permissions open() would give a new file under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class NotAFile(OSError):
    """The path is a folder, a pipe, a device or a socket: nothing to read as a file."""

    def __init__(self, path: Path, folder: bool) -> None:
        super().__init__(f"{path}: {'a folder' if folder else 'not a regular file'}")
        self.folder = folder


def read_file(path: Path, limit: int, *, follow_links: bool = True) -> bytes:
    """At most limit + 1 bytes of a regular file, so the caller can tell a longer one.

    The file is opened non-blocking and checked after opening: a pipe or a device (a read could
    wait forever, or never end) is refused as NotAFile, even one swapped in since anyone looked.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)  # checked before Python wraps it: its file object refuses a folder outright
        raise NotAFile(path, folder=stat.S_ISDIR(mode))
    with os.fdopen(fd, "rb") as handle:
        return handle.read(limit + 1)
