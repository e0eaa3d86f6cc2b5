"""What an insider with file access gets: the database file, their own passphrase, Python and
sxcounsel's own code. Used by the key-ring tests to look at a store the way they would."""

from __future__ import annotations

import base64
import json
import os
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from sxcounsel.store import keyring
from sxcounsel.store.atomic import atomic_write_bytes
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.slots import new_slot
from sxcounsel.store.vault import Vault

_B64 = {bytes([c]) for c in b"0123456789:+/=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: IV (16) + HMAC-SHA512 (64) per page
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0  # page 1 begins with the file's salt
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(page[start : PAGE - RESERVE]) + dec.finalize()


def decrypted_database(path: Path, key: bytes) -> bytes:
    """Every page of an SQLCipher file decrypted with ``key``: live rows, free pages, all."""
    raw = Path(path).read_bytes()
    return b"".join(
        _decrypt_page(raw[i : i + PAGE], key, i == 0) for i in range(0, len(raw) - PAGE + 1, PAGE)
    )


def decrypted_wal(path: Path, key: bytes) -> bytes:
    """Every frame of a write-ahead log decrypted with ``key``."""
    if not Path(path).exists():
        return b""
    raw = Path(path).read_bytes()
    out = []
    pos = WAL_HEADER
    while pos + FRAME_HEADER + PAGE <= len(raw):
        page_no = int.from_bytes(raw[pos : pos + 4], "big")
        out.append(
            _decrypt_page(raw[pos + FRAME_HEADER : pos + FRAME_HEADER + PAGE], key, page_no == 1)
        )
        pos += FRAME_HEADER + PAGE
    return b"".join(out)


def everything_readable(home: Path, user: str, passphrase: str) -> bytes:
    """All that ``user``'s own slot decrypts in the data folder: the database and its WAL
    page by page, every backup's database, and every sealed field their ring keys open."""
    paths = StorePaths(Path(home))
    keys, _ = Vault(paths.slots).unlock(user, passphrase.encode())
    seen = [
        decrypted_database(paths.db, keys.current),
        decrypted_wal(paths.sidecars[0], keys.current),
    ]
    for backup in Path(home).rglob("*.sxbak"):
        seen.append(backup_database(backup, keys.current))
    text = b"".join(seen)
    for value in _sealed_values(text):
        for key in keys.ring.values():
            seen.append(_try_open(key, value))
    return b"".join(seen)


def _sealed_values(data: bytes) -> set[str]:
    out = set()
    prefix = keyring.FIELD_PREFIX.encode()
    start = data.find(prefix)
    while start >= 0:
        end = start + len(prefix)
        while end < len(data) and data[end : end + 1] in _B64:
            end += 1
        out.add(data[start:end].decode("ascii"))
        start = data.find(prefix, end)
    return out


def _try_open(key: bytes, value: str) -> bytes:
    """Decrypt a sealed value with ``key`` the way an attacker would: the raw ChaCha20
    keystream, ignoring the authentication tag and the associated data. With the counselor key
    this yields the text; with any other key, noise."""
    try:
        blob = base64.b64decode(value[len(keyring.FIELD_PREFIX) :].split(":", 1)[1])
    except (ValueError, IndexError):
        return b""
    nonce, body = blob[:12], blob[12:-16]
    # RFC 8439: the AEAD encrypts its payload from block counter 1.
    stream = Cipher(algorithms.ChaCha20(key, b"\x01\0\0\0" + nonce), mode=None).decryptor()
    return stream.update(body)


def backup_database(path: Path, store_key: bytes) -> bytes:
    from sxcounsel.store.backup import read_backup

    bf = read_backup(path)
    raw = Path(path).read_bytes()[bf.db_offset : bf.db_offset + bf.header["db_size"]]
    tmp = Path(path).with_suffix(".insider-db")
    tmp.write_bytes(raw)
    try:
        return decrypted_database(tmp, store_key)
    finally:
        tmp.unlink()


# -- what they can write -----------------------------------------------------------------------
def raw_slot_file(home: Path) -> dict:
    return json.loads(StorePaths(Path(home)).slots.read_bytes())


def write_slot_file(home: Path, doc: dict) -> None:
    atomic_write_bytes(StorePaths(Path(home)).slots, json.dumps(doc, indent=1).encode())


def mint_slot(home: Path, insider: str, insider_pass: str, name: str, secret: str) -> None:
    """A slot for ``name`` with the insider's own secret, holding the store key they have,
    put first in the file (before the genuine slot of that name)."""
    paths = StorePaths(Path(home))
    vault = Vault(paths.slots)
    keys, _ = vault.unlock(insider, insider_pass.encode())
    slot = new_slot(name, vault.store_id, secret.encode(), dict(keys.keys), None)
    doc = raw_slot_file(home)
    doc["slots"].insert(0, slot.to_json())
    write_slot_file(home, doc)


def sign_foreign_list(
    home: Path, insider: str, insider_pass: str, extra: str, secret: str
) -> bytes:
    """Replace the slot list by one signed with a ring key of the insider's own making that
    lists a minted slot for ``extra``; returns that key's public half."""
    paths = StorePaths(Path(home))
    vault = Vault(paths.slots)
    keys, _ = vault.unlock(insider, insider_pass.encode())
    ring = keyring.new_key(keyring.RING)
    anchor = keyring.ring_public(ring)
    slot = new_slot(extra, vault.store_id, secret.encode(), dict(keys.keys), anchor)
    vault.slots.insert(0, slot)
    vault.entries[slot.slot_id] = vault._entry(slot, ["counselor", "school_admin"], owner_set=True)
    vault.sign(ring)
    atomic_write_bytes(paths.slots, vault.to_bytes())
    return anchor


def planted_id() -> str:
    return str(uuid.UUID(bytes=os.urandom(16)))
