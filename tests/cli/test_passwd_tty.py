"""`sxcounsel user passwd` typed at a real terminal (a pseudo-terminal): the current
passphrase is asked for, then the new one twice; the change works and costs no failed unlock."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from sxcounsel.core.errors import UnlockError
from sxcounsel.services.account_session import Session
from tests.conftest import ADMIN, ADMIN_PASS

# Pseudo-terminals (pty.fork) are POSIX-only; on Windows getpass reads the console itself.
pty = pytest.importorskip("pty", reason="pseudo-terminals (pty.fork) are POSIX-only")

NEW_PASS = "Terminal-pass-8"


class Terminal:
    """The command running on a pseudo-terminal of its own (its controlling terminal, so
    getpass reads it with echo off, as for a person at the keyboard)."""

    def __init__(self, env: dict[str, str], *args: str) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the command
            try:
                os.execve(sys.executable, [sys.executable, "-m", "sxcounsel", *args], env)
            finally:
                os._exit(127)
        self.pid, self.fd, self.seen = pid, fd, ""

    def _read(self) -> bool:
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:  # EIO: the command closed the terminal (it ended)
            return False
        self.seen += chunk.decode("utf-8", "replace")
        return bool(chunk)

    def expect(self, text: str) -> None:
        while text not in self.seen:
            if not self._read():
                self.fail(f"the command ended before asking {text!r}: {self.seen!r}")
            if self.seen.endswith(": ") and text not in self.seen:
                self.fail(f"the command asks something else than {text!r}: {self.seen!r}")
        self.seen = self.seen[self.seen.index(text) + len(text) :]

    def fail(self, why: str) -> None:
        os.kill(self.pid, signal.SIGKILL)  # it waits for an answer that will not come
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        pytest.fail(why)

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\r")

    def finish(self) -> tuple[int, str]:
        while self._read():
            pass
        os.close(self.fd)
        _, status = os.waitpid(self.pid, 0)
        return os.waitstatus_to_exitcode(status), self.seen


@pytest.fixture
def tty_env(school):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXCOUNSEL_")}
    env.update(SXCOUNSEL_HOME=str(school.home), SXCOUNSEL_USER=ADMIN)  # no passphrase
    return env


def audit_actions(home, passphrase: str) -> list[str]:
    with Session.unlock(home, ADMIN, passphrase) as s:
        return [r[0] for r in s.store.conn.execute("SELECT action FROM audit_log ORDER BY seq")]


def test_passwd_at_a_terminal_asks_the_current_passphrase(school, tty_env):
    term = Terminal(tty_env, "user", "passwd")
    term.expect("Current passphrase")
    term.type(ADMIN_PASS)
    term.expect("New passphrase")
    term.type(NEW_PASS)
    term.expect("Repeat it")
    term.type(NEW_PASS)
    code, rest = term.finish()
    assert code == 0, rest
    assert f"The passphrase of {ADMIN} was changed." in rest
    assert ADMIN_PASS not in rest and NEW_PASS not in rest  # typed without echo

    # The new passphrase unlocks; the change cost no failed unlock (the slot file's count
    # goes into the audit log at this unlock) and is audited.
    actions = audit_actions(school.home, NEW_PASS)
    assert "failed_login" not in actions
    assert "passphrase_change" in actions
    with pytest.raises(UnlockError, match="passphrase is wrong"):
        Session.unlock(school.home, ADMIN, ADMIN_PASS)


def test_two_different_new_passphrases_change_nothing(school, tty_env):
    term = Terminal(tty_env, "user", "passwd")
    term.expect("Current passphrase")
    term.type(ADMIN_PASS)
    term.expect("New passphrase")
    term.type(NEW_PASS)
    term.expect("Repeat it")
    term.type(NEW_PASS + "x")
    code, rest = term.finish()
    assert code == 1
    assert "The two passphrases differ; nothing was changed." in rest and "Traceback" not in rest
    actions = audit_actions(school.home, ADMIN_PASS)  # the old one still opens
    assert "failed_login" not in actions and "passphrase_change" not in actions
