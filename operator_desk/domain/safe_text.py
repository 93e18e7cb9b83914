"""Untrusted message text: invisible characters made harmless, links found and judged.

Message bodies come from customers and sellers. The desk shows them as text: markup is
never interpreted (the UI escapes it), and the only links are addresses written out in the
text itself, so the visible text of a link is always its real target. Before a link opens,
``assess_link`` says what it really points at; only web and e-mail links ever open.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit, urlunsplit

OPENABLE_SCHEMES = ("http", "https", "mailto")
MAX_LINK_CHARS = 2048

# Bidi embeddings, overrides and isolates, and the marks that steer them: they can make
# "moc.elgoog//:sptth" look like a harmless address or reverse a file extension.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                          "\u2066\u2067\u2068\u2069")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")

# An address written out in the text: an explicit scheme, then anything up to white space or
# a character that cannot be part of a URL typed into a message.
_LINK = re.compile(r"(?:https?://|mailto:)[^\s<>\"'`\x00-\x1f\x7f]{1,2048}", re.IGNORECASE)
_TRAILING = ".,;:!?'\"*_~"
_PAIRS = {")": "(", "]": "[", "}": "{"}


def neutralize(text: str) -> str:
    """Text with characters that could disguise it replaced or removed.

    Bidi controls become U+FFFD (visible: the reader sees that something was there), other
    control characters except tab and line breaks are dropped, ``\\r\\n`` becomes ``\\n``.
    Zero-width characters are kept out of links by ``split_links`` but kept in prose, where
    some languages need them.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for ch in text:
        if ch in BIDI_CONTROLS:
            out.append("\ufffd")
        elif ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) == "Cc":
            continue
        else:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a message: plain text, or a link whose text is its target."""

    text: str
    is_link: bool = False


def _trim(candidate: str) -> str:
    """Drop punctuation that ends the sentence rather than the address."""
    closing = {c: candidate.count(c) for c in _PAIRS}
    opening = {c: candidate.count(c) for c in _PAIRS.values()}
    end = len(candidate)
    while end:
        last = candidate[end - 1]
        unbalanced = last in _PAIRS and closing[last] > opening[_PAIRS[last]]
        if last not in _TRAILING and not unbalanced:
            break
        if last in closing:
            closing[last] -= 1
        end -= 1
    return candidate[:end]


def split_links(text: str) -> list[Segment]:
    """The text cut into plain pieces and addresses written out in it (http, https, mailto).

    Only addresses spelled out in the text become links: markup such as ``<a href=...>`` is
    text like any other and never produces a link.
    """
    segments: list[Segment] = []
    position = 0
    for match in _LINK.finditer(text):
        link = _trim(match.group(0))
        if any(ch in _ZERO_WIDTH for ch in link) or len(link) <= len("mailto:"):
            continue
        start, end = match.start(), match.start() + len(link)
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(link, is_link=True))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


@dataclass(frozen=True, slots=True)
class LinkVerdict:
    """What a link really points at and whether the desk will open it."""

    url: str
    scheme: str
    host: str
    ascii_host: str
    openable: bool
    reason: str  # why it will not open; empty when it will
    warnings: tuple[str, ...]
    real_target: str  # the address with its host in ASCII form, as the browser will ask


def _ascii_host(host: str) -> str | None:
    try:
        return host.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return None


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        # Browsers also take decimal, octal and short forms (http://3232235777/) as IPs.
        return bool(re.fullmatch(r"(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}",
                                 host))
    return True


def _scripts(host: str) -> set[str]:
    """Rough script names of the letters in a host (LATIN, CYRILLIC, GREEK...)."""
    names = set()
    for ch in host:
        if ch.isalpha():
            names.add(unicodedata.name(ch, "UNKNOWN").split(" ")[0])
    return names


def assess_link(url: str) -> LinkVerdict:
    """Judge a link before it opens: only http, https and mailto ever open.

    ``javascript:``, ``data:``, ``file:`` and every other scheme are refused, so are
    addresses with control or bidi characters, without a host, or too long to read. An
    opened link may still carry warnings the confirmation shows: plain http, a user name
    before the host (``https://bank.example@evil.example/``), an international host name
    (shown in its ASCII form), a bare IP address.
    """
    def refuse(reason: str, scheme: str = "", host: str = "") -> LinkVerdict:
        return LinkVerdict(url, scheme, host, host, False, reason, (), url)

    if len(url) > MAX_LINK_CHARS:
        return refuse("the address is too long to check")
    if any(unicodedata.category(ch) in ("Cc", "Cf") or ch in BIDI_CONTROLS or ch.isspace()
           for ch in url):
        return refuse("the address contains hidden or control characters")
    try:
        parts: SplitResult = urlsplit(url)
    except ValueError:
        return refuse("the address cannot be read")
    scheme = parts.scheme.lower()
    if scheme not in OPENABLE_SCHEMES:
        shown = f"{scheme}:" if scheme else "addresses without a scheme"
        return refuse(f"only web and e-mail links open; {shown} links never do", scheme)
    if scheme == "mailto":
        address = parts.path
        if "@" not in address:
            return refuse("the e-mail address is incomplete", scheme)
        return LinkVerdict(url, scheme, "", "", True, "", ("opens your e-mail program",), url)
    try:
        host = parts.hostname or ""
        _ = parts.port  # a malformed port raises here
    except ValueError:
        return refuse("the address cannot be read", scheme)
    if not host:
        return refuse("the address has no host", scheme)
    ascii_host = _ascii_host(host)
    if ascii_host is None:
        return refuse("the host name is not valid", scheme, host)
    warnings: list[str] = []
    if scheme == "http":
        warnings.append("the connection is not encrypted (http)")
    if parts.username is not None or parts.password is not None:
        warnings.append(f"the text before '@' is not the site; the site is {ascii_host}")
    if ascii_host != host or "xn--" in ascii_host:
        warnings.append(f"the host name uses international characters; its real form is "
                        f"{ascii_host}")
        if len(_scripts(host)) > 1:
            warnings.append("the host name mixes alphabets, a common disguise")
    if _is_ip_address(host):
        warnings.append("the address is a bare IP address, not a named site")
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (f"{userinfo}@" if userinfo else "") + (
        f"[{ascii_host}]" if ":" in ascii_host else ascii_host) + (
        f":{parts.port}" if parts.port is not None else "")
    real = urlunsplit((scheme, netloc, parts.path, parts.query, parts.fragment))
    return LinkVerdict(url, scheme, host, ascii_host, True, "", tuple(warnings), real)
