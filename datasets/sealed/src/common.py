"""Helper for the per-style entry files. Each entry = one answer + its labels.

e(cand, qid, crit, comm, rf, jpe, nmt, text, n="", f=None)
  cand : candidate key local to the style file (same key = same candidate, max 2 answers)
  qid  : rubric question id
  crit : level of the question's criterion (role_understanding / production_substance / model_tradeoffs)
  comm : communication level 1-3
  rf, jpe : researcher_framing, just_prompt_engineering (0/1)
  nmt  : no_model_tradeoffs (0/1) on model_choice, None otherwise
  n    : note for the criterion label
  f    : optional dict item_id -> note for flag / communication labels
"""

def e(cand, qid, crit, comm, rf, jpe, nmt, text, n="", f=None):
    return dict(cand=cand, qid=qid, crit=crit, comm=comm, rf=rf, jpe=jpe, nmt=nmt,
                text=text.strip("\n"), n=n, f=f or {})
