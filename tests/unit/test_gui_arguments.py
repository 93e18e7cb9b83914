"""The desk's own command line: the embedded sandbox can be made to live for training."""

from __future__ import annotations

import pytest

from operator_desk.cli import _gui_parser


def test_simulate_and_speed_reach_the_desk() -> None:
    args = _gui_parser().parse_args(["--simulate", "--speed", "60"])
    assert args.simulate is True
    assert args.speed == 60.0


def test_the_sandbox_is_still_by_default() -> None:
    args = _gui_parser().parse_args([])
    assert args.simulate is False
    assert args.speed == 1.0


@pytest.mark.parametrize("speed", ["0", "-2", "fast", "1e9"])
def test_a_speed_that_makes_no_sense_is_refused_clearly(
        speed: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _gui_parser().parse_args(["--simulate", "--speed", speed])
    assert exit_info.value.code == 2
    assert "--speed" in capsys.readouterr().err
