"""A vendor's status answer in the facade's words: the manifest's ``states`` / ``verdicts`` as a reader.

The mapping is data (``specs/vendors.yaml``, copied into each generated facade);
this module only applies it. A word the mapping does not know is never an error
and never terminal: the run is shown in the vendor's word and polled on. A
verdict it does not know, or none where the vendor gives verdicts, is the
opposite: the run is over, and ``inconclusive`` (never a pass).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._models import TERMINAL_STATES, RunStatus
from ..text import cut
from .call import value_at

__all__ = ["StateMap"]


def _lookup(words: Mapping[str, str], word: str) -> str | None:
    """The mapped state of ``word``; vendors vary in case (``Cancelled``), so a caseless match counts too."""
    found = words.get(word)
    if found is None:
        folded = word.casefold()
        found = next((state for known, state in words.items() if known.casefold() == folded), None)
    return found


@dataclass(frozen=True)
class StateMap:
    """How one vendor's status answer reads.

    Attributes:
        states: the vendor's word (or code, as text) → the facade's state.
        verdict_at: JSON Pointer to a finished run's verdict, if the vendor gives one apart from its state.
        verdicts: each verdict → the facade's state.
        message_at: JSON Pointers to what the vendor says about a failure; the first one present wins
            (read only for a run that failed, errored or was cancelled).
    """

    states: Mapping[str, str]
    verdict_at: str | None = None
    verdicts: Mapping[str, str] = field(default_factory=dict)
    message_at: tuple[str, ...] = ()

    def read(self, vendor: str, run_id: str, word: str | None, document: Any, raw: Any) -> RunStatus:
        """The ``RunStatus`` that ``word`` (the vendor's state) and the rest of ``document`` say.

        The verdict decides a finished run; for a run that ended otherwise, a failing verdict wins (an aborted
        run the vendor says failed reads as failed), and a passing one never turns it into a pass. Where the
        vendor gives verdicts, a finished run with none, or with one the mapping does not list, is
        ``inconclusive``: over, and never a pass.
        """
        state = _lookup(self.states, word) if word is not None else None
        verdict_word = value_at(document, self.verdict_at) if state in TERMINAL_STATES and self.verdict_at else None
        verdict = _lookup(self.verdicts, verdict_word) if verdict_word is not None else None
        message = None
        if state == "finished" and self.verdict_at and verdict is None:
            # A vendor that gives verdicts gave none (Tester Army's planner-skipped run) or one nobody mapped.
            state = "inconclusive"
            message = (
                f"the run finished with no verdict at {self.verdict_at}"
                if verdict_word is None
                else f"the run finished with the verdict {verdict_word!r}, which the manifest does not map"
            )
        elif verdict is not None and (state == "finished" or (state in _STOPPED and verdict in ("failed", "error"))):
            state = verdict
        if state in ("failed", "error", "cancelled"):
            message = next((found for at in self.message_at if (found := value_at(document, at)) is not None), None)
        shown = state or word or "unknown"
        return RunStatus(
            vendor=vendor,
            run_id=run_id,
            state=shown,
            vendor_state=word,
            done=state in TERMINAL_STATES,
            message=None if message is None else cut(message),
            raw=raw,
        )


# A run that ended without finishing: its verdict, where the vendor gives a failing one, says why.
_STOPPED = frozenset({"cancelled", "error"})
