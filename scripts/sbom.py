"""A short software bill of materials: every installed runtime dependency of sxcounsel.

Walks the ``[project] dependencies`` of pyproject.toml and their own requirements (markers
evaluated for this machine, extras not followed) through the installed distributions
(importlib.metadata), and prints name, version and licence of each, then the files shipped in
``resources/`` that carry their own licence (the CJK font).

The licence comes from the distribution's ``License-Expression`` field, else a short
``License`` field, else the ``License ::`` classifiers, else a recognised licence text among
its ``License-File`` entries. A dependency that is required but not installed is listed with
``NOT INSTALLED`` and makes the exit code 1.

    python scripts/sbom.py                    # print the table
    python scripts/sbom.py --md docs/sbom.md  # also write it as Markdown
    python scripts/sbom.py --csv sbom.csv     # also write it as CSV
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
MISSING = "NOT INSTALLED"
UNKNOWN = "UNKNOWN"

# Files we ship that are not Python distributions: (component, version, licence, licence file).
BUNDLED = [
    (
        "WenQuanYi Micro Hei (font, resources/fonts/wqy-microhei.ttc)",
        "0.2.0-beta",
        "Apache-2.0 OR GPL-3.0-or-later WITH Font-exception-2.0",
        "resources/fonts/wqy-microhei.LICENSE.txt",
    ),
]

# What a wheel carries inside it beyond its own code (shown in the notes column).
NOTES = {
    "sqlcipher3": "bundles SQLCipher (BSD-3-Clause) and SQLite (public domain)",
    "cryptography": "bundles OpenSSL (Apache-2.0)",
    "pyside6-essentials": "Qt 6 libraries under LGPL-3.0-only",
    "shiboken6": "Qt for Python binding generator runtime",
}

# Recognisable sentences of common licence texts (for distributions without metadata).
FINGERPRINTS = [
    ("Permission is granted to anyone to use this software for any purpose", "Zlib"),
    ("Permission is hereby granted, free of charge", "MIT"),
    ("Apache License", "Apache-2.0"),
    ("Neither the name", "BSD-3-Clause"),
    ("Redistribution and use in source and binary forms", "BSD-2-Clause"),
    ("GNU LESSER GENERAL PUBLIC LICENSE", "LGPL"),
    ("Mozilla Public License", "MPL-2.0"),
]

_CLASSIFIER_SPDX = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "ISC License (ISCL)": "ISC",
    "Python Software Foundation License": "PSF-2.0",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
    "zlib/libpng License": "Zlib",
}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    source: str  # which metadata field the licence came from
    note: str = ""


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return [Requirement(r) for r in data["project"]["dependencies"]]


def licence_of(dist: metadata.Distribution) -> tuple[str, str]:
    """(licence, where it was found) for an installed distribution."""
    md = dist.metadata
    expression = (md.get("License-Expression") or "").strip()
    if expression:
        return expression, "License-Expression"
    field = (md.get("License") or "").strip()
    short = field if field and "\n" not in field else ""
    if short and len(short) <= 40:
        return short, "License"
    classifiers = [
        c.split("::")[-1].strip()
        for c in md.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    if classifiers:
        return " OR ".join(_CLASSIFIER_SPDX.get(c, c) for c in classifiers), "classifier"
    if short and len(short) <= 100:
        return short, "License"
    if field:  # a whole licence text pasted into the field
        found = _fingerprint(field)
        if found:
            return found, "License (text)"
    for f in dist.files or []:
        if re.search(r"(LICEN[CS]E|COPYING)", f.name, re.IGNORECASE):
            try:
                text = Path(dist.locate_file(f)).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            found = _fingerprint(text)
            if found:
                return found, f"licence file {f.name}"
    return UNKNOWN, ""


def _fingerprint(text: str) -> str:
    for sentence, spdx in FINGERPRINTS:
        if sentence.lower() in text.lower():
            return spdx
    return ""


def collect(requirements: list[Requirement] | None = None) -> list[Component]:
    """Every runtime distribution reachable from ``requirements``, sorted by name."""
    todo = list(requirements if requirements is not None else runtime_requirements())
    seen: dict[str, Component] = {}
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        key = canonicalize_name(req.name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            seen[key] = Component(req.name, MISSING, UNKNOWN, "")
            continue
        licence, source = licence_of(dist)
        seen[key] = Component(
            dist.metadata["Name"], dist.version, licence, source, NOTES.get(key, "")
        )
        todo.extend(Requirement(r) for r in dist.requires or [])
    return sorted(seen.values(), key=lambda c: canonicalize_name(c.name))


def bundled(root: Path = ROOT) -> list[Component]:
    out = []
    for name, version, licence, licence_file in BUNDLED:
        present = (root / licence_file).is_file()
        out.append(
            Component(name, version, licence if present else UNKNOWN, licence_file, "bundled")
        )
    return out


HEADER = ("component", "version", "licence", "licence from", "notes")


def rows(components: list[Component]) -> list[tuple[str, ...]]:
    return [(c.name, c.version, c.licence, c.source, c.note) for c in components]


def as_markdown(components: list[Component]) -> str:
    def cell(s: str) -> str:
        return s.replace("|", "\\|")

    lines = [
        "# Software bill of materials",
        "",
        "Generated by `python scripts/sbom.py --md docs/sbom.md` from the installed runtime",
        "dependencies of sxcounsel (pyproject.toml) and the files bundled in `resources/`.",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "---|" * len(HEADER),
    ]
    lines += ["| " + " | ".join(cell(x) for x in row) + " |" for row in rows(components)]
    return "\n".join(lines) + "\n"


def as_csv(components: list[Component]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows(components))
    return buf.getvalue()


def _write(path: Path, text: str) -> None:
    """Atomically: a temporary file beside the target, then a rename."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--md", type=Path, help="also write the table as Markdown to this file")
    p.add_argument("--csv", type=Path, help="also write the table as CSV to this file")
    args = p.parse_args(argv)
    components = collect() + bundled()
    width = max(len(c.name) for c in components)
    for c in components:
        print(f"{c.name:<{width}}  {c.version:<12}  {c.licence}")
    if args.md:
        _write(args.md, as_markdown(components))
    if args.csv:
        _write(args.csv, as_csv(components))
    bad = [c.name for c in components if c.version == MISSING or c.licence == UNKNOWN]
    if bad:
        print(f"sbom: no version or licence for: {', '.join(bad)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
