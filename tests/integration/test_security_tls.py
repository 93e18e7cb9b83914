"""Marketplaces are reached over verified HTTPS; plain HTTP only to this machine."""

from __future__ import annotations

import http.server
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from operator_desk.connectors.base import MarketplaceUnreachable
from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector, check_base_url


@pytest.mark.parametrize("url", [
    "http://mediamarkt-de.mirakl.net", "http://10.0.0.5:8650/de", "http://127.0.0.1.evil.example",
    "ftp://mediamarkt-de.mirakl.net", "file:///etc/passwd", "mediamarkt-de.mirakl.net",
    "http://localhost@evil.example/de",
])
def test_anything_but_https_or_loopback_http_is_refused_with_a_clear_message(url: str) -> None:
    with pytest.raises(ValueError, match="HTTPS only"):
        check_base_url(url)
    with pytest.raises(ValueError, match="HTTPS only"):
        MiraklConnector(ConnectionSettings(market="DE", base_url=url), "key")


@pytest.mark.parametrize("url", ["https://mediamarkt-de.mirakl.net/", "http://127.0.0.1:8650/de",
                                 "http://localhost:8650/de", "http://[::1]:8650/de"])
def test_https_and_the_local_sandbox_are_accepted(url: str) -> None:
    assert check_base_url(url) == url.rstrip("/")


def test_certificate_verification_is_on_unless_a_ca_bundle_is_given(tmp_path: Path) -> None:
    plain = MiraklConnector(ConnectionSettings(market="DE", base_url="https://x.example"), "k")
    assert plain._session.verify is True
    bundle = tmp_path / "corporate-ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    pinned = MiraklConnector(ConnectionSettings(market="DE", base_url="https://x.example",
                                                ca_bundle=str(bundle)), "k")
    assert pinned._session.verify == str(bundle)  # still verifying, against that CA


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTPS server with a self-signed certificate for 127.0.0.1."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"user": "u", "display_name": "U", "role": "agent"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/de", cert
    finally:
        server.shutdown()
        server.server_close()


def test_an_untrusted_certificate_is_refused_and_a_trusted_one_works(
        https_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    url, cert = https_server
    for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.delenv(variable, raising=False)
    untrusted = MiraklConnector(ConnectionSettings(market="DE", base_url=url,
                                                   connect_timeout=5, read_timeout=5), "k")
    with pytest.raises(MarketplaceUnreachable, match="TLS verification failed"):
        untrusted.whoami()
    trusted = MiraklConnector(ConnectionSettings(market="DE", base_url=url, ca_bundle=str(cert),
                                                 connect_timeout=5, read_timeout=5), "k")
    identity = trusted.whoami()
    assert identity is not None and identity.role == "agent"
