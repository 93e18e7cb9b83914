from operator_desk.services.profiles import StoredProfile


def test_a_sandbox_on_this_machine_has_no_request_budget() -> None:
    sandbox = StoredProfile.new("Sandbox", "DE", "http://127.0.0.1:8650/de")
    assert sandbox.requests_per_minute is None
    remote = StoredProfile.new("MediaMarkt DE", "DE", "https://mm-de.mirakl.net")
    assert remote.requests_per_minute == 60.0
    assert remote.market.currency == "EUR" and remote.market.timezone == "Europe/Berlin"
    assert StoredProfile.new("CH", "ch", "https://x.example").market.currency == "CHF"
