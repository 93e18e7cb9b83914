from datetime import datetime
from zoneinfo import ZoneInfo

from operator_desk.domain.autoclose import auto_close_at

BERLIN = ZoneInfo("Europe/Berlin")


def test_five_business_days_skip_weekends_and_holidays() -> None:
    # Friday 18 Dec 2026, 15:00: Mon 21–Wed 23 count, 24 is a workday in the holidays
    # library's Germany, 25–26 are holidays, then the weekend: due Mon 28 Dec 15:00.
    resolved = datetime(2026, 12, 18, 15, 0, tzinfo=BERLIN)
    due = auto_close_at("DE", resolved)
    assert due == datetime(2026, 12, 28, 15, 0, tzinfo=BERLIN)


def test_an_unknown_market_has_no_deadline() -> None:
    assert auto_close_at("XX", datetime(2026, 1, 5, tzinfo=BERLIN)) is None
