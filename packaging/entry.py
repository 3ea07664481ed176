"""Entry point of the frozen program: the same command line as ``python -m sroi_app``."""

from __future__ import annotations

import sys

from sroi_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
