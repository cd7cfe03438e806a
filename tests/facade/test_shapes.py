"""Each shape the generator wrote is held to its pydantic model, on every vendor of the manifest.

A shape may say "plainly valid" only where the model agrees, and must then give the model's own dump;
everything else is the model's to judge. Hypothesis looks for a value where they part.
"""

from __future__ import annotations

import enum
import json
import math
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Annotated, Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError

from generator.shapes import shape_of
from testruns._adapter import Endpoint
from testruns._client import adapter_classes
from testruns._errors import ConfigurationError
from testruns._shapes import FieldShape, ModelShape, plain_json
from testruns._validation import as_json

from .cases import CASES, MANIFEST, SECRETS, Case

Part = tuple[str, type[BaseModel], ModelShape, str]  # id, model, shape, "parameters" | "body" | "response"


class Mode(enum.Enum):
    FAST = "fast"
    DEEP = "deep"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Point(BaseModel):
    """A nested model that drops unknown keys (pydantic's default), with an alias, a UUID and a number."""

    model_config = ConfigDict(populate_by_name=True)
    x: Annotated[int, Field(ge=0, le=10)]
    tag: Annotated[UUID | None, Field(alias="tagId")] = None
    weight: float | None = None


class Named(BaseModel):
    """A nested model that refuses unknown keys."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid")
    name: Annotated[str, Field(min_length=1)]
    kind: Mode = Mode.FAST


class Percent(RootModel[int]):
    root: Annotated[int, Field(ge=0, le=100)]


class Synthetic(BaseModel):
    """What no vendor has yet: a number, enums, an alias, bounds of every kind, a nullable required field, an
    aliased UUID, and lists, maps and nested models of them."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid")
    ratio: Annotated[float, Field(gt=0, le=2.5)]
    share: Annotated[float | None, Field(ge=-1, lt=1)] = None
    mode: Mode | None = None
    level: Annotated[Level, Field(alias="levelName")] = Level.LOW
    label: Annotated[str | None, Field(min_length=2, max_length=5)]
    flag: bool = False
    owner: Annotated[UUID | None, Field(alias="ownerId")] = None
    percents: Annotated[list[Percent] | None, Field(min_length=1, max_length=3)] = None
    tags: list[Annotated[str, Field(max_length=3)] | None] | None = None
    weights: Annotated[dict[str, float] | None, Field(alias="weightsByName", max_length=2)] = None
    owners: list[UUID] | None = None
    point: Point | None = None
    named: Annotated[list[Named], Field(alias="namedList")] = []
    grid: dict[str, list[Point]] | None = None


class Loose(BaseModel):
    """A nested model that keeps unknown keys in its dump."""

    model_config = ConfigDict(extra="allow")
    note: str | None = None


class Filters(BaseModel):
    """Nested values without an enum, so even as parameters (dumped as Python objects) a shape judges them."""

    model_config = ConfigDict(populate_by_name=True)
    percents: list[Percent] | None = None
    owners: Annotated[list[UUID] | None, Field(alias="ownerIds")] = None
    point: Point | None = None
    where: dict[str, UUID | None] | None = None
    loose: Loose | None = None


class ByAliasOnly(BaseModel):
    """A model that reads a field by its alias alone, where the facade gives fields by name."""

    count: Annotated[int, Field(alias="countOf")]


class Tree(BaseModel):
    """A model that holds itself: shaped once, then left to pydantic."""

    label: str
    children: list[Tree] | None = None


def _parts() -> Iterator[Part]:
    for vendor in MANIFEST.vendors:
        for operation, endpoint in adapter_classes(vendor.id)[0].endpoints.items():
            for role in ("parameters", "body", "response"):
                shape = getattr(endpoint, role)
                if shape is not None:
                    yield f"{vendor.id}-{operation}-{role}", endpoint.model(shape), shape, role
    for model in (Synthetic, Filters):
        for role in ("parameters", "body", "response"):
            yield f"{model.__name__.lower()}-{role}", model, shape_of(model, body=role != "parameters"), role


def test_the_synthetic_model_is_judged_by_its_shape_where_it_can_be() -> None:
    # Its parameters' enums dump as members, which only the model gives; as a body, the shape judges it all.
    assert shape_of(Synthetic, body=True).exact and not shape_of(Synthetic, body=False).exact
    assert shape_of(Filters, body=False).exact
    kinds = {field.name: field.kind for field in shape_of(Synthetic, body=True).fields}
    assert [kinds[name] for name in ("percents", "weights", "point", "named", "grid")] == [
        "array",
        "map",
        "object",
        "array",
        "map",
    ]


def test_a_root_model_is_shaped_as_its_value() -> None:
    items = shape_of(Synthetic, body=True).by_name["percents"].items
    assert items is not None and (items.kind, items.ge, items.le, items.exact) == ("integer", 0, 100, True)


def test_a_model_that_reads_fields_by_alias_only_is_left_to_pydantic() -> None:
    with pytest.raises(ValidationError):
        ByAliasOnly.model_validate_json('{"count": 1}', strict=True)  # what the facade would hand it
    assert not shape_of(ByAliasOnly, body=True).exact


def test_a_model_that_holds_itself_is_left_to_pydantic_below_its_first_level() -> None:
    children = shape_of(Tree, body=True).by_name["children"]
    assert (children.kind, children.exact, children.items) == ("other", False, None)
    assert not shape_of(Tree, body=True).accepts({"label": "root"})


PARTS = list(_parts())
# A shape that is not exact passes nothing by itself (pydantic judges every call): nothing to hold it to.
INPUTS = [part for part in PARTS if part[3] != "response" and part[2].exact]
ANSWERS = [part for part in PARTS if part[3] == "response" and part[2].exact]
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _near(bound: float | None) -> st.SearchStrategy[Any]:
    if bound is None:
        return st.nothing()
    whole = math.floor(bound)
    return st.integers(whole - 2, whole + 2) | st.floats(bound - 1.5, bound + 1.5)


def _valid(field: FieldShape) -> st.SearchStrategy[Any]:
    """Values that keep every rule the shape carries (so the shape says yes, and is checked)."""
    if field.choices:
        found: st.SearchStrategy[Any] = st.sampled_from(field.choices)
    elif field.uuid:
        found = st.uuids().map(str)
    elif field.kind == "string":
        found = st.text(min_size=field.min_length or 0, max_size=field.max_length or 12)
    elif field.kind == "boolean":
        found = st.booleans()
    elif field.kind in ("integer", "number"):
        low = field.ge if field.ge is not None else (field.gt + 1 if field.gt is not None else None)
        high = field.le if field.le is not None else (field.lt - 1 if field.lt is not None else None)
        low, high = (None if low is None else math.ceil(low)), (None if high is None else math.floor(high))
        found = st.integers(low, high)
        if field.kind == "number":
            found |= st.floats(low, high, allow_nan=False, allow_infinity=False)
    elif field.kind == "array" and field.items is not None:
        found = st.lists(_valid(field.items), min_size=field.min_length or 0, max_size=_most(field))
    elif field.kind == "map" and field.items is not None:
        keys = st.text(max_size=4)
        found = st.dictionaries(keys, _valid(field.items), min_size=field.min_length or 0, max_size=_most(field))
    elif field.kind == "object" and field.model is not None:
        found = _values(field.model, wire=True, spoiled=False)
    else:
        found = st.text(max_size=8)  # a field the shape leaves to pydantic
    return found | st.none() if field.nullable else found


def _most(field: FieldShape) -> int:
    """How many items to draw at most: a few, and never past the limit."""
    few = (field.min_length or 0) + 3
    return few if field.max_length is None else min(few, field.max_length)


def _odd_nested(field: FieldShape) -> st.SearchStrategy[Any]:
    """A list, map or nested object with one thing wrong or unsure: an odd item, a count past a limit, a key
    that is no text, a key by the model's name instead of the vendor's, or another container."""
    items = field.items
    # Just past each limit on the count of items.
    past = [size for size in ((field.min_length or 0) - 1, (field.max_length or -2) + 1) if size >= 0]
    if items is not None and field.kind == "array":
        valid = st.lists(_valid(items), max_size=4)
        sized = st.one_of(*(st.lists(_valid(items), min_size=size, max_size=size) for size in past))
        one_odd = st.tuples(valid, _odd(items)).map(lambda drawn: [*drawn[0], drawn[1]])
        return sized | one_odd | valid.map(tuple) | valid.map(lambda found: dict(enumerate(found)))
    if items is not None and field.kind == "map":
        keys = st.text(max_size=4)
        valid_map = st.dictionaries(keys, _valid(items), max_size=3)
        sized_map = st.one_of(*(st.dictionaries(keys, _valid(items), min_size=size, max_size=size) for size in past))
        odd_value = st.tuples(valid_map, keys, _odd(items)).map(lambda drawn: {**drawn[0], drawn[1]: drawn[2]})
        not_text = st.tuples(valid_map, st.integers(0, 3), _valid(items)).map(
            lambda drawn: {**drawn[0], drawn[1]: drawn[2]}
        )
        return sized_map | odd_value | not_text | valid_map.map(lambda found: list(found.values()))
    if field.model is not None:
        by_name = _values(field.model, wire=False, spoiled=False)
        unknown = st.tuples(_values(field.model, wire=True, spoiled=False), st.sampled_from(["x", "unknown"]))
        return (
            _values(field.model, wire=True)
            | unknown.map(lambda drawn: {**drawn[0], drawn[1]: 1})  # a nested model drops, keeps or refuses it
            | by_name
            | by_name.map(lambda found: list(found))
        )
    return st.nothing()


def _odd(field: FieldShape) -> st.SearchStrategy[Any]:
    """Values at and around each rule, beside the enum's values, and of every other JSON kind."""
    around = st.one_of(*(_near(bound) for bound in (field.ge, field.gt, field.le, field.lt)))
    numbers = [choice for choice in field.choices or () if isinstance(choice, int)]
    beside = st.integers(min(numbers) - 1, max(numbers) + 1) if numbers else st.nothing()
    lengths = [size for size in (field.min_length, field.max_length) if size is not None]
    sized = st.one_of(*(st.text(min_size=max(size - 1, 0), max_size=size + 1) for size in lengths))
    other = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=4)
    # A UUID spelled otherwise than pydantic writes it; pydantic reads some of these, the shape none.
    spellings: list[Callable[[str], str]] = [
        str.upper,
        lambda text: text.replace("-", ""),
        "{{{}}}".format,
        "urn:uuid:{}".format,
        str,
    ]
    odd_uuids = st.tuples(st.uuids(), st.sampled_from(spellings)).map(lambda drawn: drawn[1](str(drawn[0])))
    spelled = odd_uuids.map(lambda text: text[:-1]) | odd_uuids if field.uuid else st.nothing()
    if field.kind in ("array", "map", "object"):
        return _odd_nested(field) | other  # what is odd about a container is mostly inside it
    return around | beside | sized | other | spelled | st.integers(-(2**70), 2**70)


def _values(shape: ModelShape, *, wire: bool, spoiled: bool = True) -> st.SearchStrategy[dict[str, Any]]:
    """Values that keep every rule, then (mostly, where ``spoiled``) one field made odd, dropped, or an
    unknown name added."""
    named = {(field.wire if wire else field.name): field for field in shape.fields}
    required = {name: _valid(field) for name, field in named.items() if field.required}
    rest = {name: _valid(field) for name, field in named.items() if not field.required}
    valid = st.fixed_dictionaries(required, optional=rest)
    if not spoiled:
        return valid
    names = sorted(named)
    odd = (
        st.sampled_from(names).flatmap(lambda name: st.tuples(st.just(name), _odd(named[name]))) if names else st.none()
    )
    extra = st.dictionaries(
        st.sampled_from(["x", "unknown"]) | st.text(max_size=6),
        st.integers() | st.text(max_size=4),
        min_size=1,
        max_size=2,
    )

    def spoil(drawn: tuple[dict[str, Any], int, Any, str | None, dict[str, Any]]) -> dict[str, Any]:
        values, how, changed, dropped, unknown = drawn
        if how == 1 and changed is not None:
            values = {**values, changed[0]: changed[1]}
        elif how == 2:
            values = {k: v for k, v in values.items() if k != dropped}
        elif how == 3:
            values = {**values, **unknown}
        return values

    dropped = st.sampled_from(names) if names else st.none()
    return st.tuples(valid, st.sampled_from([0, 1, 1, 1, 2, 3]), odd, dropped, extra).map(spoil)


def _typed(value: Any) -> Any:
    """``value`` with each number's type made part of it (``1 == 1.0`` must not pass for the same dump)."""
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return (type(value).__name__, value)


def _agrees(model: type[BaseModel], shape: ModelShape, body: bool, values: dict[str, Any]) -> None:
    """Where the shape passes ``values``, the model passes them too and dumps what the shape dumps."""
    if not shape.accepts(values):
        return
    try:
        document = as_json(values, vendor="test")
    except Exception:
        return  # refused before either judges (a lone surrogate): the same on both paths
    checked = model.model_validate_json(document, strict=True)
    expected = checked.model_dump(mode="json" if body else "python", by_alias=body, exclude_unset=True)
    assert _typed(shape.dump(values, by_alias=body)) == _typed(expected)


@pytest.mark.parametrize("part", INPUTS, ids=lambda p: p[0])
def test_a_shape_passes_an_input_only_where_its_model_does_and_dumps_as_it_does(part: Part) -> None:
    _, model, shape, role = part

    @SETTINGS
    @given(_values(shape, wire=False))
    def agrees(values: dict[str, Any]) -> None:
        _agrees(model, shape, role == "body", values)

    agrees()


# Each list, map or nested object of an exact input shape, drawn alone: among a model's many fields, what is
# odd inside one of them would be drawn too rarely.
CONTAINERS = [
    (f"{part[0]}-{field.name}", part, field)
    for part in INPUTS
    for field in part[2].fields
    if field.kind in ("array", "map", "object")
]


@pytest.mark.parametrize(("part", "field"), [case[1:] for case in CONTAINERS], ids=[case[0] for case in CONTAINERS])
def test_a_list_map_or_nested_object_passes_only_where_its_model_does(part: Part, field: FieldShape) -> None:
    _, model, shape, role = part
    required = {other.name: _valid(other) for other in shape.fields if other.required and other is not field}

    @SETTINGS
    @given(st.fixed_dictionaries(required), _valid(field) | _odd(field))
    def agrees(values: dict[str, Any], value: Any) -> None:
        _agrees(model, shape, role == "body", {**values, field.name: value})

    agrees()


@pytest.mark.parametrize("part", ANSWERS, ids=lambda p: p[0])
def test_a_shape_passes_an_answer_only_where_its_model_does(part: Part) -> None:
    _, model, shape, _ = part
    tricks = st.sampled_from([b"", b' , "x": NaN', b' , "x": 1e400', b' , "x": "\\ud800"', b' , "x": 1, "x": 2'])

    @SETTINGS
    @given(st.booleans().flatmap(lambda wire: _values(shape, wire=wire)), tricks)
    def agrees(document: dict[str, Any], trick: bytes) -> None:
        content = json.dumps(document).encode()
        if trick and document:
            content = content[:-1] + trick + b"}"
        if not shape.accepts_answer(plain_json(content)):
            return
        try:
            model.model_validate_json(content, strict=True)
        except ValidationError as error:
            raise AssertionError(f"the shape passed what the model refuses: {content!r}: {error}") from None

    agrees()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"a": NaN}', "NaN is no JSON"),
        (b'{"a": 1e400}', "too large for a float"),
        (b'{"a": "\\udc00"}', "a lone surrogate"),
        (b'{"a": 1, "a": 2}', "a repeated key"),
        (b'\xef\xbb\xbf{"a": 1}', "a byte order mark"),
        (b'{"a": "\xff"}', "not UTF-8"),
    ],
)
def test_an_answer_pydantic_might_read_otherwise_is_left_to_pydantic(content: bytes, reason: str) -> None:
    assert plain_json(content) is None, reason
    assert plain_json(b'{"a": 1, "b": "\\u00e9"}') == {"a": 1, "b": "\u00e9"}


def _example(vendor: str, operation: str) -> dict[str, Any]:
    entry = MANIFEST.vendor(vendor).operations[operation]
    return dict(entry.example)


EXACT = [
    (vendor.id, operation)
    for vendor in MANIFEST.vendors
    for operation, endpoint in adapter_classes(vendor.id)[0].endpoints.items()
    if all(part.exact for part in (endpoint.parameters, endpoint.body) if part is not None)
]


def test_some_vendor_operation_is_judged_by_its_shapes_alone() -> None:
    # Otherwise the tests below check nothing: the generator must keep writing exact shapes.
    assert EXACT


@pytest.mark.parametrize(("vendor", "operation"), EXACT, ids=lambda v: str(v))
def test_a_plain_call_is_built_without_the_pydantic_models_as_with_them(
    vendor: str, operation: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    endpoint = adapter_classes(vendor)[0].endpoint(operation)  # type: ignore[arg-type]
    params = _example(vendor, operation)
    with monkeypatch.context() as only_pydantic:
        only_pydantic.setattr(ModelShape, "accepts", lambda self, values: False)
        judged_by_models = endpoint.call(operation, params, vendor)  # type: ignore[arg-type]

    def refuse(self: Endpoint, shape: ModelShape) -> type[BaseModel]:
        raise AssertionError(f"{shape.model} was loaded for a plain call")

    monkeypatch.setattr(Endpoint, "model", refuse)
    judged_by_shapes = endpoint.call(operation, params, vendor)  # type: ignore[arg-type]
    assert _typed(judged_by_shapes.kwargs) == _typed(judged_by_models.kwargs)


def _plain(case: Case) -> bool:
    endpoint = adapter_classes(case.vendor)[0].endpoint(case.operation)  # type: ignore[arg-type]
    shapes = [endpoint.parameters, endpoint.body, endpoint.response]
    return all(shape.exact for shape in shapes if shape is not None) and case.operation != "status"


PLAIN_CASES = [case for case in CASES if _plain(case)]


def test_some_documented_call_is_plain_from_end_to_end() -> None:
    assert PLAIN_CASES  # otherwise the test below checks nothing


@pytest.mark.parametrize("case", PLAIN_CASES, ids=lambda c: c.id)
def test_a_plain_call_from_a_cold_start_loads_neither_pydantic_nor_yaml(case: Case) -> None:
    # Loading them was half of a cold trigger's start; the catalog and the shapes answer instead.
    code = (
        "import sys, httpx, testruns\n"
        f"answer = httpx.Response({case.reply_status}, json={case.reply!r})\n"
        "c = testruns.Client(api_keys=SECRETS, transport=httpx.MockTransport(lambda request: answer))\n"
        f"run = getattr(c, {case.operation!r})({case.vendor!r}, **{case.params!r})\n"
        "print(run.run_id, sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'yaml'}))\n"
    ).replace("SECRETS", repr(SECRETS))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.split() == [case.run_id, "[]"], done.stderr


def test_models_that_cannot_be_loaded_are_a_configuration_error_naming_them() -> None:
    endpoint = Endpoint(json, models="no_such_package.request_models")
    with pytest.raises(ConfigurationError, match=r"no_such_package\.request_models: cannot load the model Gone"):
        endpoint.model(ModelShape("Gone", ()))


def test_an_api_module_that_cannot_be_loaded_is_a_configuration_error_naming_it() -> None:
    endpoint = Endpoint("no_such_package.api.default.start_run", models="no_such_package.request_models")
    with pytest.raises(ConfigurationError, match=r"no_such_package\.api\.default\.start_run: cannot load the API"):
        endpoint.call("trigger", {}, "nowhere")
