"""Entry point of the frozen build: the same command as the ``sxcounsel`` console script."""

from sxcounsel.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
