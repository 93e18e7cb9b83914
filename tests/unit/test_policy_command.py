"""`operator-desk policy scan`: JSON lines in, JSON lines out, exit code 2 on unreadable lines."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from operator_desk import cli
from operator_desk.commands import policy

ROOT = Path(__file__).resolve().parents[2]


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        stdin: str) -> tuple[int, list[dict[str, Any]]]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(["policy", "scan"])
    out = capsys.readouterr().out
    assert out.endswith("\n") or out == ""
    return code, [json.loads(line) for line in out.splitlines()]


def test_one_output_line_per_input_line(monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"id": "m1", "text": "Schreiben Sie mir: max@gmx.de", "lang": "de"},
        {"id": 2, "text": "Ihr Paket ist unterwegs, Sendungsnummer 00340434161234567890.",
         "lang": "de"},
        {"id": "m3", "text": "Vielen Dank für Ihre Nachricht!", "lang": "de"},
        {"text": "Llámame al 612 345 678", "lang": "es"},
    ]
    code, out = run(monkeypatch, capsys, "".join(json.dumps(x) + "\n" for x in lines))
    assert code == 0
    assert [o["id"] for o in out] == ["m1", 2, "m3", None]
    assert out[0]["findings"] == [{"kind": "off_platform_contact", "start": 19, "end": 29,
                                   "text": "max@gmx.de", "rule": "email.plain"}]
    assert out[1]["findings"] == []
    message = lines[2]["text"]
    assert out[2]["findings"] == [{"kind": "non_answer", "start": 0, "end": len(message),
                                   "text": message, "rule": "non_answer.courtesy"}]
    kinds_rules = {(f["kind"], f["rule"]) for f in out[3]["findings"]}
    assert ("off_platform_contact", "phone.es_national") in kinds_rules


def test_spans_are_python_indices_into_text(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    text = "Grüße 😀 — schreib an jürgen.müller@web.de oder ruf an: ０１７１ ２３４５６７８"
    code, out = run(monkeypatch, capsys, json.dumps({"id": 1, "text": text, "lang": "de"}))
    assert code == 0
    findings = out[0]["findings"]
    assert len(findings) == 2
    for f in findings:
        assert text[f["start"]:f["end"]] == f["text"]


def test_output_keeps_non_ascii(monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(
        json.dumps({"id": "ü", "text": "jürgen@web.de"}, ensure_ascii=False) + "\n"))
    assert cli.main(["policy", "scan"]) == 0
    out = capsys.readouterr().out
    assert '"id": "ü"' in out and "jürgen@web.de" in out


def test_bad_lines_get_errors_and_exit_code_2(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    stdin = "\n".join([
        json.dumps({"id": "a", "text": "ok", "lang": "en"}),  # line 1
        "",                                                   # line 2: blank, skipped
        "{not json",                                          # line 3
        json.dumps({"id": "b"}),                              # line 4: no text
        json.dumps({"id": "c", "text": 42}),                  # line 5: text not a string
        json.dumps(["text"]),                                 # line 6: not an object
        json.dumps({"id": "d", "text": "x", "lang": 7}),      # line 7: lang not a string
        "   ",                                                # line 8: blank, skipped
        json.dumps({"id": "e", "text": "call me on +49 171 2345678"}),  # line 9
    ]) + "\n"
    code, out = run(monkeypatch, capsys, stdin)
    assert code == policy.EXIT_BAD_INPUT == 2
    assert [o.get("id", o.get("line")) for o in out] == ["a", 3, 4, 5, 6, 7, "e"]
    errors = [o for o in out if "error" in o]
    assert [e["line"] for e in errors] == [3, 4, 5, 6, 7]
    assert all(set(e) == {"line", "error"} and e["error"] for e in errors)
    assert "phone.international" in [f["rule"] for f in out[-1]["findings"]]


def test_empty_input_is_fine(monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run(monkeypatch, capsys, "") == (0, [])
    assert run(monkeypatch, capsys, "\n\n") == (0, [])


def test_unknown_language_scans_with_every_language(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    line = json.dumps({"id": 1, "text": "ana arroba gmail punto com", "lang": "fr"})
    code, out = run(monkeypatch, capsys, line + "\n")
    assert code == 0
    assert out[0]["findings"][0]["rule"] == "email.obfuscated"


def test_lone_surrogates_are_written_escaped(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(monkeypatch, capsys, '{"id": "\\ud800", "text": "hi \\udc00"}\n')
    assert code == 0
    assert out[0]["id"] == "\ud800"


def test_policy_needs_a_sub_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["policy"])
    assert exc.value.code == 2
    assert "scan" in capsys.readouterr().err


def test_run_scan_with_explicit_streams() -> None:
    sink = io.StringIO()
    code = policy.run_scan(None, stdin=io.StringIO('{"id": 1, "text": "Danke!"}\n'), stdout=sink)
    assert code == 0
    assert json.loads(sink.getvalue())["findings"][0]["kind"] == "non_answer"


def test_as_a_process() -> None:
    lines = [
        json.dumps({"id": "x1", "text": "Mail me: jane.doe at gmail dot com", "lang": "en"}),
        "garbage",
        json.dumps({"id": "x2", "text": "Besuchen Sie unseren Onlineshop www.techstore24.de",
                    "lang": "de"}, ensure_ascii=False),
    ]
    payload = ("\n".join(lines) + "\n").encode("utf-8") + b'{"id": "x3", "text": "\xff"}\n'
    done = subprocess.run([sys.executable, "-m", "operator_desk", "policy", "scan"],
                          input=payload, cwd=ROOT, capture_output=True, timeout=120, check=False)
    assert done.returncode == 2, done.stderr.decode()
    out = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert out[0]["id"] == "x1"
    assert out[0]["findings"][0]["rule"] == "email.obfuscated"
    assert out[1]["line"] == 2 and "JSON" in out[1]["error"]
    assert {f["kind"] for f in out[2]["findings"]} == {"off_platform_contact", "marketing"}
    assert out[3]["line"] == 4 and "UTF-8" in out[3]["error"]
