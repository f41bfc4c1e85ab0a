"""Shared test setup: Qt always offscreen, user data in a temporary folder."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
