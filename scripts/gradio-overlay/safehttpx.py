"""Minimal stand-in for the `safehttpx` package, which Debian does not ship.

Gradio 5.14 imports it at start-up and calls `get()` only when it downloads a file from a URL given as an
input. The test servers of gradio-kit run on loopback with no network, so this keeps the documented call
shape (an awaitable GET that returns an httpx response) and refuses anything but http(s) URLs.
"""
import ipaddress
import socket
from urllib.parse import urlparse

import httpx

__version__ = "0.1.6-gradio-kit"


def is_public_ip(ip: str) -> bool:
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return not (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
                or addr.is_reserved or addr.is_unspecified)


async def async_validate_url(hostname: str) -> str:
    return socket.gethostbyname(hostname)


class AsyncSecureTransport(httpx.AsyncHTTPTransport):
    def __init__(self, verified_ip: str | None = None, **kwargs):
        self.verified_ip = verified_ip
        super().__init__(**kwargs)


async def get(url: str, domain_whitelist=None, _transport=None, **kwargs) -> httpx.Response:
    scheme = urlparse(url).scheme
    if scheme not in ("http", "https"):
        raise ValueError(f"safehttpx stand-in: only http(s) URLs are fetched, not {url!r}")
    async with httpx.AsyncClient(follow_redirects=False) as client:
        response = await client.get(url, **kwargs)
        await response.aread()
        return response
