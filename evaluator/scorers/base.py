"""The scorer interface and registry: ``--scorers`` names map to classes without if-chains.

:class:`ScorerBase` declares what a scorer may do beyond scoring (run in worker processes, want
big batches, log per run, bring a fitted combine order or learned stacks, report call
statistics) with defaults that do nothing, so callers ask a scorer directly and never probe it
with ``hasattr``. Each scorer kind names its options in a small frozen dataclass (``Options``);
an option it does not have is an error, not silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterable, Mapping, Protocol, Sequence, runtime_checkable

from ..errors import ScorerError
from ..models import Answer, Verdict
from ..rubric import Criterion, Flag, LoadedRubric, Rubric

if TYPE_CHECKING:  # numpy is imported by whoever applies a stack, not by every scorer
    from .stack import Stack


@runtime_checkable
class Scorer(Protocol):
    """Scores answers on the rubric items that apply to them.

    ``items`` maps each answer_id to the criteria and flags that apply to it. A scorer returns
    one :class:`Verdict` per (answer, item); an item it cannot decide is returned with
    ``status="unscored"``, ``value=None`` and the reason — never dropped, never 0.
    """

    name: str
    version: str

    def score(self, answers: Sequence[Answer], rubric: Rubric,
              items: dict[str, list[Criterion | Flag]]) -> Iterable[Verdict]: ...


@dataclass(frozen=True)
class NoOptions:
    """The options of a scorer that takes none."""


class ScorerBase:
    """A scorer as the registry hands it out: :class:`Scorer` plus the optional abilities, each
    with a default that does nothing.

    Subclasses set ``version``, implement :meth:`score` and override what they have: ``Options``
    (their options dataclass), ``parallel``, ``batch_size``, :meth:`bind_run`,
    :meth:`combine_priority`, :meth:`combine_stacks`, ``last_stats``, and :meth:`from_options`
    when they need the loaded rubric or the database.
    """

    name: ClassVar[str]  # set by :func:`register`
    version: str
    Options: ClassVar[type] = NoOptions
    parallel: ClassVar[bool] = False  # a pure function of the answers: may run in worker processes
    batch_size: ClassVar[int] = 0  # answers it wants per batch (0: the pipeline's default suits it)
    last_stats: Any = None  # calls, tokens and cost of what it sent, for scorers that call out

    @classmethod
    def from_options(cls, rubric: Rubric, options: Any, *, loaded_rubric: LoadedRubric | None = None,
                     conn: Any = None) -> ScorerBase:
        """Build the scorer from its parsed ``options``; ``loaded_rubric`` and ``conn`` (a DuckDB
        connection, or None) are there for scorers that need them and override this."""
        return cls(rubric, **option_values(options))  # type: ignore[call-arg]

    def score(self, answers: Sequence[Answer], rubric: Rubric,
              items: dict[str, list[Criterion | Flag]]) -> Iterable[Verdict]:
        """One verdict per (answer, applicable item); see :class:`Scorer`."""
        raise NotImplementedError

    def bind_run(self, run_id: str | None) -> None:
        """Told which run it scores for (None outside a run); scorers that log per run keep it."""

    def combine_priority(self) -> dict[str, list[str]]:
        """Per item, a scorer order fitted on labels that overrides the rubric's (none by default)."""
        return {}

    def combine_stacks(self) -> dict[str, Stack]:
        """Per item, a learned final verdict (see :mod:`.stack`) it brings (none by default)."""
        return {}


def option_values(options: Any) -> dict[str, Any]:
    """An options dataclass's fields as keywords (shallow: a config object or callback is passed as is)."""
    return {f.name: getattr(options, f.name) for f in fields(options)}


def parse_options(scorer: type[ScorerBase], options: Mapping[str, Any] | Any | None) -> Any:
    """``options`` as the scorer's ``Options``: an instance is taken as is, a mapping must name only
    fields it has (an unknown option is an error)."""
    kind = scorer.Options
    if options is None:
        return kind()
    if isinstance(options, kind):
        return options
    if not isinstance(options, Mapping):
        raise ScorerError(f"options of the {scorer.name} scorer must be a mapping or {kind.__name__}, "
                          f"not {type(options).__name__}")
    known = [f.name for f in fields(kind)]
    unknown = [key for key in options if key not in known]
    if unknown:
        raise ScorerError(f"the {scorer.name} scorer has no option {', '.join(map(repr, unknown))}; "
                          f"its options: {', '.join(known) or 'none'}")
    return kind(**options)


_REGISTRY: dict[str, type[ScorerBase]] = {}


def register(name: str) -> Callable[[type], type]:
    """Class decorator: make a scorer available under ``name``.

    A class written to the bare :class:`Scorer` protocol (not a :class:`ScorerBase`) is registered
    as a subclass that adds the base's defaults and builds it as before — ``cls(rubric,
    loaded_rubric=..., conn=...)`` — taking no options; the decorator returns the class unchanged.
    """
    def decorate(cls: type) -> type:
        cls.name = name  # type: ignore[attr-defined]
        _REGISTRY[name] = cls if issubclass(cls, ScorerBase) else _with_defaults(cls)
        return cls
    return decorate


def _with_defaults(cls: type) -> type[ScorerBase]:
    def from_options(sub: type, rubric: Rubric, options: Any, *, loaded_rubric: LoadedRubric | None = None,
                     conn: Any = None) -> ScorerBase:
        return sub(rubric, loaded_rubric=loaded_rubric, conn=conn)
    # the class's own attributes come first in the method order; the base only fills the gaps
    return type(cls.__name__, (cls, ScorerBase), {"__module__": cls.__module__, "__qualname__": cls.__qualname__,
                                                  "__doc__": cls.__doc__, "from_options": classmethod(from_options)})


def available_scorers() -> list[str]:
    """The names ``--scorers`` accepts."""
    return sorted(_REGISTRY)


def scorer_class(name: str) -> type[ScorerBase]:
    """The class registered as ``name``."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ScorerError(f"unknown scorer {name!r}; available: {', '.join(available_scorers())}") from None


def build_scorer(name: str, rubric: Rubric, options: Mapping[str, Any] | Any | None = None, *,
                 loaded_rubric: LoadedRubric | None = None, conn: Any = None) -> ScorerBase:
    """Instantiate the scorer registered as ``name``; ``options``: its ``Options`` or a mapping of them."""
    cls = scorer_class(name)
    return cls.from_options(rubric, parse_options(cls, options), loaded_rubric=loaded_rubric, conn=conn)


def make_scorer(name: str, rubric: Rubric, *, loaded_rubric: LoadedRubric | None = None, conn: Any = None,
                **options: Any) -> ScorerBase:
    """Instantiate the scorer registered as ``name`` for ``rubric``, its options as keywords."""
    return build_scorer(name, rubric, options, loaded_rubric=loaded_rubric, conn=conn)


def unscored(answer_id: str, item: Criterion | Flag, scorer: str, reason: str) -> Verdict:
    """The explicit 'could not score' verdict."""
    return Verdict(answer_id=answer_id, item_kind="criterion" if isinstance(item, Criterion) else "flag",
                   item_id=item.id, scorer=scorer, value=None, confidence=None, status="unscored",
                   reason=reason)
