"""Contains all the data models used in inputs/outputs"""

from .error_envelope import ErrorEnvelope
from .test_run import TestRun
from .test_run_create_request import TestRunCreateRequest
from .test_run_details import TestRunDetails
from .test_run_details_state import TestRunDetailsState
from .test_run_envelope import TestRunEnvelope
from .test_run_status_envelope import TestRunStatusEnvelope
from .vulnerability import Vulnerability

__all__ = (
    "ErrorEnvelope",
    "TestRun",
    "TestRunCreateRequest",
    "TestRunDetails",
    "TestRunDetailsState",
    "TestRunEnvelope",
    "TestRunStatusEnvelope",
    "Vulnerability",
)
