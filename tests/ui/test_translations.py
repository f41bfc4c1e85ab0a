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


def _strings(ts: Path) -> set[tuple[str, str]]:
    return {(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts).iter("context") for message in context.iter("message")}


def test_the_translation_files_hold_every_string_the_code_shows(tmp_path):
    """A string lupdate cannot see (a translate() call under another name) would stay English."""
    current = tmp_path / "current.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(current)], cwd=ROOT, check=True,
                   capture_output=True)
    assert _strings(current) == _strings(TS), "run: python scripts/translations.py"


def test_the_menus_speak_chinese_by_default(window):
    titles = [action.text() for action in window.menuBar().actions()]
    commands = [action.text() for action in vars(window.commands).values()]
    assert titles[0] == "文件(&F)" and all(any("\u4e00" <= ch <= "\u9fff" for ch in text)
                                            for text in titles + commands)
