"""The Overlay 1.0 engine: update and remove semantics, and errors that name the action."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from testruns_generator.errors import GenerationError
from testruns_generator.overlay import apply_overlay

FILE = Path("overlay.yaml")


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/a": {"post": {"parameters": [{"name": "Authorization", "in": "header"}, {"name": "id", "in": "path"}]}},
        "/b": {"post": {"tags": ["x"]}},
    },
}


def test_update_merges_objects_recursively_and_appends_to_arrays() -> None:
    result = apply_overlay(
        SPEC,
        overlay(
            {
                "target": "$.paths['/a'].post",
                "update": {"operationId": "a", "parameters": [{"name": "q", "in": "query"}]},
            },
            {"target": "$.paths['/b'].post.tags", "update": ["y"]},
        ),
        file=FILE,
    )
    assert result["paths"]["/a"]["post"]["operationId"] == "a"
    assert [p["name"] for p in result["paths"]["/a"]["post"]["parameters"]] == ["Authorization", "id", "q"]
    assert result["paths"]["/b"]["post"]["tags"] == ["x", "y"]
    assert "operationId" not in SPEC["paths"]["/a"]["post"], "the input spec must not be mutated"


def test_remove_with_a_filter_selector_drops_only_the_matches() -> None:
    result = apply_overlay(
        SPEC, overlay({"target": "$.paths[*].post.parameters[?@.name == 'Authorization']", "remove": True}), file=FILE
    )
    assert result["paths"]["/a"]["post"]["parameters"] == [{"name": "id", "in": "path"}]


def test_remove_of_several_array_items_keeps_the_rest() -> None:
    spec = {"items": [1, 2, 3, 4, 5]}
    result = apply_overlay(spec, overlay({"target": "$.items[?@ > 2]", "remove": True}), file=FILE)
    assert result == {"items": [1, 2]}


@pytest.mark.parametrize(
    ("document", "location", "fragment"),
    [
        (overlay({"target": "$.paths['/nope']", "remove": True}), "actions[0].target", "matches nothing"),
        (overlay({"target": "$.paths[", "remove": True}), "actions[0].target", "invalid JSONPath"),
        (overlay({"target": "$.openapi", "update": {"x": 1}}), "actions[0].target", "update needs an object"),
        (overlay({"target": "$.paths", "update": {}, "remove": True}), "actions[0]", "exactly one of"),
        (overlay({"target": "$.paths"}), "actions[0]", "exactly one of"),
        ({"overlay": "2.0.0", "info": {}, "actions": []}, "overlay", "1.0.x"),
        ({"overlay": "1.0.0", "info": {}, "actions": []}, "actions", "non-empty"),
        ([], None, "must be a mapping"),
    ],
)
def test_bad_overlays_name_the_action(document: Any, location: str | None, fragment: str) -> None:
    with pytest.raises(GenerationError) as caught:
        apply_overlay(SPEC, document, file=FILE, vendor="acme")
    assert caught.value.location == location
    assert fragment in caught.value.message
    assert str(caught.value).startswith("[acme] overlay.yaml")


@pytest.mark.parametrize(
    ("target", "fragment"),
    [
        # A union that names a path the spec no longer has: the other path alone must not hide it.
        ("$.paths['/a','/c'].post", "the selector '/c' of ['/a', '/c'] matches nothing"),
        # Both paths exist, but under one of them the next step is gone (the vendor renamed the method).
        ("$.paths['/a','/b'].post.parameters", "under '/b', ['parameters'] matches nothing"),
        ("$.paths['/a','/b'].get", "['get'] matches nothing"),
        ("$.paths[*].delete", "['delete'] matches nothing"),
    ],
)
def test_every_selector_of_a_target_must_match(target: str, fragment: str) -> None:
    with pytest.raises(GenerationError) as caught:
        apply_overlay(SPEC, overlay({"target": target, "update": {"x-checked": True}}), file=FILE, vendor="acme")
    assert fragment in caught.value.message and caught.value.location == "actions[0].target"


def test_a_union_whose_every_branch_matches_updates_them_all() -> None:
    result = apply_overlay(SPEC, overlay({"target": "$.paths['/a','/b'].post", "update": {"x-seen": 1}}), file=FILE)
    assert result["paths"]["/a"]["post"]["x-seen"] == result["paths"]["/b"]["post"]["x-seen"] == 1


def test_a_wildcard_means_the_members_that_have_the_rest() -> None:
    # /b's post has no parameters: a wildcard is not a promise about every member.
    result = apply_overlay(
        SPEC, overlay({"target": "$.paths[*].post.parameters", "update": [{"name": "z"}]}), file=FILE
    )
    assert [p["name"] for p in result["paths"]["/a"]["post"]["parameters"]][-1] == "z"
    assert "parameters" not in result["paths"]["/b"]["post"]
