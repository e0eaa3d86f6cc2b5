"""Self-contained encrypted backups.

A backup file is

    b"SXCBACKUP\\n"  magic
    4 bytes         header length, big-endian
    header          JSON: format, created_at, store_id, schema, db_size, db_sha256, key_id,
                    and the key-slot file (so any passphrase or the recovery key opens it)
    database        an SQLCipher snapshot (SQLite online backup), encrypted by the data key
    32 bytes        HMAC-SHA256 over everything before it, keyed from the data key

Nothing in it is readable without a passphrase or the recovery key. A truncated or altered
file fails the size / digest check before any key is needed, and the MAC after.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sxcounsel.core.clock import utc_stamp
from sxcounsel.core.errors import IntegrityError
from sxcounsel.store import connection
from sxcounsel.store.atomic import atomic_writer, discard
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import Vault


class OpenStore(Protocol):
    """What a backup reads of an open store (store/db.Store, which imports this module)."""

    paths: StorePaths
    conn: sqlcipher3.Connection
    vault: Vault

    @property
    def data_key(self) -> bytes: ...


MAGIC = b"SXCBACKUP\n"
FORMAT = 1
_CHUNK = 1 << 20


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"sxcounsel backup mac v1").derive(data_key)


def write_backup(store: OpenStore, out: Path) -> int:
    """Write a backup of the open store to ``out`` atomically; returns its size in bytes."""
    out = Path(out)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=store.paths.home)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        dest = connection.connect(tmp, store.data_key, create=True)
        try:
            store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        schema = store.conn.execute("PRAGMA user_version").fetchone()[0]
        db_sha = hashlib.sha256()
        with tmp.open("rb") as fh:
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                db_sha.update(chunk)
        header = {
            "format": FORMAT,
            "created_at": utc_stamp(),
            "store_id": store.vault.store_id,
            "schema": schema,
            "db_size": tmp.stat().st_size,
            "db_sha256": db_sha.hexdigest(),
            "key_id": store.vault.current_id,
            "slots": store.vault.to_bytes().decode(),
        }
        head = json.dumps(header, sort_keys=True).encode()
        mac = hmac.new(_mac_key(store.data_key), digestmod="sha256")
        with atomic_writer(out) as fh:
            for part in (MAGIC, struct.pack(">I", len(head)), head):
                fh.write(part)
                mac.update(part)
            with tmp.open("rb") as src:
                for chunk in iter(lambda: src.read(_CHUNK), b""):
                    fh.write(chunk)
                    mac.update(chunk)
            fh.write(mac.digest())
    finally:
        discard(tmp)  # a virus scan of the temp copy never fails a finished backup
    return out.stat().st_size


@dataclass
class BackupFile:
    path: Path
    header: dict
    db_offset: int

    @property
    def vault(self) -> Vault:
        return Vault.from_bytes(self.header["slots"].encode(), self.path)


def read_backup(path: Path) -> BackupFile:
    """Parse and check size and digest (no key needed). Raises IntegrityError naming the file."""
    path = Path(path)
    name = path.name

    def bad(code: str) -> IntegrityError:
        return IntegrityError(code, file=name)

    if not path.is_file():
        raise bad("backup_file.missing")
    size = path.stat().st_size
    with path.open("rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise bad("backup_file.not_backup")
        raw_len = fh.read(4)
        if len(raw_len) != 4:
            raise bad("backup_file.cut_short")
        (hlen,) = struct.unpack(">I", raw_len)
        if hlen > 16 << 20:
            raise bad("backup_file.header_length")
        head = fh.read(hlen)
        if len(head) != hlen:
            raise bad("backup_file.cut_short")
        try:
            header = json.loads(head)
            db_size = int(header["db_size"])
            if header.get("format") != FORMAT:
                raise bad("backup_file.newer")
        except (ValueError, KeyError, TypeError):
            raise bad("backup_file.header") from None
        offset = len(MAGIC) + 4 + hlen
        if size != offset + db_size + 32:
            cut = size < offset + db_size + 32
            raise bad("backup_file.cut_short" if cut else "backup_file.extra_bytes")
        digest = hashlib.sha256()
        remaining = db_size
        while remaining:
            chunk = fh.read(min(_CHUNK, remaining))
            digest.update(chunk)
            remaining -= len(chunk)
        if digest.hexdigest() != header.get("db_sha256"):
            raise bad("backup_file.digest")
    return BackupFile(path, header, offset)


def check_mac(backup: BackupFile, data_key: bytes) -> None:
    mac = hmac.new(_mac_key(data_key), digestmod="sha256")
    with backup.path.open("rb") as fh:
        remaining = backup.db_offset + int(backup.header["db_size"])
        while remaining:
            chunk = fh.read(min(_CHUNK, remaining))
            mac.update(chunk)
            remaining -= len(chunk)
        tag = fh.read(32)
    if not hmac.compare_digest(tag, mac.digest()):
        raise IntegrityError("backup_file.altered", file=backup.path.name)


def extract_db(backup: BackupFile, dest: Path) -> None:
    with backup.path.open("rb") as src, atomic_writer(dest) as out:
        src.seek(backup.db_offset)
        remaining = int(backup.header["db_size"])
        while remaining:
            chunk = src.read(min(_CHUNK, remaining))
            out.write(chunk)
            remaining -= len(chunk)


def check_database(conn: sqlcipher3.Connection) -> list[str]:
    """Page MACs and SQLite structure; returns the problems found (empty when sound)."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        problems += rows
    return problems
