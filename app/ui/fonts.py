"""The Simplified Chinese font the window and the printouts use (its own module: the
application, the printer and the self-test all need it, and none should import the others)."""
from __future__ import annotations

import functools

from PySide6.QtGui import QFontDatabase

from app import paths

# Simplified Chinese families, best first; asking explicitly avoids Japanese glyph shapes.
CHINESE_FAMILIES = ("Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
                    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimSun", "Noto Sans SC")


@functools.cache
def chinese_font_family() -> str | None:
    """The first Simplified Chinese family available (bundled fonts registered first); call it on
    the GUI thread first: QFontDatabase is not to be changed from a worker."""
    for folder in (paths.resources_dir() / "fonts",):
        for font_file in sorted(folder.glob("*.tt[fc]")) + sorted(folder.glob("*.otf")):
            QFontDatabase.addApplicationFont(str(font_file))
    available = QFontDatabase.families()
    preferred = next((family for family in CHINESE_FAMILIES if family in available), None)
    # Any other family that covers Simplified Chinese (AR PL, Droid Sans Fallback …) beats none.
    covering = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return preferred or next((family for family in covering if family in available), None)


NO_CHINESE_FONT = ("no Simplified Chinese font is installed, so the PDF's Chinese text would be invisible: "
                   "nothing was written; install one (Debian/Ubuntu: fonts-noto-cjk or fonts-wqy-microhei; "
                   "Windows has Microsoft YaHei)")
