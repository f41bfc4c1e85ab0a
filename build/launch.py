"""Entry point of the frozen app: the same as `plan-browser`."""
import sys

from app.launcher import main

if __name__ == "__main__":
    sys.exit(main())
