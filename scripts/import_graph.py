"""The package's import graph: cycles between modules and imports that run up the layers.

    python scripts/import_graph.py [--modules] [--dot]

Reads every module of ``evaluator/`` with :mod:`ast` (nothing is imported), resolves relative
imports, and groups modules into packages (``evaluator.classifier.model`` → ``classifier``). Prints
the package-level edges, every cycle between modules (strongly connected components, imports
inside functions included: they are still a dependency), and every import from a package to one in
a higher layer of :data:`LAYERS` (docs/architecture.md draws them). Exits 1 when there is either.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "evaluator"

# Highest first. A package may import from its own layer and any lower one, never from a higher one.
LAYERS: list[tuple[str, ...]] = [
    ("cli", "__main__", "__init__"),
    ("web",),
    ("pipeline", "assess", "calibrate", "audit", "compare", "training", "labels", "export", "runs"),
    ("report",),
    ("scorers",),
    ("judge", "classifier"),
    ("store",),
    ("rubric", "ingest", "segment", "speakers", "match", "tfidf"),
    ("models", "errors", "fileio", "data", "notes", "workers"),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(path: Path, name: str, is_package: bool) -> set[str]:
    """Modules of the package that ``path`` imports (anywhere in it, at any depth)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    base = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("evaluator"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                target = ".".join([*anchor, *(node.module.split(".") if node.module else [])])
            else:
                target = node.module or ""
            if not target.startswith("evaluator"):
                continue
            # "from . import tables" imports a module; "from .x import name" the module x
            found.update(f"{target}.{alias.name}" for alias in node.names)
            found.add(target)
    return found


def resolve(found: set[str], files: set[str]) -> set[str]:
    """The modules among ``found``: a package named only as the anchor of "from pkg import module"
    does not count as imported when one of its modules is."""
    modules = {f for f in found if f in files}
    return {m for m in modules if not any(o.startswith(m + ".") for o in modules)}
    return found


def graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in files.items():
        targets = resolve(imports_of(path, name, path.name == "__init__.py"), set(files))
        edges[name] = {t for t in targets if t != name}
    return edges


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def layer_of(package: str) -> int:
    for i, layer in enumerate(LAYERS):
        if package in layer:
            return i
    return -1


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def upward(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Imports from a package to one in a higher layer, and imports of packages missing from LAYERS
    (packages of one layer may import each other; a circle among them shows as a cycle)."""
    bad = []
    for source, targets in edges.items():
        for target in targets:
            a, b = package_of(source), package_of(target)
            if a == b or a in ("__init__", "__main__"):
                continue  # the package's own lazy re-exports and entry point sit on top
            la, lb = layer_of(a), layer_of(b)
            if la < 0 or lb < 0 or lb < la:
                bad.append((source, target))
    return sorted(bad)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", action="store_true", help="Print module-level edges too.")
    args = parser.parse_args()
    edges = graph()
    packages: dict[str, set[str]] = defaultdict(set)
    for source, targets in edges.items():
        for target in targets:
            if package_of(source) != package_of(target):
                packages[package_of(source)].add(package_of(target))
    print("package imports (layer: package -> packages it imports):")
    for package in sorted(packages, key=lambda p: (layer_of(p), p)):
        print(f"  {layer_of(package)}: {package} -> {', '.join(sorted(packages[package]))}")
    if args.modules:
        for source in sorted(edges):
            print(f"  {source} -> {', '.join(sorted(edges[source]))}")
    found_cycles = cycles(edges)
    print(f"\ncycles between modules: {len(found_cycles)}")
    for component in found_cycles:
        print("  " + " <-> ".join(component))
    bad = upward(edges)
    print(f"\nimports up the layers: {len(bad)}")
    for source, target in bad:
        print(f"  {source} -> {target}  ({package_of(source)} layer {layer_of(package_of(source))}, "
              f"{package_of(target)} layer {layer_of(package_of(target))})")
    return 1 if found_cycles or bad else 0


if __name__ == "__main__":
    sys.exit(main())
