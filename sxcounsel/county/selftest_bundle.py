"""The bundle round trip of ``sxcounsel --self-test``: a throwaway county, an enrolled school,
one bundle out, imported, acknowledged and taken back. Proves the crypto and formats work in
this installation (frozen builds included)."""

from __future__ import annotations

from pathlib import Path

COUNTY_USER, COUNTY_PASS = "selftest-county", "Selftest-County-2025!"


def bundle_round_trip(work: Path, *, school_home: Path, user: str, passphrase: str) -> str:
    from sxcounsel.county.enroll import approve, write_enrollment_file
    from sxcounsel.county.importer import import_bundle, read_bundle_file
    from sxcounsel.county.store import init_county, open_county
    from sxcounsel.services.account_session import Session
    from sxcounsel.sync.ack import apply_ack
    from sxcounsel.sync.enrollment import enroll
    from sxcounsel.sync.export import export_to
    from sxcounsel.sync.status import school_status

    county_home, out = work / "county", work / "bundles"
    with Session.unlock(school_home, user, passphrase) as school:
        county_code = school.store.meta("county_code")
    init_county(
        county_home,
        county_code=county_code,
        county_name="自检县中心",
        admin=COUNTY_USER,
        passphrase=COUNTY_PASS,
        url="https://127.0.0.1:8443",
    )
    enrollment, request = work / "enrollment.json", work / "request.json"
    session, county = open_county(county_home, COUNTY_USER, COUNTY_PASS)
    with session:
        write_enrollment_file(session, county, enrollment)
        with Session.unlock(school_home, user, passphrase) as school:
            enroll(school, enrollment, request)
        approve(session, county, request)
    with Session.unlock(school_home, user, passphrase) as school:
        exported = export_to(school, out)
    files = sorted(out.glob("*.sxb"))
    if not exported.unacked or not files:
        raise AssertionError("the school wrote no bundle")
    session, county = open_county(county_home, COUNTY_USER, COUNTY_PASS)
    with session:
        results = [import_bundle(session, county, read_bundle_file(f), f.name) for f in files]
    records = sum(r.records for r in results)
    with Session.unlock(school_home, user, passphrase) as school:
        apply_ack(school, results[-1].ack, "the acknowledgement")
        if not school_status(school).nothing_pending:
            raise AssertionError("the acknowledgement did not clear the pending changes")
    return f"signed, encrypted bundle exported, imported by a county ({records} record{'s' if records != 1 else ''}), acknowledged"
