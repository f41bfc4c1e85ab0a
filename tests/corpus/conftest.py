"""The scorer lives beside its corpus; make it importable as `scoring`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
