"""Shared test setup: Qt always offscreen, the user's data folder a temporary one."""
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may touch the real per-user data folder.
os.environ["PLAN_BROWSER_DATA_DIR"] = tempfile.mkdtemp(prefix="plan-browser-tests-")
