"""Starting the window: application object, Chinese font, translations, settings, database."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import paths
from app.ui.fonts import chinese_font_family
from app.ui.settings import Settings

LANGUAGES = ("zh_CN", "en")


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """The app's own strings and Qt's standard dialogs in `language` (English needs none)."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"plan_browser_{language}", paths.resources_dir() / "i18n"),
                         (f"qtbase_{language}", Path(qt_dir))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
    QLocale.setDefault(QLocale(language))
    return translators


_TRANSLATORS: list[QTranslator] = []  # those installed now: switching language replaces, never stacks


def make_application(language: str | None = None, settings: Settings | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Plan Browser")
    app.setApplicationDisplayName("规划浏览器")
    icon = paths.resources_dir() / "icons" / "plan-browser.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    family = chinese_font_family()
    if family:
        app.setFont(QFont(family, app.font().pointSize()))
    chosen = language or (settings.text("ui/language", "zh_CN") if settings else "zh_CN")
    for old in _TRANSLATORS:
        app.removeTranslator(old)
    _TRANSLATORS[:] = install_translations(app, chosen if chosen in LANGUAGES else "zh_CN")
    return app


def settings_path() -> Path:
    return paths.user_data_dir() / "settings.ini"


def run(db_path: str | Path, language: str | None = None) -> int:
    """Open the window on a database and run until it closes.

    A light placeholder window is shown first, so the user sees the program at once;
    the database layer (SQLAlchemy, about 0.9 s to import) loads behind it.
    """
    paths.ensure_user_data_dir()  # the per-user folder exists from the first run on
    settings = Settings(settings_path())
    app = make_application(language, settings)
    placeholder = _placeholder(app)
    from app.service import PlanDatabaseError, PlanLibrary  # the slow imports, after the first frame
    try:
        library = PlanLibrary.of_file(db_path)
    except PlanDatabaseError as exc:
        placeholder.close()
        QMessageBox.critical(None, app.translate("App", "Plan Browser"), str(exc))
        return 1
    from app.ui.main_window import MainWindow
    from app.ui.recovery import open_or_recover
    library.attach_user(open_or_recover(paths.user_db_path()), paths.user_db_path())  # checked, upgraded, or recovered
    window = MainWindow(library, settings, db_label=str(db_path))
    window.show()
    placeholder.close()
    code = app.exec()
    # Destroy the window (and any chart scenes) while Qt is still alive, not at interpreter exit.
    window.deleteLater()
    app.sendPostedEvents(None, 0)
    return code


def _placeholder(app: QApplication):
    """A plain window saying the library is being opened, painted before the heavy imports."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMainWindow
    window = QMainWindow()
    window.setWindowTitle(app.translate("App", "Plan Browser"))
    label = QLabel(app.translate("App", "Opening the plan library…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    return window
