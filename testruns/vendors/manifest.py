"""The vendor manifest (``specs/vendors.yaml``): which vendors exist and how to reach them.

The manifest is data, not code. The generator reads it to know what to build and
the facade reads it to know credentials, regions and operations. Loading it costs
a YAML parse, so callers load it once and only when they need it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

from .._errors import ConfigurationError
from .._models import RUN_STATES, RunState
from .keys import KeyHeaders, base_url_variable

__all__ = [
    "DEFAULT_MANIFEST_PATH",
    "OPERATIONS",
    "RUN_STATES",
    "AuthScheme",
    "Constant",
    "FromEnvironment",
    "FromParameter",
    "KeyHeader",
    "Manifest",
    "ManifestError",
    "NormalState",
    "OperationEntry",
    "Source",
    "VendorAuth",
    "VendorEntry",
    "load_manifest",
]

_IDENTIFIER = r"^[a-z][a-z0-9_]*$"
# A vendor's package sits in its manifest's index package: ``testruns_clients.loadforge``, ``acme_vendors.acme``.
_PACKAGE = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$"


class ManifestError(ConfigurationError):
    """The manifest is missing, unreadable or does not describe valid vendors."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class AuthScheme(StrEnum):
    """How a vendor expects its secret."""

    BEARER = "bearer"
    API_KEY_HEADER = "api_key_header"
    BASIC = "basic"


_VARIABLE = r"^[A-Z][A-Z0-9_]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KeyHeader(_Strict):
    """One header that carries one key, read from one environment variable."""

    header: str = Field(min_length=1)
    env: str = Field(pattern=_VARIABLE)


class VendorAuth(_Strict):
    """Where a vendor's secrets come from and which headers carry them.

    - ``bearer``: ``Authorization: Bearer <env>``.
    - ``api_key_header``: ``<header>: <env>``, or several at once with ``headers: [{header, env}, ...]``
      (an API key and an application key).
    - ``basic``: ``Authorization: Basic`` of ``<env>:<password_env>``.
    """

    scheme: AuthScheme
    env: str | None = Field(default=None, pattern=_VARIABLE, description="environment variable holding the secret")
    header: str | None = Field(default=None, description="header name, for api_key_header")
    headers: tuple[KeyHeader, ...] = Field(default=(), description="several key headers, for api_key_header")
    password_env: str | None = Field(default=None, pattern=_VARIABLE, description="the password's variable, for basic")

    @model_validator(mode="after")
    def _fields_match_scheme(self) -> VendorAuth:
        if self.scheme is AuthScheme.API_KEY_HEADER:
            if bool(self.headers) == bool(self.header or self.env):
                raise ValueError("api_key_header takes either header and env, or a list of headers (each header, env)")
            if self.header is not None and not self.env:
                raise ValueError("auth.env is required with auth.header")
            if self.env and not self.header:
                raise ValueError("auth.header is required when auth.scheme is api_key_header")
        else:
            if self.headers:
                raise ValueError(f"auth.headers is only for api_key_header, not {self.scheme.value}")
            if not self.env:
                raise ValueError(f"auth.env is required for the {self.scheme.value} scheme")
            if self.header not in (None, "Authorization"):
                raise ValueError(
                    f"auth.header must be omitted for the {self.scheme.value} scheme (it is Authorization)"
                )
        if (self.scheme is AuthScheme.BASIC) != (self.password_env is not None):
            raise ValueError("auth.password_env is required for basic, and only for basic")
        return self

    @property
    def key_headers(self) -> tuple[KeyHeader, ...]:
        """For api_key_header: each header and its variable."""
        if self.scheme is not AuthScheme.API_KEY_HEADER:
            return ()
        return self.headers or (KeyHeader(header=self.header or "", env=self.env or ""),)

    @property
    def keys(self) -> KeyHeaders:
        """What a client needs of this entry, as plain data (read as the client reads the generated entry)."""
        return KeyHeaders.from_auth(self.model_dump(mode="json"))

    @property
    def variables(self) -> tuple[str, ...]:
        """Every environment variable a secret comes from, in order."""
        return self.keys.variables

    @property
    def header_names(self) -> tuple[str, ...]:
        """The headers that carry a secret."""
        return self.keys.header_names

    def render(self, secrets: Mapping[str, str]) -> dict[str, str]:
        """The headers to send, given each variable's secret."""
        return self.keys.render(secrets)


_POINTER = r"^(/([^~/]|~[01])*)+$"
# What a vendor entry may map: start a run, cancel one, read one's state.
OPERATIONS = ("trigger", "cancel", "status")


class FromParameter(_Strict):
    """A value the caller gave: a cancel's run id is the run it names (SPLX answers a cancel with nothing)."""

    parameter: str = Field(pattern=_IDENTIFIER)


class Constant(_Strict):
    """A value the operation's success means by itself (a cancel's status is ``cancelled``)."""

    value: str = Field(min_length=1)


# What a vendor's words may map to: the facade's words for a run's state (``testruns._models``).
NormalState = RunState
Pointer = Annotated[str, Field(pattern=_POINTER)]


def _words(value: Any) -> Any:
    """Vendor words as text: a YAML mapping may key LoadForge's status codes as integers."""
    if isinstance(value, Mapping):
        return {str(key): item for key, item in value.items()}
    return value


class OperationEntry(_Strict):
    """How one facade operation maps onto the spec: which operation, and where its answer says what.

    Attributes:
        operation_id: the spec's operationId.
        run_id: where the run id is: a JSON Pointer into the success answer (``/body/id``), or
            ``{parameter: run_id}`` for the caller's own.
        status: where the run's status is, the same way, or ``{value: cancelled}``; none if the vendor says none.
        renames: the facade's name → the spec's name for a parameter (a cancel takes ``run_id`` whatever
            the vendor calls it). A name the spec repeats (Testsigma's ``project_id`` in path and body) is
            given once, and sent to both.
        example: one realistic call, in the facade's names, for the tests and the demo.
        states: (status only) the vendor's word or code at ``status`` → the facade's state. A word not
            listed is shown as it is, never taken as terminal.
        verdict: (status only) where a finished run's verdict is (Tester Army's ``/output/result``) ...
        verdicts: ... and each verdict → the facade's state; a run whose state maps to ``finished`` takes it.
        message: (status only) where the vendor explains a failure: pointers, the first one present wins.
    """

    operation_id: str = Field(min_length=1)
    run_id: Pointer | FromParameter
    status: Pointer | Constant | None = None
    renames: dict[str, str] = Field(default_factory=dict)
    example: dict[str, Any] = Field(default_factory=dict)
    states: Annotated[dict[str, NormalState], BeforeValidator(_words)] = Field(default_factory=dict)
    verdict: Pointer | None = None
    verdicts: Annotated[dict[str, NormalState], BeforeValidator(_words)] = Field(default_factory=dict)
    message: tuple[Pointer, ...] = ()

    @field_validator("message", mode="before")
    @classmethod
    def _one_or_more(cls, value: Any) -> Any:
        return (value,) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _verdicts_need_a_pointer(self) -> OperationEntry:
        if bool(self.verdict) != bool(self.verdicts):
            raise ValueError("verdict (a pointer) and verdicts (verdict -> state) go together")
        return self


_URL = r"^https?://[^\s]+$"


class Source(_Strict):
    """Where a vendor publishes its document, for ``python -m testruns_generator fetch``.

    ``url``: the OpenAPI document itself. ``pages``: documentation pages (Mintlify-style
    ``.md``) that embed it in fenced ``json`` / ``yaml`` blocks; several blocks are merged.
    """

    url: Annotated[str, Field(pattern=_URL)] | None = None
    pages: tuple[Annotated[str, Field(pattern=_URL)], ...] = ()

    @model_validator(mode="after")
    def _one_kind(self) -> Source:
        if bool(self.url) == bool(self.pages):
            raise ValueError("source takes either url (the document) or pages (pages that embed it)")
        return self


class FromEnvironment(_Strict):
    """A parameter's value when the caller gives none: the environment variable that holds it."""

    env: str = Field(pattern=_VARIABLE)


class VendorEntry(_Strict):
    """One vendor of the manifest."""

    id: str = Field(pattern=_IDENTIFIER)
    name: str = Field(min_length=1)
    spec: str = Field(description="the vendor's document, relative to specs/")
    overlay: str | None = Field(default=None, description="our corrections, relative to specs/")
    source: Source | None = Field(default=None, description="where the vendor publishes the spec (for fetch)")
    package: str = Field(
        pattern=_PACKAGE, description="import name of the generated package, inside the manifest's index package"
    )
    auth: VendorAuth
    regions: dict[str, str] = Field(min_length=1, description="region name -> server URL")
    default_region: str
    operations: dict[str, OperationEntry] = Field(description="facade operation -> how it maps onto the spec")
    defaults: dict[str, FromEnvironment] = Field(
        default_factory=dict,
        description="a parameter (the facade's name) -> where its value comes from when the caller gives none "
        "(a tenant or account header every call needs: {env: VARIABLE})",
    )

    @field_validator("regions")
    @classmethod
    def _base_urls(cls, regions: dict[str, str]) -> dict[str, str]:
        # A path is joined to a server as text (``Target.url``), so a server is a scheme, a host and a path.
        for name, url in regions.items():
            if "?" in url or "#" in url:
                raise ValueError(f"regions.{name}: a server URL has no query string or fragment, got {url!r}")
        return regions

    @model_validator(mode="after")
    def _consistent(self) -> VendorEntry:
        if self.default_region not in self.regions:
            raise ValueError(f"default_region {self.default_region!r} is not one of regions {sorted(self.regions)}")
        unknown = set(self.operations) - set(OPERATIONS)
        if unknown:
            raise ValueError(f"operations has unknown keys {sorted(unknown)}; allowed: {', '.join(OPERATIONS)}")
        if "trigger" not in self.operations:
            raise ValueError("operations.trigger is required")
        for name, entry in self.operations.items():
            reads_states = bool(entry.states or entry.verdict or entry.message)
            if name != "status" and reads_states:
                raise ValueError(f"operations.{name}: states, verdict and message are for operations.status only")
        status = self.operations.get("status")
        if status is not None and (not isinstance(status.status, str) or not status.states):
            raise ValueError("operations.status needs status (a pointer to the vendor's state) and states")
        return self

    @property
    def operation_ids(self) -> dict[str, str]:
        """Facade operation → the spec's operationId."""
        return {name: entry.operation_id for name, entry in self.operations.items()}

    @property
    def package_path(self) -> Path:
        """The generated package's folder, relative to the output folder (``testruns_clients/loadforge``)."""
        return Path(*self.package.split("."))

    @property
    def base_url_env(self) -> str:
        """The environment variable that overrides the whole server URL."""
        return base_url_variable(self.id)


class Manifest(_Strict):
    """Every vendor the toolkit knows, in manifest order."""

    vendors: tuple[VendorEntry, ...] = Field(min_length=1)
    path: Path = Field(exclude=True)

    @model_validator(mode="after")
    def _unique(self) -> Manifest:
        for key in ("id", "package"):
            seen: set[str] = set()
            for vendor in self.vendors:
                value = getattr(vendor, key)
                if value in seen:
                    raise ValueError(f"two vendors share the {key} {value!r}")
                seen.add(value)
        return self

    @property
    def index(self) -> str:
        """The package that holds every vendor's package and the index of them (``PACKAGES``).

        A manifest read by ``load_manifest`` has one; the vendors installed (testruns' and plugins') have several.
        """
        parents = sorted({vendor.package.rpartition(".")[0] for vendor in self.vendors})
        if len(parents) > 1:
            raise ValueError(f"every vendor's package must sit in one index package, not in {', '.join(parents)}")
        return parents[0]

    @property
    def index_path(self) -> Path:
        """The index package's folder, relative to the output folder."""
        return Path(*self.index.split("."))

    @property
    def specs_dir(self) -> Path:
        """The folder the vendors' spec and overlay paths are relative to."""
        return self.path.parent

    def vendor(self, vendor_id: str) -> VendorEntry:
        """The entry for ``vendor_id``; ``KeyError`` names the known ids."""
        for vendor in self.vendors:
            if vendor.id == vendor_id:
                return vendor
        raise KeyError(f"unknown vendor {vendor_id!r}; known: {', '.join(self.ids)}")

    @property
    def ids(self) -> tuple[str, ...]:
        """The vendor ids in manifest order."""
        return tuple(v.id for v in self.vendors)


def _format_validation_error(error: ValidationError, raw: Any) -> str:
    lines = []
    for item in error.errors():
        loc = list(item["loc"])
        where = "vendors"
        if loc[:1] == ["vendors"] and len(loc) > 1 and isinstance(loc[1], int):
            index = loc[1]
            try:
                where = f"vendors[{index}] ({raw['vendors'][index]['id']})"
            except (KeyError, IndexError, TypeError):
                where = f"vendors[{index}]"
            loc = loc[2:]
        else:
            where = ""
        field = ".".join(str(part) for part in loc)
        lines.append(f"{where}{'.' if where and field else ''}{field}: {item['msg']}")
    return "; ".join(lines)


def _parsed(path: Path, data: bytes) -> Any:
    import yaml  # noqa: PLC0415 - only the generator and the tests read the manifest

    try:
        # libyaml's loader when there is one: five times faster than the pure-Python one.
        return yaml.load(data.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except UnicodeDecodeError as exc:
        raise ManifestError(path, f"not UTF-8 text: {exc.reason} at byte {exc.start}") from None
    except yaml.YAMLError as exc:
        raise ManifestError(path, f"not valid YAML: {exc}") from None


# In a checkout the manifest is specs/vendors.yaml: the generator's input (an installed testruns reads the
# generated vendor modules instead, never this file).
DEFAULT_MANIFEST_PATH = Path(__file__).resolve().parents[2] / "specs" / "vendors.yaml"


@cache
def load_manifest(path: Path = DEFAULT_MANIFEST_PATH) -> Manifest:
    """Read and validate the manifest; errors name the file and the field."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ManifestError(path, f"cannot read the manifest: {exc.strerror or exc}") from None
    raw = _parsed(path, data)
    if not isinstance(raw, dict):
        raise ManifestError(path, "must be a mapping with a 'vendors' list")
    try:
        manifest = Manifest.model_validate({**raw, "path": path})
    except ValidationError as exc:
        raise ManifestError(path, _format_validation_error(exc, raw)) from None
    try:
        manifest.index  # noqa: B018 - the generator writes every package of one manifest into one index package
    except ValueError as exc:
        raise ManifestError(path, f"vendors[].package: {exc}") from None
    return manifest
