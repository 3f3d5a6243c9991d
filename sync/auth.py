"""Authentication to a plan's API, with secrets from the station's keystore only.

The configuration holds only a credential's name (and, for OAuth, the token URL and
scope, which are not secret). ``crc-kiosk provision`` keeps each secret through
``kiosk.keystore`` (the OS credential store, or a root-only key file on a headless
Linux service) under ``kiosk.provisioning.credential_secret_name``; a secret set by
hand in the OS store (``keyring``, service ``crc-kiosk``, username the credential's
name) is read when provisioning has put none there:

- ``api_key``: the secret is the key, sent as ``X-API-Key``.
- ``oauth2_client_credentials``: the secret is ``{"client_id": ..., "client_secret": ...}``;
  tokens are fetched lazily (a station with no network starts fine) and kept in
  memory until shortly before they expire.

No message made here ever contains a secret or a token: only the credential's name.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import keyring
import keyring.errors
import requests
import requests.auth

from kiosk import keystore
from kiosk.config import AuthKind, PlanConfig
from kiosk.keystore import KeystoreError
from kiosk.provisioning import credential_secret_name

SERVICE = "crc-kiosk"
TOKEN_TIMEOUT_S = 15.0
EARLY_RENEWAL_S = 60.0  # renew this long before expiry (at most a tenth of the lifetime)


class CredentialError(Exception):
    """The secret is missing, unreadable or malformed, or the plan refused it: the plan waits for IT.

    ``str()`` is one line naming the credential, never the secret."""


class TokenRefused(CredentialError):
    """The token endpoint refused our client credentials (400/401/403): an auth failure."""


class TokenUnavailable(Exception):
    """The token endpoint could not be reached or was busy: a network failure, tried again later."""

    def __init__(self, reason: str, retry_after_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_s = retry_after_s


def read_secret(credential: str) -> str:
    """The secret stored for ``credential``; CredentialError says why there is none."""
    try:
        # Fresh every time: IT may re-provision while the app runs, and a paused plan resumes on the new secret.
        provisioned = keystore.get_secret(credential_secret_name(credential), fresh=True)
    except KeystoreError as error:
        raise CredentialError(f"credential {credential!r}: {error}") from None
    if provisioned:
        try:
            return provisioned.decode("utf-8")
        except UnicodeDecodeError:
            raise CredentialError(f"credential {credential!r}: the stored secret is not text") from None
    try:
        secret = keyring.get_password(SERVICE, credential)
    except keyring.errors.NoKeyringError:
        raise CredentialError(f"credential {credential!r}: this station has no usable OS credential store") from None
    except Exception as error:  # any backend failure (locked, D-Bus gone...): its type only, never its text
        raise CredentialError(
            f"credential {credential!r}: the OS credential store failed ({type(error).__name__})"
        ) from None
    if not secret:
        raise CredentialError(f"credential {credential!r} is missing from the OS credential store ({SERVICE})")
    return secret


class PlanAuth(requests.auth.AuthBase):
    """Attaches a plan's credentials to a request."""

    def __init__(self, credential: str) -> None:
        self.credential = credential
        self._lock = threading.Lock()  # pulls and pushes may share one plan's auth

    def refresh(self) -> bool:
        """Drop the cached token and fetch a new one; False when there is nothing to refresh (API key)."""
        raise NotImplementedError

    def fingerprint(self) -> str | None:
        """A digest of the stored secret (None when there is none): tells the worker IT changed it."""
        try:
            return hashlib.sha256(read_secret(self.credential).encode("utf-8")).hexdigest()
        except CredentialError:
            return None

    def __repr__(self) -> str:  # never the secret
        return f"{type(self).__name__}(credential={self.credential!r})"


class ApiKeyAuth(PlanAuth):
    def __init__(self, credential: str) -> None:
        super().__init__(credential)
        self._key: str | None = None

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        with self._lock:
            if self._key is None:
                self._key = read_secret(self.credential)
            request.headers["X-API-Key"] = self._key
        return request

    def refresh(self) -> bool:
        # A refused key is read again from the store next time (IT may have fixed it), but resending
        # now with the same key would only be refused again.
        with self._lock:
            self._key = None
        return False


class OAuth2ClientCredentials(PlanAuth):
    def __init__(
        self,
        credential: str,
        token_url: str,
        *,
        scope: str | None = None,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(credential)
        self.token_url = token_url
        self.scope = scope
        self.session = session or requests.Session()
        self._clock = clock
        self._token: str | None = None
        self._renew_at = 0.0

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        with self._lock:
            if self._token is None or self._clock() >= self._renew_at:
                self._fetch()
            request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def refresh(self) -> bool:
        with self._lock:
            self._token = None
            self._fetch()
        return True

    def _client(self) -> tuple[str, str]:
        malformed = CredentialError(
            f"credential {self.credential!r}: expected a JSON object with client_id and client_secret"
        )
        try:
            doc: Any = json.loads(read_secret(self.credential))
        except ValueError:
            raise malformed from None
        if not isinstance(doc, dict):
            raise malformed
        client_id, client_secret = doc.get("client_id"), doc.get("client_secret")
        if not isinstance(client_id, str) or not client_id or not isinstance(client_secret, str) or not client_secret:
            raise malformed
        return client_id, client_secret

    def _fetch(self) -> None:
        """A new token (the lock is held): client credentials grant, client_secret_basic (RFC 6749 2.3.1)."""
        self._token = None
        client_id, client_secret = self._client()
        form = {"grant_type": "client_credentials"}
        if self.scope:
            form["scope"] = self.scope
        try:
            response = self.session.post(
                self.token_url, data=form, auth=(client_id, client_secret), timeout=TOKEN_TIMEOUT_S
            )
        except requests.RequestException as error:
            raise TokenUnavailable(f"token endpoint unreachable: {type(error).__name__}") from None
        status = response.status_code
        if status == 429 or status >= 500:
            raise TokenUnavailable(f"token endpoint busy ({status})", _seconds(response.headers.get("Retry-After")))
        if status != 200:
            # 400 invalid_client / 401: the credentials are wrong (or the client was disabled).
            raise TokenRefused(f"credentials refused by the token endpoint ({status}): check {self.credential!r}")
        try:
            doc: Any = response.json()
            token = doc["access_token"]
            token_type = str(doc.get("token_type", "Bearer"))
            expires_in = doc.get("expires_in")
        except (ValueError, KeyError, TypeError, AttributeError):
            raise TokenUnavailable("unreadable answer from the token endpoint") from None
        if not isinstance(token, str) or not token or token_type.lower() != "bearer":
            raise TokenUnavailable("unusable answer from the token endpoint (no bearer token)")
        now = self._clock()
        if isinstance(expires_in, int | float) and not isinstance(expires_in, bool) and expires_in > 0:
            self._renew_at = now + expires_in - min(EARLY_RENEWAL_S, expires_in / 10)
        else:
            self._renew_at = float("inf")  # no lifetime given: used until the plan refuses it
        self._token = token


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def auth_for(plan: PlanConfig, *, session: requests.Session | None = None) -> PlanAuth | None:
    """The plan's auth as configured; None when ``auth = "none"``. Nothing is read or fetched yet."""
    api = plan.api
    if api.auth is AuthKind.NONE:
        return None
    credential = api.credential or ""
    if api.auth is AuthKind.API_KEY:
        return ApiKeyAuth(credential)
    if not api.token_url:  # the configuration requires it; a hand-made PlanConfig might not
        raise CredentialError(f"plan {plan.code!r}: no token_url configured for OAuth 2.0")
    return OAuth2ClientCredentials(credential, api.token_url, scope=api.scope, session=session)
