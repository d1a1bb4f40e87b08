"""Calibration results in the database: the whole document plus one row per figure."""

from __future__ import annotations

import json
from typing import Any

import duckdb

from .writes import bulk_insert, transaction


def save_calibration(conn: duckdb.DuckDBPyConnection, document: dict[str, Any]) -> None:
    """Store a calibration (replacing one with the same id: same run, labels and settings)."""
    rows = []
    for item in document["items"]:
        groups = dict(item["scorers"])
        if item.get("humans"):
            groups["humans"] = {"mean_kappa": item["humans"]["mean_kappa"], "alpha": item["humans"]["alpha"],
                                "mean_kappa_ci": item["humans"].get("mean_kappa_ci"), "n": item["humans"]["n_units"]}
        for scorer, figures in groups.items():
            for metric, value in figures.items():
                if isinstance(value, bool) or not isinstance(value, (int, float)) or metric == "n":
                    continue
                ci = figures.get(f"{metric}_ci") or [None, None]
                rows.append([document["calibration_id"], item["item_id"], scorer, metric, float(value), ci[0], ci[1],
                             figures.get("n")])
    with transaction(conn):
        conn.execute("DELETE FROM calibration_metrics WHERE calibration_id = ?", [document["calibration_id"]])
        conn.execute("DELETE FROM calibrations WHERE calibration_id = ?", [document["calibration_id"]])
        conn.execute("INSERT INTO calibrations (calibration_id, run_id, rubric_hash, reference, cluster_by, n_boot, "
                     "result) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [document["calibration_id"], document["run_id"], document["rubric"]["hash"], document["reference"],
                      document["cluster_by"], document["n_boot"], json.dumps(document, default=str)])
        bulk_insert(conn, "calibration_metrics", ["calibration_id", "item_id", "scorer", "metric", "value", "ci_low",
                                                  "ci_high", "n"], rows)
