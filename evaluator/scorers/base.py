"""The scorer interface and registry: ``--scorers`` names map to classes without if-chains."""

from __future__ import annotations

from typing import Any, Callable, Iterable, Protocol, Sequence, runtime_checkable

from ..errors import ScorerError
from ..models import Answer, Verdict
from ..rubric import Criterion, Flag, Rubric


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


_REGISTRY: dict[str, Callable[..., Scorer]] = {}


def register(name: str) -> Callable[[type], type]:
    """Class decorator: make a scorer available under ``name``."""
    def decorate(cls: type) -> type:
        _REGISTRY[name] = cls
        cls.name = name
        return cls
    return decorate


def available_scorers() -> list[str]:
    return sorted(_REGISTRY)


def make_scorer(name: str, rubric: Rubric, **options: Any) -> Scorer:
    """Instantiate the scorer registered as ``name`` for ``rubric``."""
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise ScorerError(f"unknown scorer {name!r}; available: {', '.join(available_scorers())}") from None
    return factory(rubric, **options)


def unscored(answer_id: str, item: Criterion | Flag, scorer: str, reason: str) -> Verdict:
    """The explicit 'could not score' verdict."""
    return Verdict(answer_id=answer_id, item_kind="criterion" if isinstance(item, Criterion) else "flag",
                   item_id=item.id, scorer=scorer, value=None, confidence=None, status="unscored",
                   reason=reason)
