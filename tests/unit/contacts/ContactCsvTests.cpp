// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactCsv.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QStringEncoder>

using namespace tsunagu;

namespace {

Room room(qint64 id, const QString& code)
{
    Room r;
    r.id = id;
    r.code = code;
    return r;
}

ContactCsv::Plan readOk(const QByteArray& bytes, const QVector<Contact>& existing = {})
{
    ContactCsv::ReadError error = ContactCsv::ReadError::None;
    const QVector<Room> rooms{room(1, QStringLiteral("D")), room(2, QStringLiteral("N女")),
                              room(3, QStringLiteral("G"))};
    ContactCsv::Plan plan = ContactCsv::read(bytes, existing, rooms, &error);
    REQUIRE(error == ContactCsv::ReadError::None);
    return plan;
}

} // namespace

TEST_CASE("the directory goes out as an Excel-friendly CSV and comes back the same", "[contacts][csv]")
{
    ContactRow row;
    Contact& c = row.contact;
    c.organisation = QStringLiteral("みどり台メンタルクリニック, 本院"); // a comma inside a cell
    c.kind = ContactKind::SpecialistClinic;
    c.region = QStringLiteral("大阪府");
    c.city = QStringLiteral("大阪市北区");
    c.person = QStringLiteral("山野");
    c.personRole = QStringLiteral("精神保健福祉士");
    c.phone = QStringLiteral("+81-6-0000-0000"); // a formula to Excel unless protected
    c.email = QStringLiteral("info@midoridai.example.jp");
    c.web = QStringLiteral("https://midoridai.example.jp");
    c.address = QStringLiteral("大阪市北区1-2-3");
    c.roleNotes = QStringLiteral("依存症外来。\n「初診」の方に案内。"); // a line break and quotes inside a cell
    c.lastContactOn = QDate(2026, 10, 1);
    c.nextFollowUpOn = QDate(2027, 1, 15);
    c.notes = QStringLiteral("待合室に掲示");
    c.referralCode = QStringLiteral("MD01");
    c.roomIds = {1, 2};
    row.roomCodes = {QStringLiteral("D"), QStringLiteral("N女")};

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(ContactCsv::write(buffer, {row}));
    const QByteArray bytes = buffer.data();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs to read UTF-8
    CHECK(bytes.contains("\r\n"));
    CHECK(bytes.contains(QStringLiteral("団体名,種別,都道府県").toUtf8()));

    const ContactCsv::Plan plan = readOk(bytes);
    CHECK(plan.encoding.contains(QStringLiteral("UTF-8")));
    CHECK(plan.unknownColumns.isEmpty());
    CHECK(plan.skipped.isEmpty());
    CHECK(plan.unread.isEmpty());
    REQUIRE(plan.contacts.size() == 1);
    const Contact& back = plan.contacts.first();
    CHECK(back.organisation == c.organisation);
    CHECK(back.kind == c.kind);
    CHECK(back.region == c.region);
    CHECK(back.city == c.city);
    CHECK(back.person == c.person);
    CHECK(back.personRole == c.personRole);
    CHECK(back.phone == c.phone);
    CHECK(back.email == c.email);
    CHECK(back.web == c.web);
    CHECK(back.address == c.address);
    CHECK(back.roleNotes == c.roleNotes);
    CHECK(back.lastContactOn == c.lastContactOn);
    CHECK(back.nextFollowUpOn == c.nextFollowUpOn);
    CHECK(back.notes == c.notes);
    CHECK(back.referralCode == c.referralCode);
    CHECK(back.roomIds == c.roomIds);

    SECTION("imported twice, nothing is added the second time")
    {
        const ContactCsv::Plan again = readOk(bytes, {back});
        CHECK(again.contacts.isEmpty());
        REQUIRE(again.skipped.size() == 1);
        CHECK(again.skipped.first().why == ContactCsv::Plan::Skipped::Why::Duplicate);
        CHECK(again.skipped.first().line == 2);
    }
}

TEST_CASE("a host's own spreadsheet from older Excel (Shift_JIS) is read and converted", "[contacts][csv]")
{
    const QString text =
        QStringLiteral("機関名,種類,地域,市町村,担当,TEL,ＦＡＸ,備考,対象ルーム,最終連絡\r\n"
                       "さくら通りこころのクリニック,クリニック,京都府,架空京区,中西,075-000-0707,075-000-0708,掲示OK,"
                       "G、D,2026/9/3\r\n"
                       "ほしぞら自助グループ,自助ｸﾞﾙｰﾌﾟ,愛知県,架空市,ユウ,,,,G,2026年8月1日\r\n"
                       "さくら通りこころのクリニック,クリニック,京都府,架空京区,,,,,,\r\n" // the same place twice
                       ",病院,大阪府,,,,,,,\r\n"                                           // no name
                       "どこかの相談所,相談所,大阪府,,,,,,Z,いつか\r\n"); // kind, room and date not understood
    QStringEncoder toSjis("Shift_JIS");
    const QByteArray bytes = toSjis.encode(text);
    REQUIRE_FALSE(toSjis.hasError());
    REQUIRE(bytes.toHex().contains("8b40")); // really Shift_JIS (機 = 0x8B40), not UTF-8

    const ContactCsv::Plan plan = readOk(bytes);
    CHECK(plan.encoding.contains(QStringLiteral("Shift_JIS"), Qt::CaseInsensitive));
    CHECK(plan.unknownColumns == QStringList{QStringLiteral("ＦＡＸ")});
    REQUIRE(plan.contacts.size() == 3);
    const Contact& clinic = plan.contacts.at(0);
    CHECK(clinic.organisation == QStringLiteral("さくら通りこころのクリニック"));
    CHECK(clinic.kind == ContactKind::Clinic);
    CHECK(clinic.region == QStringLiteral("京都府"));
    CHECK(clinic.city == QStringLiteral("架空京区"));
    CHECK(clinic.phone == QStringLiteral("075-000-0707"));
    CHECK(clinic.notes == QStringLiteral("掲示OK"));
    CHECK(clinic.roomIds == QVector<qint64>{3, 1});
    CHECK(clinic.lastContactOn == QDate(2026, 9, 3));
    const Contact& group = plan.contacts.at(1);
    CHECK(group.kind == ContactKind::SelfHelpGroup); // half-width katakana folded
    CHECK(group.lastContactOn == QDate(2026, 8, 1));
    const Contact& unknown = plan.contacts.at(2);
    CHECK(unknown.kind == ContactKind::Other);
    CHECK_FALSE(unknown.lastContactOn.isValid());
    CHECK(unknown.roomIds.isEmpty());
    CHECK(plan.unread.size() == 3);

    REQUIRE(plan.skipped.size() == 2);
    CHECK(plan.skipped.at(0).line == 4);
    CHECK(plan.skipped.at(0).why == ContactCsv::Plan::Skipped::Why::Duplicate);
    CHECK(plan.skipped.at(1).line == 5);
    CHECK(plan.skipped.at(1).why == ContactCsv::Plan::Skipped::Why::NoOrganisation);
}

TEST_CASE("a CSV Tsunagu cannot use says why and gives nothing to store", "[contacts][csv]")
{
    const QVector<Room> rooms;
    ContactCsv::ReadError error = ContactCsv::ReadError::None;
    auto plan = ContactCsv::read(QByteArray("name,phone\r\nA,1\r\n"), {}, rooms, &error);
    CHECK(error == ContactCsv::ReadError::NoOrganisationColumn);
    CHECK(plan.contacts.isEmpty());
    plan = ContactCsv::read(QByteArray("\xEF\xBB\xBF\r\n\r\n"), {}, rooms, &error);
    CHECK(error == ContactCsv::ReadError::Empty);
    plan = ContactCsv::read(QByteArray(ContactCsv::s_maxBytes + 1, 'a'), {}, rooms, &error);
    CHECK(error == ContactCsv::ReadError::TooLarge);

    // English headers, a referral code used twice in one file.
    plan = ContactCsv::read(
        QByteArray("Organization,Kind,Referral code\r\nA clinic,clinic,X1\r\nB clinic,hospital,x1\r\n"), {}, rooms,
        &error);
    CHECK(error == ContactCsv::ReadError::None);
    REQUIRE(plan.contacts.size() == 1);
    CHECK(plan.contacts.first().kind == ContactKind::Clinic);
    REQUIRE(plan.skipped.size() == 1);
    CHECK(plan.skipped.first().why == ContactCsv::Plan::Skipped::Why::DuplicateCode);
}
