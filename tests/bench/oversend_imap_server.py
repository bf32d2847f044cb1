#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A scripted IMAP server that over-sends, for measuring a sync's peak memory by hand.

INBOX holds two fictional applications. UID 1 is 60 MB; asked for its first N octets (a partial fetch,
RFC 3501 §6.4.5), the server sends the whole 60 MB anyway, as a broken server might. UID 2 is small.
Plain IMAP on 127.0.0.1 (a Tsunagu account with imap://host@127.0.0.1:PORT); any user name and password.

    /usr/bin/python3 tests/bench/oversend_imap_server.py PORT [MEGABYTES]

Then, in another shell:

    tsunagu --profile DIR account add --name over --imap imap://host@127.0.0.1:PORT --rooms D
    echo pw | /usr/bin/time -v tsunagu --profile DIR sync --password-stdin --json

Standard library only. One connection at a time; stops with Ctrl-C.
"""
import re
import socket
import sys

CAPABILITY = b"IMAP4rev1 AUTH=PLAIN SASL-IR"
DATE = b'"05-Dec-2026 10:00:00 +0900"'


def big_mail(megabytes):
    head = (
        "From: forms@forms.example.org\r\nTo: room-d@example.org\r\nSubject: application (large)\r\n"
        "Message-ID: <oversend-1@forms.example.org>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n'
        "お名前：おおきな\r\nメールアドレス：oversend@example.jp\r\n\r\n--b\r\n"
        "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    ).encode("utf-8")
    line = b"A" * 76 + b"\r\n"
    body = line * ((megabytes * 1024 * 1024 - len(head)) // len(line))
    return head + body + b"--b--\r\n"


SMALL = (
    "From: forms@forms.example.org\r\nTo: room-d@example.org\r\nSubject: application\r\n"
    "Message-ID: <oversend-2@forms.example.org>\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=UTF-8\r\n\r\nお名前：ちいさな\r\nメールアドレス：small@example.jp\r\n"
).encode("utf-8")


def uids_of(text):
    uids = []
    for part in text.split(b","):
        if b":" in part:
            low, high = part.split(b":")
            high = 2 if high == b"*" else int(high)
            uids += range(int(low), high + 1)
        else:
            uids.append(int(part))
    return [u for u in uids if u in (1, 2)]


def serve(connection, mails):
    out = connection.makefile("wb", buffering=1024 * 1024)
    lines = connection.makefile("rb")
    out.write(b"* OK [CAPABILITY " + CAPABILITY + b"] over-sender ready\r\n")
    out.flush()
    for raw in lines:
        parts = raw.rstrip(b"\r\n").split(b" ", 2)
        tag = parts[0]
        command = b" ".join(parts[1:]).upper()
        if command.startswith(b"CAPABILITY"):
            out.write(b"* CAPABILITY " + CAPABILITY + b"\r\n" + tag + b" OK done\r\n")
        elif command.startswith(b"AUTHENTICATE") or command.startswith(b"LOGIN"):
            out.write(tag + b" OK [CAPABILITY " + CAPABILITY + b"] logged in\r\n")
        elif command.startswith(b"EXAMINE") or command.startswith(b"SELECT"):
            out.write(b"* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 3] ok\r\n" + tag + b" OK [READ-ONLY] done\r\n")
        elif command.startswith(b"UID SEARCH"):
            out.write(b"* SEARCH 1 2\r\n" + tag + b" OK done\r\n")
        elif command.startswith(b"UID FETCH"):
            match = re.match(rb"UID FETCH (\S+) \((.*)\)", command)
            uids, items = uids_of(match.group(1)), match.group(2)
            for uid in uids:
                mail = mails[uid]
                fields = [b"UID %d" % uid]
                if b"RFC822.SIZE" in items:
                    header = b"Message-ID: <oversend-%d@forms.example.org>\r\n\r\n" % uid
                    fields.append(b"RFC822.SIZE %d FLAGS () INTERNALDATE %s" % (len(mail), DATE))
                    fields.append(b"BODY[HEADER.FIELDS (MESSAGE-ID)] {%d}\r\n%s" % (len(header), header))
                elif b"BODY.PEEK[]" in items:
                    # Whatever <0.N> asked for, the whole mail is sent.
                    name = b"BODY[]<0>" if b"BODY.PEEK[]<" in items else b"BODY[]"
                    fields.append(b"INTERNALDATE " + DATE)
                    fields.append(name + b" {%d}\r\n" % len(mail))
                elif b"FLAGS" in items:
                    fields.append(b"FLAGS ()")
                out.write(b"* %d FETCH (" % uid + b" ".join(fields))
                if fields[-1].endswith(b"}\r\n"):
                    out.write(mail)
                out.write(b")\r\n")
            out.write(tag + b" OK done\r\n")
        elif command.startswith(b"LOGOUT"):
            out.write(b"* BYE bye\r\n" + tag + b" OK done\r\n")
            out.flush()
            return
        else:
            out.write(tag + b" OK done\r\n")
        out.flush()


def main():
    port = int(sys.argv[1])
    megabytes = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    mails = {1: big_mail(megabytes), 2: SMALL}
    listener = socket.create_server(("127.0.0.1", port))
    while True:
        connection, _ = listener.accept()
        with connection:
            try:
                serve(connection, mails)
            except (BrokenPipeError, ConnectionResetError):
                pass


if __name__ == "__main__":
    main()
