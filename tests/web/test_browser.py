"""The review app and the static reports in a real headless Chromium (Debian's package) driven by
Playwright: self-assessment, overrides (and that they reach the static report and export), cohort
sorting and links, injected payloads staying inert, static reports with no network at all."""

from __future__ import annotations

import csv
import json
import os
import shutil
from urllib.parse import quote

import pytest

from evaluator.export import write_export
from evaluator.report import render_reports

from ..conftest import DATA, RUBRIC
from .conftest import LiveServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                reason="Chromium is not installed (make test installs it when run as root)")

PWNED = "document.documentElement.setAttribute('data-pwned','1');alert(1)"
PAYLOADS = [f"<script>{PWNED}</script>", f"<img src=x onerror=\"{PWNED}\">", f"<svg onload=\"{PWNED}\"></svg>",
            f"\"><script>{PWNED}</script>", f"javascript:{PWNED}"]
PAYLOAD = " ".join(PAYLOADS)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        # Playwright's own browser download cannot work here: drive the system Chromium
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    dialogs: list[str] = []
    pg = context.new_page()
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    context.close()


def assert_inert(pg) -> None:
    assert pg.dialogs == [], pg.dialogs
    assert pg.evaluate("document.documentElement.getAttribute('data-pwned')") is None
    assert pg.evaluate("document.querySelectorAll('img, svg[onload], script').length") == 0


def test_self_assessment_flow(live, page):
    page.goto(live.url + "/assess")
    page.select_option("#question", "model_choice")
    page.fill("#answer", "I'd just use GPT-4 because it's the best model. Prompt engineering is all you need.")
    page.click("#assess-form button[type=submit]")
    result = page.locator("#result")
    result.wait_for()
    text = result.inner_text()
    assert "What to do next" in text and "no_model_tradeoffs" in text
    assert "Compare at least two models" in text  # the raised flag's advice
    assert page.locator("#result mark").count() >= 1  # evidence highlighted in the answer
    assert page.input_value("#answer").startswith("I'd just use GPT-4")  # the form keeps the answer
    page.fill("#answer", " ")
    page.evaluate("document.querySelector('#answer').removeAttribute('required')")
    page.click("#assess-form button[type=submit]")
    assert "the answer is empty" in page.locator("#form-error").inner_text()
    assert_inert(page)


def test_cohort_sorting_and_links(live, page):
    page.goto(live.url + "/")
    page.click("a[data-sort=overall]")
    assert "sort=overall" in page.url
    overall = [float(t) for t in page.locator("td.overall").all_inner_texts() if t.strip() != "–"]
    assert overall == sorted(overall, reverse=True) and overall
    page.click("a[data-sort=overall]")  # again: ascending
    overall = [float(t) for t in page.locator("td.overall").all_inner_texts() if t.strip() != "–"]
    assert overall == sorted(overall)
    first = page.locator("a.candidate").first
    name = first.inner_text()
    first.click()
    assert page.locator("h1").inner_text() and f"candidate {name}" in page.locator("header .meta").inner_text()
    page.locator("a.answer-link").first.click()
    assert page.locator("#answer-text").is_visible() and page.locator("section.item").count() >= 1
    page.click("header h1 a")  # back to the candidate
    assert page.locator("#answers").is_visible()
    assert_inert(page)


def test_override_flow_reaches_static_report_and_export(live, page, tmp_path):
    run_id, answer_id, item_id, value = live.state.with_db(lambda c: c.execute(
        "SELECT run_id, answer_id, item_id, value FROM scores WHERE scorer = 'final' AND item_kind = 'flag' "
        "AND status = 'scored' ORDER BY answer_id DESC, item_id LIMIT 1").fetchone())
    page.goto(f"{live.url}/answer?id={quote(answer_id)}&run={run_id}")
    form = page.locator(f"section[data-item='{item_id}'] form.override")
    new_label = "not raised" if value == 1 else "raised"
    form.locator("select[name=value]").select_option(label=new_label)
    form.locator("input[name=reviewer]").fill("Dana Reviewer")
    form.locator("input[name=reason]").fill("the answer says the opposite")
    form.locator("button").click()
    page.locator("#saved").wait_for()
    section = page.locator(f"section[data-item='{item_id}']")
    assert "override by Dana Reviewer: the answer says the opposite" in section.locator(".final").inner_text()
    assert section.locator(".final .pill.override").count() == 1
    assert "Dana Reviewer" in page.locator("#overrides").inner_text()
    # the name is remembered for the next override
    assert page.locator("input[name=reviewer]").first.input_value() == "Dana Reviewer"

    reports, export = tmp_path / "reports", tmp_path / "export.csv"
    live.state.with_db(lambda c: (render_reports(c, reports, run_id), write_export(c, fmt="csv", output=export,
                                                                                   run_id=run_id)))
    final = [r for r in csv.DictReader(export.open()) if r["answer_id"] == answer_id and r["item_id"] == item_id
             and r["scorer"] == "final"]
    assert len(final) == 1 and float(final[0]["value"]) == 1 - value and "Dana Reviewer" in final[0]["reason"]
    candidate = live.state.with_db(lambda c: c.execute(
        "SELECT candidate_id FROM answers WHERE answer_id = ?", [answer_id]).fetchone()[0])
    static = next(p for p in (reports / "candidates").glob("*.html") if candidate in p.name)
    page.goto(static.as_uri())
    assert "override by Dana Reviewer: the answer says the opposite" in page.locator("main").inner_text()


def test_payloads_in_answers_speakers_and_metadata_stay_inert(cli, tmp_path, browser):
    inputs = tmp_path / "in"
    inputs.mkdir()
    speaker = f"Mallory {PAYLOADS[1]}"  # a JSON transcript takes any speaker name
    (inputs / "evil.json").write_text(json.dumps({
        "transcript_id": f"t{PAYLOADS[2]}", "candidate_id": f"m{PAYLOADS[3]}", "metadata": {"team": PAYLOAD},
        "turns": [{"speaker": "Interviewer", "text": f"What does an AI engineer do? {PAYLOAD}"},
                  {"speaker": speaker, "text": f"It's just prompting. {PAYLOAD}"},
                  {"speaker": "Interviewer", "text": "How would you choose a model?"},
                  {"speaker": speaker, "text": f"Whatever is newest. {PAYLOAD}"}]}))
    with (inputs / "evil.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["answer_id", "candidate_id", "question", "answer", "team"])
        writer.writerow([f"a{PAYLOADS[1]}", f"c{PAYLOADS[0]}", f"What is an AI engineer? {PAYLOAD}", PAYLOAD, PAYLOAD])
    db = tmp_path / "evil.duckdb"
    assert cli("run", inputs, "--rubric", RUBRIC, "--db", db).exit_code in (0, 1)
    context = browser.new_context()
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    seen = []  # the pages' visible text: the payloads must be there, as text
    with LiveServer(db) as server:
        pg.goto(server.url + "/")
        assert_inert(pg)
        links = pg.locator("a.candidate")
        assert links.count() == 2
        for i in range(links.count()):
            pg.goto(server.url + "/")
            pg.locator("a.candidate").nth(i).click()
            assert_inert(pg)
            answers = pg.locator("a.answer-link").count()
            for j in range(answers):
                pg.locator("a.answer-link").nth(j).click()
                assert pg.locator("#answer-text").is_visible()
                assert_inert(pg)
                seen.append(pg.locator("body").inner_text())
                # an override whose name and reason are payloads too
                form = pg.locator("form.override").first
                form.locator("input[name=reviewer]").fill(PAYLOADS[1])
                form.locator("input[name=reason]").fill(PAYLOADS[0])
                form.locator("button").click()
                pg.locator("#saved").wait_for()
                assert_inert(pg)
                pg.go_back()
                pg.go_back()
        pg.goto(server.url + "/assess")
        pg.fill("#answer", PAYLOAD)
        pg.click("#assess-form button[type=submit]")
        pg.locator("#result").wait_for()
        assert_inert(pg)
    context.close()
    text = "\n".join(seen)
    assert f"speaker {speaker}" in text  # the speaker name, shown literally
    assert f"team\t{PAYLOAD}" in text or f"team {PAYLOAD}" in text  # metadata (CSV column and JSON field)
    assert PAYLOADS[0] in text and PAYLOADS[1] in text


def test_static_reports_open_with_no_network(cli, tmp_path, browser):
    db, reports = tmp_path / "s.duckdb", tmp_path / "reports"
    assert cli("run", DATA / "formats", "--rubric", RUBRIC, "--db", db, "--report-dir", reports).exit_code in (0, 1)
    context = browser.new_context(offline=True)
    requested: list[str] = []
    context.route("**/*", lambda route: (requested.append(route.request.url),
                                         route.continue_() if route.request.url.startswith("file://")
                                         else route.abort()))
    pg = context.new_page()
    failed: list[str] = []
    pg.on("requestfailed", lambda r: failed.append(r.url))
    pages = [reports / "index.html", reports / "ranking-1.html", *sorted((reports / "candidates").glob("*.html"))]
    for path in pages:
        pg.goto(path.as_uri())
        assert pg.locator("main").is_visible(), path
    pg.goto((reports / "index.html").as_uri())
    assert pg.evaluate("document.documentElement.dataset.sortable") == "ready"  # our script ran offline
    context.close()
    assert [u for u in requested if not u.startswith("file://")] == [] and failed == []
    assert len(requested) == len(pages) + 1  # one document each, nothing else (no CSS, font, image, script file)


# --------------------------------------------------------------------------------------------
# Layout (issue 13): the ranking fits a laptop screen with its flags beside the overall, and the
# charts' texts never run into one another.

# every pair of <text> boxes of each chart that overlap, and every box outside its chart
CHART_TEXT_PROBLEMS = """(sel) => {
  const out = [];
  document.querySelectorAll(sel).forEach((svg, i) => {
    const frame = svg.getBoundingClientRect();
    const boxes = Array.from(svg.querySelectorAll('text')).map(t => [t.textContent, t.getAttribute('class'),
                                                                     t.getBoundingClientRect()]);
    boxes.forEach(([text, cls, b], j) => {
      if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5
          || b.bottom > frame.bottom + 0.5) out.push(['outside', i, text]);
      boxes.slice(j + 1).forEach(([text2, cls2, c]) => {
        const dx = Math.min(b.right, c.right) - Math.max(b.left, c.left);
        const dy = Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top);
        if (dx > 0.5 && dy > 0.5) out.push(['overlap', i, cls + ':' + text, cls2 + ':' + text2]);
      });
    });
  });
  return out;
}"""


@pytest.fixture(scope="module")
def flagged_cohort(tmp_path_factory):
    """The format samples plus a candidate raising all three flags, under a long id, and one who
    answered a single question (incomplete)."""
    from click.testing import CliRunner
    from evaluator.cli import main
    tmp = tmp_path_factory.mktemp("layout")
    inputs = tmp / "in"
    shutil.copytree(DATA / "formats", inputs)
    long_id = "dave-with-a-rather-long-candidate-identifier-from-the-ats"
    with (inputs / "more.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["answer_id", "candidate_id", "question_id", "question", "answer"])
        writer.writerow(["d1", long_id, "role_definition", "What does an AI engineer do?",
                         "Honestly the job is basically prompt engineering. I see myself as a researcher: I trained "
                         "models from scratch in my PhD and success is the accuracy on the benchmark."])
        writer.writerow(["d2", long_id, "model_choice", "How would you choose between GPT-4o, Claude and a small "
                         "open-source model?", "I'd just use GPT-4 because it's the best model."])
        writer.writerow(["e1", "erin", "role_definition", "What does an AI engineer do?",
                         "An AI engineer builds products on foundation models such as GPT-4o or Claude rather than "
                         "training them, unlike a data scientist or an ML engineer."])
    db, reports = tmp / "layout.duckdb", tmp / "reports"
    result = CliRunner().invoke(main, ["run", str(inputs), "--rubric", str(RUBRIC), "--db", str(db),
                                       "--report-dir", str(reports)], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return db, reports, long_id


def test_ranking_fits_1280_px_with_flags_beside_the_overall(flagged_cohort, browser):
    db, reports, long_id = flagged_cohort
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    with LiveServer(db) as server:
        candidate = next((reports / "candidates").glob("dave-*.html"))
        for url in [(reports / "index.html").as_uri(), (reports / "ranking-1.html").as_uri(), server.url + "/"]:
            pg.goto(url)
            header = pg.locator("#flags-header").bounding_box()
            table = pg.locator("#cohort").bounding_box()
            wrap = pg.locator(".table-wrap:has(#cohort)").bounding_box()
            assert header["x"] + header["width"] <= 1280, url  # the Flags column is on screen
            assert table["x"] + table["width"] <= wrap["x"] + wrap["width"] + 0.5 <= 1280, url  # the whole table
            assert pg.evaluate("document.documentElement.scrollWidth") <= 1280, url  # no sideways page scroll
            # the flagged candidate's row: a red badge with every flag's name, right after the overall
            row = pg.locator(f"#cohort tbody tr:has-text('{long_id}')")
            flags = row.locator("td.flags")
            assert flags.locator(".flag-badge").inner_text() == "⚑ 3 flags", url
            assert set(flags.locator(".pill.raised").all_inner_texts()) == {
                "just_prompt_engineering", "no_model_tradeoffs", "researcher_framing"}
            assert flags.locator(".flag-badge").is_visible()
            overall = row.locator("td").nth(3).bounding_box()
            assert abs(flags.bounding_box()["x"] - (overall["x"] + overall["width"])) < 1, url
            erin = pg.locator("#cohort tbody tr").filter(has=pg.get_by_role("link", name="erin", exact=True))
            assert erin.locator(".pill.incomplete").is_visible(), url  # one answer: marked incomplete
        pg.goto(candidate.as_uri())
        assert pg.evaluate("document.documentElement.scrollWidth") <= 1280
        assert pg.locator("#summary .flag-badge").inner_text() == "⚑ 3 flags"
    context.close()


def test_chart_counts_and_labels_do_not_overlap_titles(flagged_cohort, page):
    _, reports, _ = flagged_cohort
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto((reports / "index.html").as_uri())
    charts = page.locator("figure.chart svg")
    assert charts.count() == 5  # four criteria and the flag prevalence
    assert page.locator("figure.chart svg text.count").count() >= 10
    assert page.evaluate(CHART_TEXT_PROBLEMS, "figure.chart svg") == []
    # the tallest bar's count sits below the title, not on it
    for i in range(charts.count()):
        title = charts.nth(i).locator("text.title").bounding_box()
        tops = [b["y"] for b in (t.bounding_box() for t in charts.nth(i).locator("text.count").all())]
        assert min(tops) >= title["y"] + title["height"], i


def test_reliability_plot_has_tick_labels(cli, tmp_path, page):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("Mallory Evil", "Eve Evil", "Zoe Able"):
        (inputs / f"{name.split()[0].lower()}.txt").write_text(
            "Interviewer: What does an AI engineer do?\n\n"
            f"{name}: Honestly the job is basically prompt engineering.\n\n"
            f"Interviewer: Which model would you pick?\n\n{name}: Whatever is newest.\n")
    labels = tmp_path / "labels.csv"
    labels.write_text("transcript_id,question_id,answer_id,item_id,rater,value,note\n"
                      + "".join(f"{t},role_definition,,just_prompt_engineering,r1,{v},\n"
                                f"{t},model_choice,,no_model_tradeoffs,r1,1,\n"
                                for t, v in (("mallory", 0), ("eve", 1), ("zoe", 1))))
    db, reports = tmp_path / "c.duckdb", tmp_path / "reports"
    assert cli("run", inputs, "--rubric", RUBRIC, "--db", db, "--report-dir", reports).exit_code in (0, 1)
    assert cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC).exit_code == 0
    assert cli("calibrate", "--db", db, "--report-dir", reports, "--bootstrap", "100").exit_code == 0
    page.goto((reports / "calibration.html").as_uri())
    plots = page.locator("figure.chart svg:has(text.x-tick)")
    assert plots.count() >= 1
    for i in range(plots.count()):
        plot = plots.nth(i)
        assert plot.locator("text.x-tick").all_text_contents() == ["0", "0.25", "0.5", "0.75", "1"]
        assert plot.locator("text.y-tick").all_text_contents() == ["0", "0.25", "0.5", "0.75", "1"]
        assert all(t.is_visible() for t in plot.locator("text.tick").all())
        x = [t.bounding_box()["x"] for t in plot.locator("text.x-tick").all()]
        y = [t.bounding_box()["y"] for t in plot.locator("text.y-tick").all()]
        assert x == sorted(x) and y == sorted(y, reverse=True)  # left to right, bottom to top
    assert page.evaluate(CHART_TEXT_PROBLEMS, "figure.chart svg:has(text.x-tick)") == []
