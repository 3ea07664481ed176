"""``python -m sroi_app``: the command line (`python -m sroi_app gui [FILE]` opens the app)."""

from __future__ import annotations

import sys

from sroi_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
