#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the MIME test corpus: NAME.eml (the mail as bytes) and NAME.json (what a host must read from it).

Run with /usr/bin/python3 from this folder; the output is committed, so the tests never run this script.
Every byte of Japanese text comes from a real encoder: iconv (ISO-2022-JP, SHIFT_JIS, EUC-JP, CP932) through
the shell, or Python's codecs and email package. CP50220/CP50221 (ISO-2022-JP with the Windows extensions, which
glibc iconv does not have) are produced the way Windows does it: Python's cp932 encoder, then the Shift_JIS to
JIS row/cell arithmetic of CP50221, with half-width kana as ESC ( I (CP50221) or widened first (CP50220).

People are fictional; addresses use example.org, example.jp and example.com only.

JSON keys: subject, from_name, from_address, reply_to_address, to_addresses, cc_addresses, date_utc
(ISO 8601 in UTC, or null for "no readable date"), message_id, in_reply_to, references, text_contains,
text_not_contains, text_equals, text_from_html, html_contains, attachments ([{name, type, size?}], the full list
in order), uncertain (bool), truncated (bool). Absent keys are not checked.
"""
import base64
import email.header
import email.policy
import json
import os
import quopri
import subprocess
import unicodedata
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = b"\r\n"


def iconv(text, charset):
    """Encodes with glibc iconv, as a shell user would."""
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", charset], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout


def cp5022x(text, widen_halfwidth_kana):
    """ISO-2022-JP with NEC/IBM extensions as Windows writes it (CP50220 when widen_halfwidth_kana, else
    CP50221). Python's cp932 encoder gives the NEC / NEC-selected IBM codes, which sit in the JIS 94x94 plane."""
    out = bytearray()
    mode = "ascii"
    if widen_halfwidth_kana:  # CP50220 widens ｶﾞ to ガ (voiced mark composed)
        text = "".join(unicodedata.normalize("NFKC", c) if 0xFF61 <= ord(c) <= 0xFF9F else c for c in text)
        text = unicodedata.normalize("NFC", text)
    for ch in text:
        if ord(ch) < 0x80:
            if mode != "ascii":
                out += b"\x1b(B"
                mode = "ascii"
            out += ch.encode("ascii")
            continue
        sjis = ch.encode("cp932")
        if len(sjis) == 1:  # half-width kana, CP50221: JIS X 0201 katakana set
            if mode != "kana":
                out += b"\x1b(I"
                mode = "kana"
            out.append(sjis[0] - 0x80)
            continue
        c1, c2 = sjis[0], sjis[1]
        if c1 >= 0xE0:
            c1 -= 0x40
        row = (c1 - 0x81) * 2 + 0x21
        if c2 >= 0x9F:
            row += 1
            cell = c2 - 0x9F + 0x21
        else:
            cell = c2 - 0x40 + 0x21 - (1 if c2 >= 0x80 else 0)
        if mode != "kanji":
            out += b"\x1b$B"
            mode = "kanji"
        out += bytes([row, cell])
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def b_word(raw, charset):
    return b"=?" + charset.encode() + b"?B?" + base64.b64encode(raw) + b"?="


def jis_words(text, encoder=lambda t: iconv(t, "ISO-2022-JP"), per_word=10):
    """RFC 2047 B-words of ISO-2022-JP, each word a complete JIS sequence (RFC 1468), folded with CRLF SP."""
    chunks = [text[i:i + per_word] for i in range(0, len(text), per_word)]
    return (CRLF + b" ").join(b_word(encoder(c), "ISO-2022-JP") for c in chunks)


def header(name, value):
    return name.encode() + b": " + value + CRLF


def mail(headers, body):
    return b"".join(header(n, v) for n, v in headers) + CRLF + body


def crlf(text_bytes):
    return text_bytes.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64_lines(raw, width=76):
    encoded = base64.b64encode(raw)
    return CRLF.join(encoded[i:i + width] for i in range(0, len(encoded), width)) + CRLF


def qp(raw):
    return crlf(quopri.encodestring(raw))


CASES = {}


def case(name, eml, **expected):
    CASES[name] = (eml, expected)


COMMON = [("MIME-Version", b"1.0")]

# --- Web-form submission in ISO-2022-JP (the most common application mail) -------------------------------------
form_text = ("ルームNへの参加申し込みがありました。\n\n"
             "お名前: さくら\n"
             "メールアドレス: sakura@example.jp\n"
             "ご本人/ご家族: ご本人\n"
             "年代: 30代\n"
             "お住まい: 大阪府\n"
             "自己紹介: はじめまして。よろしくお願いします。\n")
case("form-iso2022jp",
     mail([("Return-Path", b"<noreply@forms.example.com>"),
           ("From", b_word(iconv("申し込みフォーム", "ISO-2022-JP"), "ISO-2022-JP") + b" <noreply@forms.example.com>"),
           ("Reply-To", b"sakura@example.jp"),
           ("To", b"room-n@example.org"),
           ("Subject", jis_words("【ルームN】参加申し込み（さくら様）")),
           ("Date", b"Tue, 05 Mar 2024 19:00:00 +0900"),
           ("Message-ID", b"<form-0001@forms.example.com>")] + COMMON +
          [("Content-Type", b"text/plain; charset=ISO-2022-JP"), ("Content-Transfer-Encoding", b"7bit")],
          crlf(iconv(form_text, "ISO-2022-JP"))),
     subject="【ルームN】参加申し込み（さくら様）", from_name="申し込みフォーム",
     from_address="noreply@forms.example.com", reply_to_address="sakura@example.jp",
     to_addresses=["room-n@example.org"], date_utc="2024-03-05T10:00:00Z", message_id="form-0001@forms.example.com",
     text_contains=["お名前: さくら", "メールアドレス: sakura@example.jp", "自己紹介: はじめまして。"],
     attachments=[], uncertain=False)

# --- CP50221: NEC special characters, NEC-selected IBM extensions, wave dash, half-width kana ----------------------
nec_text = "①②③ ㈱つなぐ Ⅰ部 髙﨑みどり 19:00〜21:00 ｱｲｳ"
case("cp50221-nec-ibm",
     mail([("From", b_word(cp5022x("髙﨑みどり", False), "ISO-2022-JP") + b" <takasaki@example.jp>"),
           ("To", b"room-d@example.org"),
           ("Subject", b_word(cp5022x("①参加希望 ㈱ Ⅱ 〜", False), "ISO-2022-JP")),
           ("Date", b"Wed, 6 Mar 2024 08:15:00 +0900")] + COMMON +
          [("Content-Type", b'text/plain; charset="iso-2022-jp"'), ("Content-Transfer-Encoding", b"7bit")],
          crlf(cp5022x(nec_text + "\n", False))),
     subject="①参加希望 ㈱ Ⅱ 〜", from_name="髙﨑みどり", from_address="takasaki@example.jp",
     date_utc="2024-03-05T23:15:00Z",
     text_contains=["①②③", "㈱つなぐ", "Ⅰ部", "髙﨑みどり", "19:00〜21:00", "ｱｲｳ"],
     text_not_contains=["～"], uncertain=False)

# --- CP50220: half-width kana widened by the encoder; labelled with the Windows code-page name ------------------------
case("cp50220-label",
     mail([("From", b"midori@example.jp"), ("To", b"room-e@example.org"),
           ("Subject", b_word(cp5022x("ｻﾝｶ 希望です", True), "CP50220")),
           ("Date", b"Thu, 07 Mar 2024 12:00:00 +0900")] + COMMON +
          [("Content-Type", b"text/plain; charset=CP50220")],
          crlf(cp5022x("ｻﾝｶ ｷﾎﾞｳ ① です\n", True))),
     subject="サンカ 希望です", text_contains=["サンカ キボウ ① です"], uncertain=False)

# --- An encoded-word split in the middle of a character (UTF-8 B and Q, ISO-2022-JP across words) -----------------
subject_bytes = "つなぐ申し込み".encode("utf-8")
split_at = 4  # inside the second character
q_name = "さくら".encode("utf-8")


def q_encode(raw):
    return b"".join(bytes([c]) if (0x30 <= c <= 0x39 or 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A)
                    else b"=%02X" % c for c in raw)


case(
    "split-encoded-word",
    mail([("From", b"=?utf-8?q?" + q_encode(q_name[:4]) + b"?= =?UTF-8?Q?" + q_encode(q_name[4:]) +
           b"?= <sakura@example.jp>"),
          ("To", b"room-n@example.org"),
          ("Subject", b_word(subject_bytes[:split_at], "UTF-8") + CRLF + b" " +
           b_word(subject_bytes[split_at:], "UTF-8")),
          ("Date", b"Fri, 08 Mar 2024 09:00:00 +0900")] + COMMON +
         [("Content-Type", b"text/plain; charset=utf-8")],
         crlf("本文です。\n".encode("utf-8"))),
    subject="つなぐ申し込み", from_name="さくら", from_address="sakura@example.jp",
    text_contains=["本文です。"], uncertain=False)

# --- No charset label: ISO-2022-JP escapes in the body, raw JIS in the Subject ----------------------------------------
case("no-charset-iso2022jp",
     mail([("From", b"hana@example.jp"), ("To", b"room-g@example.org"),
           ("Subject", iconv("ラベルなし", "ISO-2022-JP")),
           ("Date", b"Sat, 9 Mar 2024 22:30:00 +0900")] + COMMON + [("Content-Type", b"text/plain")],
          crlf(iconv("文字コードの指定がないメールです。\n", "ISO-2022-JP"))),
     subject="ラベルなし", text_contains=["文字コードの指定がないメールです。"], uncertain=True)

# --- Mislabelled: says ISO-2022-JP, bytes are UTF-8 / Shift_JIS ----------------------------------------------------
case("mislabelled-jis-utf8",
     mail([("From", b"kai@example.jp"), ("To", b"room-k@example.org"), ("Subject", b"=?ISO-2022-JP?B?" +
           base64.b64encode("ラベル違い".encode("utf-8")) + b"?="),
           ("Date", b"Sun, 10 Mar 2024 10:00:00 +0900")] + COMMON +
          [("Content-Type", b"text/plain; charset=ISO-2022-JP"), ("Content-Transfer-Encoding", b"8bit")],
          crlf("本当はUTF-8の本文です。\n".encode("utf-8"))),
     subject="ラベル違い", text_contains=["本当はUTF-8の本文です。"], uncertain=True)
case("mislabelled-jis-sjis",
     mail([("From", b"kai@example.jp"), ("To", b"room-k@example.org"), ("Subject", b"Shift_JIS body"),
           ("Date", b"Sun, 10 Mar 2024 10:05:00 +0900")] + COMMON +
          [("Content-Type", b"text/plain; charset=iso-2022-jp"), ("Content-Transfer-Encoding", b"8bit")],
          crlf(iconv("本当はシフトJISの本文です。表示されますか？\n", "SHIFT_JIS"))),
     subject="Shift_JIS body", text_contains=["本当はシフトJISの本文です。表示されますか？"], uncertain=True)

# --- Carrier mail (docomo style): raw 8-bit Shift_JIS Subject and From, 8bit Shift_JIS body ------------------------
# ソ and 表 end in the byte 0x5C ("\"); inside the quoted display name it must not be read as an escape.
case("carrier-docomo-sjis-8bit",
     mail([("From", b'"' + iconv("ソラ表", "SHIFT_JIS") + b'" <sora.docomo@example.jp>'),
           ("To", b"room-n@example.org"),
           ("Subject", iconv("参加したいです", "SHIFT_JIS")),
           ("Date", b"Mon, 11 Mar 2024 07:45:12 +0900")] + COMMON +
          [("Content-Type", b"text/plain; charset=Shift_JIS"), ("Content-Transfer-Encoding", b"8bit")],
          crlf(iconv("ｿﾗです。携帯から送ります〜\n", "CP932"))),
     subject="参加したいです", from_name="ソラ表", from_address="sora.docomo@example.jp",
     text_contains=["ｿﾗです。携帯から送ります〜"], uncertain=True)

# --- Carrier mail (au style): Shift_JIS base64 body, encoded Shift_JIS subject -------------------------------------
case("carrier-au-sjis-base64",
     mail([("From", b"umi.au@example.jp"), ("To", b"room-g@example.org"),
           ("Subject", b_word(iconv("ｷﾞｬﾝﾌﾞﾙの相談", "CP932"), "Shift_JIS")),
           ("Date", b"Mon, 11 Mar 2024 23:59:59 +0900")] + COMMON +
          [("Content-Type", b"text/plain; charset=\"Shift_JIS\""), ("Content-Transfer-Encoding", b"base64")],
          b64_lines(crlf(iconv("はじめまして。ﾊﾟﾁﾝｺがやめられません。①毎日\n", "CP932")))),
     subject="ｷﾞｬﾝﾌﾞﾙの相談", text_contains=["ﾊﾟﾁﾝｺがやめられません。①毎日"], uncertain=False)

# --- EUC-JP, labelled and unlabelled ---------------------------------------------------------------------------
case("euc-jp",
     mail([("From", b_word(iconv("山田花子", "EUC-JP"), "EUC-JP") + b" <hanako@example.jp>"),
           ("To", b"room-df@example.org"), ("Subject", b_word(iconv("家族の相談です", "EUC-JP"), "euc-jp")),
           ("Date", b"Tue, 12 Mar 2024 20:00:00 +0900")] + COMMON +
          [("Content-Type", b"text/plain; charset=EUC-JP"), ("Content-Transfer-Encoding", b"8bit")],
          crlf(iconv("夫の飲酒について相談したいです。\n", "EUC-JP"))),
     subject="家族の相談です", from_name="山田花子", text_contains=["夫の飲酒について相談したいです。"],
     uncertain=False)
case("euc-jp-unlabelled",
     mail([("From", b"hanako@example.jp"), ("To", b"room-df@example.org"), ("Subject", b"no label"),
           ("Date", b"Tue, 12 Mar 2024 20:10:00 +0900")] + COMMON + [("Content-Transfer-Encoding", b"8bit")],
          crlf(iconv("ラベルのないEUC-JPの本文です。よろしくお願いします。\n", "EUC-JP"))),
     text_contains=["ラベルのないEUC-JPの本文です。よろしくお願いします。"], uncertain=True)

# --- Shift_JIS wave dash ---------------------------------------------------------------------------------------------
case("wave-dash-sjis",
     mail([("From", b"nami@example.jp"), ("To", b"room-e@example.org"),
           ("Subject", b_word(iconv("19時〜21時", "SHIFT_JIS"), "SHIFT_JIS")),
           ("Date", b"Wed, 13 Mar 2024 19:00:00 +0900")] + COMMON +
          [("Content-Type", b"text/plain; charset=shift_jis")],
          crlf(iconv("時間は19時〜21時です。\n", "SHIFT_JIS"))),
     subject="19時〜21時", text_contains=["19時〜21時です。"], text_not_contains=["～"], uncertain=False)


# --- Gmail style: multipart/alternative, UTF-8 base64 ------------------------------------------------------------
def gmail():
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "みどり <midori@example.com>"
    msg["To"] = "room-n@example.org"
    msg["Subject"] = "Room N 参加希望"
    msg["Date"] = "Thu, 14 Mar 2024 11:22:33 +0900"
    msg["Message-ID"] = "<CAgmail-0001@mail.example.com>"
    msg.set_content("はじめまして、みどりです。\n参加を希望します。\n", charset="utf-8", cte="base64")
    msg.add_alternative("<div dir=\"ltr\">はじめまして、みどりです。<br>参加を希望します。</div>\n",
                        subtype="html", charset="utf-8", cte="base64")
    msg.set_boundary("000000000000gmail0001")
    return msg.as_bytes()


case("gmail-alternative", gmail(), subject="Room N 参加希望", from_name="みどり",
     from_address="midori@example.com", date_utc="2024-03-14T02:22:33Z", message_id="CAgmail-0001@mail.example.com",
     text_contains=["はじめまして、みどりです。\n参加を希望します。"], text_from_html=False,
     html_contains=["<div dir=\"ltr\">"], attachments=[], uncertain=False)

# --- Outlook style: ISO-2022-JP alternative inside mixed, attachment name as RFC 2047 in quotes ------------------------
outlook_plain = "お世話になっております。\r\n資料を添付いたします。\r\n"
outlook_html = "<html><body><p>お世話になっております。</p><p>資料を添付いたします。</p></body></html>"
pdf = b"%PDF-1.4\n% fictional test file\n" + bytes(range(256)) * 4
pdf_name = "参加の手引き.pdf"
outlook = (mail([("From", b_word(iconv("相談窓口", "ISO-2022-JP"), "iso-2022-jp") + b" <soudan@example.org>"),
                 ("To", b"=?iso-2022-jp?B?" + base64.b64encode(iconv("ルームD", "ISO-2022-JP")) +
                  b"?= <room-d@example.org>"),
                 ("Subject", b"RE: " + jis_words("資料送付の件")),
                 ("Thread-Index", b"AdpWabcdEFGHijkl"),
                 ("Date", b"Fri, 15 Mar 2024 09:05:00 +0900"),
                 ("Message-ID", b"<TYAPR01MB0001@outlook.example.com>"),
                 ("In-Reply-To", b"<invite-42@tsunagu.example.org>"),
                 ("References", b"<first@tsunagu.example.org>\r\n <invite-42@tsunagu.example.org>")] + COMMON +
                [("Content-Type", b'multipart/mixed;\r\n\tboundary="_004_outlook_"')],
                b"--_004_outlook_\r\n"
                b'Content-Type: multipart/alternative;\r\n\tboundary="_000_outlook_"\r\n\r\n'
                b"--_000_outlook_\r\n"
                b'Content-Type: text/plain; charset="iso-2022-jp"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n' +
                iconv(outlook_plain, "ISO-2022-JP") + b"\r\n"
                b"--_000_outlook_\r\n"
                b'Content-Type: text/html; charset="iso-2022-jp"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
                qp(iconv(outlook_html, "ISO-2022-JP")) + b"\r\n"
                b"--_000_outlook_--\r\n\r\n"
                b"--_004_outlook_\r\n"
                b'Content-Type: application/pdf;\r\n\tname="' + jis_words(pdf_name) + b'"\r\n'
                b'Content-Description: ' + jis_words(pdf_name) + b"\r\n"
                b'Content-Disposition: attachment;\r\n\tfilename="' + jis_words(pdf_name) + b'"; size=' +
                str(len(pdf)).encode() + b"\r\n"
                b"Content-Transfer-Encoding: base64\r\n\r\n" + b64_lines(pdf) +
                b"\r\n--_004_outlook_--\r\n"))
case("outlook-mixed", outlook, subject="RE: 資料送付の件", from_name="相談窓口", from_address="soudan@example.org",
     to_addresses=["room-d@example.org"], in_reply_to="invite-42@tsunagu.example.org",
     references=["first@tsunagu.example.org", "invite-42@tsunagu.example.org"],
     text_contains=["お世話になっております。\n資料を添付いたします。"], html_contains=["<p>資料を添付いたします。</p>"],
     attachments=[{"name": pdf_name, "type": "application/pdf", "size": len(pdf)}], uncertain=False)

# --- iPhone style: UTF-8, quoted-printable, format=flowed; delsp=yes, CRLF ------------------------------------------
iphone_body = ("Room NFに参加したいです。平日の夜なら大丈夫です。 \r\n"  # soft break: trailing space
               "よろしくお願いします。\r\n\r\niPhoneから送信\r\n")
case("iphone-flowed",
     mail([("From", b"=?utf-8?B?" + base64.b64encode("ゆき".encode()) + b"?= <yuki@example.jp>"),
           ("Content-Type", b"text/plain;\r\n\tcharset=utf-8;\r\n\tdelsp=yes;\r\n\tformat=flowed"),
           ("Content-Transfer-Encoding", b"quoted-printable"),
           ("Mime-Version", b"1.0 (1.0)"),
           ("Subject", b"=?utf-8?B?" + base64.b64encode("参加希望".encode()) + b"?="),
           ("Date", b"Sat, 16 Mar 2024 21:03:45 +0900"),
           ("Message-Id", b"<5F3A-IPHONE-0001@example.jp>"),
           ("To", b"room-nf@example.org"),
           ("X-Mailer", b"iPhone Mail (21D61)")],
          qp(iphone_body.encode("utf-8"))),
     subject="参加希望", from_name="ゆき", message_id="5F3A-IPHONE-0001@example.jp",
     text_contains=["平日の夜なら大丈夫です。よろしくお願いします。", "iPhoneから送信"], uncertain=False)

# --- HTML-only mail ------------------------------------------------------------------------------------------------
html_only = ("<!DOCTYPE html><html><head><title>ignored title</title><style>p { color: red; }</style>"
             "<script>alert('never run');</script></head><body>"
             "<p>こんにちは&nbsp;&amp;&nbsp;ようこそ</p><div>&#12354;&#x3044;う &lt;tag&gt;</div>"
             "<ul><li>月曜 19:00</li><li>木曜 22:00</li></ul>"
             "<p>連絡先: <a href=\"mailto:host@example.org\">こちら</a><br>以上です。</p>"
             "<!-- a comment --></body></html>")
case("html-only",
     mail([("From", b"news@example.com"), ("To", b"room-e@example.org"), ("Subject", b"HTML only"),
           ("Date", b"Sun, 17 Mar 2024 08:00:00 +0000")] + COMMON +
          [("Content-Type", b"text/html; charset=UTF-8"), ("Content-Transfer-Encoding", b"quoted-printable")],
          qp(html_only.encode("utf-8"))),
     text_from_html=True,
     text_contains=["こんにちは & ようこそ", "あいう <tag>", "- 月曜 19:00\n- 木曜 22:00",
                    "連絡先: こちら (host@example.org)\n以上です。"],
     text_not_contains=["alert", "color: red", "ignored title", "<p>", "a comment"],
     html_contains=["<script>"], attachments=[], uncertain=False)


# --- Attachment with an RFC 2231 Japanese filename (Python's email package writes filename*=utf-8'') ------------------
def rfc2231_attachment():
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "sakura@example.jp"
    msg["To"] = "room-n@example.org"
    msg["Subject"] = "申込書を添付します"
    msg["Date"] = "Mon, 18 Mar 2024 12:34:56 +0900"
    msg.set_content("申込書を添付します。\n", charset="utf-8")
    msg.add_attachment(b"fictional application form\n" * 10, maintype="application", subtype="octet-stream",
                       filename="申込書（さくら）.txt")
    msg.set_boundary("rfc2231-boundary")
    raw = msg.as_bytes()
    return raw


long_name = "とても長い名前の申し込み用紙_2024年3月_ルームN_さくら.docx"
long_name_bytes = long_name.encode("utf-8")
pct = "".join("%%%02X" % b for b in long_name_bytes)
sections = [pct[i:i + 60] for i in range(0, len(pct), 60)]
continuation = b";\r\n".join(
    (b" filename*%d*=" % i) + (b"UTF-8'ja'" if i == 0 else b"") + s.encode() for i, s in enumerate(sections))
docx = b"PK\x03\x04 fictional"
xls = b"\xd0\xcf\x11\xe0 fictional"
jis_name = "予定表①.xlsx"
jis_name_bytes = cp5022x(jis_name, False)
jis_pct = "".join("%%%02X" % b for b in jis_name_bytes)
case("attachment-rfc2231", rfc2231_attachment(), subject="申込書を添付します", text_contains=["申込書を添付します。"],
     attachments=[{"name": "申込書（さくら）.txt", "type": "application/octet-stream", "size": 270}],
     uncertain=False)
case("attachment-rfc2231-continuations",
     mail([("From", b"sakura@example.jp"), ("To", b"room-n@example.org"), ("Subject", b"continuations"),
           ("Date", b"Mon, 18 Mar 2024 12:40:00 +0900")] + COMMON +
          [("Content-Type", b'multipart/mixed; boundary="cont"')],
          b"--cont\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nsee attached\r\n"
          b"--cont\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n"
          b"Content-Disposition: attachment;\r\n" + continuation + b"\r\n"
          b"Content-Transfer-Encoding: base64\r\n\r\n" + b64_lines(docx) +
          b"--cont\r\nContent-Type: application/vnd.ms-excel; name*=iso-2022-jp''" + jis_pct.encode() + b"\r\n"
          b"Content-Transfer-Encoding: base64\r\n\r\n" + b64_lines(xls) +
          b"--cont--\r\n"),
     text_equals="see attached",
     attachments=[{"name": long_name, "type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "size": len(docx)},
                  {"name": jis_name, "type": "application/vnd.ms-excel", "size": len(xls)}],
     uncertain=False)

# --- Broken base64: garbage characters, odd line breaks, missing padding -----------------------------------------
broken_text = "壊れたbase64でも読めます。ここまで届けば成功です。\n".encode("utf-8")
encoded = base64.b64encode(broken_text).rstrip(b"=")
broken = encoded[:7] + b"\r\n" + encoded[7:20] + b"*!" + encoded[20:33] + b"\r\n \r\n" + encoded[33:] + b"\r\n"
case("broken-base64",
     mail([("From", b"ren@example.jp"), ("To", b"room-ng@example.org"), ("Subject", b"broken base64"),
           ("Date", b"Tue, 19 Mar 2024 18:00:00 +0900")] + COMMON +
          [("Content-Type", b"text/plain; charset=utf-8"), ("Content-Transfer-Encoding", b"Base64")], broken),
     text_contains=["壊れたbase64でも読めます。ここまで届けば成功です。"], uncertain=True)

# --- Missing final boundary (the mail was cut in transit) ------------------------------------------------------------
photo = b"\x89PNG\r\n\x1a\n fictional"
case("missing-final-boundary",
     mail([("From", b"ren@example.jp"), ("To", b"room-ng@example.org"), ("Subject", b"no final boundary"),
           ("Date", b"Tue, 19 Mar 2024 18:05:00 +0900")] + COMMON +
          [("Content-Type", b"multipart/mixed; boundary=xyz")],
          b"preamble text that nobody reads\r\n"
          b"--xyz\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
          "最後の区切りがありません。\r\n".encode("utf-8") +
          b"--xyz\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=photo.png\r\n"
          b"Content-Transfer-Encoding: base64\r\n\r\n" + b64_lines(photo)),
     text_equals="最後の区切りがありません。",
     attachments=[{"name": "photo.png", "type": "image/png", "size": len(photo)}], uncertain=True)

# --- Nested multipart with preamble/epilogue, boundary-like lines in the body, inline image ----------------------------
png = b"\x89PNG\r\n\x1a\n" + bytes(100)
calendar = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"  # its last CRLF belongs to the boundary (RFC 2046 5.1.1)
case("nested-related-inline-image",
     mail([("From", b"=?UTF-8?B?" + base64.b64encode("あおい".encode()) + b"?= <aoi@example.com>"),
           ("To", b"room-e@example.org"), ("Subject", b"nested"),
           ("Date", b"Wed, 20 Mar 2024 07:00:00 +0900")] + COMMON +
          [("Content-Type", b'multipart/mixed; boundary="outer"')],
          b"This is a multi-part message in MIME format.\r\n"
          b"--outer\r\nContent-Type: multipart/related; boundary=\"rel\"; type=\"multipart/alternative\"\r\n\r\n"
          b"--rel\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
          b"alternative preamble\r\n"
          b"--alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
          "本文の一行目\r\n--outer-but-not-a-boundary\r\n--alt is text here\r\n--rel--x\r\n最終行\r\n".encode("utf-8") +
          "--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>本文</p><img src=\"cid:img1\">\r\n".encode() +
          b"--alt--\r\nalternative epilogue\r\n"
          b"--rel\r\nContent-Type: image/png\r\nContent-ID: <img1>\r\nContent-Disposition: inline\r\n"
          b"Content-Transfer-Encoding: base64\r\n\r\n" + b64_lines(png) +
          b"--rel--\r\n"
          b"--outer\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST; name=meeting.ics\r\n\r\n"
          + calendar +
          b"--outer--\r\nepilogue text\r\n"),
     from_name="あおい",
     text_equals="本文の一行目\n--outer-but-not-a-boundary\n--alt is text here\n--rel--x\n最終行",
     html_contains=["<p>本文</p>"],
     attachments=[{"name": "", "type": "image/png", "size": len(png)},
                  {"name": "meeting.ics", "type": "text/calendar", "size": len(calendar) - 2}],
     uncertain=False)

# --- Forwarded mail as message/rfc822 --------------------------------------------------------------------------
inner = mail([("From", b"someone@example.com"), ("To", b"clinic@example.jp"),
              ("Subject", b_word("転送元の件名".encode("utf-8"), "UTF-8")), ("Date", b"Mon, 4 Mar 2024 10:00:00 +0900")] +
             COMMON + [("Content-Type", b"text/plain; charset=utf-8")],
             "これは添付されたメールの本文です。\r\n".encode("utf-8"))
case("forwarded-rfc822",
     mail([("From", b"clinic@example.jp"), ("To", b"room-d@example.org"), ("Subject", b"Fwd: referral"),
           ("Date", b"Thu, 21 Mar 2024 15:00:00 +0900")] + COMMON +
          [("Content-Type", b"multipart/mixed; boundary=fwd")],
          b"--fwd\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + "ご紹介のメールを転送します。\r\n".encode("utf-8") +
          b"--fwd\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" + inner +
          b"\r\n--fwd--\r\n"),
     text_equals="ご紹介のメールを転送します。", text_not_contains=["添付されたメールの本文"],
     attachments=[{"name": "転送元の件名", "type": "message/rfc822", "size": len(inner)}], uncertain=False)

# --- Quoted-printable corner cases ------------------------------------------------------------------------------
case("quoted-printable-edges",
     mail([("From", b"test@example.com"), ("To", b"room-k@example.org"), ("Subject", b"qp"),
           ("Date", b"Fri, 22 Mar 2024 10:00:00 +0900")] + COMMON +
          [("Content-Type", b"text/plain; charset=utf-8"), ("Content-Transfer-Encoding", b"quoted-printable")],
          b"soft=\r\nbreak and lower hex =e3=81=82 and upper =E3=81=84\r\n"
          b"broken =ZZ escape and = alone and 100%=\r\n\r\n"
          b"trailing spaces removed   \r\nlast line"),
     text_equals="softbreak and lower hex あ and upper い\nbroken =ZZ escape and = alone and 100%\n"
                 "trailing spaces removed\nlast line",
     uncertain=True)

# --- Addresses: groups, comments, encoded names in quotes, glued encoded-words, lower-case b/q ---------------------------
case("addresses",
     mail([("From", b'"=?UTF-8?B?' + base64.b64encode("さくら".encode()) + b'?=" <sakura@example.jp>'),
           ("To", b"undisclosed-recipients:;"),
           ("Cc", b"Hosts: =?utf-8?q?=E3=83=9B=E3=82=B9=E3=83=88A?=<host-a@example.org>, host-b@example.org "
                  b"(=?iso-2022-jp?b?" + base64.b64encode(iconv("ホストB", "ISO-2022-JP")) + b"?=);, "
                  b"\"Yamada, Taro\" <taro@example.com>, <@route.example.com:routed@example.com>"),
           ("Reply-To", b"=?UTF-8?B?" + base64.b64encode("さくら（返信先）".encode()) + b"?=\r\n <reply@example.jp>"),
           ("Subject", b"=?utf-8?q?=E3=81=82?= =?utf-8?q?=E3=81=84?= plain =?UTF-8?B?" +
            base64.b64encode("う".encode()) + b"?=text"),
           ("Date", b"22 Mar 2024 23:00 JST")] + COMMON + [("Content-Type", b"text/plain; charset=us-ascii")],
          b"addresses\r\n"),
     subject="あい plain うtext", from_name="さくら", from_address="sakura@example.jp",
     reply_to_address="reply@example.jp", to_addresses=[],
     cc_addresses=["host-a@example.org", "host-b@example.org", "taro@example.com", "routed@example.com"],
     date_utc="2024-03-22T14:00:00Z", text_equals="addresses", uncertain=False)

# --- Latin-1 / windows-1252 ----------------------------------------------------------------------------------------
case("latin1",
     mail([("From", b"=?iso-8859-1?q?Ren=E9e?= <renee@example.com>"), ("To", b"room-g@example.org"),
           ("Subject", b"=?windows-1252?Q?Caf=E9_=96_=80uro?="),
           ("Date", b"Sat, 23 Mar 2024 10:00:00 +0100")] + COMMON +
          [("Content-Type", b"text/plain; charset=ISO-8859-1"), ("Content-Transfer-Encoding", b"quoted-printable")],
          b"Bonjour, je m'appelle Ren=E9e. =C0 bient=F4t.\r\n"),
     subject="Café – €uro", from_name="Renée", date_utc="2024-03-23T09:00:00Z",
     text_contains=["je m'appelle Renée. À bientôt."], uncertain=False)

# --- No MIME at all: raw UTF-8 Subject and body (RFC 6532 style) ----------------------------------------------------
case("raw-utf8-no-mime",
     header("From", "こはる <koharu@example.jp>".encode()) + header("To", b"room-n@example.org") +
     header("Subject", "生のUTF-8件名".encode()) + header("Date", b"Sun, 24 Mar 2024 06:00:00 +0900") + CRLF +
     "ラベルなしのUTF-8本文。\r\n".encode(),
     subject="生のUTF-8件名", from_name="こはる", from_address="koharu@example.jp",
     text_contains=["ラベルなしのUTF-8本文。"], uncertain=True)

# --- 8bit and binary transfer encodings --------------------------------------------------------------------------
case("binary-cte",
     mail([("From", b"bin@example.com"), ("To", b"room-a@example.org"), ("Subject", b"binary"),
           ("Date", b"Sun, 24 Mar 2024 07:00:00 +0900")] + COMMON +
          [("Content-Type", b"multipart/mixed; boundary=bb")],
          b"--bb\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
          "バイナリ転送の本文\r\n".encode() +
          b"--bb\r\nContent-Type: application/octet-stream; name=data.bin\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
          bytes(range(256)) + b"\r\n--bb--\r\n"),
     text_equals="バイナリ転送の本文",
     attachments=[{"name": "data.bin", "type": "application/octet-stream", "size": 256}], uncertain=False)

# --- Dates in obsolete forms -------------------------------------------------------------------------------------
for index, (value, utc) in enumerate([
        (b"Tue,  5 Mar 2024 19:00:00 +0900 (JST)", "2024-03-05T10:00:00Z"),
        (b"5 Mar 24 19:00 JST", "2024-03-05T10:00:00Z"),
        (b"Tuesday, 05-Mar-2024 19:00:00 GMT", "2024-03-05T19:00:00Z"),
        (b"Tue Mar  5 19:00:00 2024 +0900", "2024-03-05T10:00:00Z"),
        (b"Tue, 05 Mar 99 19:00:00 -0500", "1999-03-06T00:00:00Z"),
        (b"not a date at all", None)]):
    case("date-%d" % (index + 1),
         mail([("From", b"date@example.com"), ("Subject", b"date " + value), ("Date", value)], b"date test\r\n"),
         date_utc=utc, text_equals="date test", uncertain=utc is None)

# --- Encoded-word leniency in the Subject ------------------------------------------------------------------------
case("encoded-word-lenient",
     mail([("From", b"x@example.com"), ("To", b"room-n@example.org"),
           ("Subject", b'"=?UTF-8?B?' + base64.b64encode("引用内".encode()) + b'?=" and=?utf-8?b?' +
            base64.b64encode("くっつき".encode()) + b"?=glued =?ISO-2022-JP?B?" +
            base64.b64encode(iconv("ＪＩＳ", "ISO-2022-JP")) + b"?=\r\n\t=?UTF-8?Q?_UTF8?="),
           ("Date", b"Mon, 25 Mar 2024 12:00:00 +0900")] + COMMON + [("Content-Type", b"text/plain")],
          b"lenient\r\n"),
     subject="\"引用内\" andくっつきglued ＪＩＳ UTF8", text_equals="lenient", uncertain=False)

# --- A form service that sends UTF-8 labelled Shift_JIS ---------------------------------------------------------------
case("form-utf8-labelled-sjis",
     mail([("From", b"forms@example.com"), ("Reply-To", b"tsubasa@example.jp"), ("To", b"room-ng@example.org"),
           ("Subject", b"=?Shift_JIS?B?" + base64.b64encode("お問い合わせ".encode()) + b"?="),
           ("Date", b"Mon, 25 Mar 2024 13:00:00 +0900")] + COMMON +
          [("Content-Type", b"text/plain; charset=Shift_JIS"), ("Content-Transfer-Encoding", b"8bit")],
          crlf("お名前：つばさ\n依存の対象：ゲーム\n".encode())),
     subject="お問い合わせ", reply_to_address="tsubasa@example.jp",
     text_contains=["お名前：つばさ", "依存の対象：ゲーム"], uncertain=True)


def main():
    for name in os.listdir(HERE):
        if name.endswith(".eml") or name.endswith(".json"):
            os.remove(os.path.join(HERE, name))
    for name, (eml, expected) in sorted(CASES.items()):
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
    print("%d cases written" % len(CASES))


if __name__ == "__main__":
    main()
