"""HTTP for :mod:`knowgraph.stores.remote`: one request with a whole-request deadline, retries,
Basic and Digest authentication, and one-line errors that never show a secret.

Standard library only (:mod:`urllib.request`, so ``http_proxy``/``https_proxy``/``no_proxy``
apply, except to loopback servers).

* **Deadline.**  ``timeout`` bounds each attempt as a whole, from connecting to the last byte of
  the answer: a watchdog shuts the attempt's socket down when the time is up, so a server that
  trickles one byte a second cannot hold a request longer than ``timeout`` (a socket timeout
  alone only bounds each read).
* **Retries.**  Refused or reset connections, timeouts and 5xx answers are tried again
  ``retries`` times, after ``backoff``, ``2*backoff``, ``4*backoff``... seconds; a 4xx answer
  fails at once.
* **Authentication.**  Either an ``Authorization`` header given as is (``auth_header``), or a
  user and password answered to the server's challenge: HTTP Digest (RFC 7616: MD5, SHA-256,
  their ``-sess`` forms, qop ``auth`` or ``auth-int``) when the server offers it, else Basic.
  Nothing is sent before the server asks; after a Digest challenge the next requests carry
  their answer at once (nonce count incremented), and a Basic server gets it preemptively.
  The header is never forwarded on a redirect.
* **Secrets.**  ``user:password@`` in a URL is taken out of it (:func:`split_credentials`)
  and used as the user and password; messages name URLs without it (:func:`redact`), and
  never show a password or header.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import http.client
import ipaddress
import os
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import Message

from knowgraph.stores.embedded import StoreError

__all__ = ["Credentials", "HttpClient", "Response", "redact", "split_credentials"]


def one_line(text: object, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


_STATUS_LINE = re.compile(r"^(HTTP/\d(\.\d)?\s+)?\d{3}\b")


def first_line(body: bytes) -> str:
    """The first informative line of a server's error body: HTML tags stripped, a line that
    only repeats the status (``HTTP/1.1 500 Request Failed``) skipped, and a bare error code
    (``Error 22023``, as Virtuoso writes it) joined to the message after it."""
    text = body[:65536].decode("utf-8", errors="replace")
    if "<" in text and ">" in text:
        text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", text)
        text = re.sub(r"(?i)<br\s*/?>|</?(p|h\d|div|title|pre|li|xmp)\b[^>]*>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
    lines = [one_line(line) for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not _STATUS_LINE.match(line)] or lines
    if not lines:
        return ""
    if re.fullmatch(r"Error \w+", lines[0]) and len(lines) > 1:
        return one_line(f"{lines[0]}: {lines[1]}")
    return lines[0]


# -- URLs and credentials -----------------------------------------------------------------


def redact(url: str) -> str:
    """``url`` without the password of its ``user:password@`` part (the user stays)."""
    try:
        parts = urllib.parse.urlsplit(str(url))
    except ValueError:
        return "(an invalid URL)" if "@" in str(url) else str(url)
    if "@" not in parts.netloc:
        return str(url)
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user = userinfo.split(":", 1)[0]
    netloc = f"{user}:***@{hostport}" if ":" in userinfo else f"{user}@{hostport}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """``(url without user:password@, user, password)``; user and password percent-decoded,
    ``None`` when the URL has none."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user, colon, password = userinfo.partition(":")
    clean = urllib.parse.urlunsplit(parts._replace(netloc=hostport))
    return (clean, urllib.parse.unquote(user) or None, urllib.parse.unquote(password) if colon else None)


def is_loopback(host: str) -> bool:
    host = host.lower()
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{parts.port or (443 if parts.scheme == 'https' else 80)}"


@dataclass(frozen=True)
class Credentials:
    """A user and password, for Basic or Digest; the password never shows in ``repr``."""

    user: str
    password: str = field(repr=False)

    def __post_init__(self) -> None:
        for what, value in (("user", self.user), ("password", self.password)):
            if any(c in value for c in "\r\n\0"):
                raise StoreError(f"invalid {what}: it contains a line break or NUL character")
        if ":" in self.user:
            raise StoreError("invalid user: a user name cannot contain ':' (HTTP Basic and Digest forbid it)")


# -- HTTP authentication -----------------------------------------------------------------

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_PARAM = re.compile(rf'({_TOKEN})\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*)')
_SCHEME = re.compile(_TOKEN)
_DIGEST_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}


def parse_challenges(values: list[str]) -> dict[str, dict[str, str]]:
    """``WWW-Authenticate`` header values -> {scheme (lower case): {param (lower case): value}};
    a header may hold several challenges (``Digest realm="x", nonce="y", Basic realm="x"``);
    the first challenge of each scheme wins."""
    found: dict[str, dict[str, str]] = {}
    for value in values:
        current: dict[str, str] | None = None
        pos = 0
        while pos < len(value):
            if value[pos] in " \t,":
                pos += 1
                continue
            m = _PARAM.match(value, pos)
            if m and current is not None:
                raw = m.group(2)
                if raw.startswith('"'):
                    raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
                current.setdefault(m.group(1).lower(), raw)
                pos = m.end()
                continue
            m = _SCHEME.match(value, pos)
            if not m:
                break
            scheme = m.group(0).lower()
            current = found.setdefault(scheme, {}) if scheme not in found else {}
            pos = m.end()
    return found


class _Digest:
    """The state of one Digest challenge: answers requests with an incremented nonce count."""

    def __init__(self, params: dict[str, str]) -> None:
        algorithm = params.get("algorithm", "MD5")
        base = algorithm.upper().removesuffix("-SESS")
        if base not in _DIGEST_HASHES or "nonce" not in params:
            raise ValueError(algorithm)
        self.params = params
        self.algorithm = algorithm
        self.sess = algorithm.upper().endswith("-SESS")
        self.hash = _DIGEST_HASHES[base]
        qops = [q.strip() for q in params.get("qop", "").split(",") if q.strip()]
        self.qop = "auth" if "auth" in qops or not qops else ("auth-int" if "auth-int" in qops else "")
        if qops and not self.qop:
            raise ValueError(params.get("qop"))
        self.qop_given = bool(qops)
        self.nc = 0
        self.cnonce = os.urandom(16).hex()

    def _h(self, text: str | bytes) -> str:
        return self.hash(text if isinstance(text, bytes) else text.encode("utf-8")).hexdigest()

    def header(self, creds: Credentials, method: str, uri: str, body: bytes | None) -> str:
        p = self.params
        self.nc += 1
        nc = f"{self.nc:08x}"
        ha1 = self._h(f"{creds.user}:{p.get('realm', '')}:{creds.password}")
        if self.sess:
            ha1 = self._h(f"{ha1}:{p['nonce']}:{self.cnonce}")
        ha2 = self._h(f"{method}:{uri}" + (f":{self._h(body or b'')}" if self.qop == "auth-int" else ""))
        if self.qop_given:
            response = self._h(f"{ha1}:{p['nonce']}:{nc}:{self.cnonce}:{self.qop}:{ha2}")
        else:
            response = self._h(f"{ha1}:{p['nonce']}:{ha2}")

        def q(value: str) -> str:
            return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

        fields = [
            f"username={q(creds.user)}",
            f"realm={q(p.get('realm', ''))}",
            f"nonce={q(p['nonce'])}",
            f"uri={q(uri)}",
            f"algorithm={self.algorithm}",
            f"response={q(response)}",
        ]
        if "opaque" in p:
            fields.append(f"opaque={q(p['opaque'])}")
        if self.qop_given:
            fields += [f"qop={self.qop}", f"nc={nc}", f"cnonce={q(self.cnonce)}"]
        return "Digest " + ", ".join(fields)


# -- whole-request deadline --------------------------------------------------------------


class _Watchdog:
    """Shuts down the sockets of one request attempt when its time is up."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def attach(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                self._shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def cancel(self) -> None:
        self._timer.cancel()


def _watched(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
    class Watched(base):  # type: ignore[valid-type, misc]
        def __init__(self, *args, watchdog: _Watchdog | None = None, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._watchdog = watchdog
            create = self._create_connection

            def create_and_watch(*a, **k):
                sock = create(*a, **k)
                if watchdog is not None:
                    watchdog.attach(sock)
                return sock

            self._create_connection = create_and_watch

        def connect(self) -> None:
            super().connect()
            if self._watchdog is not None:  # the TLS socket wraps the TCP one
                self._watchdog.attach(self.sock)

    return Watched


_WatchedHTTP = _watched(http.client.HTTPConnection)
_WatchedHTTPS = _watched(http.client.HTTPSConnection)


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(functools.partial(_WatchedHTTP, watchdog=getattr(req, "watchdog", None)), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(
            functools.partial(_WatchedHTTPS, watchdog=getattr(req, "watchdog", None)), req, context=self._context
        )


# -- the client --------------------------------------------------------------------------


@dataclass
class Response:
    status: int
    headers: Message
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "") or ""


class _Refused(Exception):
    """A 4xx/5xx answer, before it becomes a StoreError."""

    def __init__(self, status: int, reason: str, headers: Message, detail: str) -> None:
        self.status, self.reason, self.headers, self.detail = status, reason, headers, detail


def reason(exc: BaseException, timeout: float) -> str:
    """A short human reason for a connection-level failure."""
    if isinstance(exc, urllib.error.URLError) and not isinstance(exc, urllib.error.HTTPError):
        inner = exc.reason
        if isinstance(inner, BaseException):
            return reason(inner, timeout)
        return one_line(inner)
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s (timed out)"
    if isinstance(exc, socket.gaierror):
        return f"unknown host ({one_line(exc.strerror or exc)})"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(exc, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {one_line(exc)}"
    if isinstance(exc, OSError) and exc.strerror:
        return one_line(exc.strerror).lower()
    return one_line(exc) or type(exc).__name__


class HttpClient:
    """Sends requests to one server (or two: query and Graph Store endpoints) for
    :class:`~knowgraph.stores.remote.RemoteStore`; see the module documentation."""

    def __init__(
        self,
        *,
        hosts: list[str],
        auth_header: str | None = None,
        credentials: Credentials | None = None,
        timeout: float = 30,
        retries: int = 3,
        backoff: float = 0.5,
    ) -> None:
        if auth_header is not None and credentials is not None:
            raise StoreError("give either an Authorization header or a user and password, not both")
        self.auth_header = auth_header
        self.credentials = credentials
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        #: what the server said it is (``Server`` header of its last answer), e.g. "Virtuoso/07.20.3229 (Linux)"
        self.server = ""
        self._scheme: str | None = None  # "basic" or "digest", once a server asked
        self._origin = ""  # scheme://host:port of the server that asked: only it gets credentials unasked
        self._digest: _Digest | None = None
        handlers: list[urllib.request.BaseHandler] = [_HTTPHandler(), _HTTPSHandler()]
        # a proxy (http_proxy...) cannot reach a server on this machine: never send loopback traffic to it
        if all(is_loopback(h) for h in hosts):
            handlers.insert(0, urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)
        self._lock = threading.Lock()

    # -- authorization ------------------------------------------------------------------

    def _authorization(self, method: str, url: str, body: bytes | None) -> str | None:
        if self.auth_header is not None:
            return self.auth_header
        creds = self.credentials
        if creds is None or self._scheme is None or _origin(url) != self._origin:
            return None
        if self._scheme == "basic":
            token = base64.b64encode(f"{creds.user}:{creds.password}".encode()).decode("ascii")
            return f"Basic {token}"
        assert self._digest is not None
        parts = urllib.parse.urlsplit(url)
        uri = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        with self._lock:
            return self._digest.header(creds, method, uri, body)

    def _accept_challenge(self, url: str, headers: Message, sent: str | None) -> bool:
        """After a 401: set up the answer to the server's challenge; False when there is no
        (new) challenge to answer, i.e. the credentials were refused or none were given."""
        if self.credentials is None:
            return False
        challenges = parse_challenges(headers.get_all("WWW-Authenticate") or [])
        if "digest" in challenges:
            params = challenges["digest"]
            stale = params.get("stale", "").lower() == "true"
            answered = self._digest.params.get("nonce") if self._digest is not None else None
            if sent is not None and sent.startswith("Digest ") and not stale and answered == params.get("nonce"):
                return False  # our answer to this very challenge was refused: wrong user or password
            try:
                self._digest = _Digest(params)
            except ValueError:
                raise StoreError(
                    f"the server asks for HTTP Digest with {params.get('algorithm', 'MD5')} "
                    f"and qop={params.get('qop', '')!r}, which knowgraph does not support"
                ) from None
            self._scheme, self._origin = "digest", _origin(url)
            return True
        if "basic" in challenges:
            if sent is not None and sent.startswith("Basic "):
                return False
            self._scheme, self._origin = "basic", _origin(url)
            return True
        return False

    # -- one request --------------------------------------------------------------------

    def request(
        self,
        method: str,
        url: str,
        *,
        shown: str,
        endpoint: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        permanent: tuple[str, ...] = (),
        retries: int | None = None,
    ) -> Response:
        """Send one request (with retries); return the 2xx answer or raise :class:`StoreError`.

        ``shown`` is what HTTP errors name (e.g. ``PUT http://... (graph <IRI>)``), ``endpoint``
        the URL that connection errors name.  A 5xx answer whose message contains one of
        ``permanent`` is not retried; ``retries`` overrides the client's number of retries."""
        attempts = (self.retries if retries is None else retries) + 1
        challenged = False
        attempt = 0
        while True:
            last = attempt == attempts - 1
            authorization = self._authorization(method, url, body)
            try:
                return self._once(method, url, body, headers or {}, authorization)
            except _Refused as e:
                status = f"HTTP {e.status} {e.reason or http.client.responses.get(e.status, '')}".strip()
                detail = e.detail if e.detail and e.detail != e.reason else ""
                if e.status == 401 and not challenged and self._accept_challenge(url, e.headers, authorization):
                    challenged = True  # answer the challenge at once: not a failed attempt
                    continue
                if e.status == 401:
                    raise StoreError(f"{shown}: {status}" + self._refusal(authorization, detail)) from None
                message = f"{shown}: {status}" + (f": {detail}" if detail else "")
                if e.status < 500 or e.status in (501, 505) or any(p in e.detail for p in permanent):
                    raise StoreError(message) from None
                if last:
                    raise StoreError(message + (f" (after {attempts} attempts)" if attempts > 1 else "")) from None
            except _TimedOut:
                if last:
                    tries = f" (after {attempts} attempts)" if attempts > 1 else ""
                    raise StoreError(
                        f"cannot connect to {endpoint}: no answer within {self.timeout:g} s (timed out){tries}"
                    ) from None
            except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
                if last:
                    tries = f" (after {attempts} attempts)" if attempts > 1 else ""
                    raise StoreError(f"cannot connect to {endpoint}: {reason(e, self.timeout)}{tries}") from None
            time.sleep(self.backoff * (2**attempt))
            attempt += 1

    def _refusal(self, authorization: str | None, detail: str) -> str:
        """The end of a 401 message: what was sent and what to do (never the secret)."""
        said = f" ({detail})" if detail else ""
        if self.credentials is not None and authorization is not None:
            scheme = authorization.split(" ", 1)[0]
            return f": the server refused user {self.credentials.user!r} ({scheme} authentication){said}: wrong user or password?"
        if self.auth_header is not None:
            return f": the server refused the Authorization header{said}"
        if self.credentials is not None:
            return f": the server asked for no authentication knowgraph can answer{said}"
        return f": the server wants credentials{said}: give a user and password (--user, KNOWGRAPH_PASSWORD) or --auth"

    def _once(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str], authorization: str | None
    ) -> Response:
        request = urllib.request.Request(url, data=body, method=method, headers={"User-Agent": "knowgraph", **headers})
        if authorization is not None:
            request.add_unredirected_header("Authorization", authorization)
        watchdog = _Watchdog(self.timeout)
        request.watchdog = watchdog  # type: ignore[attr-defined]
        try:
            try:
                with self._opener.open(request, timeout=self.timeout) as answer:
                    data = answer.read()
                    status, answer_headers = answer.status, answer.headers
            except urllib.error.HTTPError as e:
                try:
                    detail = first_line(e.read())
                except (OSError, http.client.HTTPException):
                    detail = ""
                finally:
                    e.close()
                if watchdog.fired:
                    raise _TimedOut() from None
                self.server = e.headers.get("Server", "") if e.headers else self.server
                raise _Refused(e.code, str(e.reason or ""), e.headers or Message(), detail) from None
            except (urllib.error.URLError, OSError, http.client.HTTPException):
                if watchdog.fired:
                    raise _TimedOut() from None
                raise
            if watchdog.fired:  # the answer was cut when the time was up
                raise _TimedOut()
        finally:
            watchdog.cancel()
        self.server = answer_headers.get("Server", "") or self.server
        return Response(status, answer_headers, data)


class _TimedOut(Exception):
    pass
