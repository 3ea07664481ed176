"""``python -m sroi_app``: the command line (no arguments opens the app)."""

from __future__ import annotations

import sys

from sroi_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
