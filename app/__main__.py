"""`python -m app`: the same as the `plan-browser` command."""
import sys

from app.launcher import main

if __name__ == "__main__":
    sys.exit(main())
