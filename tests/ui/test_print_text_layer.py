"""The text layer of every printout is the printed text, whatever Chinese font the machine has.

Each font is tried on its own: the printing runs in a process whose fontconfig sees that one
family and nothing else (no DejaVu either, so digits and Latin come from the CJK font too).
Noto Sans CJK shares glyphs between ideographs and Kangxi radicals (人/⼈, 十/⼗, 民/⺠) and
substitutes digit glyphs after Latin letters; WenQuanYi Micro Hei does neither.
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.report.unified_ideographs import EQUIVALENT_IDEOGRAPH
from print_reading import footer_strings, missing_from, page_count, pdftotext, print_jobs

ROOT = Path(__file__).resolve().parents[2]
FONTS = {"noto": "Noto Sans CJK SC", "wenquanyi": "WenQuanYi Micro Hei"}
EMBEDDED = {"noto": "NotoSansCJKsc", "wenquanyi": "WenQuanYi"}
PRINT_ALL = """
import json, sys
from app.cli import main
for argv in json.loads(sys.argv[1]):
    if main(argv) != 0:
        sys.exit(f"failed: {argv}")
"""

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def only_font_config(family: str, folder: Path) -> Path:
    """A fontconfig file that shows one family: the system's fonts, every other one rejected."""
    files = subprocess.run(["fc-list", "-f", "%{file}\n", f":family={family}"], capture_output=True,
                           text=True).stdout.split()
    if not files:
        pytest.fail(f"{family} is not installed: `bash scripts/setup.sh` installs fonts-noto-cjk and "
                    f"fonts-wqy-microhei for the tests")
    dirs = "".join(f"<dir>{d}</dir>" for d in sorted({str(Path(f).parent) for f in files}))
    config = folder / "fonts.conf"
    config.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>{dirs}<cachedir>{folder / 'cache'}</cachedir>
<selectfont><rejectfont><pattern/></rejectfont>
<acceptfont><pattern><patelt name="family"><string>{family}</string></patelt></pattern></acceptfont></selectfont>
</fontconfig>""", encoding="utf-8")
    return config


@pytest.fixture(scope="module", params=sorted(FONTS))
def printed(request, db_path, engine, tmp_path_factory):
    """(font key, jobs): every bundled plan's tables and a comparison, printed under one font."""
    folder = tmp_path_factory.mktemp(f"print-{request.param}")
    jobs = print_jobs(engine, db_path, folder)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(folder), "QT_QPA_PLATFORM": "offscreen",
           "FONTCONFIG_FILE": str(only_font_config(FONTS[request.param], folder)),
           "PLAN_BROWSER_DATA_DIR": str(folder / "user")}
    result = subprocess.run([sys.executable, "-c", PRINT_ALL, json.dumps([job["argv"] for job in jobs])],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return request.param, jobs


def test_only_the_chosen_font_is_embedded(printed):
    font, jobs = printed
    for job in jobs:
        fonts = subprocess.run(["pdffonts", str(job["pdf"])], capture_output=True, text=True).stdout
        names = [line.split()[0] for line in fonts.splitlines()[2:]]
        assert names and all(EMBEDDED[font] in name for name in names), fonts


def test_extracted_text_holds_every_string_of_the_database(printed):
    font, jobs = printed
    for job in jobs:
        text = pdftotext(job["pdf"])
        expected = job["strings"] + footer_strings(job["footer"], page_count(job["pdf"]))
        assert missing_from(text, expected) == [], (font, job["pdf"].name)


def test_no_radical_or_stroke_stands_in_for_an_ideograph(printed):
    font, jobs = printed
    for job in jobs:
        text = pdftotext(job["pdf"])
        assert [ch for ch in text if ord(ch) in EQUIVALENT_IDEOGRAPH] == [], (font, job["pdf"].name)
        assert "人" in text and "十" in text


def test_file_names_in_the_footer_keep_their_digits(printed):
    _font, jobs = printed
    for job in jobs:
        assert job["footer"].replace("来源：", "") in pdftotext(job["pdf"]).replace(" ", "")


@pytest.mark.parametrize("shown", ["no fonts at all", "DejaVu Sans"])
def test_printing_without_a_chinese_font_is_refused_not_printed_blank(shown, db_path, tmp_path):
    """Qt draws Chinese text in a font without the glyphs as nothing: a PDF with empty cells,
    reported as written. The official is told to install a font, and no file appears."""
    if shown == "no fonts at all":
        config = tmp_path / "fonts.conf"
        config.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts</dir><cachedir>{tmp_path / 'cache'}</cachedir>
<selectfont><rejectfont><pattern/></rejectfont></selectfont></fontconfig>""", encoding="utf-8")
    elif not subprocess.run(["fc-list", f":family={shown}"], capture_output=True, text=True).stdout:
        pytest.skip(f"{shown} is not installed")
    else:
        config = only_font_config(shown, tmp_path)
    pdf = tmp_path / "out" / "湖南.pdf"
    pdf.parent.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "FONTCONFIG_FILE": str(config), "PLAN_BROWSER_DATA_DIR": str(tmp_path / "user")}
    result = subprocess.run([sys.executable, "-m", "app", "print", "--plan", "3", "--db", str(db_path),
                             "-o", str(pdf)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "no Simplified Chinese font is installed" in result.stderr and "fonts-noto-cjk" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(pdf.parent.iterdir()) == []  # nothing written, not even a temporary file
