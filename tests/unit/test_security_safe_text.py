"""Links in messages: found only where an address is written out, judged before opening."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from operator_desk.domain.safe_text import assess_link, neutralize, split_links

# The same examples on every CI run (a red build is then about the change, not luck);
# random ones on developers' machines, where the fuzzers keep exploring.
IN_CI = bool(os.environ.get("CI"))


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>x",
    "file:///etc/passwd", "vbscript:msgbox", "ftp://files.example/x", "smb://host/share",
    "desk-link:0", "about:blank", "//evil.example/path", "evil.example",
    "java\tscript:alert(1)", "https://bank.example\u202e/moc.live", "https://",
    "http://[::1", "https://exa mple.com", "x" * 3000,
])
def test_only_web_and_mail_links_ever_open(url: str) -> None:
    verdict = assess_link(url)
    assert not verdict.openable and verdict.reason


def test_a_plain_https_link_opens_without_warnings() -> None:
    verdict = assess_link("https://www.mediamarkt.de/de/myaccount?x=1#top")
    assert verdict.openable and verdict.warnings == ()
    assert verdict.real_target == "https://www.mediamarkt.de/de/myaccount?x=1#top"
    assert verdict.ascii_host == "www.mediamarkt.de"


def test_disguises_are_named_in_the_warnings() -> None:
    userinfo = assess_link("https://www.paypal.com@evil.example/login")
    assert userinfo.openable and userinfo.ascii_host == "evil.example"
    assert any("evil.example" in w for w in userinfo.warnings)
    homograph = assess_link("https://раураl.com/")  # Cyrillic letters that look Latin
    assert homograph.ascii_host.startswith("xn--")
    assert homograph.real_target.startswith(f"https://{homograph.ascii_host}/")
    assert any("international" in w for w in homograph.warnings)
    mixed = assess_link("https://pаypal.com/")  # one Cyrillic 'а' among Latin letters
    assert any("mixes alphabets" in w for w in mixed.warnings)
    assert any("not encrypted" in w for w in assess_link("http://shop.example/").warnings)
    assert any("IP address" in w for w in assess_link("https://203.0.113.9/x").warnings)
    assert any("IP address" in w for w in assess_link("http://3232235777/").warnings)
    assert not any("IP address" in w for w in assess_link("https://cafe.example/").warnings)
    mail = assess_link("mailto:service@mediamarkt.de")
    assert mail.openable and mail.scheme == "mailto"


def test_markup_never_makes_a_link_and_addresses_keep_their_own_text() -> None:
    text = ('<a href="javascript:alert(1)">click</a> <a href="https://evil.example">'
            "https://bank.example</a> see https://shop.example/a_(b)). Mail: mailto:x@y.de!")
    links = [s.text for s in split_links(text) if s.is_link]
    assert links == ["https://evil.example", "https://bank.example",
                     "https://shop.example/a_(b)", "mailto:x@y.de"]
    assert "".join(s.text for s in split_links(text)) == text


def test_neutralize_makes_bidi_tricks_visible_and_drops_controls() -> None:
    assert neutralize("abc\u202etxt.exe") == "abc\ufffdtxt.exe"
    assert neutralize("a\x00b\x07c\r\nd\re\tf") == "abc\nd\ne\tf"


@settings(derandomize=IN_CI, max_examples=300, deadline=1000)
@given(st.text(max_size=3000) | st.lists(st.sampled_from(
    ["https://", "http://a.b/", "mailto:", ")", "(", ".", "]", "\u200b", "x", " ", "\n", "<",
     "javascript:", "@", "%"]), max_size=400).map("".join))
def test_splitting_keeps_every_character_and_finds_only_web_and_mail(text: str) -> None:
    segments = split_links(text)
    assert "".join(s.text for s in segments) == text
    for segment in segments:
        if segment.is_link:
            assert segment.text.lower().startswith(("http://", "https://", "mailto:"))
            assert not any(ch.isspace() for ch in segment.text)
            assess_link(segment.text)  # never raises


@settings(derandomize=IN_CI, max_examples=300, deadline=1000)
@given(st.text(max_size=300))
def test_judging_any_string_never_raises(url: str) -> None:
    verdict = assess_link(url)
    assert verdict.openable == (verdict.scheme in ("http", "https", "mailto")
                                and verdict.reason == "")
