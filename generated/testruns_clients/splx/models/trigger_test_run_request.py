from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TriggerTestRunRequest")


@_attrs_define
class TriggerTestRunRequest:
    """Request payload to trigger the execution of a Test Run.

    Attributes:
        target_id (int): The id of the Target for which the Test Run will be triggered.
        probe_ids (list[int] | None): The ids of the Probes that will be used in a Test Run.
        name (str): Name of the Test Run.
        notify_when_finished (bool):  Default: False.
        run_ai_analysis (bool):  Default: False.
    """

    target_id: int
    probe_ids: list[int] | None
    name: str
    notify_when_finished: bool = False
    run_ai_analysis: bool = False

    def to_dict(self) -> dict[str, Any]:
        target_id = self.target_id

        probe_ids: list[int] | None
        if isinstance(self.probe_ids, list):
            probe_ids = self.probe_ids

        else:
            probe_ids = self.probe_ids

        name = self.name

        notify_when_finished = self.notify_when_finished

        run_ai_analysis = self.run_ai_analysis

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "targetId": target_id,
                "probeIds": probe_ids,
                "name": name,
                "notifyWhenFinished": notify_when_finished,
                "runAiAnalysis": run_ai_analysis,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_id = d.pop("targetId")

        def _parse_probe_ids(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                probe_ids_type_0: list[int] = data

                return probe_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        probe_ids = _parse_probe_ids(d.pop("probeIds"))

        name = d.pop("name")

        notify_when_finished = d.pop("notifyWhenFinished")

        run_ai_analysis = d.pop("runAiAnalysis")

        trigger_test_run_request = cls(
            target_id=target_id,
            probe_ids=probe_ids,
            name=name,
            notify_when_finished=notify_when_finished,
            run_ai_analysis=run_ai_analysis,
        )

        return trigger_test_run_request
