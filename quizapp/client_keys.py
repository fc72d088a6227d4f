"""Keyed hashes that stand for a client address or an account in throttling tables.

Sign-in (``auth``) and join codes (``sets``) both count failures per client without storing
addresses; the hashing lives here, below both, so neither imports the other.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress


def client_key(address: str | None, secret: str) -> str:
    """A keyed hash of the client's address (IPv6 by its /64), so the table holds no addresses."""
    return keyed_hash(secret, "address:" + client_network(address))


def keyed_hash(secret: str, name: str) -> str:
    """HMAC-SHA256 of ``name`` under the app's secret, as 64 hex digits."""
    return hmac.new(secret.encode(), name.encode(), hashlib.sha256).hexdigest()


def client_network(address: str | None) -> str:
    """The address as counted: an IPv6 client by its /64 (one household or host), an
    IPv4-mapped IPv6 address as the IPv4 address, anything unreadable as itself."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return address or "unknown"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)
