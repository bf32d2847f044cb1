// SPDX-License-Identifier: GPL-3.0-or-later
// 名簿 from the command line: members listed, added (from an invited applicant too), changed and removed.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tsunagu::test;

namespace {

QJsonArray members(const CliProfile& profile, const QStringList& extra = {})
{
    const Run list =
        profile.run(QStringList{QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    return QJsonDocument::fromJson(list.out.toUtf8()).array();
}

QJsonObject memberNamed(const CliProfile& profile, const QString& name)
{
    for (const QJsonValue& value : members(profile)) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

qint64 applicantNamed(const CliProfile& profile, const QString& name)
{
    const Run list = profile.run({QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    for (const QJsonValue& value : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        if (value.toObject().value(QStringLiteral("anonymousName")).toString() == name)
            return value.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

} // namespace

TEST_CASE("members list shows the rosters, one room with --room", "[cli][members]")
{
    CliProfile profile;
    CHECK(members(profile).size() == 10);
    const QJsonArray d = members(profile, {QStringLiteral("--room"), QStringLiteral("D")});
    CHECK(d.size() == 3);
    for (const QJsonValue& value : d)
        CHECK(value.toObject().value(QStringLiteral("room")).toString() == QStringLiteral("D"));
    const Run table = profile.run(
        {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--room"), QStringLiteral("DF")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("ひまわり")));
    CHECK_FALSE(table.out.contains(QStringLiteral("ゆきだるま")));

    const Run unknown = profile.run(
        {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--room"), QStringLiteral("ZZ")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no room with the code ZZ")));
}

TEST_CASE("members add, set and remove, with a taken name refused naming the room", "[cli][members]")
{
    CliProfile profile;
    const Run added =
        profile.run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("D"),
                     QStringLiteral("--name"), QStringLiteral("そよかぜ"), QStringLiteral("--category"),
                     QStringLiteral("家族"), QStringLiteral("--joined"), QStringLiteral("2026-11-03")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    QJsonObject member = memberNamed(profile, QStringLiteral("そよかぜ"));
    REQUIRE_FALSE(member.isEmpty());
    CHECK(member.value(QStringLiteral("room")).toString() == QStringLiteral("D"));
    CHECK(member.value(QStringLiteral("category")).toString() == QStringLiteral("family"));
    CHECK(member.value(QStringLiteral("joined")).toString() == QStringLiteral("2026-11-03"));
    CHECK(member.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    const QString id = QString::number(member.value(QStringLiteral("id")).toInteger());

    // The same name in the same room (with spaces around it) is refused, and the room is named.
    const Run twice = profile.run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--room"),
                                   QStringLiteral("D"), QStringLiteral("--name"), QStringLiteral(" そよかぜ ")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("Room D already has a member with this anonymous name")));
    const Run empty = profile.run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--room"),
                                   QStringLiteral("D"), QStringLiteral("--name"), QStringLiteral("  ")});
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(QStringLiteral("anonymous name")));
    // Full-width letters and another case read as the same name on a printed roster.
    REQUIRE(profile
                .run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("G"),
                      QStringLiteral("--name"), QStringLiteral("Haru")})
                .exitCode == 0);
    const Run wide = profile.run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--room"),
                                  QStringLiteral("G"), QStringLiteral("--name"), QStringLiteral("ｈａｒｕ")});
    CHECK(wide.exitCode == 1);
    CHECK(wide.err.contains(QStringLiteral("Room G already has a member")));
    // The same name in another room is another person.
    CHECK(profile
              .run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("G"),
                    QStringLiteral("--name"), QStringLiteral("そよかぜ")})
              .exitCode == 0);
    CHECK(members(profile).size() == 13);

    const Run set = profile.run({QStringLiteral("members"), QStringLiteral("set"), id, QStringLiteral("--status"),
                                 QStringLiteral("inactive"), QStringLiteral("--name"), QStringLiteral("そよ風")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    member = memberNamed(profile, QStringLiteral("そよ風"));
    CHECK(member.value(QStringLiteral("status")).toString() == QStringLiteral("inactive"));
    CHECK(member.value(QStringLiteral("joined")).toString() == QStringLiteral("2026-11-03"));
    const Run clash = profile.run(
        {QStringLiteral("members"), QStringLiteral("set"), id, QStringLiteral("--name"), QStringLiteral("やまびこ")});
    CHECK(clash.exitCode == 1);
    CHECK(clash.err.contains(QStringLiteral("Room D")));
    const Run badStatus = profile.run(
        {QStringLiteral("members"), QStringLiteral("set"), id, QStringLiteral("--status"), QStringLiteral("gone")});
    CHECK(badStatus.exitCode == 2);
    CHECK(memberNamed(profile, QStringLiteral("そよ風")).value(QStringLiteral("status")).toString() ==
          QStringLiteral("inactive"));

    // A script cannot be asked: removing needs --yes, and says what stays.
    const Run unasked = profile.run({QStringLiteral("members"), QStringLiteral("remove"), id});
    CHECK(unasked.exitCode == 2);
    CHECK(unasked.err.contains(QStringLiteral("Attendance already counted stays counted")));
    CHECK_FALSE(memberNamed(profile, QStringLiteral("そよ風")).isEmpty());
    const Run removed = profile.run({QStringLiteral("members"), QStringLiteral("remove"), id, QStringLiteral("--yes")});
    REQUIRE(removed.exitCode == 0);
    CHECK(memberNamed(profile, QStringLiteral("そよ風")).isEmpty());
    const Run again = profile.run({QStringLiteral("members"), QStringLiteral("remove"), id, QStringLiteral("--yes")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("no member number")));
}

TEST_CASE("members add --from-applicant takes an invited applicant's room, category and name", "[cli][members]")
{
    CliProfile profile;
    const qint64 applicant = applicantNamed(profile, QStringLiteral("つきみ")); // checking, room DA
    REQUIRE(applicant > 0);
    const QString id = QString::number(applicant);
    const Run early =
        profile.run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--from-applicant"), id});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("not invited or attending")));

    REQUIRE(profile
                .run({QStringLiteral("applicants"), QStringLiteral("set"), id, QStringLiteral("--status"),
                      QStringLiteral("invited")})
                .exitCode == 0);
    const Run added =
        profile.run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--from-applicant"), id});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject member = memberNamed(profile, QStringLiteral("つきみ"));
    CHECK(member.value(QStringLiteral("room")).toString() == QStringLiteral("DA"));
    CHECK(member.value(QStringLiteral("category")).toString() == QStringLiteral("person"));
    CHECK(member.value(QStringLiteral("applicant")).toInteger() == applicant);
    CHECK_FALSE(member.value(QStringLiteral("joined")).toString().isEmpty());

    const Run twice =
        profile.run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--from-applicant"), id});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("on a roster already")));
}
