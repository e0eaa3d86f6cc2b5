"""The ``sxcounsel`` command. Every subcommand calls the same services as the GUI.

Exit codes: 0 success, 1 a refusal (one clear line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import sqlcipher3

from sxcounsel import __version__
from sxcounsel.cli_common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CliError,
    credentials,
    new_passphrase,
    one_line,
    open_session,
    print_recovery_key,
    prompt,
    safe_output,
)
from sxcounsel.core.errors import SxError, ValidationError
from sxcounsel.core.roles import ordered
from sxcounsel.core.texts import language_from_env
from sxcounsel.store.paths import default_home


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {one_line(message)}\n")


# -- commands ---------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from sxcounsel.services.setup import init_school

    passphrase = new_passphrase("SXCOUNSEL_PASSPHRASE", args.admin)
    recovery = init_school(
        args.home,
        school_code=args.school_code,
        school_name=args.school_name,
        county_code=args.county_code,
        admin=args.admin,
        passphrase=passphrase,
        roles=args.role,
        display_name=args.name,
    )
    print_recovery_key(recovery)  # first: nothing printed after it can keep it from the user
    print(f"Created the encrypted store for {args.school_name} in {args.home}.")
    print(
        "Without this key and without any account's passphrase the records cannot be recovered "
        "by anyone."
    )
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace) -> int:
    from sxcounsel.services.accounts import add_user

    with open_session(args) as session:
        passphrase = new_passphrase("SXCOUNSEL_NEW_PASSPHRASE", args.username)
        account = add_user(
            session, args.username, args.role, passphrase, args.classes, args.display_name
        )
    print(f"Added account {account.username} ({', '.join(ordered(account.roles))}).")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from sxcounsel.services.account_session import Session
    from sxcounsel.services.accounts import change_passphrase, reset_passphrase

    # The passphrase that unlocks is the current one (from the environment, or typed at the
    # terminal); the same one proves an own change, so no second, wrong attempt is counted.
    user, current = credentials("Current passphrase")
    with Session.unlock(args.home, user, current) as session:
        target = args.username or session.username
        new = new_passphrase("SXCOUNSEL_NEW_PASSPHRASE", target)
        if target == session.username:
            change_passphrase(session, current, new)
        else:
            reset_passphrase(session, target, new)
    print(f"The passphrase of {target} was changed.")
    return EXIT_OK


def cmd_user_disable(args: argparse.Namespace) -> int:
    from sxcounsel.services.accounts import disable_user

    with open_session(args) as session:
        disable_user(session, args.username, rotate_key=not args.no_rekey)
    print(f"Disabled {args.username}" + ("." if args.no_rekey else "; the data key was rotated."))
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    from sxcounsel.services.accounts import list_accounts

    with open_session(args) as session:
        for a in list_accounts(session):
            state = " (disabled)" if a.disabled else ""
            classes = f" [{', '.join(a.classes)}]" if a.classes else ""
            print(f"{a.username}\t{','.join(ordered(a.roles))}{classes}{state}")
        for problem in session.store.vault.problems():  # planted, duplicate, waiting slots
            print(f"warning: {problem.message}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from sxcounsel.services.maintenance import make_backup

    if not args.output.strip():
        raise ValidationError("cli.backup_name_empty", field="output")
    with open_session(args) as session:
        size = make_backup(session, Path(args.output))
    print(f"Backup written to {args.output} ({size / 1e6:.1f} MB, encrypted).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from sxcounsel.services.maintenance import restore

    recovery = os.environ.get("SXCOUNSEL_RECOVERY_KEY") if args.recovery_key else None
    if args.recovery_key and not recovery:
        recovery = prompt("Recovery key (SXCOUNSEL_RECOVERY_KEY)")
    if recovery:
        user, passphrase = os.environ.get("SXCOUNSEL_USER", ""), None
    else:
        user, passphrase = credentials()
    result = restore(
        args.home,
        Path(args.file),
        username=user,
        passphrase=passphrase,
        recovery_key=recovery,
        allow_other_store=args.other_store,
        allow_older=args.older,
    )
    print(f"Restored {args.file}.")
    if result.other_store:
        print("This computer now holds the store of the backup, not the one it held before.")
    if result.older_days:
        days = result.older_days
        print(f"The records were rolled back by {days} day{'' if days == 1 else 's'}.")
    if result.replaced:
        print(f"The store it replaced was kept in {result.replaced}.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from sxcounsel.services.maintenance import verify_store

    user, passphrase = credentials()
    report = verify_store(args.home, user, passphrase)
    if not report.ok:
        more = len(report.problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        print(
            f"sxcounsel: the store is damaged: {report.problems[0]}{tail}; restore the newest "
            "backup with 'sxcounsel restore FILE'.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    print(
        f"The store is sound: every page checks out, audit log of {report.audit_entries} entries intact."
    )
    return EXIT_OK


def cmd_roster_import(args: argparse.Namespace) -> int:
    from sxcounsel.core import texts
    from sxcounsel.roster import describe
    from sxcounsel.roster.problems import RosterFileError, RosterRowsInvalid
    from sxcounsel.services.roster import import_roster, read_table, saved_layout

    language = texts.language_from_env()  # Chinese sentences under a zh_* locale
    with open_session(args) as session:
        try:
            if args.dry_run:  # which columns are read, and how, before the counts
                layout = saved_layout(session)
                for line in describe.report(
                    read_table(session, Path(args.file), layout), layout, language
                ):
                    print(one_line(line), file=sys.stderr)
            summary = import_roster(session, Path(args.file), dry_run=args.dry_run)
        except RosterRowsInvalid as exc:
            # The summary sentence first, then every bad row (as numbered in Excel).
            print(one_line(exc.summary(language)), file=sys.stderr)
            for line in exc.lines(language):
                print(one_line(line), file=sys.stderr)
            return EXIT_REFUSED
        except RosterFileError as exc:
            reason = str(exc.facts.get("reason", ""))
            if language != "zh" or reason not in ("no_header", "missing_columns"):
                raise
            missing = exc.facts.get("missing", [])
            print(
                one_line(texts.text(f"roster.{reason}", language, missing=missing)),
                file=sys.stderr,
            )
            return EXIT_REFUSED
    print(summary.line(language))
    return EXIT_OK


def cmd_students_find(args: argparse.Namespace) -> int:
    from sxcounsel.core.textnorm import normalize_text
    from sxcounsel.services.search import find_students, format_match

    if not normalize_text(args.query):
        raise ValidationError("search.empty", field="query")
    with open_session(args) as session:
        found = find_students(session, args.query, limit=args.limit)
    for student in found:
        print(format_match(student))
    if not found:
        print("No student matches the search.", file=sys.stderr)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from sxcounsel.services.demo import create_demo
    from sxcounsel.store.paths import StorePaths

    if not args.no_gui:
        check_desktop()  # before the demo is made: a missing library is said first
    if StorePaths(args.home).exists():
        print(f"A store already exists in {args.home}; the demo leaves it as it is.")
    else:
        if args.students < 1 or args.students > 100_000:
            raise ValidationError("demo.students_range", field="students", low=1, high=100_000)
        login = create_demo(args.home, students_count=args.students, seed=args.seed)
        print(
            f"Created the demo school (富平县庄里镇九年制学校, {login.students} students) in {args.home}."
        )
        print(f"  counselor + administrator: {login.username} / {login.passphrase}")
        print(f"  head teacher of {login.teacher_class}: {login.teacher} / {login.passphrase}")
        print(f"  recovery key: {login.recovery_key}")
        print("All people in it are invented.")
    if args.no_gui:
        return EXIT_OK
    return cmd_gui(args)


def check_desktop() -> None:
    """Refuse in one sentence what would make Qt abort the process with a core dump and a page
    of text: no display at all, or (Linux) a system library Qt loads missing (qt_libs.py)."""
    if not sys.platform.startswith("linux"):
        return
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise CliError("cli.no_display")
    from sxcounsel import qt_libs

    if missing := qt_libs.missing_packages():
        raise CliError(
            "cli.qt_libs_missing",
            libraries=[soname for soname, _package in missing],
            command=qt_libs.install_command(missing),
        )


def cmd_gui(args: argparse.Namespace) -> int:
    check_desktop()
    # Imported here: the rest of the command runs without Qt installed.
    try:
        from sxcounsel.gui.app import run
    except ImportError as exc:
        raise CliError("cli.no_qt", why=str(exc)) from None
    return run(args.home)


# -- parser -----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="sxcounsel", description="Encrypted counseling-room records for schools.")
    p.add_argument("--version", action="version", version=f"sxcounsel {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (store, PDF, sync, Qt) in a temporary folder, then stop",
    )
    p.add_argument(
        "--home", type=Path, default=None, help="data folder (env SXCOUNSEL_HOME; default per user)"
    )
    p.set_defaults(func=cmd_gui)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help: str, parent=sub):
        sp = parent.add_parser(name, help=help, description=help)
        sp.set_defaults(func=func)
        return sp

    sp = add("demo", cmd_demo, "create a demo school with synthetic data in --home and open it")
    sp.add_argument("--students", type=int, default=600, help="how many students (default 600)")
    sp.add_argument("--seed", type=int, default=2025, help="the same seed gives the same school")
    sp.add_argument("--no-gui", action="store_true", help="create it, print the login, stop")

    sp = add("init", cmd_init, "create the encrypted store of a school")
    sp.add_argument("--school-code", required=True, help="学校标识码, 10 digits")
    sp.add_argument("--school-name", required=True)
    sp.add_argument("--county-code", required=True, help="county administrative code, 6 digits")
    sp.add_argument("--admin", required=True, help="the first account")
    sp.add_argument("--name", default="", help="the first user's own name, shown on records")
    sp.add_argument(
        "--role", action="append", help="roles of the first account (default school_admin)"
    )

    user = sub.add_parser("user", help="manage staff accounts").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    sp = add("add", cmd_user_add, "add an account (new passphrase: SXCOUNSEL_NEW_PASSPHRASE)", user)
    sp.add_argument("username")
    sp.add_argument(
        "--role", action="append", required=True, help="counselor, head_teacher or school_admin"
    )
    sp.add_argument(
        "--class", dest="classes", action="append", default=[], help="class (head teachers)"
    )
    sp.add_argument("--display-name", default="")
    sp = add("passwd", cmd_user_passwd, "change your passphrase, or reset another's (admin)", user)
    sp.add_argument("username", nargs="?")
    sp = add("disable", cmd_user_disable, "disable an account and rotate the data key", user)
    sp.add_argument("username")
    sp.add_argument("--no-rekey", action="store_true", help="do not rotate the data key")
    add("list", cmd_user_list, "list accounts", user)

    sp = add("backup", cmd_backup, "write an encrypted backup")
    sp.add_argument("-o", "--output", required=True)
    sp = add("restore", cmd_restore, "restore a backup (the current store is kept aside)")
    sp.add_argument("file")
    sp.add_argument(
        "--recovery-key",
        action="store_true",
        help="open it with the recovery key (SXCOUNSEL_RECOVERY_KEY)",
    )
    sp.add_argument(
        "--other-store",
        action="store_true",
        help="the backup is of another store (school or computer): replace this one by it",
    )
    sp.add_argument(
        "--older",
        action="store_true",
        help="the backup lacks later changes held here: roll the records back to it",
    )
    add("verify", cmd_verify, "check encryption, structure and the audit chain")

    roster = sub.add_parser("roster", help="the student roster").add_subparsers(
        dest="roster_command", metavar="ACTION", required=True
    )
    sp = add(
        "import",
        cmd_roster_import,
        "import an XLSX or CSV roster; any invalid row: nothing is imported",
        roster,
    )
    sp.add_argument("file")
    sp.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    students = sub.add_parser("students", help="find students").add_subparsers(
        dest="students_command", metavar="ACTION", required=True
    )
    sp = add("find", cmd_students_find, "find by name, 学籍号, class, pinyin or initials", students)
    sp.add_argument("query")
    sp.add_argument("--limit", type=int, default=50, help="at most this many lines (default 50)")

    # Command groups that live in their own modules (each has register(sub, add)).
    from sxcounsel import cli_county, cli_print, cli_sync

    for group in (cli_print, cli_sync, cli_county):
        group.register(sub, add)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from sxcounsel.core.hardening import disable_core_dumps

    safe_output()  # before anything is printed, --help included
    disable_core_dumps()  # a core file would hold decrypted records
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or usage error (2)
        return int(exc.code or 0)
    args.home = Path(args.home) if args.home else default_home()
    if args.self_test:
        from sxcounsel.selftest import run_checks

        return run_checks()
    try:
        return args.func(args)
    except SxError as exc:
        print(f"sxcounsel: {one_line(exc.text(language_from_env()))}", file=sys.stderr)
        return EXIT_REFUSED
    except sqlcipher3.DatabaseError as exc:
        from sxcounsel.store.connection import is_disk_full

        if is_disk_full(exc):
            print(
                "sxcounsel: the disk is full or cannot be written; the last change was not saved.",
                file=sys.stderr,
            )
            return EXIT_REFUSED
        print(
            "sxcounsel: the store is damaged (a database page failed its check); run "
            "'sxcounsel verify', and restore the newest backup if it fails.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        print(one_line(f"sxcounsel: could not use{where}: {exc.strerror or exc}."), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("sxcounsel: interrupted; nothing more was changed.", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        if os.environ.get("SXCOUNSEL_DEBUG"):
            raise
        # Never a traceback (it could hold record values): name the kind of failure only.
        print(
            f"sxcounsel: unexpected error ({type(exc).__name__}); nothing more was changed. "
            "Run 'sxcounsel verify' and report this.",
            file=sys.stderr,
        )
        return EXIT_REFUSED


if __name__ == "__main__":
    raise SystemExit(main())
