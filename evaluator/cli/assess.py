"""``evaluator assess``: one answer, scored on the spot, with evidence and what to do next.

Kept light to import: the CLI loads this module alone for ``assess`` (see ``LazyGroup``), and
the scorers' heavy dependencies load only when they run.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import textwrap
from typing import Any

import click

from ..errors import InputError
from . import main
from .common import trust_model_option
from .llm_options import judge_config, llm_options

MAX_ANSWER_BYTES = 1_000_000
LLM_OPTION_NAMES = ("model", "judges", "base_url", "output_mode", "concurrency", "requests_per_minute", "timeout",
                    "samples", "no_cache", "max_cost", "redact", "config_path")


@main.command("assess")
@click.argument("file", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--answer", "answer_text", default=None, help="The answer as text (instead of FILE or -).")
@click.option("--rubric", "rubric_path", type=click.Path(dir_okay=False), default=None,
              help="Rubric YAML file [default: the bundled AI-engineer rubric].")
@click.option("--question", default=None, help="The question asked, matched to a rubric question.")
@click.option("--question-id", default=None, help="The rubric question's id (an unknown id lists the known ones).")
@click.option("--json", "as_json", is_flag=True, help="Print the assessment as JSON (stable keys).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), default=None,
              help="Also write a self-contained HTML page to this file.")
@click.option("--fast", is_flag=True, help="Keyword scorer only (no classifier, no question suggestion). Both "
              "paths start in about half a second: the classifier and the question matcher run on numpy, "
              "without scikit-learn.")
@click.option("--llm", "use_llm", is_flag=True, help="Add the LLM judge (needs $OPENAI_API_KEY or --base-url).")
@click.option("--classifier-model", type=click.Path(dir_okay=False), default=None,
              help="Classifier model file (.joblib, or its .npz copy, which is what is read: data only) "
              "[default: the bundled model, for the bundled rubric only].")
@trust_model_option
@click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
              help="DuckDB file for the judge's cache and call log [default: in memory, for --llm only].")
@click.option("-v", "--verbose", is_flag=True, help="Also show each scorer's verdict and, on stderr, notes for "
              "whoever runs the tool (a scorer skipped or failed, how the question was matched).")
@llm_options
def assess_command(file, answer_text, rubric_path, question, question_id, as_json, html_path, fast, use_llm,
                   classifier_model, trust_model, db_path, verbose, dry_run, **llm: Any) -> None:
    """Assess one answer: each criterion's level and each red flag, the evidence marked in the
    answer, and what the next level asks for.

    The answer comes from FILE, from - (standard input) or from --answer. Offline by default
    (keyword and classifier scorers); --llm adds the judge. Without --question or --question-id
    only the rubric-wide items apply.

    \b
    Example:
      evaluator assess --question-id model_choice --answer "I'd use GPT-4o, it's the best."
      evaluator assess answer.txt --question "Which model would you pick, and why?" --html answer.html
      cat answer.txt | evaluator assess - --question-id shipped_system --json
    """
    if question is not None and question_id is not None:
        raise click.UsageError("give --question or --question-id, not both")
    text = _read_answer(file, answer_text)
    given = [f"--{name.replace('_', '-')}" for name in LLM_OPTION_NAMES if llm.get(name) not in (None, (), False)]
    if (given or dry_run) and not use_llm:
        raise click.UsageError(f"{', '.join(given) or '--dry-run'}: LLM options need --llm")
    if fast and (use_llm or classifier_model):
        raise click.UsageError("--fast runs the keyword scorer only: drop --llm / --classifier-model")
    from ..assess import OFFLINE, assess, estimate_judge, load_default_rubric, write_html
    from ..rubric import load_rubric
    rubric = load_rubric(rubric_path) if rubric_path else load_default_rubric()
    scorers = ["keyword"] if fast else list(OFFLINE)
    judge = None
    conn = None
    if use_llm:
        scorers.append("llm")
        judge = judge_config(llm)
        if db_path:
            from ..store import connect
            conn = connect(db_path)
    try:
        if dry_run:
            e = estimate_judge(text, rubric=rubric, question=question, question_id=question_id,
                               judge_config=judge, conn=conn)
            cost = "unknown (no price for this model)" if e.cost_usd is None else f"${e.cost_usd:.4f}"
            click.echo(f"dry run: {e.calls} calls to {', '.join(judge.models)} ({e.cached_calls} cached), "
                       f"~{e.input_tokens:,} input + ~{e.output_tokens:,} output tokens, estimated cost {cost}; "
                       "nothing was sent")
            return
        result = assess(text, rubric=rubric, question=question, question_id=question_id, scorers=scorers,
                        judge_config=judge, conn=conn, classifier_model=classifier_model,
                        trust_model=trust_model, suggest_question=not fast)
    finally:
        if conn is not None:
            conn.close()
    # standard output is the candidate's feedback; what only the operator needs goes to stderr, with
    # --verbose (or --llm: whoever configures a judge is operating the tool and must see it fail)
    if verbose or use_llm:
        for line in result.diagnostics:
            click.echo(f"note: {line}", err=True)
    if verbose and result.question.id is None:
        click.echo("note: --question-id ID (or --question TEXT) names the question", err=True)
    if html_path:
        written = write_html(result, html_path)
        click.echo(f"wrote {written}", err=True)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return
    color = _use_color()
    click.echo(render_text(result, color=color, width=_width(), verbose=verbose), color=color)


def _read_answer(file: str | None, answer_text: str | None) -> str:
    from ..ingest.decode import decode_bytes
    if (file is None) == (answer_text is None):
        raise click.UsageError("give the answer as FILE, - (standard input) or --answer TEXT (one of them)")
    if answer_text is not None:
        data, source = answer_text.encode("utf-8", "surrogatepass"), "--answer"
    elif file == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        raw = stdin.read(MAX_ANSWER_BYTES + 1) if stdin is not None else sys.stdin.read(MAX_ANSWER_BYTES + 1)
        data, source = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass"), "<stdin>"
        if len(data) > MAX_ANSWER_BYTES:
            raise InputError(f"the answer is larger than {MAX_ANSWER_BYTES:,} bytes; assess one answer at a time",
                             path=source)
    else:
        from pathlib import Path

        from ..fileio import read_bytes
        data, source = read_bytes(Path(file), max_bytes=MAX_ANSWER_BYTES, expected="a text file"), file
    if not data.strip():
        raise InputError("the answer is empty", path=source)
    try:
        return decode_bytes(data, source)
    except UnicodeEncodeError as exc:  # lone surrogates in --answer
        raise InputError(f"the answer is not valid text: {exc.reason}", path=source) from exc


def _use_color() -> bool:
    """Colours and underlined evidence on a terminal; plain text (evidence in [[…]]) otherwise or
    when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(sys.stdout, "isatty", lambda: False)())


def _width() -> int:
    return max(60, min(110, shutil.get_terminal_size((100, 24)).columns))


# --------------------------------------------------------------------------------------------
# Terminal text


def render_text(result: Any, *, color: bool, width: int = 100, verbose: bool = False) -> str:
    """The assessment as terminal text, for the candidate. ``color``: ANSI styles (evidence
    underlined) or plain text with evidence in ``[[…]]``; ``verbose`` adds which scorers ran and
    each one's verdict and confidence."""
    from ..assess import describe_match, level_name

    def style(text: str, **kw: Any) -> str:
        return click.style(text, **kw) if color else text

    def wrap(text: str, indent: str, first: str | None = None) -> list[str]:
        return textwrap.wrap(text, width=width, initial_indent=first if first is not None else indent,
                             subsequent_indent=indent, break_on_hyphens=False) or [first or indent]

    out: list[str] = []
    r, q = result.rubric, result.question
    out.append(style(f"{r['title'] or r['id']}", bold=True) + f" (rubric {r['id']} v{r['version']})"
               + (" · scorers: " + ", ".join(result.scorers) if verbose else ""))
    if q.id:
        out += wrap(f'{q.id} — "{q.text}" ({describe_match(q)})', "  ", "question: ")
    else:
        out.append(f"question: none ({describe_match(q)})")
    for note in result.notes:
        out += [style(line, fg="yellow") for line in wrap(note, "      ", "note: ")]
    out.append("")
    out.append(style("Answer", bold=True) + (" (evidence underlined)" if color else " (evidence in [[…]])"))
    out += _marked_answer(result.answer, result.spans(), color=color, width=width)
    out.append("")
    if result.criteria:
        out.append(style("Criteria", bold=True))
    for c in result.criteria:
        if c.status != "scored":
            out += wrap(f"{c.id}: unscored — {c.reason}", "    ", "  ")
            continue
        head = f"level {_num(c.value)}/{_num(c.max_value)}" + (f" ({c.label})" if c.label else "")
        line = f"  {style(c.id, bold=True)}: {style(head, fg='cyan', bold=True)}"
        if c.next_level is not None:
            nxt = f"next: {level_name(c.next_level)}: {c.next_level.anchor}"
            out += _wrap_styled(line + " — ", nxt, width, "      ", lambda s: style(s, fg="yellow"))
        else:
            out.append(line + " — " + style("top level", fg="green"))
        if c.level is not None:
            out += wrap(c.level.anchor, "      ", "      now: ")
        out += _evidence_lines(c, style, width)
        out += _scorer_lines(c, style, width) if verbose else []
    if result.flags:
        out.append(style("Red flags", bold=True))
    for f in result.flags:
        if f.status != "scored":
            out += wrap(f"unscored: {f.id} — {f.reason}", "      ", "  ")
        elif f.raised:
            head = f"  {style('RAISED', fg='red', bold=True)}: {style(f.id, bold=True)} ({f.severity}) — "
            out += _wrap_styled(head, f.advice or "", width, "      ", lambda s: s)
            out += _evidence_lines(f, style, width)
            out += _scorer_lines(f, style, width) if verbose else []
        else:
            out.append(f"  {style('ok', fg='green')}: {f.id}")
    s = result.summary
    out.append("")
    overall = "–" if s.overall is None else f"{_num(s.overall)}/100"
    out.append(style("Overall", bold=True) + f" {overall} · {s.criteria_scored}/{s.criteria_total} criteria scored · "
               f"{len(s.flags_raised)}/{s.flags_total} flags raised")
    if s.next_steps:
        out.append(style("What to do next", bold=True))
        for n, step in enumerate(s.next_steps, 1):
            out += wrap(step, "     ", f"  {n}. ")
    return "\n".join(out)


def _num(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _wrap_styled(prefix: str, text: str, width: int, indent: str, styler: Any) -> list[str]:
    """``prefix`` (maybe styled) then ``text`` wrapped, the continuation lines indented."""
    visible = len(click.unstyle(prefix))
    lines = textwrap.wrap(text, width=max(20, width - visible), break_on_hyphens=False) or [""]
    first, rest = lines[0], " ".join(lines[1:])
    more = textwrap.wrap(rest, width=width - len(indent), break_on_hyphens=False) if rest else []
    return [prefix + styler(first)] + [indent + styler(line) for line in more]


def _evidence_lines(item: Any, style: Any, width: int, limit: int = 8) -> list[str]:
    if not item.evidence:
        return []
    quotes = [f'"{s.text}"' for s in item.evidence[:limit]]
    extra = f" (+{len(item.evidence) - limit} more)" if len(item.evidence) > limit else ""
    return textwrap.wrap(", ".join(quotes) + extra, width=width, initial_indent="      evidence: ",
                         subsequent_indent="                ", break_on_hyphens=False)


def _scorer_lines(item: Any, style: Any, width: int) -> list[str]:
    parts = []
    for v in item.scorers:
        if v.status != "scored":
            parts.append(f"{v.scorer} unscored")
            continue
        value = v.label if item.kind == "flag" else _num(v.value)
        conf = f" ({_num(v.confidence)})" if v.confidence is not None else ""
        mark = "*" if v.scorer == item.decided_by else ""
        parts.append(f"{v.scorer}{mark} {value}{conf}")
    if not parts:
        return []
    text = "scorers (* decided, confidence): " + " · ".join(parts)
    return [style(line, dim=True) for line in textwrap.wrap(text, width=width, initial_indent="      ",
                                                             subsequent_indent="        ")]


def _marked_answer(text: str, spans: list[tuple[int, int, str]], *, color: bool, width: int) -> list[str]:
    """The answer, wrapped and indented, with the evidence spans underlined (or in [[…]])."""
    marked = [False] * len(text)
    for start, end, _ in spans:
        for i in range(max(0, start), min(len(text), end)):
            marked[i] = True
    out: list[str] = []
    indent = "  │ "
    limit = max(20, width - len(indent))
    offset = 0
    for paragraph in text.split("\n"):
        lines: list[tuple[int, int]] = []  # (start, end) into text
        pos, line_start, line_end = 0, None, None
        for word in paragraph.split(" "):
            w_start, w_end = offset + pos, offset + pos + len(word)
            pos += len(word) + 1
            if line_start is None:
                line_start, line_end = w_start, w_end
            elif w_end - line_start > limit:
                lines.append((line_start, line_end))
                line_start, line_end = w_start, w_end
            else:
                line_end = w_end
        lines.append((line_start or offset, line_end or offset))
        for start, end in lines:
            out.append(indent + _mark(text, marked, start, end, color))
        offset += len(paragraph) + 1
    return out


def _mark(text: str, marked: list[bool], start: int, end: int, color: bool) -> str:
    pieces = []
    i = start
    while i < end:
        j = i
        while j < end and marked[j] == marked[i]:
            j += 1
        piece = text[i:j]
        if marked[i]:
            piece = click.style(piece, underline=True, bold=True) if color else f"[[{piece}]]"
        pieces.append(piece)
        i = j
    return "".join(pieces)
