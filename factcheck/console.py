"""The console script: load the command, so that Ctrl-C even while it loads exits 130 without a traceback."""

import sys


def main() -> None:
    """Entry point of `factcheck` and `python -m factcheck`."""
    try:
        from .cli import main as run

        run()
    except KeyboardInterrupt:
        sys.exit(130)
