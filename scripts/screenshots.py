"""Screenshots of the review web app for docs/ and the README (`make screenshots`).

Scores the bundled dataset into a temporary database, serves it with `evaluator serve`'s app,
makes one override (so the page shows one), and captures the main pages with Playwright driving
the system Chromium. Nothing outside docs/img is written.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args()
    import uvicorn
    from playwright.sync_api import sync_playwright

    from evaluator.web import create_app

    work = Path(tempfile.mkdtemp(prefix="evaluator-shots-"))
    db = work / "demo.duckdb"
    data = ROOT / "datasets" / "ai-engineer-interviews"
    subprocess.run([str(BIN / "evaluator"), "run", str(data / "transcripts"), str(data / "written"), "--rubric",
                    str(ROOT / "rubrics" / "ai-engineer-role.yaml"), "--db", str(db)], check=True,
                   stdout=subprocess.DEVNULL)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="error",
                                          lifespan="off"))
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/assess", timeout=2)
            break
        except OSError:
            time.sleep(0.05)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.goto(base + "/?sort=overall")
        page.screenshot(path=str(args.out / "app-cohort.png"))
        page.goto(base + "/candidate?id=" + quote("sara-lindqvist"))
        page.screenshot(path=str(args.out / "app-candidate.png"))
        page.locator("a.answer-link").nth(2).click()
        form = page.locator("form.override").first
        form.locator("input[name=reviewer]").fill("Dana (hiring panel)")
        form.locator("input[name=reason]").fill("The answer credits the team's eval set; not research framing.")
        form.locator("select[name=value]").select_option(index=0)
        form.locator("button").click()
        page.locator("#saved").wait_for()
        page.screenshot(path=str(args.out / "app-answer.png"), full_page=False)
        page.goto(base + "/assess")
        page.select_option("#question", "model_choice")
        page.fill("#answer", "I'd pick GPT-4o because it's the best model right now. Honestly most of the job "
                             "is prompt engineering: write a good prompt and iterate until the output looks right.")
        page.click("#assess-form button[type=submit]")
        page.locator("#result").wait_for()
        page.locator("#result").scroll_into_view_if_needed()
        page.screenshot(path=str(args.out / "app-assess.png"), full_page=True)
        browser.close()
    server.should_exit = True
    shutil.rmtree(work, ignore_errors=True)
    print(f"screenshots: {args.out}/app-*.png")


if __name__ == "__main__":
    main()
