#!/usr/bin/env python3
"""Generates vectors.json: Featurebase webhook signatures computed without fbhooks' Java code.

signature = lowercase hex HMAC-SHA256, key = the whole secret string (whsec_ included) as UTF-8,
message = <timestamp> "." <raw body bytes>.

Each signature is computed with Python's hmac module and checked against `openssl dgst -sha256
-hmac` when openssl is on the PATH. Run from this directory: python3 generate-vectors.py
"""
import base64
import hashlib
import hmac
import json
import shutil
import subprocess
import unicodedata

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"  # base64-looking: must NOT be decoded
OTHER = "whsec_9mVbX2c4kQ_7Zt-YpL0aNw3sHr5uE1gJ"
TS = 1767225600  # 2026-01-01T00:00:00Z

pretty = """{
  "object": "notification_event",
  "id": "notif_65a1f0c2e4b0a1b2c3d4e5f7",
  "topic": "post.updated",
  "data": {
    "object": "notification_event_data",
    "item": { "title": "Dark mode" }
  }
}
"""

cases = [
    ("compact json", SECRET, TS,
     '{"object":"notification_event","id":"notif_65a1f0c2e4b0a1b2c3d4e5f6","topic":"post.created"}'),
    ("empty body", SECRET, TS, ""),
    ("pretty json with trailing newline", SECRET, TS, pretty),
    ("tabs, CRLF and surrounding spaces", SECRET, TS, ' {\r\n\t"a" : 1 ,\r\n\t"b":[ ]\r\n} \r\n'),
    ("json without spaces", SECRET, TS, '{"a":1,"b":2}'),
    ("same json with one space more", SECRET, TS, '{"a":1, "b":2}'),
    ("non-ascii utf-8 (NFC)", SECRET, TS,
     unicodedata.normalize("NFC", '{"title":"Grüße aus Köln","emoji":"🎉","cjk":"世界"}')),
    ("non-ascii utf-8 (NFD: same text, other bytes)", SECRET, TS,
     unicodedata.normalize("NFD", '{"title":"Grüße aus Köln","emoji":"🎉","cjk":"世界"}')),
    ("json unicode escapes instead of raw utf-8", SECRET, TS, '{"title":"Gr\\u00fc\\u00dfe"}'),
    ("other secret", OTHER, TS,
     '{"object":"notification_event","id":"notif_65a1f0c2e4b0a1b2c3d4e5f6","topic":"post.created"}'),
    ("other timestamp", SECRET, 1767225601,
     '{"object":"notification_event","id":"notif_65a1f0c2e4b0a1b2c3d4e5f6","topic":"post.created"}'),
    ("small timestamp", SECRET, 7, "x"),
    ("1 KiB body", SECRET, TS, '{"content":"' + ("lorem ipsum " * 85)[:1008] + '"}'),
    ("body with a dot and digits like a timestamp", SECRET, 1767, "1767225600.{}"),
]

vectors = []
for name, secret, ts, body in cases:
    raw = body.encode("utf-8")
    vectors.append((name, secret, ts, body, raw))
# bytes that are not UTF-8 at all: only bodyBase64 is given
vectors.append(("invalid utf-8 bytes", SECRET, TS, None, b'{"x":"\xff\xfe\x00\x80"}'))


def sign(secret, ts, raw):
    return hmac.new(secret.encode("utf-8"), str(ts).encode("ascii") + b"." + raw,
                    hashlib.sha256).hexdigest()


def openssl(secret, ts, raw):
    out = subprocess.run(["openssl", "dgst", "-sha256", "-hmac", secret, "-r"],
                         input=str(ts).encode("ascii") + b"." + raw,
                         capture_output=True, check=True).stdout.decode()
    return out.split()[0]


have_openssl = shutil.which("openssl") is not None
out = []
for name, secret, ts, body, raw in vectors:
    signature = sign(secret, ts, raw)
    if have_openssl:
        assert openssl(secret, ts, raw) == signature, name
    entry = {"name": name, "secret": secret, "timestamp": ts}
    if body is not None:
        entry["body"] = body
    entry["bodyBase64"] = base64.b64encode(raw).decode("ascii")
    entry["signature"] = signature
    out.append(entry)

with open("vectors.json", "w", encoding="utf-8") as f:
    json.dump({"scheme": "hex(HMAC-SHA256(utf8(secret), ascii(timestamp) + '.' + body))",
               "generatedBy": "generate-vectors.py (python hmac, checked with openssl dgst)",
               "vectors": out}, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(out)} vectors written; openssl cross-check: {'yes' if have_openssl else 'no'}")
