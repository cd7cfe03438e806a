"""The ``testruns`` command against a loopback server: requests, JSON output, exit codes, retries, secrets."""

from __future__ import annotations

import datetime
import enum
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Annotated, Any

import pytest
from pydantic import AwareDatetime, BaseModel, Field, RootModel

from testruns.cli import options
from testruns.cli.output import add_json_option
from testruns.cli.parser import Parser
from testruns.runs.adapter import InputField
from testruns.runs.client import adapter_classes
from testruns.vendors.manifest import load_manifest
from testruns_generator.cli_fields import input_fields, plain_text

from .cases import BY_ID, CASES, ERROR_BODIES, INVALID_OPTIONS, MESSAGE, PROJECT, SECRETS, Case
from .loopback import Loopback, Reply


def argv(case: Case, *extra: str) -> list[str]:
    return [case.operation, case.vendor, *case.argv, *extra]


def reply(case: Case) -> Reply:
    return Reply(case.reply_status, case.reply)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_operation_sends_the_documented_request(case: Case, server: Loopback, cli: Any) -> None:
    server.script(reply(case))
    outcome = cli(*argv(case, "--json"))
    assert outcome.code == 0, outcome.stderr
    assert set(outcome.json) == {"vendor", "run_id", "status", "raw"}
    assert (outcome.json["vendor"], outcome.json["run_id"], outcome.json["status"]) == (
        case.vendor,
        case.run_id,
        case.status,
    )
    if case.reply is not None:
        assert outcome.json["raw"] == case.reply
    (request,) = server.received
    assert request.method == "POST"
    assert request.path == f"/{case.vendor}{case.path}"  # <VENDOR>_BASE_URL replaces the whole server URL
    assert request.headers[case.auth[0].lower()] == case.auth[1]
    assert request.body == case.body


def test_human_output_names_the_run(server: Loopback, cli: Any) -> None:
    case = BY_ID["testerarmy-trigger"]
    server.script(reply(case))
    outcome = cli(*argv(case))
    assert outcome.code == 0
    assert f"testerarmy: run {case.run_id} triggered (status: queued)" in outcome.stdout


@dataclass(frozen=True)
class Failure:
    reply: Reply
    error: str
    code: int
    status: int | None
    maybe_sent: bool  # whether a run may have started: what a CI job decides a retry on


FAILURES = {
    "400": Failure(Reply(400, ERROR_BODIES["loadforge"]), "VendorError", 6, 400, False),
    "401": Failure(Reply(401, {"error": 401, "message": "invalid key"}), "AuthenticationError", 4, 401, False),
    "403": Failure(Reply(403, {"error": 403, "message": "not allowed"}), "PermissionDeniedError", 4, 403, False),
    "404": Failure(Reply(404, {"error": 404, "message": "no such test"}), "NotFoundError", 6, 404, False),
    "429": Failure(
        Reply(429, {"error": 429, "message": "slow down"}, headers={"Retry-After": "0"}),
        "RateLimitError",
        5,
        429,
        False,
    ),
    "500": Failure(Reply(500, {"error": 500, "message": "boom"}), "VendorError", 6, 500, True),
    "not-json": Failure(Reply(200, raw=b"<html>hello</html>"), "UnexpectedResponseError", 8, 200, True),
    "off-spec": Failure(Reply(200, {"unexpected": True}), "UnexpectedResponseError", 8, 200, True),
    "undocumented-2xx": Failure(Reply(204), "UnexpectedResponseError", 8, None, True),
    "dropped": Failure(Reply(drop=True), "NetworkError", 7, None, True),
    "timeout": Failure(Reply(200, {"run_id": 1}, delay=1.0), "RequestTimeoutError", 7, None, True),
}


@pytest.mark.parametrize("name", list(FAILURES))
def test_each_failure_is_one_json_error_and_its_exit_code(name: str, server: Loopback, cli: Any) -> None:
    failure = FAILURES[name]
    server.script(failure.reply)
    case = BY_ID["loadforge-trigger"]
    outcome = cli(*argv(case, "--json", "--timeout", "0.3", "--max-retries", "0"))
    assert outcome.code == failure.code, outcome.stderr
    assert outcome.stdout == ""
    error = outcome.error
    assert set(error) == {"error", "message", "vendor", "status", "maybe_sent"}
    assert (error["error"], error["vendor"], error["maybe_sent"]) == (failure.error, "loadforge", failure.maybe_sent)
    if failure.status is not None:
        assert error["status"] == failure.status
    if name == "400":
        assert MESSAGE in error["message"]
    assert "Traceback" not in outcome.stderr


def test_connection_refused_is_a_network_error(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOADFORGE_API_KEY", SECRETS["loadforge"])
    outcome = cli(*argv(BY_ID["loadforge-trigger"], "--json", "--base-url", "http://127.0.0.1:9", "--max-retries", "0"))
    assert (outcome.code, outcome.error["error"]) == (7, "NetworkError")


def test_two_429s_then_success_is_three_requests_and_one_run(server: Loopback, cli: Any) -> None:
    case = BY_ID["loadforge-trigger"]
    limited = Reply(429, {"error": 429, "message": "slow down"}, headers={"Retry-After": "0"})
    server.script(limited, limited, reply(case))
    outcome = cli(*argv(case, "--json"))
    assert outcome.code == 0 and outcome.json["run_id"] == "314"
    assert len(server.received) == 3


def test_one_500_on_a_trigger_is_exactly_one_request(server: Loopback, cli: Any) -> None:
    case = BY_ID["splx-trigger"]
    server.script(Reply(500, ERROR_BODIES["splx"]), reply(case))
    outcome = cli(*argv(case, "--json"))
    assert (outcome.code, outcome.error["error"]) == (6, "VendorError")
    assert len(server.received) == 1


def test_a_cancel_is_retried_after_a_500(server: Loopback, cli: Any) -> None:
    case = BY_ID["splx-cancel"]
    server.script(Reply(500, ERROR_BODIES["splx"]), reply(case))
    outcome = cli(*argv(case, "--json"))
    assert (outcome.code, outcome.json["status"]) == (0, "cancelled")
    assert len(server.received) == 2


def test_rate_limited_after_the_retries_is_exit_5(server: Loopback, cli: Any) -> None:
    server.script(Reply(429, {"error": "rate_limited", "message": "later"}, headers={"Retry-After": "0"}))
    outcome = cli(*argv(BY_ID["testerarmy-trigger"], "--json", "--max-retries", "1"))
    assert (outcome.code, outcome.error["error"]) == (5, "RateLimitError")
    assert len(server.received) == 2
    assert outcome.notices == ["retrying in 0 s: 429 from Tester Army"]


@pytest.mark.parametrize(("vendor", "options", "field"), INVALID_OPTIONS)
def test_invalid_input_is_exit_2_and_sends_nothing(
    vendor: str, options: list[str], field: str, server: Loopback, cli: Any
) -> None:
    outcome = cli("trigger", vendor, *options, "--json")
    option = "--" + field.replace("_", "-")  # the error names the option the user typed, never the Python name
    if option in options:
        assert (outcome.code, outcome.error["error"]) == (2, "InvalidInputError")
        assert outcome.error["message"].startswith(f"{vendor}: {option}: "), outcome.error["message"]
    else:  # not given at all: the parser names it as missing
        assert (outcome.code, outcome.error["error"]) == (2, "UsageError")
        assert outcome.error["message"] == f"the following arguments are required: {option}"
    assert server.received == []


def test_an_object_option_takes_json_text(server: Loopback, cli: Any) -> None:
    case = BY_ID["testsigma-trigger"]
    server.script(reply(case))
    filters = [{"field": "id", "operator": "IN", "values": ["TC-1", "TC-2"]}]
    outcome = cli("trigger", "testsigma", "--project-id", PROJECT, "--static-selection-filters", json.dumps(filters))
    assert outcome.code == 0, outcome.stderr
    assert server.received[0].body["static_selection_filters"] == filters


def test_cancel_where_the_vendor_has_none_is_exit_2(server: Loopback, cli: Any) -> None:
    without = next(v.id for v in load_manifest().vendors if "cancel" not in v.operations)
    outcome = cli("cancel", without, "--run-id", "1", "--json")
    assert (outcome.code, outcome.error["error"]) == (2, "UnsupportedOperationError")
    assert server.received == []


def test_a_missing_credential_is_exit_3_and_names_the_variable(
    server: Loopback, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SPLX_API_KEY")
    outcome = cli(*argv(BY_ID["splx-trigger"], "--json"))
    assert (outcome.code, outcome.error["error"]) == (3, "MissingCredentialsError")
    assert "SPLX_API_KEY" in outcome.error["message"]
    assert server.received == []


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_dry_run_prints_the_request_with_the_secret_masked_and_sends_nothing(
    case: Case, server: Loopback, cli: Any
) -> None:
    outcome = cli(*argv(case, "--dry-run", "--json"))
    assert outcome.code == 0
    shown = outcome.json
    assert (shown["method"], shown["url"], shown["body"]) == (
        "POST",
        f"{server.url}/{case.vendor}{case.path}",
        case.body,
    )
    assert shown["headers"][case.auth[0].lower()] in ("***", "Bearer ***")
    human = cli(*argv(case, "--dry-run"))
    assert human.code == 0 and f"POST {server.url}/{case.vendor}{case.path}" in human.stdout
    for text in (outcome.stdout, outcome.stderr, human.stdout, human.stderr):
        assert SECRETS[case.vendor] not in text
    assert server.received == []


def test_error_text_never_carries_the_secret(server: Loopback, cli: Any) -> None:
    secret = SECRETS["loadforge"]
    server.script(Reply(401, {"error": 401, "message": f"key {secret} is revoked"}))
    for extra in (["--json"], []):
        outcome = cli(*argv(BY_ID["loadforge-trigger"], *extra))
        assert outcome.code == 4
        assert secret not in outcome.stdout + outcome.stderr
        assert "***" in outcome.stderr


def test_help_shows_types_bounds_enums_and_defaults(cli: Any) -> None:
    def help_of(vendor: str) -> str:
        return " ".join(cli("trigger", vendor, "--help").stdout.split())  # undo the wrapping

    wallarm = help_of("wallarm")
    for text in ["--rps-per-baseline", "1 to 500", "1 to 1000", "300 to 86400", "vendor default: 1800", "required"]:
        assert text in wallarm, text
    testerarmy = help_of("testerarmy")
    assert "one of: fast, deep" in testerarmy and "one of: web, ios, android" in testerarmy
    assert "UUID" in testerarmy
    splx = help_of("splx")
    assert "--no-run-ai-analysis" in splx and "repeat the option" in splx
    assert "--static-selection-filters JSON" in help_of("testsigma")


def test_vendors_lists_operations_credentials_and_regions(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = load_manifest()
    first, *others = manifest.vendors
    for variable in first.auth.variables:
        monkeypatch.setenv(variable, "x")
    for vendor in others:
        for variable in vendor.auth.variables:
            monkeypatch.delenv(variable, raising=False)
    outcome = cli("vendors", "--json")
    rows = {row["id"]: row for row in outcome.json["vendors"]}
    assert list(rows) == list(manifest.ids)
    for vendor in manifest.vendors:
        assert rows[vendor.id]["operations"] == list(vendor.operations)
        assert rows[vendor.id]["credential"] == {"variables": list(vendor.auth.variables), "set": vendor is first}
        assert set(rows[vendor.id]["regions"]) == set(vendor.regions)
    monkeypatch.setenv("COLUMNS", "80")
    table = cli("vendors").stdout
    assert max(len(line) for line in table.splitlines()) <= 80
    for vendor in manifest.vendors:  # whole names, never wrapped, at 80 columns
        assert all(variable in table for variable in vendor.auth.variables) and vendor.id in table


def test_the_installed_command_logs_masked_requests_and_never_a_traceback(server: Loopback) -> None:
    case = BY_ID["loadforge-trigger"]
    server.script(reply(case))
    command = os.path.join(os.path.dirname(sys.executable), "testruns")
    env = {**os.environ, "TESTRUNS_LOG": "debug"}
    done = subprocess.run([command, *argv(case, "--json")], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["run_id"] == "314"
    assert "request POST" in done.stderr and "Bearer ***" in done.stderr
    assert f"response POST {server.url}/loadforge/run -> 200" in done.stderr
    assert SECRETS["loadforge"] not in done.stdout + done.stderr
    bad = subprocess.run([command, "trigger", "loadforge", "--test-id", "x"], capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


@pytest.mark.parametrize("name", ["region", "timeout", "json", "base_url", "dry_run"])
def test_a_vendor_field_named_like_a_shared_option_is_renamed_by_rule(name: str) -> None:
    field = InputField(name, help="the vendor's own (text)")
    parser = Parser("testruns trigger acme")
    options.add_field(parser, field)
    add_json_option(parser)
    for own in ("region", "timeout", "base_url", "dry_run"):
        parser.add_argument(f"--{own.replace('_', '-')}")
    renamed = f"--field-{name.replace('_', '-')}"
    text = " ".join(parser.format_help().split())
    assert renamed in text and "this command's own option" in text
    assert options.example_argv({name: "v"}) == [renamed, "v"]  # what a printed example or hint names
    seen = vars(parser.parse_args(options.example_argv({name: "v"})))
    assert options.collect([field], seen, "acme") == {name: "v"}


@pytest.mark.parametrize("text", ["100%", "50% of %(prog)s", "%", "%s and %d"])
def test_a_percent_sign_in_a_vendors_description_is_shown_as_written(text: str) -> None:
    parser = Parser("testruns trigger acme")
    options.add_field(parser, InputField("ratio", help=text))
    assert text in parser.format_help()


def test_a_terminal_escape_in_a_vendors_description_is_shown_as_text() -> None:
    parser = Parser("testruns trigger acme")
    options.add_field(parser, InputField("ratio", help="clear \x1b[2J the screen"))
    shown = parser.format_help()
    assert "\x1b" not in shown and "\\x1b[2J" in shown


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--test", "1"], "unrecognized arguments: --test"),  # never read as --test-id
        (["--max-retries", "-1"], "--max-retries: -1 is out of range: it must be at least 0"),
        (["--max-retries", "two"], "--max-retries: 'two' is not an integer"),
        (["--timeout", "0"], "--timeout: 0 is out of range: it must be from 0.001 to 86400"),
        (["--test-id"], "--test-id: expected one argument"),
    ],
)
def test_a_usage_error_names_the_option_and_sends_nothing(
    argv: list[str], message: str, server: Loopback, cli: Any
) -> None:
    plain = cli("trigger", "loadforge", *argv)
    assert plain.code == 2 and message in plain.stderr and "testruns trigger loadforge --help" in plain.stderr
    as_json = cli("trigger", "loadforge", "--json", *argv)
    assert (as_json.code, as_json.error["error"]) == (2, "UsageError") and message in as_json.error["message"]
    assert server.received == []


@pytest.mark.parametrize(
    ("argv", "code", "stream", "text"),
    [
        ([], 2, "stderr", "commands:"),
        (["--help"], 0, "stdout", "commands:"),
        (["trigger"], 2, "stderr", "vendors:"),
        (["trigger", "--help"], 0, "stdout", "Run `testruns trigger VENDOR --help`"),
        (["trigger", "acme"], 2, "stderr", "'acme' is not a vendor that can trigger"),
        (["trigger", "--json"], 2, "stderr", "an option is not a vendor"),
        (["nothing"], 2, "stderr", "invalid choice: 'nothing'"),
    ],
)
def test_each_level_of_the_command_answers_help_and_mistakes(
    argv: list[str], code: int, stream: str, text: str, cli: Any
) -> None:
    outcome = cli(*argv)
    assert outcome.code == code
    assert text in getattr(outcome, stream), (outcome.stdout, outcome.stderr)


@pytest.mark.parametrize("value", ["-x", "--json", "-5"])
def test_a_value_that_starts_with_a_dash_is_the_options_value(value: str, server: Loopback, cli: Any) -> None:
    outcome = cli("trigger", "wallarm", "--name", value, "--dry-run", "--json")
    assert outcome.code == 0, outcome.stderr
    assert outcome.json["body"]["name"] == value


class _Mode(enum.StrEnum):
    FAST = "fast"
    DEEP = "deep"


class _Shown(BaseModel):
    """Fields as a spec nobody here wrote gives them (read by the generator as it reads request models)."""

    tenant: Annotated[str, Field(description="The tenant.\\n- Use your own.\\n- Never **share** it.")]
    count: Annotated[int | None, Field(ge=-(2**63), le=2**63 - 1, description="How many.")] = None
    port: Annotated[int | None, Field(ge=1, le=2**31 - 1)] = None
    ship_date: datetime.date | None = None
    started_at: AwareDatetime | None = None
    mode: _Mode | None = None
    ids: list[int] | None = None


def _help_of(model: type[BaseModel]) -> tuple[str, str]:
    """The usage line and the help of a command whose options the generator made from ``model``."""
    parser = Parser("testruns trigger acme")
    for field in input_fields([model], {}):
        options.add_field(parser, field)
    return " ".join(parser.format_usage().split()), " ".join(parser.format_help().split())


def test_help_is_plain_text_without_whole_type_ranges_and_with_named_values() -> None:
    usage, shown = _help_of(_Shown)
    assert "\\n" not in shown and "**" not in shown and "- Use" not in shown
    assert "--tenant TEXT The tenant. Use your own. Never share it. (required)" in shown
    assert "9223372036854775807" not in shown and "--count INTEGER How many." in shown
    assert "2147483647" not in shown and "--port INTEGER (at least 1)" in shown
    assert "--ship-date DATE (YYYY-MM-DD)" in shown and "--started-at DATETIME (ISO 8601 with a time zone" in shown
    assert "--mode CHOICE (one of: fast, deep)" in shown and "--ids INTEGER (repeat the option" in shown
    assert "VALUE" not in shown and "(value)" not in shown
    # A required option is required in the usage line, never shown as optional in [...].
    assert "--tenant TEXT" in usage and "[--tenant" not in usage and "[--count INTEGER]" in usage


@pytest.mark.parametrize(
    ("description", "shown"),
    [
        ("Line one\nline two", "Line one line two"),
        ("States:\n- queued\n- running", "States: queued; running"),
        ("A label.\n\n* short\n* plain", "A label. short; plain"),
        ("Intro\n\n## Notes\nSee docs<br/>here", "Intro. Notes. See docs here"),
        ("2-720 minutes, a - dash kept", "2-720 minutes, a - dash kept"),
    ],
)
def test_a_markdown_description_is_folded_into_one_line(description: str, shown: str) -> None:
    assert plain_text(description) == shown


@pytest.mark.parametrize("vendor", load_manifest().ids)
def test_no_vendors_help_shows_a_type_range_or_a_written_out_line_break(vendor: str, cli: Any) -> None:
    shown = cli("trigger", vendor, "--help").stdout
    for never in ("\\n", "2147483647", "9223372036854775807", " VALUE ", "(value)"):
        assert never not in shown, never
    usage = " ".join(shown.split("\n\n")[0].split())
    for field in adapter_classes(vendor)[0].endpoint("trigger").fields():
        option = options.option_name(field)
        assert (f"[{option}" in usage) is not field.required, (option, usage)


def test_every_missing_required_option_is_named_in_one_message(server: Loopback, cli: Any) -> None:
    outcome = cli("trigger", "splx", "--workspace-id", "7", "--json")
    assert (outcome.code, outcome.error["error"]) == (2, "UsageError")
    message = outcome.error["message"]
    assert message.startswith("the following arguments are required: --target-id, --probe-ids, --name, ")
    assert "--notify-when-finished" in message and "--run-ai-analysis" in message and "_" not in message
    assert server.received == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--test-id", "4", "--durration", "3"], "unrecognized arguments: --durration (did you mean --duration?); "),
        (["--test-id", "4", "--duration", "3", "--durration=3"], "arguments: --durration=3 (did you mean --duration?)"),
        (
            ["--test-id", "4", "--duration", "3", "--dryrun"],
            "unrecognized arguments: --dryrun (did you mean --dry-run?)",
        ),
        (["--test-id", "4", "--duration", "3", "--zzz"], "unrecognized arguments: --zzz"),
    ],
)
def test_a_misspelt_option_gets_a_did_you_mean(argv: list[str], message: str, server: Loopback, cli: Any) -> None:
    outcome = cli("trigger", "loadforge", *argv)
    assert outcome.code == 2 and message in outcome.stderr, outcome.stderr
    assert "did you mean" not in message or outcome.stderr.count("did you mean") == 1
    assert server.received == []


def test_a_misspelt_vendor_gets_a_did_you_mean(cli: Any) -> None:
    outcome = cli("trigger", "loadforg")
    assert (
        outcome.code == 2 and "'loadforg' is not a vendor that can trigger (did you mean loadforge?)" in outcome.stderr
    )


def test_a_value_error_inside_a_json_option_names_the_option_and_the_place(server: Loopback, cli: Any) -> None:
    filters = json.dumps([{"field": 1, "operator": "IN", "values": ["TC-1"]}])
    outcome = cli("trigger", "testsigma", "--project-id", PROJECT, "--static-selection-filters", filters, "--json")
    assert (outcome.code, outcome.error["error"]) == (2, "InvalidInputError")
    assert outcome.error["message"].startswith("testsigma: --static-selection-filters (at 0.field): ")
    assert server.received == []


class _AnyBody(RootModel[Any]):
    """An untyped body, as Semantria's document gives one: any JSON value."""

    root: Any


@pytest.mark.parametrize("value", [False, 0, "text", [1, "a"], {"k": None}, None])
def test_an_untyped_body_is_read_as_json_so_any_value_can_be_given(value: Any) -> None:
    # It was read as text: --root false sent "false", and no list or object could be given.
    (field,) = input_fields([_AnyBody], {})
    assert (field.form, field.metavar) == ("json", "JSON")
    usage, shown = _help_of(_AnyBody)
    assert "--root JSON" in usage and "any JSON value" in shown
    parser = Parser("testruns trigger acme")
    options.add_field(parser, field)
    written = options.example_argv({"root": value}, [field])
    assert written == ["--root", json.dumps(value)]
    seen = vars(parser.parse_args(written))
    assert options.collect([field], seen, "acme") == {"root": value}
