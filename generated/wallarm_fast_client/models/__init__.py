"""Contains all the data models used in inputs/outputs"""

from .error_envelope import ErrorEnvelope
from .test_run import TestRun
from .test_run_create_request import TestRunCreateRequest
from .test_run_envelope import TestRunEnvelope

__all__ = (
    "ErrorEnvelope",
    "TestRun",
    "TestRunCreateRequest",
    "TestRunEnvelope",
)
