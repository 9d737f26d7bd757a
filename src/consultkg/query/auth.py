"""Credentials for SPARQL servers: bearer token, Basic, and HTTP Digest (RFC 7616, RFC 2617).

They come from the environment, never from the command line::

    CONSULTKG_ENDPOINT_TOKEN=...                       # sent as "Authorization: Bearer ..."
    CONSULTKG_ENDPOINT_USER=dba CONSULTKG_ENDPOINT_PASSWORD=...
    CONSULTKG_ENDPOINT_AUTH=digest                     # optional: never send the password itself

With a user and password, a request carries Basic credentials from the start
(unless ``CONSULTKG_ENDPOINT_AUTH=digest``), and a ``401`` whose
``WWW-Authenticate`` asks for Digest is answered with a digest of the
password. Virtuoso answers Basic with a bare ``401`` (no challenge), so a
``401`` to Basic is followed by one request without credentials to learn the
challenge. The challenge is kept for that server's origin (scheme, host,
port), so its next requests go with Digest straight away, never with Basic
again; nothing is kept for, or sent to, any other origin. On a plain
``http://`` URL, ``CONSULTKG_ENDPOINT_AUTH=digest`` keeps the password off
the wire altogether.

The digest of RFC 2617's example (section 3.5):

    >>> c = Challenge(realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093",
    ...               qop="auth", opaque="5ccc069c403ebaf9f0171e9517f40e41")
    >>> digest_response(c, "Mufasa", "Circle Of Life", "GET", "/dir/index.html", 1, "0a4f113b")
    '6629fae49393a05397450978507c4ef1'
"""
from __future__ import annotations

import base64
import hashlib
import os
import secrets
import urllib.request
from dataclasses import dataclass, field

CREDENTIALS = "CONSULTKG_ENDPOINT_TOKEN, or CONSULTKG_ENDPOINT_USER and CONSULTKG_ENDPOINT_PASSWORD"
_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}


@dataclass
class Challenge:
    """The parameters of one ``WWW-Authenticate: Digest ...`` challenge."""

    realm: str
    nonce: str
    qop: str | None = None  # "auth" (the only protection consultkg offers), or None for RFC 2069 servers
    opaque: str | None = None
    algorithm: str = "MD5"  # MD5, MD5-sess, SHA-256 or SHA-256-sess
    stale: bool = field(default=False, compare=False)  # the server says the last nonce is merely out of date
    count: int = field(default=0, compare=False)  # nonce count: requests answered with this nonce so far


def user_password(userinfo: tuple[str, str] | None = None) -> tuple[str, str] | None:
    """The user and password: those written in the URL, else the environment's, else None."""
    if userinfo is not None:
        return userinfo
    user, password = os.environ.get("CONSULTKG_ENDPOINT_USER"), os.environ.get("CONSULTKG_ENDPOINT_PASSWORD")
    return (user, password) if user is not None and password is not None else None


def token() -> str | None:
    return os.environ.get("CONSULTKG_ENDPOINT_TOKEN") or None


def digest_only() -> bool:
    """True when ``CONSULTKG_ENDPOINT_AUTH=digest``: the password is never sent as Basic."""
    return os.environ.get("CONSULTKG_ENDPOINT_AUTH", "").strip().lower() == "digest"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def parse_challenge(values: list[str]) -> Challenge | None:
    """The Digest challenge among ``WWW-Authenticate`` header values, or None (none, or not one consultkg can answer).

    >>> parse_challenge(['Digest realm="SPARQL", nonce="ab12", qop="auth,auth-int", algorithm=MD5'])
    Challenge(realm='SPARQL', nonce='ab12', qop='auth', opaque=None, algorithm='MD5', stale=False, count=0)
    >>> parse_challenge(['Basic realm="x"']) is None
    True
    """
    for value in values:
        scheme, _, rest = value.strip().partition(" ")
        if scheme.lower() != "digest":
            continue
        params = {k.lower(): v for k, v in urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest)).items()}
        algorithm = params.get("algorithm", "MD5").upper()
        if "realm" not in params or "nonce" not in params or _hash(algorithm) is None:
            continue
        qops = [q.strip().lower() for q in params.get("qop", "").split(",") if q.strip()]
        if qops and "auth" not in qops:
            continue  # only auth-int offered: it would need a digest of the body, which consultkg does not do
        return Challenge(params["realm"], params["nonce"], "auth" if qops else None, params.get("opaque"), algorithm,
                         params.get("stale", "").lower() == "true")
    return None


def _hash(algorithm: str):
    """The hash function of a Digest algorithm (``MD5``, ``SHA-256``, their ``-sess`` forms), or None."""
    return _HASHES.get(algorithm.upper().removesuffix("-SESS"))


def digest_response(c: Challenge, user: str, password: str, method: str, uri: str, nc: int, cnonce: str) -> str:
    """The ``response`` value of RFC 7616 section 3.4.1 (RFC 2617 section 3.2.2 for MD5)."""
    h = _hash(c.algorithm)

    def hx(text: str) -> str:
        return h(text.encode("utf-8")).hexdigest()

    ha1 = hx(f"{user}:{c.realm}:{password}")
    if c.algorithm.upper().endswith("-SESS"):
        ha1 = hx(f"{ha1}:{c.nonce}:{cnonce}")
    ha2 = hx(f"{method}:{uri}")
    if c.qop:
        return hx(f"{ha1}:{c.nonce}:{nc:08x}:{cnonce}:{c.qop}:{ha2}")
    return hx(f"{ha1}:{c.nonce}:{ha2}")


def digest_header(c: Challenge, user: str, password: str, method: str, uri: str, cnonce: str | None = None) -> str:
    """The ``Authorization`` header answering ``c`` for one request (the nonce count goes up by one).

    ``uri`` is the request target as sent: path and query.
    """
    c.count += 1
    cnonce = cnonce or secrets.token_hex(8)
    response = digest_response(c, user, password, method, uri, c.count, cnonce)

    def q(v: str) -> str:
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'

    parts = [f"username={q(user)}", f"realm={q(c.realm)}", f"nonce={q(c.nonce)}", f"uri={q(uri)}",
             f"algorithm={c.algorithm}", f"response={q(response)}"]
    if c.qop:
        parts += [f"qop={c.qop}", f"nc={c.count:08x}", f"cnonce={q(cnonce)}"]
    if c.opaque is not None:
        parts.append(f"opaque={q(c.opaque)}")
    return "Digest " + ", ".join(parts)


_CHALLENGES: dict[tuple, Challenge] = {}  # origin (scheme, host, port) -> the last Digest challenge it sent


class Credentials:
    """The ``Authorization`` one request sends to its origin, and whether a ``401`` is worth another try.

        >>> cred = Credentials(("http", "127.0.0.1", 8890), ("dba", "pw"))   # doctest: +SKIP
        >>> cred.header("PUT", "/sparql-graph-crud-auth?graph=...")           # doctest: +SKIP
        'Basic ZGJhOnB3'
    """

    def __init__(self, origin: tuple, userinfo: tuple[str, str] | None = None):
        self.origin = origin
        self.bearer = None if userinfo else token()
        self.user = None if self.bearer else user_password(userinfo)
        self.basic = self.user is not None and not digest_only()
        self.sent: str | None = None  # what the last header() gave: bearer, basic, digest-known, digest-new, None
        self.offered = False  # whether any credential went out
        self._new = False  # the challenge in use came to this request (not kept from an earlier one)
        self._tries = 0

    @property
    def any(self) -> bool:
        return self.bearer is not None or self.user is not None

    def header(self, method: str, target: str) -> str | None:
        """The ``Authorization`` value for the next try of the request (``target``: its path and query)."""
        value, self.sent = None, None
        if self.bearer:
            value, self.sent = f"Bearer {self.bearer}", "bearer"
        elif self.user is not None:
            challenge = _CHALLENGES.get(self.origin)
            if challenge is not None:
                value = digest_header(challenge, *self.user, method, target)
                self.sent = "digest-new" if self._new else "digest-known"
            elif self.basic:
                value, self.sent = basic(*self.user), "basic"
        self.offered = self.offered or value is not None
        return value

    def after_401(self, www_authenticate: list[str]) -> bool:
        """True when the request should go again: a Digest challenge to answer, or Basic refused without one."""
        self._tries += 1
        if self.user is None or self._tries > 3:
            return False
        fresh = parse_challenge(www_authenticate)
        if fresh is not None and (self.sent in ("basic", None, "digest-known") or fresh.stale):
            _CHALLENGES[self.origin], self._new = fresh, True
            return True
        if fresh is None and self.sent == "basic":
            self.basic = False  # ask once without credentials: a Digest server may refuse Basic without a word
            return True
        return False
