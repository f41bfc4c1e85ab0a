"""The standalone build: built from this checkout, copied to a folder with spaces and Chinese
characters, it passes its selftest, exports the same JSON as the source version, prints a
PDF with Chinese text, and imports a plan from each format it reads (.txt, .docx, .html,
.pdf) into a temporary user database and exports them again.
Slow (a PyInstaller build): `pytest -m "not frozen"` skips it."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.frozen


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller")
    env_python = sys.executable
    result = subprocess.run(["bash", "build/build.sh"], cwd=ROOT, capture_output=True, text=True, timeout=900,
                            env={**__import__("os").environ, "PYTHON": env_python})
    assert result.returncode == 0, result.stderr[-3000:]
    target = tmp_path_factory.mktemp("frozen") / "规划 浏览器 副本"
    shutil.copytree(ROOT / "dist" / "plan-browser", target)
    return target / "plan-browser"


def run(app: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(cwd),
           "PLAN_BROWSER_DATA_DIR": str(cwd / "userdata")}
    return subprocess.run([str(app), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_selftest_passes_from_a_folder_with_spaces_and_chinese(frozen_app, tmp_path):
    result = run(frozen_app, "--selftest", cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "selftest ok" in result.stdout and "imported txt, docx, html, pdf" in result.stdout


@pytest.fixture
def sample_files(tmp_path):
    """The selftest's sample plan as .txt, .docx, .html and .pdf files (the PDF printed from source)."""
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QApplication
    from app.sample_documents import write_all
    QApplication.instance() or QApplication([])
    return write_all(tmp_path / "样例 文件")


def test_frozen_app_imports_every_format_and_exports_it(frozen_app, sample_files, tmp_path):
    from app.sample_documents import EXPECTED_ROWS, TITLE
    result = run(frozen_app, "import", *map(str, sample_files.values()), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    for path in sample_files.values():
        line = next(line for line in result.stdout.splitlines() if line.startswith(path.name))
        assert "imported as plan" in line and "3 indicator rows" in line, line
    assert (tmp_path / "userdata" / "user.sqlite").is_file()  # PLAN_BROWSER_DATA_DIR, not the bundle
    assert run(frozen_app, "export", "-o", str(tmp_path / "all.json"), cwd=tmp_path).returncode == 0
    plans = json.loads((tmp_path / "all.json").read_text("utf-8"))["plans"]
    imported = {p["source"]["file"]: p for p in plans if p["title"] == TITLE}
    assert sorted(imported) == sorted(path.name for path in sample_files.values())
    for plan in imported.values():
        rows = [(row["name"], *(cell["raw"] for cell in row["cells"])) for row in plan["indicators"]]
        assert rows == EXPECTED_ROWS, plan["source"]["file"]
    assert run(frozen_app, "export", "--format", "csv", "-o", str(tmp_path / "all.csv"), cwd=tmp_path).returncode == 0
    assert (tmp_path / "all.csv").read_text("utf-8-sig").count("城镇调查失业率") >= 4


def test_frozen_export_is_identical_to_the_source_export(frozen_app, tmp_path):
    assert run(frozen_app, "export", "-o", str(tmp_path / "frozen.json"), cwd=tmp_path).returncode == 0
    source = subprocess.run([sys.executable, "-m", "app", "export", "-o", str(tmp_path / "source.json")],
                            cwd=ROOT, capture_output=True, text=True)
    assert source.returncode == 0
    assert json.loads((tmp_path / "frozen.json").read_text("utf-8")) == json.loads(
        (tmp_path / "source.json").read_text("utf-8"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_frozen_app_prints_chinese_to_pdf(frozen_app, tmp_path):
    pdf = tmp_path / "plan.pdf"
    assert run(frozen_app, "print", "--plan", "3", "-o", str(pdf), cwd=tmp_path).returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "城镇新增就业人数" in "".join(text.split())


def test_version_flag(frozen_app, tmp_path):
    result = run(frozen_app, "--version", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("plan-browser ")
