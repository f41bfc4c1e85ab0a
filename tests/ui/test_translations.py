"""The interface speaks Simplified Chinese by default: every string has a translation, and the .qm is current."""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "plan_browser_zh_CN.ts"


def test_every_interface_string_has_a_chinese_translation():
    untranslated = [m.findtext("source") for m in ET.parse(TS).iter("message")
                    if not (m.findtext("translation") or "").strip()
                    or m.find("translation").get("type") == "unfinished"]
    assert untranslated == []


def test_compiled_translations_match_the_ts_file(tmp_path):
    built = tmp_path / "check.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run: python scripts/translations.py"


def test_english_is_available(qtbot, engine, settings):
    from app.ui.app import make_application
    from app.service import PlanLibrary
    from app.ui.main_window import MainWindow
    make_application("en", settings)
    try:
        win = MainWindow(PlanLibrary(engine), settings, db_label="test")
        qtbot.addWidget(win)
        assert win.menuBar().actions()[0].text() == "&File"
    finally:
        make_application("zh_CN", settings)
