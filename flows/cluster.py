"""A Dask scheduler's address, checked before anything waits on it (Dask itself retries a wrong one for 30 s)."""

from __future__ import annotations

import re
import socket

SCHEMES = ("tcp", "tls", "ws", "wss")  # what a dask scheduler listens on; a missing scheme is tcp
ADDRESS_RE = re.compile(r"(?:(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://)?(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*)"
                        r"(?::(?P<port>[^:/]*))?")
EXPECTED = "(expected tcp://HOST:PORT)"
NEEDS_SERVER = (
    "a Dask cluster runs the flow's tasks in its workers, which report to the Prefect server: start one and point "
    "to it where the workers can reach it too\n"
    "  prefect server start --host 0.0.0.0\n"
    "  export PREFECT_API_URL=http://THIS-HOST:4200/api   (here and on every Dask worker)\n"
    "(without one, each worker would start a temporary server of its own and leave it running)"
)


def address_problem(address: str) -> str | None:
    """Why `address` is no Dask scheduler address ('tcp//h:1', 'http://h:1', 'h'), or None for one that is."""
    m = ADDRESS_RE.fullmatch(address)
    if m is None:
        return f"not a Dask scheduler address: {address!r} {EXPECTED}"
    scheme, port = (m.group("scheme") or "tcp").lower(), m.group("port")
    if scheme not in SCHEMES:
        return f"{address!r}: a Dask scheduler is not reached by scheme {scheme} {EXPECTED}"
    if port is None:
        return f"{address!r} has no port {EXPECTED}"
    if not port.isdigit():
        return f"not a Dask scheduler address: {address!r} {EXPECTED}"
    if not 0 < int(port) < 65536:
        return f"{address!r}: port {int(port)} is not a port (1-65535)"
    return None


def unreachable(address: str, timeout_s: float = 5.0) -> str | None:
    """Why nothing answers at a scheduler address (or why it is none), or None when something listens there."""
    if (problem := address_problem(address)) is not None:
        return problem
    m = ADDRESS_RE.fullmatch(address)
    assert m is not None and m.group("port") is not None
    host, port = m.group("host").strip("[]"), int(m.group("port"))
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return None
    except ConnectionRefusedError:
        why = "connection refused"
    except TimeoutError:
        why = f"no answer in {timeout_s:g} s"
    except socket.gaierror:
        why = f"no host named {host}"
    except OSError as err:
        why = err.strerror or str(err)
    return f"cannot reach the Dask scheduler at {address}: {why}"


class ClusterUnreachable(RuntimeError):
    """A run's Dask scheduler does not answer: the run fails at once, saying so."""
