"""The standalone build: built from this checkout, copied to a folder with spaces and Chinese
characters, it passes its selftest, exports the same JSON as the source version and prints a
PDF with Chinese text.  Slow (a PyInstaller build): `pytest -m "not frozen"` skips it."""
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
    assert "selftest ok" in result.stdout


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
