"""The ``sxcounsel sync`` command group (registered by sxcounsel.cli.build_parser)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

Add = Callable[..., argparse.ArgumentParser]


def cmd_enroll(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK, open_session
    from sxcounsel.sync.enrollment import enroll, held_enrollment, keys_differ, starts_notes

    with open_session(args) as session:
        old = held_enrollment(session)
        e = enroll(
            session,
            Path(args.enrollment_file),
            Path(args.output),
            replace=args.replace,
            allow_notes=args.allow_notes,
        )
    print(f"Enrolled with {e.county_name} ({e.county_code}); the sync address is {e.url}.")
    if old is not None and keys_differ(old, e):
        print(f"County keys replaced: signing key {old.signing_id} -> {e.signing_id}.")
        print(f"                      encryption key {old.encryption_id} -> {e.encryption_id}.")
    if starts_notes(old, e):
        print("County policy: counseling notes are now sent to the county with every sync.")
    print(f"Hand {args.output} to the county center for approval.")
    print(f"County key fingerprint (check it by phone if in doubt): {e.signing_id}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK, open_session
    from sxcounsel.core.errors import ValidationError
    from sxcounsel.sync.export import bundle_name, export_to

    if not args.output.strip():  # before asking for a passphrase
        raise ValidationError("cli.output_empty", field="output")
    with open_session(args) as session:
        result = export_to(session, Path(args.output))
        code = session.store.meta("school_code")
    if not result.unacked:
        print("Nothing to send: the county has acknowledged every change.")
        return EXIT_OK
    for b in result.unacked:
        state = "new" if result.new and b.seq == result.new.seq else "not yet acknowledged"
        print(
            f"Wrote {Path(args.output) / bundle_name(code, b.seq)} ({b.record_count} records, {state})."
        )
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK, open_session
    from sxcounsel.sync.client import push

    with open_session(args) as session:
        result = push(session, attempts=args.attempts)
    print(result.line())
    return EXIT_OK


def cmd_import_ack(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK, open_session
    from sxcounsel.sync.ack import import_ack_file

    with open_session(args) as session:
        r = import_ack_file(session, Path(args.file))
    if r.rebased:
        print(
            f"The county already holds this school's bundles up to {r.acked_seq} (this store was "
            "restored from an older backup): the next export continues after them and sends "
            "every change the county has not confirmed again."
        )
    else:
        print(
            f"The county confirms bundles up to {r.acked_seq}; {r.newly_delivered} newly marked "
            "delivered."
        )
    if r.gaps:
        print(f"The county is missing bundle(s): {', '.join(map(str, r.gaps))}; export again.")
    if r.quarantined:
        print(
            f"{r.quarantined} record(s) were set aside by the county; see 'sxcounsel sync status'."
        )
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK, open_session
    from sxcounsel.sync.status import school_status

    with open_session(args) as session:
        st = school_status(session)
    for line in st.lines():
        print(line)
    return EXIT_OK


def cmd_address(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK, open_session
    from sxcounsel.sync.enrollment import check_sync_url, enrollment_of, set_sync_url

    if args.url is not None:
        check_sync_url(args.url)  # before asking for a passphrase
    with open_session(args) as session:
        if args.url is None and not args.reset:
            print(f"Bundles go to {enrollment_of(session).url}.")
            return EXIT_OK
        url = set_sync_url(session, "" if args.reset else args.url)
    print(f"From now on bundles go to {url}.")
    return EXIT_OK


def register(sub: Any, add: Add) -> None:
    """Add the ``sync`` subcommands to the top-level subparsers ``sub``."""
    sync = sub.add_parser("sync", help="send records to the county center").add_subparsers(
        dest="sync_command", metavar="ACTION", required=True
    )
    sp = add("enroll", cmd_enroll, "verify the county's enrollment file, write the request", sync)
    sp.add_argument("enrollment_file")
    sp.add_argument("-o", "--output", required=True, help="the enrollment request to write")
    sp.add_argument(
        "--replace",
        action="store_true",
        help="the county center made new keys: replace the ones held (administrator)",
    )
    sp.add_argument(
        "--allow-notes",
        action="store_true",
        help="accept a county policy that asks for counseling notes (administrator)",
    )
    sp = add("export", cmd_export, "write bundles not yet acknowledged into a folder (USB)", sync)
    sp.add_argument("-o", "--output", required=True, help="folder, e.g. on a USB stick")
    sp = add("push", cmd_push, "send pending bundles to the county server now", sync)
    sp.add_argument("--attempts", type=int, default=5, help="tries before giving up (default 5)")
    sp = add("import-ack", cmd_import_ack, "import the county's acknowledgement file", sync)
    sp.add_argument("file")
    add("status", cmd_status, "pending changes, last export and acknowledgement, gaps", sync)
    sp = add("address", cmd_address, "show or change the county server's address", sync)
    group = sp.add_mutually_exclusive_group()
    group.add_argument("url", nargs="?", help="e.g. https://192.168.1.20:8443 (new address)")
    group.add_argument(
        "--reset", action="store_true", help="go back to the address in the enrollment file"
    )
