"""The built wheel installed alone in fresh virtual environments: what a user of the library gets.

Two promises are checked in real interpreters, not in this test session's environment (which has
every extra installed and the checkout on ``sys.path``):

* the ``pytest11`` plugin loads in a project that installed the wheel *without* the ``sandbox`` extra:
  pytest runs the project's own tests, and only a test asking for the ``sandbox`` fixture fails, with
  a message naming the extra;
* on every supported interpreter available here (3.11, and 3.12 / 3.13 when pyenv has them) the wheel
  installs, its packages import, and a request reaches a sandbox through the facade.

Environments are created ``--without-pip`` and filled by this session's pip (``pip --python``), which
keeps each one to a single resolver run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intercom_sandbox.server import SandboxHandle

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

#: Interpreters to smoke-test besides the running one: pyenv's usual install locations.
PYENV_ROOT = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
OTHER_PYTHONS = ("3.12", "3.13")

PLUGIN_TESTS = """
def test_the_project_runs_its_own_tests(request):
    assert request.config.pluginmanager.has_plugin("intercom_sandbox")


def test_asking_for_the_sandbox_names_the_extra(sandbox):
    raise AssertionError("unreachable: the fixture needs the sandbox extra")
"""

SMOKE = """
import sys

import intercom_client
import intercom_preview
import intercom_v2_7
import intercom_v2_14
from intercom_client import Intercom
from intercom_v2_14.api.admins import identify_admin

url, token = sys.argv[1], sys.argv[2]
with Intercom(token=token, base_url=url, version="2.14") as client:
    me = client.call(identify_admin)
print(f"python {sys.version_info.major}.{sys.version_info.minor} admin {me.id}")
"""


def _venv(python: str | Path, where: Path, wheel: Path, *extra: str) -> Path:
    """A fresh environment at ``where`` holding the wheel (no extras) and ``extra`` requirements."""
    subprocess.run([str(python), "-m", "venv", "--without-pip", str(where)], check=True, timeout=60)
    env_python = where / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(env_python), "install", "--quiet", str(wheel), *extra],
        check=True,
        timeout=180,
        capture_output=True,
    )
    return env_python


def _pyenv_python(minor: str) -> Path | None:
    versions = sorted(PYENV_ROOT.glob(f"versions/{minor}.*/bin/python{minor}"))
    return versions[-1] if versions else None


def test_the_plugin_loads_without_the_sandbox_extra(wheel_path: Path, tmp_path: Path) -> None:
    python = _venv(sys.executable, tmp_path / "venv", wheel_path, "pytest")
    missing = subprocess.run(
        [str(python), "-c", "import uvicorn"], capture_output=True, text=True, timeout=60
    )
    assert missing.returncode != 0, "the fresh environment must not have the sandbox extra"
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_user.py").write_text(PLUGIN_TESTS)
    run = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=project,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    output = run.stdout + run.stderr
    assert "Error while loading plugin" not in output
    assert "1 passed" in output and "1 error" in output, output
    assert "pip install 'intercom-openapi-client[sandbox]'" in output, output


@pytest.mark.parametrize("minor", [f"{sys.version_info.major}.{sys.version_info.minor}", *OTHER_PYTHONS])
def test_the_wheel_works_on_each_interpreter(
    minor: str, wheel_path: Path, tmp_path: Path, sandbox: SandboxHandle
) -> None:
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    interpreter = Path(sys.executable) if minor == running else _pyenv_python(minor)
    if interpreter is None:
        pytest.skip(f"Python {minor} is not installed here (looked in {PYENV_ROOT}/versions)")
    python = _venv(interpreter, tmp_path / f"venv{minor}", wheel_path)
    run = subprocess.run(
        [str(python), "-c", SMOKE, sandbox.url, sandbox.token],
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"python {minor} admin "), run.stdout
