# SPDX-License-Identifier: GPL-3.0-or-later
# A small OAuth 2.0 authorization server for the tests, on 127.0.0.1 and a free port: nothing of Microsoft or Google
# is needed. Python standard library only; run with /usr/bin/python3.
#
#   GET  /authorize   approves at once and redirects to redirect_uri with code and state (RFC 6749 §4.1.2); the
#                     code is bound to the client, the redirect and the PKCE challenge (S256 only, RFC 7636)
#   POST /token       authorization_code (checks the verifier) and refresh_token; each refresh rotates the refresh
#                     token, and a used or revoked one answers invalid_grant
#   POST /introspect  RFC 7662 for Dovecot's oauth2 passdb (introspection_mode = post): active and username
#   POST /admin/...   what the tests do to the server: expire (every access token stops working), revoke (every
#                     refresh token too), deny (the next sign-in is declined)
#   GET  /admin/stats counts of what happened, as JSON
#
# Usage: oauth_server.py CONFIG.json; prints "PORT n" once it listens. Config: client_id, user, expires_in.
import base64
import hashlib
import json
import secrets
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

with open(sys.argv[1], encoding="utf-8") as f:
    CONFIG = json.load(f)

LOCK = threading.Lock()
CODES = {}          # code -> {client_id, redirect_uri, challenge, user}
ACCESS = {}         # access token -> user
REFRESH = {}        # current refresh token -> user
STATS = {"authorize": 0, "code_exchanges": 0, "refreshes": 0, "refused": 0, "introspections": 0,
         "introspections_inactive": 0, "bad_verifier": 0}
DENY_NEXT = [False]


def new_token(prefix):
    return prefix + secrets.token_urlsafe(24)


def issue(user):
    access = new_token("at-")
    refresh = new_token("rt-")
    ACCESS[access] = user
    REFRESH[refresh] = user
    return {"access_token": access, "token_type": "Bearer", "expires_in": CONFIG.get("expires_in", 3600),
            "refresh_token": refresh, "scope": CONFIG.get("scope", "mail")}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass  # tokens travel in query strings and bodies: nothing is printed

    def reply(self, status, body=None, headers=None):
        data = json.dumps(body).encode("utf-8") if body is not None else b""
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def form(self):
        length = int(self.headers.get("Content-Length", "0"))
        return {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8")).items()}

    def do_GET(self):
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/admin/stats":
            with LOCK:
                self.reply(200, STATS)
            return
        if url.path != "/authorize":
            self.reply(404, {})
            return
        with LOCK:
            STATS["authorize"] += 1
            redirect = query.get("redirect_uri", "")
            if not redirect.startswith("http://127.0.0.1:") and not redirect.startswith("http://localhost:"):
                self.reply(400, {"error": "invalid_request"})
                return
            if query.get("client_id") != CONFIG["client_id"] or query.get("response_type") != "code" \
                    or query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
                self.reply(400, {"error": "invalid_request"})
                return
            back = {"state": query.get("state", "")}
            if DENY_NEXT[0]:
                DENY_NEXT[0] = False
                back["error"] = "access_denied"
            else:
                code = new_token("code-")
                CODES[code] = {"client_id": query["client_id"], "redirect_uri": redirect,
                               "challenge": query["code_challenge"], "user": CONFIG["user"]}
                back["code"] = code
        self.reply(302, None, {"Location": redirect + "/?" + urlencode(back)})

    def do_POST(self):
        url = urlsplit(self.path)
        form = self.form()
        with LOCK:
            if url.path == "/admin/expire":
                ACCESS.clear()
                self.reply(200, {})
            elif url.path == "/admin/revoke":
                ACCESS.clear()
                REFRESH.clear()
                self.reply(200, {})
            elif url.path == "/admin/deny":
                DENY_NEXT[0] = True
                self.reply(200, {})
            elif url.path == "/introspect":
                STATS["introspections"] += 1
                user = ACCESS.get(form.get("token", ""))
                if user is None:
                    STATS["introspections_inactive"] += 1
                    self.reply(200, {"active": "false"})
                else:
                    self.reply(200, {"active": "true", "username": user})
            elif url.path == "/token":
                self.token(form)
            else:
                self.reply(404, {})

    def token(self, form):
        if form.get("client_id") != CONFIG["client_id"]:
            STATS["refused"] += 1
            self.reply(401, {"error": "invalid_client"})
            return
        grant = form.get("grant_type")
        if grant == "authorization_code":
            entry = CODES.pop(form.get("code", ""), None)  # a code works once
            if entry is None or entry["redirect_uri"] != form.get("redirect_uri"):
                STATS["refused"] += 1
                self.reply(400, {"error": "invalid_grant"})
                return
            digest = hashlib.sha256(form.get("code_verifier", "").encode("ascii")).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii") != entry["challenge"]:
                STATS["bad_verifier"] += 1
                self.reply(400, {"error": "invalid_grant"})
                return
            STATS["code_exchanges"] += 1
            self.reply(200, issue(entry["user"]))
        elif grant == "refresh_token":
            user = REFRESH.pop(form.get("refresh_token", ""), None)  # rotated: the old one dies here
            if user is None:
                STATS["refused"] += 1
                self.reply(400, {"error": "invalid_grant"})
                return
            STATS["refreshes"] += 1
            self.reply(200, issue(user))
        else:
            self.reply(400, {"error": "unsupported_grant_type"})


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print("PORT %d" % server.server_address[1], flush=True)
server.serve_forever()
