"""The open store: one SQLCipher connection, its key slots and the acting account's keys."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from sxcounsel.core.errors import StoreError
from sxcounsel.store import audit, connection, keyring, migrations
from sxcounsel.store.connection import is_disk_full
from sxcounsel.store.keyring import RING, UnlockedKeys
from sxcounsel.store.paths import StorePaths
from sxcounsel.store.vault import Vault

UPGRADE_BACKUPS = "backups"  # folder in the data folder for the backups made before upgrades
FIELDS_SEALED_META = "keyring_fields_sealed"
DISK_FULL = "store.disk_full"  # the code of a write the disk refused


class Store:
    def __init__(
        self, paths: StorePaths, conn: sqlcipher3.Connection, vault: Vault, keys: UnlockedKeys
    ):
        self.paths = paths
        self.conn = conn
        self.vault = vault
        self._keys = keys
        self._sealed_head = ""  # the audit head this connection last sealed
        # Set when the unlock found the seal broken: sealing again would hide the break.
        self.seal_suspended = False
        self._sibling = False  # a second connection (Store.sibling): the keys stay with the first

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, home: Path, keys: UnlockedKeys, vault: Vault) -> Store:
        """Open with keys from a slot; finishes an interrupted key rotation if one is found."""
        paths = StorePaths(Path(home))
        conn = None
        last_error: StoreError | None = None
        for kid in [keys.current_id, *[k for k in keys.keys if k != keys.current_id]]:
            try:
                conn = connection.connect(paths.db, keys.keys[kid])
            except StoreError as exc:
                last_error = exc
                continue
            if kid != keys.current_id:
                # The database was rekeyed but the slot file was not finished: finish it now.
                with vault.changing():
                    vault.finish_rotation(kid)
                keys = UnlockedKeys(
                    kid,
                    {kid: keys.keys[kid]},
                    keys.slot_id,
                    keys.user,
                    keys.ring,
                    keys.roles,
                    keys.grants,
                )
            break
        if conn is None:
            assert last_error is not None
            raise last_error
        store = cls(paths, conn, vault, keys)
        try:
            before = migrations.current_version(conn)
            if 0 < before < migrations.LATEST:
                store.backup_before_upgrade(before)
            migrations.migrate(conn)
        except BaseException:
            conn.close()
            raise
        return store

    def backup_before_upgrade(self, schema: int) -> Path:
        """An encrypted backup of a store about to be migrated by a newer sxcounsel.

        Written into ``backups/`` in the data folder before the first migration runs; if the
        backup cannot be written the store is not migrated (and not opened).
        """
        from sxcounsel.core.clock import utc_now
        from sxcounsel.store.backup import write_backup

        folder = self.paths.home / UPGRADE_BACKUPS
        out = folder / f"before-upgrade-schema{schema}-{utc_now():%Y%m%d-%H%M%S}.sxbak"
        try:
            folder.mkdir(exist_ok=True)
            write_backup(self, out)
        except (OSError, sqlcipher3.Error) as exc:
            detail = getattr(exc, "strerror", None)
            code = "store.upgrade_backup" if detail else "store.upgrade_backup_full"
            raise StoreError(code, folder=str(folder), detail=detail, file=str(out)) from None
        self.audit(
            self.user,
            "backup",
            "store",
            self.vault.store_id,
            detail=f"before upgrade from schema {schema}",
        )
        return out

    def sibling(self) -> Store:
        """A second connection to the same store, for work on another thread (background
        sync): its transactions never mix with the first one's. Close it when done."""
        other = Store(
            self.paths, connection.connect(self.paths.db, self.data_key), self.vault, self._keys
        )
        other.seal_suspended = self.seal_suspended
        other._sibling = True
        return other

    @property
    def data_keys(self) -> dict[str, bytes]:
        return dict(self._keys.keys)

    @property
    def data_key(self) -> bytes:
        return self._keys.current

    @property
    def user(self) -> str:
        return self._keys.user

    @property
    def keys(self) -> UnlockedKeys:
        """The key ring this account's slot opened (store key, and ring keys it holds)."""
        return self._keys

    def ring_key(self, name: str) -> bytes:
        """A ring key this account holds; KeyMissing (a PermissionDenied) when it holds none."""
        key = self._keys.ring.get(name)
        if key is None:
            if name == keyring.COUNSELOR:
                raise keyring.missing_counselor_key()
            raise keyring.KeyMissing("keyring.no_key", key=name)
        return key

    @property
    def anchor(self) -> bytes | None:
        """The public half of the ring key (None for a store from before the key ring)."""
        if self._keys.has(RING):
            return keyring.ring_public(self._keys.ring[RING])
        return self.vault.signer if self.vault.version >= 2 else None

    # -- fields under the counselor key, secrets under the sync key ----------------------------
    @property
    def fields_sealed(self) -> bool:
        """Whether every counselor-only field is sealed (a store made with the key ring, or
        upgraded by a counselor); before that, plain values are read as they are."""
        return self.meta(FIELDS_SEALED_META) == "1"

    def seal_field(self, table: str, record_id: str, column: str, version: int, text: str) -> str:
        key = self.ring_key(keyring.COUNSELOR)
        return keyring.seal_field(key, table, record_id, column, version, text)

    def open_field(
        self, table: str, record_id: str, column: str, value: str, row_version: int
    ) -> str:
        plain_ok = not self.fields_sealed
        if plain_ok and not keyring.is_sealed(value):
            return value
        key = self.ring_key(keyring.COUNSELOR)
        return keyring.open_field(
            key, table, record_id, column, value, row_version, plain_ok=plain_ok
        )

    def secret(self, name: str) -> str:
        """A secret kept in ``meta`` under the sync key ('' when there is none)."""
        raw = self.meta(name)
        if not raw or (not keyring.is_sealed(raw) and self.vault.version < 2):
            return raw  # a store from before the key ring
        key = self.ring_key(keyring.SYNC)
        return keyring.open_field(key, "meta", self.vault.store_id, name, raw, 1)

    def set_secret(self, name: str, value: str) -> None:
        if self.vault.version < 2:
            self.set_meta(name, value)
            return
        key = self.ring_key(keyring.SYNC)
        self.set_meta(name, keyring.seal_field(key, "meta", self.vault.store_id, name, 1, value))

    def _seal_audit(self, conn: sqlcipher3.Connection) -> None:
        ring = self._keys.ring.get(RING)
        if ring is None or self.seal_suspended:
            return
        row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        if row is None or row[0] == self._sealed_head:
            return
        self._sealed_head = audit.seal(conn, self.vault.store_id, ring)

    # -- transactions -------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """BEGIN IMMEDIATE … COMMIT; nested use joins the outer transaction."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self._seal_audit(self.conn)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:  # a failed COMMIT may have rolled back already
                try:
                    self.conn.execute("ROLLBACK")
                except sqlcipher3.Error:
                    if not is_disk_full(exc):
                        raise
            if is_disk_full(exc):
                raise StoreError(DISK_FULL, reason="disk") from None
            raise

    def audit(
        self, actor: str, action: str, record_type: str = "", record_id: str = "", **kw: str
    ) -> None:
        with self.transaction() as conn:
            audit.append(conn, actor, action, record_type, record_id, **kw)

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- key rotation -------------------------------------------------------------------------
    def rotate_key(self, new_key: bytes) -> list[str]:
        """Re-encrypt the database under ``new_key`` and re-wrap it for every slot.

        Order makes a crash at any point recoverable: (1) every slot gets the new key beside
        the old one, (2) PRAGMA rekey, (3) the old key is dropped from the slot file.
        """
        with self.vault.changing():
            dropped = self.vault.drop_unlisted(self._keys)
            kid = self.vault.add_key_everywhere(new_key)
        self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        with self.vault.changing():
            self.vault.finish_rotation(kid)
        k = self._keys
        self._keys = UnlockedKeys(kid, {kid: new_key}, k.slot_id, k.user, k.ring, k.roles, k.grants)
        return dropped

    # -- closing ------------------------------------------------------------------------------
    def close(self) -> None:
        if self.conn is not None:
            if not self._sibling:  # the WAL is folded back when the store itself closes
                with contextlib.suppress(sqlcipher3.Error):
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        # Best effort: Python bytes cannot be wiped in place; drop our references. A sibling's
        # keys are the first connection's, still in use: collecting would only cost time.
        self._keys = self._keys.wiped()
        if not self._sibling:
            gc.collect()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
