// SPDX-License-Identifier: GPL-3.0-or-later
// Rooms and hosts changed from the command line, as a host without the window would.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tsunagu::test;

namespace {

QJsonObject roomIn(const CliProfile& profile, const QString& code)
{
    const Run list = profile.run({QStringLiteral("rooms"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    for (const QJsonValue& value : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        if (value.toObject().value(QStringLiteral("code")).toString() == code)
            return value.toObject();
    }
    return {};
}

QJsonObject hostIn(const CliProfile& profile, const QString& name)
{
    const Run list = profile.run({QStringLiteral("hosts"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    for (const QJsonValue& value : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("rooms set changes a deadline, a form address and pauses and resumes a room", "[cli][settings]")
{
    CliProfile profile;
    const Run set = profile.run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("D"),
                                 QStringLiteral("--reply-days"), QStringLiteral("5"), QStringLiteral("--form-url"),
                                 QStringLiteral("https://forms.example.org/room-d"), QStringLiteral("--pause"),
                                 QStringLiteral("Resumes in April")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    QJsonObject d = roomIn(profile, QStringLiteral("D"));
    CHECK(d.value(QStringLiteral("replyDeadlineDays")).toInt() == 5);
    CHECK(d.value(QStringLiteral("applicationFormUrl")).toString() ==
          QStringLiteral("https://forms.example.org/room-d"));
    CHECK(d.value(QStringLiteral("status")).toString() == QStringLiteral("paused"));
    CHECK(d.value(QStringLiteral("statusNote")).toString() == QStringLiteral("Resumes in April"));

    REQUIRE(
        profile.run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("D"), QStringLiteral("--resume")})
            .exitCode == 0);
    d = roomIn(profile, QStringLiteral("D"));
    CHECK(d.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(d.value(QStringLiteral("statusNote")).toString().isEmpty());
}

TEST_CASE("rooms set says in sentences what is wrong and changes nothing", "[cli][settings][bad-input]")
{
    CliProfile profile;
    const QJsonObject before = roomIn(profile, QStringLiteral("D"));
    const Run bad = profile.run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("D"),
                                 QStringLiteral("--reply-days"), QStringLiteral("0"), QStringLiteral("--form-url"),
                                 QStringLiteral("forms.example.org")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("The reply deadline must be between 1 and 60 days.")));
    CHECK(bad.err.contains(QStringLiteral("web address starting with https://")));
    CHECK(roomIn(profile, QStringLiteral("D")) == before);

    const Run missing = profile.run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("ZZ"),
                                     QStringLiteral("--reply-days"), QStringLiteral("3")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no room with the code ZZ.")));
}

TEST_CASE("rooms add and remove, a room with applicants is kept and the host told to pause it", "[cli][settings]")
{
    CliProfile profile;
    const Run add =
        profile.run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("Q"), QStringLiteral("--name"),
                     QStringLiteral("ルームQ（テスト）"), QStringLiteral("--audience"), QStringLiteral("families"),
                     QStringLiteral("--theme"), QStringLiteral("gaming"), QStringLiteral("--json")});
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QJsonObject q = roomIn(profile, QStringLiteral("Q"));
    CHECK(q.value(QStringLiteral("name")).toString() == QStringLiteral("ルームQ（テスト）"));
    CHECK(q.value(QStringLiteral("audience")).toString() == QStringLiteral("families"));

    const Run twice = profile.run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("Q"),
                                   QStringLiteral("--name"), QStringLiteral("again")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("exists already")));

    REQUIRE(profile.run({QStringLiteral("rooms"), QStringLiteral("remove"), QStringLiteral("Q")}).exitCode == 0);
    CHECK(roomIn(profile, QStringLiteral("Q")).isEmpty());

    // Room D has applicants in the demo.
    const Run kept = profile.run({QStringLiteral("rooms"), QStringLiteral("remove"), QStringLiteral("D")});
    CHECK(kept.exitCode == 1);
    CHECK(kept.err.contains(QStringLiteral("Pause it instead")));
    CHECK_FALSE(roomIn(profile, QStringLiteral("D")).isEmpty());
}

TEST_CASE("hosts add, set and remove, with the rooms they answer for", "[cli][settings]")
{
    CliProfile profile;
    const Run add =
        profile.run({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ソラ"),
                     QStringLiteral("--signature"), QStringLiteral("ルームE 受付担当 ソラ"), QStringLiteral("--rooms"),
                     QStringLiteral("E")});
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    QJsonObject host = hostIn(profile, QStringLiteral("ソラ"));
    CHECK(host.value(QStringLiteral("rooms")).toArray() == QJsonArray{QStringLiteral("E")});
    CHECK(host.value(QStringLiteral("signature")).toString() == QStringLiteral("ルームE 受付担当 ソラ"));

    REQUIRE(profile
                .run({QStringLiteral("hosts"), QStringLiteral("set"), QStringLiteral("ソラ"), QStringLiteral("--rooms"),
                      QStringLiteral("E,D")})
                .exitCode == 0);
    host = hostIn(profile, QStringLiteral("ソラ"));
    CHECK(host.value(QStringLiteral("rooms")).toArray().size() == 2);

    const Run unknownRoom = profile.run({QStringLiteral("hosts"), QStringLiteral("set"), QStringLiteral("ソラ"),
                                         QStringLiteral("--rooms"), QStringLiteral("ZZ")});
    CHECK(unknownRoom.exitCode == 1);
    CHECK(unknownRoom.err.contains(QStringLiteral("There is no room with the code ZZ.")));
    CHECK(hostIn(profile, QStringLiteral("ソラ")).value(QStringLiteral("rooms")).toArray().size() == 2);

    const Run duplicate =
        profile.run({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ソラ")});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.contains(QStringLiteral("Another host already has this name.")));

    REQUIRE(profile.run({QStringLiteral("hosts"), QStringLiteral("remove"), QStringLiteral("ソラ")}).exitCode == 0);
    CHECK(hostIn(profile, QStringLiteral("ソラ")).isEmpty());
}

TEST_CASE("applicants set changes status with a note, room and notes, unclassify puts a letter back", "[cli][settings]")
{
    CliProfile profile;
    const Run list = profile.run({QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--status"),
                                  QStringLiteral("new"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray waiting = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE_FALSE(waiting.isEmpty());
    const QString id = QString::number(waiting.first().toObject().value(QStringLiteral("id")).toInteger());

    const Run status = profile.run({QStringLiteral("applicants"), QStringLiteral("set"), id, QStringLiteral("--status"),
                                    QStringLiteral("on_hold"), QStringLiteral("--note"),
                                    QStringLiteral("ご家族と相談中"), QStringLiteral("--json")});
    INFO(status.err.toStdString());
    REQUIRE(status.exitCode == 0);
    CHECK(QJsonDocument::fromJson(status.out.toUtf8()).object().value(QStringLiteral("status")).toString() ==
          QStringLiteral("on_hold"));

    const Run room = profile.run(
        {QStringLiteral("applicants"), QStringLiteral("set"), id, QStringLiteral("--room"), QStringLiteral("none")});
    REQUIRE(room.exitCode == 0);
    const Run noRoom = profile.run({QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--room"),
                                    QStringLiteral("none"), QStringLiteral("--json")});
    bool found = false;
    for (const QJsonValue& value : QJsonDocument::fromJson(noRoom.out.toUtf8()).array())
        found = found || QString::number(value.toObject().value(QStringLiteral("id")).toInteger()) == id;
    CHECK(found);

    const Run bad = profile.run(
        {QStringLiteral("applicants"), QStringLiteral("set"), id, QStringLiteral("--status"), QStringLiteral("maybe")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("Unknown status \"maybe\".")));
    const Run missing = profile.run({QStringLiteral("applicants"), QStringLiteral("set"), QStringLiteral("999999"),
                                     QStringLiteral("--note"), QStringLiteral("x")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no applicant 999999.")));

    // An applicant whose status changed stays one: unclassify is for a letter taken wrongly, before any answer.
    const Run kept = profile.run({QStringLiteral("applicants"), QStringLiteral("unclassify"), id});
    CHECK(kept.exitCode == 1);
    CHECK(kept.err.contains(QStringLiteral("stay an applicant")));
}
