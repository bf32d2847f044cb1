// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactVCard.h"

#include <catch2/catch.hpp>

using namespace tsunagu;

TEST_CASE("a contact becomes a vCard 3.0 that address books read", "[contacts][vcard]")
{
    Contact c;
    c.organisation = QStringLiteral("みどり台メンタルクリニック");
    c.person = QStringLiteral("山野 花子");
    c.personRole = QStringLiteral("精神保健福祉士");
    c.phone = QStringLiteral("06-0000-0000");
    c.email = QStringLiteral("info@midoridai.example.jp");
    c.region = QStringLiteral("大阪府");
    c.city = QStringLiteral("大阪市北区");
    c.address = QStringLiteral("梅田1-2-3; 4階");
    c.roleNotes =
        QStringLiteral("依存症外来があり、初診の方にルームを案内してくださっています。待合室にポスターを掲示。");
    const QByteArray card = ContactVCard::write(c, QStringLiteral("クリニック"));

    CHECK(card.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    CHECK(card.endsWith("END:VCARD\r\n"));
    CHECK(card.contains(QStringLiteral("FN:山野 花子\r\n").toUtf8()));
    CHECK(card.contains(QStringLiteral("ORG:みどり台メンタルクリニック\r\n").toUtf8()));
    CHECK(card.contains(QStringLiteral("ADR;TYPE=WORK:;;梅田1-2-3\\; 4階;大阪市北区;大阪府;;\r\n").toUtf8()));
    CHECK(card.contains("EMAIL;TYPE=INTERNET,WORK:info@midoridai.example.jp\r\n"));
    // Every physical line is at most 75 octets and is valid UTF-8 on its own (no character cut in two).
    for (const QByteArray& line : card.split('\n')) {
        const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
        CHECK(bare.size() <= 75);
        CHECK(QString::fromUtf8(bare).toUtf8() == bare);
    }
    // Unfolded, the note is whole again.
    QByteArray unfolded = card;
    unfolded.replace("\r\n ", "");
    const QByteArray note = "NOTE:" + c.roleNotes.toUtf8();
    CHECK(unfolded.contains(note));
}
