// SPDX-License-Identifier: GPL-3.0-or-later
// The room an application is for, as the host sees it in the 受付 list: named in the form or the subject in any
// width or case, the longest code winning, and left empty for the host when nothing or several rooms are named.
#include "IntakeTestData.h"

#include "intake/RoomMatcher.h"

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QString bySubject(const char* subject)
{
    return RoomMatcher::match(u8(subject), FormFields(), test::intakeRooms());
}

FormFields roomField(const char* value)
{
    return FormFields({FormField{u8("希望ルーム"), u8(value), FieldKey::Room}});
}

} // namespace

TEST_CASE("A room named in the subject in any usual spelling is found", "[intake][room]")
{
    const struct
    {
        const char* subject;
        const char* code;
    } rows[] = {
        {"Room N 参加申し込み", "N"},
        {"RoomN 参加申し込み", "N"},
        {"ルームN 参加申し込み", "N"},
        {"ルーム N 参加申し込み", "N"},
        {"ルームＮ 参加申し込み", "N"},
        {"Room NF 参加申し込み", "NF"},
        {"RoomNF参加申し込み", "NF"},
        {"RoomN女 参加希望", "N女"},
        {"ルームＮ女へ申し込み", "N女"},
        {"ルームE 参加申込", "E"},
        {"ルームＥ 参加申込", "E"},
        {"ＲｏｏｍＤＡ 申し込み", "DA"},
        {"room da: application", "DA"},
        {"ROOM-NG application", "NG"},
        {"[Room K] 申し込み", "K"},
        {"【DA】参加申し込み", "DA"},
        {"参加申込（NF）", "NF"},
        {"Room D(アルコール当事者・断酒会系) 参加申し込み", "D"},
        {"三森自助グループの森 参加申し込み", "三森"},
        {"三森 申込", "三森"},
        {"N女 の再開について", "N女"},
    };
    for (const auto& row : rows) {
        INFO(row.subject);
        CHECK(bySubject(row.subject) == u8(row.code));
    }
}

TEST_CASE("The longest code wins: DA beats D, NF and N女 beat N", "[intake][room]")
{
    CHECK(bySubject("Room DA") == QLatin1String("DA"));
    CHECK(bySubject("Room D") == QLatin1String("D"));
    CHECK(bySubject("RoomNF") == QLatin1String("NF"));
    CHECK(bySubject("RoomNG") == QLatin1String("NG"));
    CHECK(bySubject("RoomN女") == u8("N女"));
    CHECK(RoomMatcher::match(QString(), roomField("DA"), test::intakeRooms()) == QLatin1String("DA"));
    CHECK(RoomMatcher::match(QString(), roomField("N女"), test::intakeRooms()) == u8("N女"));
}

TEST_CASE("A code inside an unrelated word is not a room", "[intake][room]")
{
    for (const char* subject : {"DNA検査の結果について", "classroom D の件", "Roomy な部屋", "Room DNA", "E-mailの件",
                                "NGワードについて", "A型です", "お問い合わせ", "Zoom の使い方", ""}) {
        INFO(subject);
        CHECK(bySubject(subject).isEmpty());
    }
}

TEST_CASE("In the form's room field a bare code is enough, and the field beats the subject", "[intake][room]")
{
    const QVector<Room> rooms = test::intakeRooms();
    CHECK(RoomMatcher::match(QString(), roomField("NF"), rooms) == QLatin1String("NF"));
    CHECK(RoomMatcher::match(QString(), roomField("ＤＡ（アルコール・女性）"), rooms) == QLatin1String("DA"));
    CHECK(RoomMatcher::match(QString(), roomField("Room G（ギャンブル）"), rooms) == QLatin1String("G"));

    const RoomMatch match = RoomMatcher(rooms).find(u8("Room D 参加申し込み"), roomField("DF"));
    CHECK(match.code == QLatin1String("DF"));
    CHECK(match.source == RoomMatch::Source::FormField);
    CHECK(match.candidates == QStringList{QStringLiteral("DF"), QStringLiteral("D")});
}

TEST_CASE("Several rooms named leave the choice to the host unless the subject picks one of them", "[intake][room]")
{
    const RoomMatcher matcher(test::intakeRooms());
    const RoomMatch both = matcher.find(QString(), roomField("D、DF"));
    CHECK(both.code.isEmpty());
    CHECK(both.source == RoomMatch::Source::None);
    CHECK(both.candidates == QStringList{QStringLiteral("D"), QStringLiteral("DF")});

    const RoomMatch picked = matcher.find(u8("Room DF 申し込み"), roomField("D、DF"));
    CHECK(picked.code == QLatin1String("DF"));
    CHECK(picked.source == RoomMatch::Source::Subject);

    const RoomMatch other = matcher.find(u8("Room G 申し込み"), roomField("D、DF"));
    CHECK(other.code.isEmpty());

    CHECK(matcher.find(u8("Room N と Room G の両方に"), FormFields()).code.isEmpty());
    CHECK(matcher.roomsNamedIn(u8("Room N と Room G の両方に"), false) ==
          QStringList{QStringLiteral("N"), QStringLiteral("G")});
}

TEST_CASE("Nothing named: no room, the host chooses", "[intake][room]")
{
    const RoomMatch none = RoomMatcher(test::intakeRooms()).find(u8("参加申し込み"), roomField("特になし"));
    CHECK(none.code.isEmpty());
    CHECK(none.candidates.isEmpty());
    CHECK(RoomMatcher::match(u8("Room N"), FormFields(), {}).isEmpty());
}

TEST_CASE("A hostile subject is searched only up to the cap and still decides", "[intake][room]")
{
    const RoomMatcher matcher(test::intakeRooms());
    QString subject;
    for (int i = 0; i < 5000; ++i)
        subject += u8("【N女】");
    CHECK(matcher.find(subject, FormFields()).code == u8("N女"));
    subject += u8("Room G");
    CHECK(matcher.find(subject, FormFields()).code == u8("N女")); // beyond the cap
    CHECK(matcher.roomsNamedIn(QString(100000, u'd'), true).isEmpty());
}

TEST_CASE("A room added later with a new code is found too", "[intake][room]")
{
    QVector<Room> rooms = test::intakeRooms();
    rooms.append(test::intakeRoom("GF", "Room GF(ギャンブル・家族)", Audience::Families, "room-gf@example.jp"));
    CHECK(RoomMatcher::match(u8("Room GF 申込"), FormFields(), rooms) == QLatin1String("GF"));
    CHECK(RoomMatcher::match(u8("Room G 申込"), FormFields(), rooms) == QLatin1String("G"));
}

} // namespace tsunagu
