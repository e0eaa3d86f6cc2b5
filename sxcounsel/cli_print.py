"""The ``sxcounsel print`` command group (registered by sxcounsel.cli.build_parser)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

Add = Callable[..., argparse.ArgumentParser]


def _report(printed: Any) -> int:
    from sxcounsel.cli_common import EXIT_OK

    print(printed.line())
    return EXIT_OK


def cmd_homevisit_ledger(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import open_session
    from sxcounsel.services import printing

    printing.output_format(Path(args.output), (printing.PDF, printing.XLSX))
    with open_session(args) as session:
        return _report(
            printing.homevisit_ledger(session, args.class_name, args.year, Path(args.output))
        )


def cmd_homevisit_record(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import open_session
    from sxcounsel.services import printing

    printing.output_format(Path(args.output))
    with open_session(args) as session:
        return _report(printing.homevisit_record(session, args.id, Path(args.output)))


def cmd_concern_ledger(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import open_session
    from sxcounsel.services import printing

    printing.output_format(Path(args.output), (printing.PDF, printing.XLSX))
    with open_session(args) as session:
        return _report(
            printing.concern_ledger(session, Path(args.output), with_plans=args.with_plans)
        )


def cmd_referral(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import open_session
    from sxcounsel.services import printing, printing_letters

    printing.output_format(Path(args.output))
    with open_session(args) as session:
        return _report(printing_letters.referral_letter(session, args.id, Path(args.output)))


def cmd_session(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import open_session
    from sxcounsel.services import printing, printing_letters

    printing.output_format(Path(args.output))
    with open_session(args) as session:
        return _report(printing_letters.session_record(session, args.id, Path(args.output)))


def register(sub: Any, add: Add) -> None:
    """Add the ``print`` subcommands to the top-level subparsers ``sub``."""
    group = sub.add_parser("print", help="print ledgers and letters to PDF (ledgers also XLSX)")
    actions = group.add_subparsers(dest="print_command", metavar="DOCUMENT", required=True)

    def output(sp: argparse.ArgumentParser, formats: str) -> None:
        sp.add_argument("-o", "--output", required=True, help=f"the file to write ({formats})")

    sp = add(
        "homevisit-ledger",
        cmd_homevisit_ledger,
        "家访工作台账 of one class for one school year",
        actions,
    )
    sp.add_argument("--class", dest="class_name", required=True, help="e.g. 七年级(2)班")
    sp.add_argument(
        "--year",
        type=int,
        required=True,
        help="school year by its first year (2025: 2025—2026学年)",
    )
    output(sp, ".pdf or .xlsx")
    sp = add("homevisit-record", cmd_homevisit_record, "家访记录表 of one home visit", actions)
    sp.add_argument("id", help="the home visit's id")
    output(sp, ".pdf")
    sp = add(
        "concern-ledger",
        cmd_concern_ledger,
        "重点关注学生台账 (counselor, school admin)",
        actions,
    )
    sp.add_argument(
        "--with-plans",
        action="store_true",
        help="add the 一生一策 care plans and reviews (a page per student; XLSX: two sheets)",
    )
    output(sp, ".pdf or .xlsx")
    sp = add("referral", cmd_referral, "心理危机学生转介单 with the tear-off receipt", actions)
    sp.add_argument("id", help="the referral's id or number (ZJ2025-001)")
    output(sp, ".pdf")
    sp = add("session", cmd_session, "心理辅导记录表 of one session (counselor; audited)", actions)
    sp.add_argument("id", help="the session's id or number (2025-001)")
    output(sp, ".pdf")
