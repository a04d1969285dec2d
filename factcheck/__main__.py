"""`python -m factcheck`: the same command as `factcheck`."""

from factcheck.console import main

main()
