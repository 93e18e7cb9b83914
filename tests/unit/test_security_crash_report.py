"""Crash reports say what broke and where, and nothing private."""

from __future__ import annotations

import secrets
import stat
from pathlib import Path

from operator_desk.connectors.mirakl import parse
from operator_desk.services.crash_report import scrub_message, write_crash_report
from operator_desk.services.secrets import Redactor


def _fail_deep(body: str, key: str) -> None:
    try:
        parse.order("DE", {"order_id": "O1", "shop_id": "S1", "currency_iso_code": "EUR",
                           "created_date": body})
    except parse.RecordError as exc:
        raise RuntimeError(f"sync failed for key {key} with customer max@example.org") from exc


def test_a_report_has_the_error_and_the_frames_but_no_key_body_or_address(
        tmp_path: Path) -> None:
    key = secrets.token_urlsafe(30)
    redactor = Redactor()
    redactor.register(key)
    body = "Sehr geehrte Damen und Herren, meine Adresse ist Musterstraße 5, 12345 Berlin"
    try:
        _fail_deep(body, key)
    except RuntimeError as error:
        path = write_crash_report(error, tmp_path / "logs", redactor=redactor,
                                  context={"page": "queue", "note": f"key {key}"})
    text = path.read_text("utf-8")
    assert path.parent == tmp_path / "logs" and path.name.startswith("crash-")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "builtins.RuntimeError" in text
    assert "operator_desk.connectors.mirakl.parse.RecordError" in text  # the cause is kept
    assert "in _fail_deep" in text and "operator_desk/connectors/mirakl/parse.py" in text
    assert "Python:" in text and "Packages:" in text and "page: queue" in text
    for private in (key, "max@example.org", "Musterstraße", "12345 Berlin"):
        assert private not in text, private


def test_scrubbing_catches_keys_nobody_registered_and_long_quotes() -> None:
    unregistered = "sk_live_" + "A1b2C3d4" * 5
    scrubbed = scrub_message(f"Authorization: {unregistered} for 'a very long customer text "
                             "that goes on' and x@y.de", Redactor())
    assert unregistered not in scrubbed and "[token]" in scrubbed
    assert "customer text" not in scrubbed and "[text]" in scrubbed
    assert "x@y.de" not in scrubbed
    assert len(scrub_message("x" * 5000, Redactor())) <= 301
