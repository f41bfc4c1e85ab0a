"""Entry point of the frozen app: the same as `plan-browser`."""
import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
