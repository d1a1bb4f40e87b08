"""Candidate text is untrusted: it must come out inert in the HTML reports."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from ..conftest import RUBRIC

PAYLOAD = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.handlers: list[str] = []
        self.imgs = 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag == "img":
            self.imgs += 1
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


def _collect(path: Path) -> TagCollector:
    collector = TagCollector()
    collector.feed(path.read_text())
    return collector


def test_script_in_transcript_is_inert(cli, db, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "evil.txt").write_text(
        f"Interviewer: What does an AI engineer do? {PAYLOAD}\n\n"
        f"Mallory {PAYLOAD.replace(':', '')}: I ship products on foundation models. {PAYLOAD}\n\n"
        "Interviewer: Thanks?\n\nMallory: ok\n")
    (inputs / "evil.csv").write_text(
        "answer_id,candidate_id,question,answer,note\n"
        f"\"x{PAYLOAD}\",\"c{PAYLOAD}\",\"What is an AI engineer?\",\"It's just prompting {PAYLOAD}\",\"{PAYLOAD}\"\n".replace('"x<', '"x<'))
    reports = tmp_path / "reports"
    result = cli("run", inputs, "--rubric", RUBRIC, "--db", db, "--report-dir", reports)
    assert result.exit_code in (0, 1), result.output
    pages = [reports / "index.html", *sorted((reports / "candidates").glob("*.html"))]
    assert len(pages) >= 2
    for page in pages:
        found = _collect(page)
        assert found.imgs == 0 and found.handlers == [], page
        assert found.scripts == (1 if page.name == "index.html" else 0), page  # only our own sort script
        assert page.resolve().is_relative_to(reports.resolve())
    candidate_html = "".join(p.read_text() for p in pages[1:])
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in candidate_html
