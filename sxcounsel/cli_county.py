"""The ``sxcounsel county`` command group (registered by sxcounsel.cli.build_parser)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Add = Callable[..., argparse.ArgumentParser]


def _open(args: argparse.Namespace):
    from sxcounsel.cli_common import credentials
    from sxcounsel.county.store import open_county

    user, passphrase = credentials()
    return open_county(args.home, user, passphrase)


def cmd_init(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK, new_passphrase, print_recovery_key
    from sxcounsel.county.store import address_note, default_url, init_county
    from sxcounsel.sync.enrollment import check_sync_url

    passphrase = new_passphrase("SXCOUNSEL_PASSPHRASE", args.admin)
    url = check_sync_url(args.url or default_url())
    recovery = init_county(
        args.home,
        county_code=args.county_code,
        county_name=args.county_name,
        admin=args.admin,
        passphrase=passphrase,
        url=url,
        policy={"notes": bool(args.ask_notes)},
    )
    print_recovery_key(recovery)  # first: nothing printed after it can keep it from the user
    print(f"Created the encrypted county store for {args.county_name} in {args.home}.")
    print(f"Schools will send their bundles to {url}.")
    if not args.url:
        print(
            "That is this PC's address now: give it a fixed address on the county network "
            "(a school can also set another address when it syncs)."
        )
    elif note := address_note(url):
        print(f"Warning: {note}; check it before handing out the enrollment file.", file=sys.stderr)
    print("Next: 'sxcounsel county enrollment -o FILE' writes the file to hand to schools.")
    return EXIT_OK


def cmd_enrollment(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK
    from sxcounsel.county.enroll import write_enrollment_file

    session, county = _open(args)
    with session:
        e = write_enrollment_file(session, county, Path(args.output))
    print(f"Wrote {args.output} for the schools of {e.county_name} (sync address {e.url}).")
    print(f"County key fingerprint (schools may check it by phone): {e.signing_id}")
    return EXIT_OK


def cmd_approve(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK
    from sxcounsel.county.enroll import approve

    session, county = _open(args)
    with session:
        r, what = approve(session, county, Path(args.request_file), rekey=args.rekey)
    print(f"School {r.school_name} ({r.school_code}): {what}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK, EXIT_REFUSED
    from sxcounsel.core.errors import SxError
    from sxcounsel.core.texts import language_from_env
    from sxcounsel.county.importer import bundle_files
    from sxcounsel.county.inbox import REFUSED, InboxResult, import_files

    language = language_from_env()
    files = bundle_files(args.paths)
    if not files:
        print("No bundles (*.sxb) found there; nothing was imported.")
        return EXIT_OK

    def show(r: InboxResult) -> None:
        if r.status != REFUSED:
            print(r.sentence)
            return
        why = r.error.text(language) if isinstance(r.error, SxError) else r.sentence
        print(f"sxcounsel: {why}", file=sys.stderr)
        if r.behind:
            print(
                f"School {r.error.facts['school_code']} sent bundles the county already holds: "
                "its store was probably restored from an older backup. Take this acknowledgement "
                "back to the school ('sxcounsel sync import-ack'); its next export continues "
                "after the county's bundles and sends its unconfirmed changes again.",
                file=sys.stderr,
            )

    session, _county = _open(args)
    with session:
        run = import_files(session, files, args.ack_dir, on_result=show)
    for path in run.acks:
        print(f"Acknowledgement for school {path.stem}: {path}")
    if run.ack_error is not None:
        raise run.ack_error
    refused = any(r.status == REFUSED for r in run.results)
    return EXIT_REFUSED if refused else EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK
    from sxcounsel.county.overview import school_overview

    session, _county = _open(args)
    with session:
        rows = school_overview(session)
    if not rows:
        print("No school is enrolled yet ('sxcounsel county approve REQUEST_FILE').")
    for r in rows:
        print(r.line())
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK
    from sxcounsel.county.server import serve

    session, county = _open(args)
    with session:
        serve(
            session,
            county,
            host=args.host,
            port=args.port,
            plain_http=args.plain_http,
            max_body=args.max_body_mb * 1024 * 1024,
        )
    return EXIT_OK


def register(sub: Any, add: Add) -> None:
    """Add the ``county`` subcommands to the top-level subparsers ``sub``."""
    county = sub.add_parser("county", help="the county guidance center").add_subparsers(
        dest="county_command", metavar="ACTION", required=True
    )
    sp = add(
        "init", cmd_init, "create the encrypted county store, its keys and certificate", county
    )
    sp.add_argument("--county-code", required=True, help="county administrative code, 6 digits")
    sp.add_argument("--county-name", required=True)
    sp.add_argument("--admin", required=True, help="the first account")
    sp.add_argument(
        "--url", help="sync address schools use (default: https://THIS-PC'S-ADDRESS:8443)"
    )
    sp.add_argument(
        "--ask-notes",
        action="store_true",
        help="data policy: ask schools for counseling notes too (default: never)",
    )
    sp = add("enrollment", cmd_enrollment, "write the signed enrollment file for schools", county)
    sp.add_argument("-o", "--output", required=True)
    sp = add("approve", cmd_approve, "register a school from its enrollment request", county)
    sp.add_argument("request_file")
    sp.add_argument(
        "--rekey", action="store_true", help="accept a new key for an enrolled school code"
    )
    sp = add("import", cmd_import, "import bundles (files or folders, any order)", county)
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument(
        "--ack-dir", help="where to write acknowledgements (default: beside each bundle)"
    )
    add("status", cmd_status, "enrolled schools, last import, missing bundles", county)
    sp = add("serve", cmd_serve, "receive bundles over HTTPS (ASGI on uvicorn)", county)
    sp.add_argument("--host", default="0.0.0.0")
    sp.add_argument("--port", type=int, default=8443)
    sp.add_argument(
        "--plain-http", action="store_true", help="plain HTTP, allowed on 127.0.0.1 only"
    )
    sp.add_argument("--max-body-mb", type=int, default=64, help="largest upload (default 64 MB)")

    from sxcounsel.cli_county_report import register_report

    register_report(county, add)
