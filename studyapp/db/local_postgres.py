"""A PostgreSQL server of its own, in a temporary folder, on loopback only: for the tests, the
benchmarks and trying a class server on one laptop.

The binaries are Debian's (`/usr/lib/postgresql/N/bin`) or any on PATH where they exist, otherwise
those the `pgserver` package installs from PyPI. PostgreSQL refuses to run as root; as root the
server runs as the unprivileged user `nobody`, in a folder that user owns.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"


class LocalPostgresError(RuntimeError):
    pass


def find_binaries() -> Path:
    """The folder holding `initdb`, `pg_ctl` and `postgres`."""
    wanted = ("initdb", "pg_ctl", "postgres")
    given = os.environ.get("STUDYAPP_PG_BIN")
    candidates: list[Path] = [Path(given)] if given else []
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = sorted((p for p in debian.iterdir() if p.name.isdigit()), key=lambda p: int(p.name), reverse=True)
        candidates += [p / "bin" for p in versions]
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if all((folder / name).exists() for name in wanted):
            return folder
    from importlib.util import find_spec

    spec = find_spec("pgserver")  # found, not imported: importing it reads user folders
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent / "pginstall" / "bin"
        if all((folder / name).exists() for name in wanted):
            return folder
    raise LocalPostgresError(
        "no PostgreSQL server binaries found: install Debian's postgresql package or `pip install pgserver`"
    )


def _open_to_others(path: Path) -> bool:
    """Whether every folder above ``path`` lets other users through (the server runs as `nobody`)."""
    for folder in [path, *path.parents]:
        try:
            if not folder.stat().st_mode & 0o001:
                return False
        except OSError:
            return False
    return True


def _shared_copy(bin_folder: Path) -> Path:
    """A copy of the installation (bin, lib, share, and the libraries a wheel keeps beside its
    package, which the binaries find by a relative path) in the temporary folder, readable by all."""
    import hashlib

    install = bin_folder.parent
    key = hashlib.sha256(str(install).encode()).hexdigest()[:12]
    target = Path(tempfile.gettempdir()) / f"studyapp-pg-{key}"
    package = install.parent  # e.g. site-packages/pgserver, whose binaries load ../../../pgserver.libs
    libs = package.with_name(package.name + ".libs")
    copied_bin = target / package.name / install.name / "bin"
    if not (copied_bin / "postgres").exists():
        partial = target.with_name(target.name + f".{os.getpid()}")
        shutil.copytree(install, partial / package.name / install.name, symlinks=True, dirs_exist_ok=True)
        if libs.is_dir():
            shutil.copytree(libs, partial / libs.name, symlinks=True, dirs_exist_ok=True)
        for root, _dirs, files in os.walk(partial):
            os.chmod(root, 0o755)
            for name in files:
                file = Path(root) / name
                if not file.is_symlink():
                    mode = file.stat().st_mode
                    file.chmod(mode | 0o444 | (0o111 if mode & 0o100 else 0))
        try:
            partial.rename(target)
        except OSError:
            shutil.rmtree(partial, ignore_errors=True)  # another process made it first
    return copied_bin


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LocalPostgres:
    """``start()`` it, use `url()`, ``stop()`` it (or use it as a context manager)."""

    def __init__(self, folder: Path | None = None, *, port: int | None = None) -> None:
        self.bin = find_binaries()
        self.root = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="studyapp-pg-"))
        self.data = self.root / "data"
        self.port = port or free_port()
        self.password = secrets.token_urlsafe(16)
        self._run_as = "nobody" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
        if self._run_as and not _open_to_others(self.bin):
            self.bin = _shared_copy(self.bin)  # e.g. a virtualenv under /root, which `nobody` cannot enter

    # -- life cycle ------------------------------------------------------------------------------
    def _run(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LC_ALL": "C", "LANG": "C", "TZ": "UTC"}
        if self._run_as:
            env["HOME"] = str(self.root)
        return subprocess.run(
            list(args),
            check=check,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            user=self._run_as,
            cwd=self.root,
        )

    def _own(self, path: Path) -> None:
        if self._run_as:
            shutil.chown(path, self._run_as)

    def init(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o755)
        self._own(self.root)
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        self._own(pwfile)
        try:
            self._run(
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--pwfile",
                str(pwfile),
                "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--no-sync",
            )
        except subprocess.CalledProcessError as exc:
            raise LocalPostgresError(f"initdb failed: {exc.stderr.strip()}") from exc
        finally:
            pwfile.unlink(missing_ok=True)
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.root}'\n"
                "max_connections = 200\nfsync = on\nshared_buffers = 64MB\n"
            )

    def start(self) -> LocalPostgres:
        if not self.data.exists():
            self.init()
        log = self.root / "server.log"
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(log), "-w", "-t", "60", "start")
        except subprocess.CalledProcessError as exc:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise LocalPostgresError(f"the server did not start: {exc.stderr.strip()}\n{tail}") from exc
        self._wait_ready()
        return self

    def _wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise LocalPostgresError(f"the server on port {self.port} did not answer") from None
                time.sleep(0.05)

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> LocalPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.remove()

    # -- addresses -------------------------------------------------------------------------------
    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        secret = self.password if password is None and user == SUPERUSER else (password or "")
        auth = quote(user, safe="") + (":" + quote(secret, safe="") if secret else "")
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """A new database; returns the superuser's URL for it."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            extra = f" TEMPLATE {template}" if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{extra}')
        return self.url(name)
