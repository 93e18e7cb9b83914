"""`operator-desk sla deadline`: through operator_desk.cli.main and once as a real process."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from operator_desk.cli import main
from operator_desk.commands import sla as sla_command

REPO_ROOT = Path(__file__).resolve().parents[2]
CHRISTMAS = "2026-12-24T10:00:00+01:00"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["sla", "deadline", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_business_hours_deadline_on_de(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--market", "DE", "--received", CHRISTMAS,
                         "--rule", "business-hours:24")
    assert (code, out, err) == (0, "2026-12-28T10:00:00+01:00\n", "")


def test_default_rule_is_48_elapsed_hours(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--market", "DE", "--received", CHRISTMAS)
    assert (code, out) == (0, "2026-12-26T10:00:00+01:00\n")


def test_default_rule_across_dst_prints_the_new_offset(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--market", "DE", "--received", "2026-03-28T10:00:00+01:00")
    assert (code, out) == (0, "2026-03-30T11:00:00+02:00\n")


@pytest.mark.parametrize(
    ("market", "expected"),
    [
        ("ES", "2026-01-07T10:00:00+01:00"),  # Epiphany skipped
        ("NL", "2026-01-06T10:00:00+01:00"),
        ("CH", "2026-01-06T10:00:00+01:00"),
        ("de", "2026-01-06T10:00:00+01:00"),  # market codes are case-insensitive
    ],
)
def test_each_market(capsys: pytest.CaptureFixture[str], market: str, expected: str) -> None:
    code, out, _ = run(capsys, "--market", market, "--received", "2026-01-05T09:00:00Z",
                       "--rule", "business-hours:24")
    assert (code, out) == (0, expected + "\n")


def test_received_in_utc_with_z(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--market", "DE", "--received", "2026-12-24T09:00:00Z",
                       "--rule", "business-hours:24")
    assert (code, out) == (0, "2026-12-28T10:00:00+01:00\n")


def test_region_adds_its_holidays(capsys: pytest.CaptureFixture[str]) -> None:
    args = ("--market", "DE", "--received", "2026-01-05T10:00:00+01:00",
            "--rule", "business-hours:24")
    assert run(capsys, *args)[:2] == (0, "2026-01-06T10:00:00+01:00\n")
    assert run(capsys, *args, "--region", "BY")[:2] == (0, "2026-01-07T10:00:00+01:00\n")


def test_explain_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--market", "DE", "--received", CHRISTMAS,
                         "--rule", "business-hours:24", "--explain")
    assert code == 0
    assert out == "2026-12-28T10:00:00+01:00\n"
    assert err == (
        "received Thu 24 Dec 10:00; 25–26 Dec (Christmas Day, Second Day of Christmas) "
        "and the weekend not counted; due Mon 28 Dec 10:00\n"
    )


@pytest.mark.parametrize(
    ("received", "message"),
    [
        ("2026-12-24T10:00:00", "has no UTC offset; add one or Z"),
        ("2026-12-24", "has no UTC offset"),
        ("24.12.2026 10:00", "is not an ISO 8601 date and time"),
        ("", "is not an ISO 8601 date and time"),
    ],
)
def test_received_without_offset_or_unparsable_exits_2(
    capsys: pytest.CaptureFixture[str], received: str, message: str
) -> None:
    code, out, err = run(capsys, "--market", "DE", "--received", received)
    assert code == 2
    assert out == ""
    assert message in err


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("days:2", "unknown response rule kind 'days'"),
        ("hours:0", "must be positive"),
        ("business-hours:1.5", "whole number"),
        ("", "empty response rule"),
    ],
)
def test_bad_rule_exits_2(capsys: pytest.CaptureFixture[str], rule: str, message: str) -> None:
    code, out, err = run(capsys, "--market", "DE", "--received", CHRISTMAS, "--rule", rule)
    assert (code, out) == (2, "")
    assert message in err


def test_unknown_market_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--market", "FR", "--received", CHRISTMAS)
    assert (code, out) == (2, "")
    assert "unknown market 'FR'; known markets: CH, DE, ES, NL" in err


def test_unknown_region_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--market", "DE", "--received", CHRISTMAS, "--region", "XX")
    assert (code, out) == (2, "")
    assert "unknown region 'XX' for DE" in err


def test_missing_required_options_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["sla", "deadline", "--received", CHRISTMAS])
    assert exited.value.code == 2
    assert "--market" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["sla"])
    assert exited.value.code == 2


def test_register_sets_func_returning_an_exit_code() -> None:
    parser = argparse.ArgumentParser(prog="operator-desk")
    sla_command.register(parser.add_subparsers(dest="command", required=True))
    parsed = parser.parse_args(["sla", "deadline", "--market", "NL", "--received", CHRISTMAS])
    assert parsed.func is sla_command.run_deadline
    assert (parsed.rule, parsed.region, parsed.explain) == (None, None, False)


def test_as_a_real_process() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "operator_desk", "sla", "deadline", "--market", "DE",
         "--received", CHRISTMAS, "--rule", "business-hours:24", "--explain"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == "2026-12-28T10:00:00+01:00\n"
    assert "due Mon 28 Dec 10:00" in completed.stderr


def test_as_a_real_process_refuses_a_naive_time() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "operator_desk", "sla", "deadline", "--market", "DE",
         "--received", "2026-12-24T10:00:00"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=False,
    )
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert "has no UTC offset" in completed.stderr


def test_deadline_beyond_the_calendar_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--market", "DE", "--received", "9999-12-31T10:00:00Z")
    assert (code, out) == (2, "")
    assert "outside the dates this tool can represent" in err
