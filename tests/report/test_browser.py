"""Reports in a real headless Chromium: injected payloads stay inert, our own page script runs."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import RUBRIC

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="Chromium is not installed (make test installs it when run as root)")

# Each payload would leave a trace in the DOM if it ever executed.
PAYLOADS = [
    "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
    "<svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"></svg>",
    "\"><script>document.documentElement.setAttribute('data-pwned','attr')</script>",
]


def dump_dom(page: Path, tmp_path: Path) -> str:
    assert CHROMIUM, "Chromium is required on CI"
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                             "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
                            capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_payloads_in_every_field_do_not_run(cli, db, tmp_path):
    payload = " ".join(PAYLOADS)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "evil.txt").write_text(
        f"Interviewer: What does an AI engineer do? {payload}\n\n"
        f"Mallory Evil: It's just prompting. {payload}\n\n"
        "Interviewer: How would you choose a model?\n\nMallory Evil: Whatever is newest.\n")
    (inputs / "evil.jsonl").write_text(
        '{"answer_id": "x' + payload.replace('"', '\\"') + '", "candidate_id": "c' + payload.replace('"', '\\"')
        + '", "question": "What is an AI engineer?", "answer": "' + payload.replace('"', '\\"') + '"}\n')
    reports = tmp_path / "reports"
    cli("run", inputs, "--rubric", RUBRIC, "--db", db, "--report-dir", reports)
    pages = [reports / "index.html", *sorted((reports / "candidates").glob("*.html"))]
    assert len(pages) == 3
    for page in pages:
        dom = dump_dom(page, tmp_path)
        assert "<main>" in dom, page
        html_tag = dom[dom.index("<html"):].split(">", 1)[0]
        assert "data-pwned" not in html_tag, (page, html_tag)
        assert "<img" not in dom and "<svg onload" not in dom, page


def test_only_our_own_script_runs(cli, db, tmp_path):
    """Our sort script (allowed by its CSP hash) runs; any other inline script is blocked."""
    from ..conftest import DATA
    reports = tmp_path / "reports"
    cli("run", DATA / "formats", "--rubric", RUBRIC, "--db", db, "--report-dir", reports)
    page = reports / "index.html"
    html = page.read_text()
    probe = tmp_path / "probe.html"
    # same document plus a click on the 'Candidate' header, recorded in the DOM after sorting
    probe.write_text(html.replace("</body>", "<script>document.querySelector('#cohort th').click();"
                                  "document.documentElement.setAttribute('data-first', "
                                  "document.querySelector('#cohort tbody tr td').textContent.trim());</script></body>"))
    def html_tag(dom: str) -> str:
        return dom[dom.index("<html"):].split(">", 1)[0]

    assert 'data-sortable="ready"' in html_tag(dump_dom(page, tmp_path))
    probed = html_tag(dump_dom(probe, tmp_path))
    # the probe script is not in the CSP hash list, so it must not run
    assert "data-first" not in probed and 'data-sortable="ready"' in probed


def test_calibration_report_renders_and_keeps_answers_inert(cli, db, tmp_path):
    payload = " ".join(PAYLOADS)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "evil.txt").write_text(
        "Interviewer: What does an AI engineer do?\n\n"
        f"Mallory Evil: Honestly the job is basically prompt engineering. {payload}\n\n"
        "Interviewer: Which model would you pick?\n\nMallory Evil: Whatever is newest.\n")
    (inputs / "evil2.txt").write_text((inputs / "evil.txt").read_text().replace("Mallory Evil", "Eve Evil"))
    labels = tmp_path / "labels.csv"
    labels.write_text("transcript_id,question_id,answer_id,item_id,rater,value,note\n"
                      + "".join(f"{t},role_definition,,just_prompt_engineering,r1,0,disagrees with keyword\n"
                                f"{t},model_choice,,no_model_tradeoffs,r1,1,\n" for t in ("evil", "evil2")))
    reports = tmp_path / "reports"
    cli("run", inputs, "--rubric", RUBRIC, "--db", db, "--report-dir", reports)
    assert cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC).exit_code == 0
    assert cli("calibrate", "--db", db, "--report-dir", reports, "--bootstrap", "100").exit_code == 0
    dom = dump_dom(reports / "calibration.html", tmp_path)
    assert "Calibration against human labels" in dom and "<svg" in dom
    assert "Worst disagreements of final" in dom and "basically prompt engineering" in dom
    html_tag = dom[dom.index("<html"):].split(">", 1)[0]
    assert "data-pwned" not in html_tag and "<img" not in dom
