#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write a deterministic corpus of realistic Japanese intake mails for `tsunagu mail bench` and gmime_bench.

Run with Debian's /usr/bin/python3 (standard library only):

    /usr/bin/python3 tests/bench/generate_intake_mails.py OUTDIR [--count 10000] [--seed 20240512]

Every mail is about 4 KB (2.5-6.5 KB, the self-introduction length varies). The kinds, like real intake:

  a  iso2022jp  Windows mailers (Outlook and friends): "ISO-2022-JP" that is really Microsoft's CP50220 -
                ESC $ B with NEC row 13 (①②③, ㈱, Ⅰ, №) and NEC-selected IBM extensions (髙, 﨑) in JIS
                rows 89-92, FULLWIDTH TILDE ～ as JIS 0x2141. Subject and display name RFC 2047 B-encoded
                ISO-2022-JP, body 7bit. Fields written by hand as "項目：値".
  b  form-utf8  a web form service as sender (no-reply), the applicant in Reply-To, UTF-8 base64 body with
                "【お名前】…【メールアドレス】…【自己紹介】…" fields, subject B-encoded UTF-8.
  c  sjis-phone old carrier phones: Shift_JIS (CP932) 8bit body with half-width kana and sometimes ①,
                subject Q- or B-encoded Shift_JIS, fields as "■項目" with the value on the next line.
  d  alt-html / attach  multipart/alternative text (UTF-8 quoted-printable) + HTML; multipart/mixed with an
                ISO-2022-JP text and a small attachment (RFC 2231 file name).

a, b and c are about 31 % each, d the rest. Only fictional people; addresses on example.org / example.jp.

Python has no CP50220 codec ('iso2022_jp_ext' has no NEC row 13; 'iso2022_jp_2004' / '_3' write ① as
JIS X 0213 after ESC $ ( Q, which is not what Windows sends) and glibc iconv has none either, so CP50220 is
encoded here from CP932: every double-byte Shift_JIS code maps 1:1 onto a JIS X 0208 row/cell, which is
exactly what Microsoft's CP50220 writes after ESC $ B (IBM extensions first mapped to their NEC-selected
codes, which Python's cp932 encoder already prefers).

Besides the .eml files, OUTDIR/manifest.tsv lists per file: kind, the expected decoded subject, whether the
subject holds ① or ㈱, and the Windows-extension characters that must survive in the decoded text.
"""
import argparse
import base64
import datetime
import os
import random
import sys

# Characters whose survival is checked: the CP932 / CP50220 extensions that iconv-based decoders lose.
WINDOWS_EXTENSIONS = "①②③④⑤⑥⑦⑧⑨⑩㈱㈲Ⅰ№髙﨑～"
SUBJECT_MARKERS = "①㈱"

# --------------------------------------------------------------------------------------------------------------
# Encoders


def _nec_selected_map():
    """IBM extension (0xFA40-0xFC4B) -> NEC-selected IBM extension (0xED40-0xEEFC), by Unicode value."""
    nec = {}
    for lead in (0xED, 0xEE):
        for trail in range(0x40, 0xFD):
            if trail == 0x7F:
                continue
            try:
                nec[bytes([lead, trail]).decode("cp932")] = bytes([lead, trail])
            except UnicodeDecodeError:
                pass
    return nec


NEC_SELECTED = _nec_selected_map()


def sjis_to_jis(b1, b2):
    if b1 >= 0xE0:
        b1 -= 0x40
    j1 = (b1 - 0x81) * 2 + 0x21
    if b2 >= 0x9F:
        j1 += 1
        j2 = b2 - 0x9F + 0x21
    else:
        j2 = b2 - 0x40 + 0x21 - (1 if b2 >= 0x80 else 0)
    return j1, j2


def jis_to_sjis(j1, j2):
    b1 = (j1 - 0x21) // 2 + 0x81
    if b1 >= 0xA0:
        b1 += 0x40
    if j1 % 2:  # odd row
        b2 = j2 - 0x21 + 0x40
        if b2 >= 0x7F:
            b2 += 1
    else:
        b2 = j2 - 0x21 + 0x9F
    return b1, b2


_CP50220_CACHE = {}


def _cp50220_pair(ch):
    """The JIS X 0208 row/cell Windows writes for one non-ASCII character, checked by the inverse mapping."""
    pair = _CP50220_CACHE.get(ch)
    if pair is None:
        if 0xFF61 <= ord(ch) <= 0xFF9F:
            raise ValueError("half-width kana: CP50220 would widen it, keep it out of the templates")
        sjis = ch.encode("cp932")
        if len(sjis) != 2 or 0xF0 <= sjis[0] < 0xFA:
            raise ValueError("not in CP50220: %r" % ch)
        if sjis[0] >= 0xFA:
            sjis = NEC_SELECTED[ch]
        j1, j2 = sjis_to_jis(sjis[0], sjis[1])
        assert 0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E, (ch, sjis)
        assert bytes(jis_to_sjis(j1, j2)).decode("cp932") == ch, ch
        pair = _CP50220_CACHE[ch] = bytes([j1, j2])
    return pair


def encode_cp50220(text):
    """Encode like Windows' CP50220 ("ISO-2022-JP" as Outlook sends it). Ends in ASCII. No half-width kana."""
    out = bytearray()
    jis = False
    for ch in text:
        if ch < "\x80":
            if jis:
                out += b"\x1b(B"
                jis = False
            out += ch.encode("ascii")
        else:
            if not jis:
                out += b"\x1b$B"
                jis = True
            out += _cp50220_pair(ch)
    if jis:
        out += b"\x1b(B"
    return bytes(out)


def decode_cp50220(data):
    """The inverse, only to check the encoder (round trip)."""
    out = []
    jis = False
    i = 0
    while i < len(data):
        if data[i:i + 3] == b"\x1b$B":
            jis, i = True, i + 3
        elif data[i:i + 3] == b"\x1b(B":
            jis, i = False, i + 3
        elif jis:
            b1, b2 = jis_to_sjis(data[i], data[i + 1])
            out.append(bytes([b1, b2]).decode("cp932"))
            i += 2
        else:
            out.append(chr(data[i]))
            i += 1
    return "".join(out)


def _split_by_encoded_size(text, encode, limit):
    """Split text into chunks whose encoding is at most limit bytes (never inside a character)."""
    chunks, current = [], ""
    for ch in text:
        if current and len(encode(current + ch)) > limit:
            chunks.append(current)
            current = ch
        else:
            current += ch
    if current:
        chunks.append(current)
    return chunks


def encoded_words_b(text, charset, encode):
    """RFC 2047 B encoded-words, each at most 75 characters and each a complete sequence in its charset."""
    prefix = "=?%s?B?" % charset
    room = 75 - len(prefix) - 2
    raw_limit = room // 4 * 3
    words = []
    for chunk in _split_by_encoded_size(text, encode, raw_limit):
        words.append(prefix + base64.b64encode(encode(chunk)).decode("ascii") + "?=")
    return words


def encoded_words_q(text, charset, encode):
    """RFC 2047 Q encoded-words: ASCII letters and digits as they are, space as _, every other byte as =XX."""
    def q(chunk):
        out = []
        for byte in encode(chunk):
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isascii() and c.isalnum():
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    prefix = "=?%s?Q?" % charset
    room = 75 - len(prefix) - 2
    words = []
    for chunk in _split_by_encoded_size(text, lambda s: q(s).encode("ascii"), room):
        words.append(prefix + q(chunk) + "?=")
    return words


def fold_words(name, words):
    """A header of encoded-words, one word per line after the first (folding whitespace between them)."""
    return name + ": " + "\r\n ".join(words)


def quoted_printable(data):
    """Quoted-printable body (RFC 2045) with CRLF line ends and soft breaks under 76 characters."""
    lines_out = []
    for line in data.split(b"\n"):
        line = line.rstrip(b"\r")
        enc = []
        for i, byte in enumerate(line):
            if byte == 0x3D or byte > 0x7E or (byte < 0x20 and byte != 0x09) or (
                    byte in (0x20, 0x09) and i == len(line) - 1):
                enc.append("=%02X" % byte)
            else:
                enc.append(chr(byte))
        current = ""
        for piece in enc:
            if len(current) + len(piece) > 75:
                lines_out.append(current + "=")
                current = ""
            current += piece
        lines_out.append(current)
    return "\r\n".join(lines_out)


def base64_lines(data, width=76):
    text = base64.b64encode(data).decode("ascii")
    return "\r\n".join(text[i:i + width] for i in range(0, len(text), width))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# --------------------------------------------------------------------------------------------------------------
# Fictional content

# code, name, reception address (as in the demo profile), subject of concern, theme of the sentences
ROOMS = [
    ("D", "ルームD", "room-d@example.jp", "アルコール", "alcohol"),
    ("DA", "ルームDA（女性のみ）", "room-da@example.jp", "アルコール", "alcohol"),
    ("DF", "ルームDF（家族）", "room-df@example.jp", "アルコール", "alcohol"),
    ("N", "ルームN", "room-n@example.jp", "薬物", "drugs"),
    ("NF", "ルームNF（家族）", "room-nf@example.jp", "薬物（市販薬を含む）", "drugs"),
    ("G", "ルームG", "room-g@example.jp", "ギャンブル", "gambling"),
    ("NG", "ルームNG", "room-ng@example.jp", "ネット・ゲーム", "gaming"),
    ("E", "ルームE", "room-e@example.jp", "摂食障害", "eating"),
    ("K", "ルームK", "room-k@example.jp", "クレプトマニア（窃盗症）", "klepto"),
]

SURNAMES = ["髙橋", "山﨑", "佐藤", "鈴木", "田中", "渡辺", "伊藤", "中村", "小林", "加藤", "吉田", "山本",
            "松本", "井上", "木村", "林", "清水", "森", "池田", "橋本", "石川", "前田", "藤田", "岡田"]
GIVEN = ["花子", "太郎", "美咲", "健一", "陽子", "大輔", "由美", "翔", "直子", "誠", "恵", "拓也", "真理子",
         "浩", "智子", "亮", "千尋", "修", "明美", "悠斗"]
ROMAJI = {"髙橋": "takahashi", "山﨑": "yamasaki", "佐藤": "sato", "鈴木": "suzuki", "田中": "tanaka",
          "渡辺": "watanabe", "伊藤": "ito", "中村": "nakamura", "小林": "kobayashi", "加藤": "kato",
          "吉田": "yoshida", "山本": "yamamoto", "松本": "matsumoto", "井上": "inoue", "木村": "kimura",
          "林": "hayashi", "清水": "shimizu", "森": "mori", "池田": "ikeda", "橋本": "hashimoto",
          "石川": "ishikawa", "前田": "maeda", "藤田": "fujita", "岡田": "okada"}
NICKNAMES = ["はな", "そら", "みどり", "ひまわり", "つきみ", "かける", "いっぽ", "あおぞら", "はるかぜ", "メープル",
             "しろくま", "ぴこ", "みずいろ", "こもれび", "なぎ", "ゆう", "あさひ", "くるみ", "たんぽぽ", "のぞみ",
             "ゆきんこ", "さくら", "かえで", "ほたる"]
NICK_ROMAJI = ["hana", "sora", "midori", "himawari", "tsukimi", "kakeru", "ippo", "aozora", "harukaze",
               "maple", "shirokuma", "piko", "mizuiro", "komorebi", "nagi", "yu", "asahi", "kurumi",
               "tanpopo", "nozomi", "yukinko", "sakura", "kaede", "hotaru"]
CATEGORIES = ["ご本人", "ご本人", "ご本人", "ご家族", "ご家族", "支援者", "その他"]
GENDERS = ["女性", "男性", "女性", "男性", "回答しない", "その他"]
AGES = ["10代", "20代", "30代", "40代", "50代", "60代", "70代以上"]
PREFECTURES = ["北海道", "宮城県", "東京都", "神奈川県", "埼玉県", "千葉県", "愛知県", "静岡県", "大阪府", "京都府",
               "兵庫県", "広島県", "福岡県", "熊本県", "沖縄県", "長野県", "新潟県"]
ABROAD = [("ドイツ（ベルリン）", "日本より8時間遅れ"), ("アメリカ（シアトル）", "日本より17時間遅れ"),
          ("オーストラリア（シドニー）", "日本より1時間早い"), ("タイ（バンコク）", "日本より2時間遅れ")]
REFERRALS = ["①専門クリニックの主治医から", "②保健所の相談窓口", "③精神保健福祉センターのパンフレット",
             "自助グループの仲間から", "保護観察所の担当の方", "インターネット検索", "病院のポスター（QRコード）",
             "家族会の紹介", "回復施設のスタッフの方"]
COMPANIES = ["㈱サンプル商事", "㈱つなぎ工業", "㈲みどり設計", "㈱エグザンプル物流", "㈱ひかり食品"]

OPENERS = {
    "ご本人": [
        "はじめまして。{nick}と申します。{concern}の問題で、ここ数年ずっと悩んでいます。",
        "初めてメールします。{nick}です。{concern}をやめたいと思いながら、なかなか続きません。",
        "{nick}と申します。主治医に勧められて、{room}への参加を希望しています。",
    ],
    "ご家族": [
        "はじめまして。{nick}と申します。夫の{concern}のことで相談させてください。",
        "{nick}です。息子が{concern}の問題を抱えており、家族としてどう関わればよいか悩んでいます。",
        "初めてご連絡します。母の{concern}のことで、家族の集まりに参加したいと考えています。",
    ],
    "支援者": [
        "相談支援の仕事をしている{nick}と申します。担当している方への情報提供のため、見学をお願いできますか。",
        "訪問看護に携わっている{nick}です。{room}のことを利用者さんに紹介したく、ご連絡しました。",
    ],
    "その他": [
        "{nick}と申します。自分が当事者なのかどうか分からないのですが、話を聞いてみたくてメールしました。",
    ],
}

COMMON_SENTENCES = [
    "通院は続けていますが、同じ悩みを持つ方と話す機会がなく、孤独を感じています。",
    "近くに自助グループの会場がなく、仕事の都合で昼間の集まりにも行けません。",
    "オンラインなら夜でも参加できると聞き、思い切って申し込むことにしました。",
    "人前で話すのは苦手なので、最初は聞くだけの参加でもよろしいでしょうか。",
    "カメラをオフにして参加することはできますか。顔を出すのにまだ抵抗があります。",
    "①火曜日、②金曜日のどちらでも参加できます。～21時までなら大丈夫です。",
    "③の日程は仕事があるため、①か②でお願いできればと思います。",
    "以前、地域のミーティングに何回か通ったことがありますが、引っ越してから途切れてしまいました。",
    "職場（㈱勤務の会社員です）には話していないので、匿名で参加できると助かります。",
    "以前は㈱の営業職でしたが、今は休職して治療に専念しています。",
    "子どもが小さいので、寝かしつけの後の時間なら参加しやすいです。",
    "ミーティングの雰囲気が分からず不安ですが、まずは一度参加してみたいです。",
    "同じ経験をした方の話を聞けば、自分にも何かできることが見つかるかもしれないと思っています。",
    "主治医の髙木先生（仮名）にも参加について相談し、勧めていただきました。",
    "ルールや参加の流れについて、事前に教えていただけると安心です。",
    "返信はこのアドレスにお願いいたします。迷惑メールに入らないよう設定しておきます。",
    "夜勤のある仕事なので、参加できる週とできない週があります。",
    "住所や本名をお伝えしなくても参加できるのか、念のため確認させてください。",
    "資料は№1から順番に読んでみましたが、分からないところは当日質問させてください。",
]

# Sentences of the person (ご本人 and その他) and of a family member, per theme.
PERSON_SENTENCES = {
    "alcohol": ["最初は仕事の付き合いで始まったのですが、気がつくと毎日飲むようになっていました。",
                "昨年の健康診断で医師から強く注意され、ようやく自分の問題として向き合う気持ちになりました。",
                "断酒して三か月になります。毎日が手探りですが、今は続けられています。",
                "Ⅰ期・Ⅱ期と入院治療を受け、退院後のつながりを探しています。",
                "平日の夜は一人で過ごすことが多く、寂しさを紛らわすために飲んでいた気がします。"],
    "drugs": ["薬をやめて半年ほどです。回復施設を出てからの生活に不安があります。",
              "市販薬の量が少しずつ増えていき、仕事に行けない日が出てきました。",
              "再発を繰り返していて、今度こそ仲間とつながりながら回復したいと思っています。",
              "病院の依存症プログラムを修了し、その後のつながりを探しています。"],
    "gambling": ["パチンコ店の前を通らないように、通勤の道を変えました。",
                 "借金の返済がまだ残っていて、生活を立て直しているところです。",
                 "家計の管理は妻にお願いし、自分ではお金を持たないようにしています。",
                 "スマートフォンの公営競技のアプリを消しましたが、気がつくとまた入れてしまいます。"],
    "gaming": ["夜中にスマートフォンを手放せず、朝起きられない日が続いています。",
               "ゲームのアカウントを削除しましたが、気がつくと別のゲームを始めてしまいます。",
               "課金の額が月に数万円になり、さすがにまずいと思うようになりました。"],
    "eating": ["食事のことで頭がいっぱいになり、人との約束を断ってしまうことが増えました。",
               "体重のことを家族に言われるのがつらく、食事の時間が怖くなることがあります。",
               "過食と嘔吐を繰り返していて、誰にも相談できずにいました。"],
    "klepto": ["万引きを繰り返してしまい、保護観察中です。担当の方からこちらを紹介されました。",
               "お金は持っているのに、なぜ盗ってしまうのか自分でも分かりません。",
               "スーパーに一人で行かないようにして、買い物は家族と一緒にしています。"],
}
FAMILY_SENTENCES = {
    "alcohol": ["夫は何度も断酒を約束しましたが、そのたびに飲んでしまいます。",
                "家族には何度も約束を破られ、信頼できなくなってしまったことが一番つらいです。"],
    "drugs": ["息子は回復施設に通い始めましたが、家族としてどう接すればよいか分かりません。",
              "本人はまだ問題を認めていませんが、私自身が少しでも楽になりたいと思っています。"],
    "gambling": ["夫の借金が分かってから、毎日お金のことばかり考えてしまいます。",
                 "肩代わりはしないようにと言われましたが、なかなかできずにいます。"],
    "gaming": ["娘が部屋から出てこなくなり、ゲームを取り上げるべきか悩んでいます。"],
    "eating": ["娘の食事の様子が心配で、声のかけ方が分からなくなっています。"],
    "klepto": ["母が万引きで何度も捕まり、家族としてどうすればよいのか途方に暮れています。"],
}
FAMILY_COMMON = ["家族会に参加したことはありますが、同じ立場の方の体験談を聞くと本当に救われます。",
                 "本人を変えようとするより、まず自分のことを大切にするよう言われました。"]
CLOSING = "長文になってしまい申し訳ありません。どうぞよろしくお願いいたします。"

FORM_SERVICES = [("フォームメーラー", "noreply-form@example.org"), ("お問い合わせフォーム", "form-noreply@example.jp"),
                 ("Googleフォーム通知", "forms-receipts-noreply@example.org")]
X_MAILERS_A = ["Microsoft Outlook 16.0", "Microsoft Office Outlook 12.0", "Becky! ver. 2.75.03",
               "Microsoft Windows Live Mail 16.4.3528.331"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Person:
    def __init__(self, rng, index):
        self.surname = rng.choice(SURNAMES)
        self.given = rng.choice(GIVEN)
        k = rng.randrange(len(NICKNAMES))
        self.nick = NICKNAMES[k]
        self.address = "%s.%s%d@%s" % (NICK_ROMAJI[k], ROMAJI[self.surname][:4], 100 + index % 9000,
                                       rng.choice(["example.jp", "example.jp", "example.org"]))
        self.category = rng.choice(CATEGORIES)
        self.gender = rng.choice(GENDERS)
        self.age = rng.choice(AGES)
        if rng.random() < 0.08:
            self.region, self.time_zone = rng.choice(ABROAD)
        else:
            self.region, self.time_zone = rng.choice(PREFECTURES), None
        self.referral = rng.choice(REFERRALS)
        self.company = rng.choice(COMPANIES) if rng.random() < 0.3 else None


def mail_date(rng):
    day = rng.randrange(1, 29)
    month = rng.randrange(12)
    year = rng.choice([2022, 2023, 2024])
    hour, minute, second = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    weekday = WEEKDAYS[datetime.date(year, month + 1, day).weekday()]
    form = rng.random()
    core = "%d %s %d %02d:%02d:%02d +0900" % (day, MONTHS[month], year, hour, minute, second)
    if form < 0.7:
        return "%s, %s" % (weekday, core)
    if form < 0.85:
        return "%s, %s (JST)" % (weekday, core)
    return core


def message_id(rng, domain):
    return "<%08X.%06X.%d@%s>" % (rng.getrandbits(32), rng.getrandbits(24), rng.randrange(1000), domain)


def introduction(rng, person, room, extra_chars):
    """The self-introduction: an opener, then sentences (no repeats until the pool runs out), then a closing."""
    theme = room[4]
    opener = rng.choice(OPENERS[person.category]).format(nick=person.nick, concern=room[3], room=room[1])
    if person.category == "ご家族":
        pool = FAMILY_SENTENCES[theme] + FAMILY_COMMON + COMMON_SENTENCES
    else:
        pool = PERSON_SENTENCES[theme] + COMMON_SENTENCES
    parts, length, bag = [opener], len(opener), []
    while length < extra_chars:
        if not bag:
            bag = list(dict.fromkeys(pool))
            rng.shuffle(bag)
        s = bag.pop()
        parts.append(s)
        length += len(s)
    parts.append(CLOSING)
    return parts


def wrap_sentences(parts, width=38):
    """Lines of at most width characters; a new line after a sentence now and then, like a person writing."""
    lines, current = [], ""
    for n, sentence in enumerate(parts):
        current += sentence
        while len(current) > width:
            lines.append(current[:width])
            current = current[width:]
        if n % 3 == 2 and current:
            lines.append(current)
            current = ""
    if current:
        lines.append(current)
    return lines


# --------------------------------------------------------------------------------------------------------------
# The kinds of mail


def kind_a(rng, i, person, room, intro_chars):
    """Outlook-style ISO-2022-JP (CP50220) mail written by the applicant, fields as 項目：値."""
    prefix = rng.choice(["参加申し込み", "参加希望のご連絡", "ミーティング参加のお願い", "見学希望", "はじめまして、参加希望です"])
    room_label = rng.choice([room[1], "Room " + room[0], "ルーム" + room[0]])
    suffix = rng.choice(["（①火曜の会を希望）", "①②どちらでも参加できます", "（㈱勤務・会社員）", "【%s】" % person.surname,
                         "Ⅱ部のみ参加希望", "～初めての参加です～", "", ""])
    subject = "%s：%s%s" % (prefix, room_label, suffix) if rng.random() < 0.6 else "%s%s %s" % (
        room_label, suffix, prefix)
    name = "%s %s" % (person.surname, person.given)
    lines = ["%s 受付ご担当者様" % room[1], "", "はじめまして。%sと申します。" % person.surname,
             "下記のとおり参加を申し込みます。", ""]
    fields = [("お名前（ニックネーム）", person.nick), ("メールアドレス", person.address), ("区分", person.category),
              ("性別", person.gender), ("年代", person.age), ("お住まい", person.region)]
    if person.time_zone:
        fields.append(("時差", person.time_zone))
    fields += [("依存の対象", room[3]), ("どこで知りましたか", person.referral), ("希望ルーム", room_label)]
    for label, value in fields:
        lines.append("%s：%s" % (label, value))
    lines.append("自己紹介：")
    lines += wrap_sentences(introduction(rng, person, room, intro_chars))
    lines += ["", "以上、どうぞよろしくお願いいたします。", "", "--", name]
    if person.company:
        lines.append(person.company)
    body_text = "\r\n".join(lines) + "\r\n"
    body = b"".join(encode_cp50220(line) + b"\r\n" for line in body_text.split("\r\n")[:-1])
    if i < 50:
        assert decode_cp50220(body) == body_text, "CP50220 round trip"
    headers = [
        "Return-Path: <%s>" % person.address,
        fold_words("From", encoded_words_b(name, "ISO-2022-JP", encode_cp50220)) + " <%s>" % person.address,
        "To: %s" % room[2],
        fold_words("Subject", encoded_words_b(subject, "ISO-2022-JP", encode_cp50220)),
        "Date: %s" % mail_date(rng),
        "Message-ID: %s" % message_id(rng, person.address.split("@")[1]),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=\"iso-2022-jp\"",
        "Content-Transfer-Encoding: 7bit",
        "X-Mailer: %s" % rng.choice(X_MAILERS_A),
        "Content-Language: ja",
    ]
    return subject, body_text, ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body


def kind_b(rng, i, person, room, intro_chars):
    """Web form service: UTF-8 base64, 【項目】値, the applicant in Reply-To."""
    service, sender = rng.choice(FORM_SERVICES)
    subject = rng.choice(["【参加申し込みフォーム】%sに新しい申し込みがありました" % room[1],
                          "[%s] 参加申し込み（%s様）" % (room[1], person.nick),
                          "フォームから送信がありました：%s 参加申込" % room[1]])
    lines = ["%s の参加申し込みフォームから、以下の内容で送信がありました。" % room[1], "",
             "【お名前（ニックネーム）】%s" % person.nick, "【メールアドレス】%s" % person.address,
             "【ご本人/ご家族】%s" % person.category, "【性別】%s" % person.gender, "【年代】%s" % person.age,
             "【お住まいの地域】%s" % person.region]
    if person.time_zone:
        lines.append("【時差】%s" % person.time_zone)
    lines += ["【依存の対象】%s" % room[3], "【このルームを知ったきっかけ】%s" % person.referral,
              "【希望ルーム】%s" % room[1], "【自己紹介】"]
    lines += wrap_sentences(introduction(rng, person, room, intro_chars), width=60)
    lines += ["", "――――――――――――――――――――",
              "送信日時：%d/%02d/%02d %02d:%02d" % (rng.choice([2022, 2023, 2024]), rng.randrange(1, 13),
                                                 rng.randrange(1, 29), rng.randrange(24), rng.randrange(60)),
              "このメールは%sから自動送信されています。このメールには返信しないでください。" % service]
    body_text = "\r\n".join(lines) + "\r\n"
    headers = [
        "Return-Path: <%s>" % sender,
        fold_words("From", encoded_words_b(service, "UTF-8", lambda s: s.encode("utf-8"))) + " <%s>" % sender,
        "Reply-To: %s <%s>" % (" ".join(encoded_words_b(person.nick, "UTF-8", lambda s: s.encode("utf-8"))),
                               person.address),
        "To: %s" % room[2],
        fold_words("Subject", encoded_words_b(subject, "UTF-8", lambda s: s.encode("utf-8"))),
        "Date: %s" % mail_date(rng),
        "Message-ID: %s" % message_id(rng, sender.split("@")[1]),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        "X-Form-Id: intake-%s" % room[0].lower(),
    ]
    body = base64_lines(body_text.encode("utf-8")) + "\r\n"
    return subject, body_text, ("\r\n".join(headers) + "\r\n\r\n" + body).encode("ascii")


def kind_c(rng, i, person, room, intro_chars):
    """Old carrier phone: Shift_JIS 8bit, short lines, half-width kana, ■項目 with the value on the next line."""
    subject = rng.choice(["参加希望です", "%s参加したいです" % room[0], "ﾙｰﾑ%s 申込み" % room[0], "はじめまして①",
                          "%sの件" % room[1], "申込ｵﾈｶﾞｲｼﾏｽ"])
    lines = ["%sご担当様" % room[1], "", "ﾒｰﾙで失礼します｡", "", "■お名前", person.nick, "■メールアドレス",
             person.address, "■区分", person.category, "■性別", person.gender, "■年代", person.age,
             "■お住まい", person.region, "■依存の対象", room[3], "■紹介元", person.referral, "■自己紹介"]
    lines += wrap_sentences(introduction(rng, person, room, intro_chars), width=24)
    lines += ["", rng.choice(["よろしくお願いします｡", "ﾖﾛｼｸお願いします", "お返事待ってます"]), "", "-----",
              person.nick]
    body_text = "\r\n".join(lines) + "\r\n"
    encode = lambda s: s.encode("cp932")
    if rng.random() < 0.5:
        words = encoded_words_q(subject, rng.choice(["Shift_JIS", "SHIFT_JIS", "shift_jis"]), encode)
    else:
        words = encoded_words_b(subject, rng.choice(["Shift_JIS", "SHIFT_JIS"]), encode)
    headers = [
        "Return-Path: <%s>" % person.address,
        "From: %s" % person.address,
        "To: %s" % room[2],
        fold_words("Subject", words),
        "Date: %s" % mail_date(rng),
        "Message-ID: %s" % message_id(rng, person.address.split("@")[1]),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=\"Shift_JIS\"",
        "Content-Transfer-Encoding: 8bit",
    ]
    return subject, body_text, ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + encode(body_text)


def html_of(lines):
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"></head>",
           "<body style=\"font-family: sans-serif\">"]
    for line in lines:
        esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<div>%s</div>" % esc if esc else "<div><br></div>")
    out.append("</body></html>")
    return "\r\n".join(out) + "\r\n"


def kind_d_alternative(rng, i, person, room, intro_chars):
    """A webmail client: multipart/alternative, UTF-8 quoted-printable text and HTML."""
    subject = rng.choice(["%s 参加希望（%s）" % (room[1], person.nick), "参加申し込み ①金曜の会", "Re: %s のご案内" % room[1]])
    lines = ["%s ご担当者様" % room[1], "", "%sと申します。参加を希望します。" % person.nick, "",
             "ニックネーム: %s" % person.nick, "メール: %s" % person.address, "区分: %s" % person.category,
             "年代: %s" % person.age, "地域: %s" % person.region, "紹介元: %s" % person.referral, "メッセージ:"]
    lines += wrap_sentences(introduction(rng, person, room, intro_chars), width=40)
    lines += ["", "よろしくお願いいたします。"]
    body_text = "\r\n".join(lines) + "\r\n"
    boundary = "000000000000%012x" % rng.getrandbits(48)
    name = "%s %s" % (person.surname, person.given)
    headers = [
        "MIME-Version: 1.0",
        "From: %s <%s>" % (" ".join(encoded_words_b(name, "UTF-8", lambda s: s.encode("utf-8"))), person.address),
        "Date: %s" % mail_date(rng),
        "Message-ID: %s" % message_id(rng, "mail.example.org"),
        fold_words("Subject", encoded_words_b(subject, "UTF-8", lambda s: s.encode("utf-8"))),
        "To: %s" % room[2],
        "Content-Type: multipart/alternative; boundary=\"%s\"" % boundary,
    ]
    parts = [
        "--%s\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        % boundary + quoted_printable(body_text.encode("utf-8")),
        "--%s\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" % boundary
        + base64_lines(html_of(lines).encode("utf-8")),
    ]
    raw = "\r\n".join(headers) + "\r\n\r\n" + "\r\n".join(parts) + "\r\n--%s--\r\n" % boundary
    return subject, body_text, raw.encode("ascii")


def kind_d_attachment(rng, i, person, room, intro_chars):
    """multipart/mixed: ISO-2022-JP (CP50220) text and a small attachment with an RFC 2231 Japanese file name."""
    subject = rng.choice(["参加申し込み（紹介状を添付します）", "%s 申込書の送付" % room[1], "①申込書②紹介状を送ります"])
    lines = ["%s ご担当者様" % room[1], "", "%sです。申込書を添付いたしました。" % person.surname, "",
             "お名前：%s" % person.nick, "メールアドレス：%s" % person.address, "区分：%s" % person.category,
             "お住まい：%s" % person.region, "自己紹介："]
    lines += wrap_sentences(introduction(rng, person, room, intro_chars))
    lines += ["", "よろしくお願いいたします。", "--", "%s %s" % (person.surname, person.given)]
    body_text = "\r\n".join(lines) + "\r\n"
    body = b"".join(encode_cp50220(line) + b"\r\n" for line in body_text.split("\r\n")[:-1])
    boundary = "----=_NextPart_000_%04X_%08X.%08X" % (rng.getrandbits(16), rng.getrandbits(32),
                                                        rng.getrandbits(32))
    filename, ctype = rng.choice([("申込書.pdf", "application/pdf"), ("紹介状.pdf", "application/pdf"),
                                  ("メモ.txt", "text/plain")])
    if ctype == "application/pdf":
        payload = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(rng.getrandbits(8) for _ in range(900)) + b"\n%%EOF\n"
    else:
        payload = "参加希望日：①火曜 ②金曜\r\n".encode("cp932")
    fn = "".join(c if c.isascii() and c.isalnum() or c in ".-_" else "".join("%%%02X" % b for b in c.encode("utf-8"))
                 for c in filename)
    headers = [
        "From: %s <%s>" % (" ".join(encoded_words_b("%s %s" % (person.surname, person.given), "ISO-2022-JP",
                                                    encode_cp50220)), person.address),
        "To: %s" % room[2],
        fold_words("Subject", encoded_words_b(subject, "ISO-2022-JP", encode_cp50220)),
        "Date: %s" % mail_date(rng),
        "Message-ID: %s" % message_id(rng, person.address.split("@")[1]),
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed;\r\n\tboundary=\"%s\"" % boundary,
        "X-Mailer: %s" % rng.choice(X_MAILERS_A),
    ]
    raw = ("\r\n".join(headers) + "\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n").encode("ascii")
    raw += ("--%s\r\nContent-Type: text/plain;\r\n\tcharset=\"iso-2022-jp\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
            % boundary).encode("ascii") + body + b"\r\n"
    raw += ("--%s\r\nContent-Type: %s;\r\n\tname*=UTF-8''%s\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Disposition: attachment;\r\n\tfilename*=UTF-8''%s\r\n\r\n%s\r\n\r\n--%s--\r\n"
            % (boundary, ctype, fn, fn, base64_lines(payload), boundary)).encode("ascii")
    return subject, body_text, raw


# Bytes that one more character of self-introduction adds to the mail, per kind (measured on this generator).
KINDS = {
    "iso2022jp": (kind_a, 2.2),
    "form-utf8": (kind_b, 4.1),
    "sjis-phone": (kind_c, 2.1),
    "alt-html": (kind_d_alternative, 13.3),
    "attach": (kind_d_attachment, 2.2),
}


def pick_kind(rng):
    r = rng.random()
    if r < 0.31:
        return "iso2022jp"
    if r < 0.62:
        return "form-utf8"
    if r < 0.93:
        return "sjis-phone"
    return "alt-html" if r < 0.98 else "attach"


def make_mail(rng, i):
    kind = pick_kind(rng)
    person = Person(rng, i)
    room = rng.choice(ROOMS)
    if person.category == "ご家族" and rng.random() < 0.6:
        room = rng.choice([r for r in ROOMS if r[0] in ("DF", "NF")])
    target = min(6500, max(2500, int(rng.gauss(4096, 700))))
    build, bytes_per_char = KINDS[kind]
    state = rng.getstate()
    # Two passes: measure the mail without a self-introduction, then size the introduction to the target.
    _, _, bare = build(rng, i, person, room, 0)
    rng.setstate(state)
    intro_chars = max(20, int((target - len(bare)) / bytes_per_char))
    subject, text, raw = build(rng, i, person, room, intro_chars)
    return kind, subject, text, raw


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=20240512)
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    for old in os.listdir(args.outdir):
        if old.endswith(".eml"):
            os.remove(os.path.join(args.outdir, old))
    rng = random.Random(args.seed)
    total = 0
    counts = {}
    with open(os.path.join(args.outdir, "manifest.tsv"), "w", encoding="utf-8", newline="\n") as manifest:
        manifest.write("file\tkind\tsubject\tsubject_has_marker\ttext_markers\n")
        for i in range(args.count):
            kind, subject, text, raw = make_mail(rng, i)
            name = "%05d-%s.eml" % (i, kind)
            with open(os.path.join(args.outdir, name), "wb") as f:
                f.write(raw)
            total += len(raw)
            counts[kind] = counts.get(kind, 0) + 1
            markers = "".join(sorted(set(c for c in text if c in WINDOWS_EXTENSIONS)))
            subject_marker = "1" if any(c in SUBJECT_MARKERS for c in subject) else "0"
            manifest.write("%s\t%s\t%s\t%s\t%s\n" % (name, kind, subject, subject_marker, markers))
    print("%d mails (%.1f MB, %.0f bytes on average) in %s: %s" % (
        args.count, total / 1e6, total / max(1, args.count), args.outdir,
        ", ".join("%s %d" % (k, counts.get(k, 0)) for k in KINDS)))


if __name__ == "__main__":
    sys.exit(main())
