"""A local stand-in for the Cognito Identity Provider JSON API, enough for Amplify's SRP sign-in.

Cognito cannot be reached from here, so the real aws-amplify in the real page talks to this
server instead (the web app passes the auth config's `endpoint` to Amplify as
`userPoolEndpoint`). It speaks the same wire protocol: `POST /` with
`X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>` and an `application/x-amz-json-1.1`
body, errors as `{"__type", "message"}` with status 400. The password check is Cognito's SRP
variant done properly (the math mirrors Amplify's client in
`@aws-amplify/auth/.../cognito/utils/srp/`), so a wrong password fails here, at the signature
check, exactly as it would against Cognito. Tokens are RS256-signed by a key generated per
instance and served at `{endpoint}/{pool}/.well-known/jwks.json`, where the server fetches keys
for the issuer `{endpoint}/{pool}`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwk, jwt
from jose.exceptions import JOSEError

__all__ = ["CognitoStandIn", "StandInUser"]

# RFC 5054's 3072-bit group, the one Cognito uses (Amplify's INIT_N), with g = 2.
_N = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E34"
    "04DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6"
    "F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A6916"
    "3FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C"
    "32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA95"
    "6AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA7157"
    "5D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D876"
    "02733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E"
    "4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
    16,
)
_G = 2
_TARGET_PREFIX = "AWSCognitoIdentityProviderService."
# Cognito refuses a PASSWORD_CLAIM_SIGNATURE whose TIMESTAMP is far from its own clock.
_MAX_CLOCK_SKEW_SECONDS = 300
_SESSION_TTL_SECONDS = 180
_TOKEN_TTL_SECONDS = 3600
_MAX_BODY_BYTES = 64 * 1024


def _padded(value: int) -> bytes:
    """Amplify's `getPaddedHex` as bytes: big-endian, one leading zero byte if the MSB is set."""
    raw = value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")
    return b"\x00" + raw if raw[0] & 0x80 else raw


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _hash_int(data: bytes) -> int:
    return int.from_bytes(_sha256(data), "big")


# k = H(pad(N) | pad(g)), exactly as AuthenticationHelper computes it.
_K = _hash_int(_padded(_N) + _padded(_G))


def _x(salt: int, pool_name: str, user_id: str, password: str) -> int:
    inner = _sha256(f"{pool_name}{user_id}:{password}".encode())
    return _hash_int(_padded(salt) + inner)


def _hkdf(ikm: bytes, salt: bytes) -> bytes:
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    return hmac.new(prk, b"Caldera Derived Key\x01", hashlib.sha256).digest()[:16]


def _timestamp_ok(text: str, now: float) -> bool:
    # Amplify's getNowString: "ddd MMM D HH:mm:ss UTC YYYY" with an unpadded day.
    try:
        at = datetime.strptime(text, "%a %b %d %H:%M:%S UTC %Y").replace(tzinfo=UTC)
    except ValueError:
        return False
    return abs(at.timestamp() - now) <= _MAX_CLOCK_SKEW_SECONDS


@dataclass
class StandInUser:
    """A user of the stand-in pool; only the SRP verifier of the password is kept.

    Attributes:
        username: The pool's user name (`USER_ID_FOR_SRP`, `username` in access tokens).
        email: Also accepted as the sign-in name (an email alias).
        name: The `name` attribute, written into ID tokens.
        sub: Stable user id.
        salt: SRP salt.
        verifier: g^x mod N.
    """

    username: str
    email: str
    name: str
    sub: str
    salt: int
    verifier: int


@dataclass
class _Pending:
    user: StandInUser
    a_value: int
    b_secret: int
    b_value: int
    secret_block: bytes
    expires_at: float


@dataclass
class _Counters:
    """What happened, so tests can assert the sign-in really went through SRP here."""

    initiate_auth: int = 0
    verified: int = 0
    refused: int = 0
    revoked: int = 0
    operations: list[str] = field(default_factory=list)


class _StandInError(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


_BAD_LOGIN = ("NotAuthorizedException", "Incorrect username or password.")


class CognitoStandIn:
    """The stand-in user pool, served over HTTP on 127.0.0.1.

    Use `add_user`, then `start()`; point `CODEREMOTE_COGNITO_ENDPOINT` at `endpoint` and
    `CODEREMOTE_COGNITO_USER_POOL_ID` at `pool_id`.
    """

    def __init__(self, *, region: str = "eu-west-1", client_id: str | None = None) -> None:
        """Create the pool (not yet listening) with a fresh RSA signing key."""
        self.region = region
        self.pool_id = f"{region}_StandIn{secrets.token_hex(3)}"
        # The "pool name" in SRP is the part of the id after the underscore.
        self.pool_name = self.pool_id.split("_", 1)[1]
        self.client_id = client_id or secrets.token_hex(13)
        self.counters = _Counters()
        self.refresh_tokens: dict[str, bool] = {}  # issued refresh token -> still valid
        self._users: dict[str, StandInUser] = {}
        self._pending: dict[str, _Pending] = {}
        self._lock = threading.Lock()
        self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self._private_pem = self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        self._public_pem = self._key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.kid = secrets.token_urlsafe(12)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def endpoint(self) -> str:
        """Base URL replacing `https://cognito-idp.{region}.amazonaws.com`."""
        if self._httpd is None:
            raise RuntimeError("the stand-in is not started")
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def issuer(self) -> str:
        """`iss` of the tokens: `{endpoint}/{pool}`, as Cognito's is under its own host."""
        return f"{self.endpoint}/{self.pool_id}"

    def add_user(self, username: str, password: str, *, email: str, name: str) -> StandInUser:
        """Register a confirmed user; the password itself is not kept, only its verifier."""
        salt = int.from_bytes(secrets.token_bytes(16), "big")
        x = _x(salt, self.pool_name, username, password)
        user = StandInUser(
            username=username,
            email=email,
            name=name,
            sub=str(uuid.uuid4()),
            salt=salt,
            verifier=pow(_G, x, _N),
        )
        with self._lock:
            self._users[username] = user
            self._users[email] = user
        return user

    def jwks(self) -> dict[str, Any]:
        """The public key set in Cognito's shape."""
        public = jwk.construct(self._public_pem, algorithm="RS256").to_dict()
        key = {"kid": self.kid, "alg": "RS256", "kty": "RSA", "use": "sig"}
        return {"keys": [{**key, "n": public["n"], "e": public["e"]}]}

    def start(self) -> None:
        """Listen on a free port of 127.0.0.1 in a daemon thread."""
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="cognito-standin", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop listening."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # --- operations ---------------------------------------------------------------------

    def call(self, operation: str, body: dict[str, Any]) -> dict[str, Any]:
        """Run one API operation.

        Raises:
            _StandInError: The Cognito error to answer with.
        """
        with self._lock:
            self.counters.operations.append(operation)
        if operation == "InitiateAuth":
            return self._initiate_auth(body)
        if operation == "RespondToAuthChallenge":
            return self._respond_to_auth_challenge(body)
        if operation == "GetUser":
            return self._get_user(body)
        if operation == "RevokeToken":
            return self._revoke_token(body)
        raise _StandInError("InvalidActionException", f"{operation} is not supported here")

    def _check_client(self, body: dict[str, Any]) -> None:
        if body.get("ClientId") != self.client_id:
            raise _StandInError("ResourceNotFoundException", "User pool client does not exist.")

    def _initiate_auth(self, body: dict[str, Any]) -> dict[str, Any]:
        self._check_client(body)
        if body.get("AuthFlow") != "USER_SRP_AUTH":
            raise _StandInError("InvalidParameterException", "only USER_SRP_AUTH is enabled")
        params = body.get("AuthParameters") or {}
        login, a_hex = params.get("USERNAME"), params.get("SRP_A")
        if not isinstance(login, str) or not isinstance(a_hex, str):
            raise _StandInError("InvalidParameterException", "USERNAME and SRP_A are required")
        try:
            a_value = int(a_hex, 16)
        except ValueError as exc:
            raise _StandInError("InvalidParameterException", "SRP_A is not hex") from exc
        if a_value % _N == 0:
            raise _StandInError("InvalidParameterException", "SRP_A is invalid")
        with self._lock:
            self.counters.initiate_auth += 1
            user = self._users.get(login)
        if user is None:
            raise _StandInError(*_BAD_LOGIN)
        b_secret = int.from_bytes(secrets.token_bytes(128), "big")
        b_value = (_K * user.verifier + pow(_G, b_secret, _N)) % _N
        session = secrets.token_urlsafe(48)
        secret_block = secrets.token_bytes(64)
        with self._lock:
            self._pending[session] = _Pending(
                user=user,
                a_value=a_value,
                b_secret=b_secret,
                b_value=b_value,
                secret_block=secret_block,
                expires_at=time.time() + _SESSION_TTL_SECONDS,
            )
        return {
            "ChallengeName": "PASSWORD_VERIFIER",
            "Session": session,
            "ChallengeParameters": {
                "SALT": format(user.salt, "x"),
                "SRP_B": format(b_value, "x"),
                "SECRET_BLOCK": base64.b64encode(secret_block).decode(),
                "USER_ID_FOR_SRP": user.username,
                "USERNAME": user.username,
            },
        }

    def _respond_to_auth_challenge(self, body: dict[str, Any]) -> dict[str, Any]:
        self._check_client(body)
        if body.get("ChallengeName") != "PASSWORD_VERIFIER":
            raise _StandInError("InvalidParameterException", "unexpected challenge")
        with self._lock:
            pending = self._pending.pop(str(body.get("Session")), None)
        if pending is None or pending.expires_at < time.time():
            raise _StandInError("NotAuthorizedException", "Invalid session for the user.")
        answers = body.get("ChallengeResponses") or {}
        user = pending.user
        ok = (
            answers.get("USERNAME") == user.username
            and isinstance(answers.get("TIMESTAMP"), str)
            and _timestamp_ok(answers["TIMESTAMP"], time.time())
            and answers.get("PASSWORD_CLAIM_SECRET_BLOCK")
            == base64.b64encode(pending.secret_block).decode()
            and isinstance(answers.get("PASSWORD_CLAIM_SIGNATURE"), str)
            and hmac.compare_digest(
                answers["PASSWORD_CLAIM_SIGNATURE"].encode(),
                self._expected_signature(pending, answers["TIMESTAMP"]).encode(),
            )
        )
        with self._lock:
            if ok:
                self.counters.verified += 1
            else:
                self.counters.refused += 1
        if not ok:
            raise _StandInError(*_BAD_LOGIN)
        return {
            "ChallengeParameters": {},
            "AuthenticationResult": {
                "AccessToken": self._access_token(user),
                "IdToken": self._id_token(user),
                "RefreshToken": self._issue_refresh_token(),
                "ExpiresIn": _TOKEN_TTL_SECONDS,
                "TokenType": "Bearer",
            },
        }

    def _issue_refresh_token(self) -> str:
        token = secrets.token_urlsafe(96)
        with self._lock:
            self.refresh_tokens[token] = True
        return token

    def _revoke_token(self, body: dict[str, Any]) -> dict[str, Any]:
        """`RevokeToken` (what Amplify's signOut sends): the refresh token is dead from now."""
        self._check_client(body)
        token = body.get("Token")
        with self._lock:
            if not isinstance(token, str) or token not in self.refresh_tokens:
                raise _StandInError("UnsupportedTokenTypeException", "unknown refresh token")
            self.refresh_tokens[token] = False
            self.counters.revoked += 1
        return {}

    def _expected_signature(self, pending: _Pending, timestamp: str) -> str:
        """The PASSWORD_CLAIM_SIGNATURE a client knowing the password computes."""
        u = _hash_int(_padded(pending.a_value) + _padded(pending.b_value))
        if u == 0:
            return ""
        user = pending.user
        # S = (A * v^u)^b mod N: the server side of the client's (B - k g^x)^(a + u x).
        s = pow(pending.a_value * pow(user.verifier, u, _N), pending.b_secret, _N)
        key = _hkdf(_padded(s), _padded(u))
        message = (
            self.pool_name.encode()
            + user.username.encode()
            + pending.secret_block
            + timestamp.encode()
        )
        return base64.b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode()

    def _sign(self, claims: dict[str, Any]) -> str:
        return str(
            jwt.encode(claims, self._private_pem, algorithm="RS256", headers={"kid": self.kid})
        )

    def _base_claims(self, user: StandInUser) -> dict[str, Any]:
        now = int(time.time())
        return {
            "sub": user.sub,
            "iss": self.issuer,
            "origin_jti": str(uuid.uuid4()),
            "event_id": str(uuid.uuid4()),
            "auth_time": now,
            "iat": now,
            "exp": now + _TOKEN_TTL_SECONDS,
            "jti": str(uuid.uuid4()),
        }

    def _access_token(self, user: StandInUser) -> str:
        return self._sign(
            {
                **self._base_claims(user),
                "token_use": "access",
                "scope": "aws.cognito.signin.user.admin",
                "client_id": self.client_id,
                "username": user.username,
            }
        )

    def _id_token(self, user: StandInUser) -> str:
        return self._sign(
            {
                **self._base_claims(user),
                "token_use": "id",
                "aud": self.client_id,
                "cognito:username": user.username,
                "email": user.email,
                "email_verified": True,
                "name": user.name,
            }
        )

    def _get_user(self, body: dict[str, Any]) -> dict[str, Any]:
        token = body.get("AccessToken")
        try:
            claims = jwt.decode(
                str(token),
                self._public_pem.decode(),
                algorithms=["RS256"],
                issuer=self.issuer,
                options={"verify_aud": False},
            )
        except JOSEError as exc:
            raise _StandInError("NotAuthorizedException", "Invalid Access Token") from exc
        if claims.get("token_use") != "access":
            raise _StandInError("NotAuthorizedException", "Invalid Access Token")
        with self._lock:
            user = self._users.get(str(claims.get("username")))
        if user is None:
            raise _StandInError("UserNotFoundException", "User does not exist.")
        attributes = {"sub": user.sub, "email": user.email, "email_verified": "true"}
        attributes["name"] = user.name
        return {
            "Username": user.username,
            "UserAttributes": [{"Name": k, "Value": v} for k, v in attributes.items()],
        }


def _handler(pool: CognitoStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_OPTIONS(self) -> None:
            # The page (another origin) calls the pool from the browser: CORS preflight.
            self.send_response(204)
            self._cors()
            self.send_header("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
            requested = self.headers.get("Access-Control-Request-Headers", "")
            self.send_header("Access-Control-Allow-Headers", requested)
            self.send_header("Access-Control-Max-Age", "600")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            if self.path != f"/{pool.pool_id}/.well-known/jwks.json":
                self._json(404, {"message": "Not Found"})
                return
            self._json(200, pool.jwks())

        def do_POST(self) -> None:
            target = self.headers.get("X-Amz-Target", "")
            length = int(self.headers.get("Content-Length") or 0)
            if self.path != "/" or not target.startswith(_TARGET_PREFIX):
                self._json(400, {"__type": "UnknownOperationException", "message": target})
                return
            if length > _MAX_BODY_BYTES:
                self._json(413, {"__type": "InvalidParameterException", "message": "too large"})
                return
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
                if not isinstance(body, dict):
                    raise ValueError("body is not an object")
            except ValueError:
                self._json(400, {"__type": "SerializationException", "message": "bad JSON"})
                return
            try:
                result = pool.call(target.removeprefix(_TARGET_PREFIX), body)
            except _StandInError as exc:
                self._json(400, {"__type": exc.kind, "message": exc.message})
                return
            self._json(200, result)

        def _cors(self) -> None:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Expose-Headers", "x-amzn-requestid, x-amzn-errortype")

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self._cors()
            self.send_header("Content-Type", "application/x-amz-json-1.1")
            self.send_header("x-amzn-requestid", str(uuid.uuid4()))
            if status >= 400 and "__type" in payload:
                self.send_header("x-amzn-errortype", str(payload["__type"]))
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass  # keep test output clean; `counters` records what happened

    return Handler
