"""What every ``sxcounsel`` command module shares: exit codes, the CLI's own error, output
that survives any encoding, one-line output, the recovery key printed first, credentials from
the environment or the terminal, and opening the store.

cli.py and the command groups (cli_print.py, cli_sync.py, cli_county.py, cli_county_report.py)
import from here; nothing here imports them.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import re
import sys

from sxcounsel.core.errors import SxError, ValidationError
from sxcounsel.core.textnorm import has_control_chars

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class CliError(SxError):
    kind = "cli"


# -- output -----------------------------------------------------------------------------------
def safe_output() -> None:
    """Make stdout and stderr write what their encoding cannot hold as ``\\uXXXX`` instead of
    stopping the command.

    Redirected or piped (a county IT script, a scheduled task), Python writes in the locale's
    code page: cp936 has no 䶮, cp437 and cp1252 no Chinese at all, and the first such
    character would raise UnicodeEncodeError in the middle of a command (after ``init`` made
    the store, before it printed the recovery key). The encoding is kept: a script reading the
    output in its code page still reads every character that code page has.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None: no console (windowed .exe)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a closed stream stays as it is
                reconfigure(errors="backslashreplace")


RECOVERY_KEY_HEADER = (
    "RECOVERY KEY (shown only this once; print it or write it down and lock it away):"
)


def print_recovery_key(key: str) -> None:
    """The recovery key, before anything else a command prints: ASCII only, on its own line,
    flushed at once, so that nothing printed after it (a school name, a folder) can keep it
    from the console or the file the output goes to."""
    print(RECOVERY_KEY_HEADER)
    print()
    print(f"    {key.encode('ascii', 'backslashreplace').decode('ascii')}")
    print(flush=True)


_LONG_WORD = re.compile(r"\S{121,}")


def one_line(text: str) -> str:
    """``text`` made safe for one terminal line: control characters and line breaks (from a
    typed value) shown escaped, and a very long word (10,000 pasted characters) shortened."""
    text = "".join(
        c.encode("unicode_escape").decode("ascii") if has_control_chars(c) or c in "\r\n" else c
        for c in text
    )
    return _LONG_WORD.sub(lambda m: f"{m[0][:40]}…({len(m[0])} characters)…{m[0][-20:]}", text)


# -- credentials ------------------------------------------------------------------------------
def prompt(label: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("cli.no_input", label=label)
    return getpass.getpass(f"{label}: ")


def credentials(label: str = "Passphrase") -> tuple[str, str]:
    user = os.environ.get("SXCOUNSEL_USER") or ""
    if not user:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError("cli.no_account")
        user = input("Account: ").strip()
    passphrase = os.environ.get("SXCOUNSEL_PASSPHRASE")
    if passphrase is None:
        passphrase = prompt(f"{label} (SXCOUNSEL_PASSPHRASE)")
    return user, passphrase


def new_passphrase(env: str, who: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    first = prompt(f"New passphrase for {who} ({env})")
    if prompt("Repeat it") != first:
        raise ValidationError("cli.passphrases_differ")
    return first


def open_session(args: argparse.Namespace):
    from sxcounsel.services.account_session import Session

    user, passphrase = credentials()
    session = Session.unlock(args.home, user, passphrase)
    for finding in session.findings:  # the key slots or the audit log changed outside sxcounsel
        print(f"sxcounsel: warning: {finding.message}", file=sys.stderr)
    return session
