"""Entry point of the frozen build: the same command as the ``sxcounsel`` console script.

On Windows the build has two programs on this one entry point: sxcounsel-cli.exe, a console
program (the command line, ``--self-test``, county serve), and sxcounsel.exe, a windowed one
(the Start menu's app) that Windows starts without a console, so Python gives it no standard
output at all. When sxcounsel.exe is nevertheless started from a console with arguments
(``sxcounsel.exe --self-test`` typed in cmd or PowerShell), it writes to that console;
without one (started from Explorer) its output goes nowhere instead of failing.
"""

from __future__ import annotations

import os
import sys

ATTACH_PARENT_PROCESS = -1  # AttachConsole: the console of the process that started us


def attach_parent_console(argv: list[str]) -> bool:
    """Windowed Windows program started with arguments from a console: write to it.

    Returns True when the output now goes to the parent's console. Everywhere else (Linux,
    the console program, a windowed start without arguments) the streams stay as they are,
    except that missing ones become a sink, so a ``print`` or ``write`` cannot fail.
    """
    attached = False
    if sys.platform == "win32" and sys.stdout is None and len(argv) > 1:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
            # "CONOUT$" opens as a Windows console stream: Unicode text whatever the code page.
            sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            attached = True
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    return attached


if __name__ == "__main__":
    attach_parent_console(sys.argv)
    from sxcounsel.cli import main

    raise SystemExit(main())
