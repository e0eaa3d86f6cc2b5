"""``sxcounsel county report --year YYYY -o FILE.pdf|FILE.xlsx`` (the de-identified statistics).

Registered into the ``county`` command group by ``register_report(county_sub, add)``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

Add = Callable[..., argparse.ArgumentParser]


def cmd_report(args: argparse.Namespace) -> int:
    from sxcounsel.cli_common import EXIT_OK, credentials
    from sxcounsel.county.report import write_county_report
    from sxcounsel.county.store import open_county
    from sxcounsel.services.printing import PDF, XLSX, output_format

    output_format(Path(args.output), (PDF, XLSX))  # before asking for a passphrase
    user, passphrase = credentials()
    session, _county = open_county(args.home, user, passphrase)
    with session:
        printed = write_county_report(session, args.year, Path(args.output))
    print(printed.line().replace("rows", "schools").replace("row)", "school)"))
    return EXIT_OK


def register_report(county_sub: Any, add: Add) -> None:
    """Add ``report`` to the ``county`` subparsers."""
    sp = add(
        "report",
        cmd_report,
        "county statistics for the city/province, de-identified (PDF or XLSX)",
        county_sub,
    )
    sp.add_argument(
        "--year", type=int, required=True, help="school year starting in September of YYYY"
    )
    sp.add_argument("-o", "--output", required=True, help="FILE.pdf or FILE.xlsx")
