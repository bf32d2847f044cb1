// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu diagnostics: what a host attaches to a bug report holds the versions and counts, and nothing personal.
#include "CliRun.h"
#include "diagnostics/LogRing.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace tsunagu::test;

TEST_CASE("diagnostics holds the versions, counts and mail servers, and none of the profile's personal data",
          "[cli][diagnostics]")
{
    CliProfile profile;
    const Run added = profile.run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("ルームD 受付の箱"), QStringLiteral("--imap"),
                                   QStringLiteral("imaps://kanri.tanaka@imap.example.org:993"),
                                   QStringLiteral("--rooms"), QStringLiteral("D")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const Run listed = profile.run({QStringLiteral("applicants"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    QStringList personal = {QStringLiteral("kanri.tanaka"), QStringLiteral("ルームD 受付の箱"), profile.dir,
                            QStringLiteral("@example.jp")};
    for (const QJsonValue& value : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        const QJsonObject applicant = value.toObject();
        personal << applicant.value(QStringLiteral("anonymousName")).toString()
                 << applicant.value(QStringLiteral("replyAddress")).toString();
        for (const QJsonValue& field : applicant.value(QStringLiteral("fields")).toArray()) {
            const QString text = field.toObject().value(QStringLiteral("value")).toString();
            if (text.size() >= 6)
                personal << text;
        }
    }
    personal.removeAll(QString());
    REQUIRE(personal.size() > 20);

    const QString file = profile.tmp.filePath(QStringLiteral("diagnostics.json"));
    const Run run = profile.run({QStringLiteral("diagnostics"), file});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("no applicant's data")));
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    const QString text = QString::fromUtf8(bytes);
    for (const QString& word : personal) {
        INFO(word.toStdString());
        CHECK_FALSE(text.contains(word));
    }

    const QJsonObject report = QJsonDocument::fromJson(bytes).object();
    const QJsonObject versions = report.value(QStringLiteral("versions")).toObject();
    CHECK(versions.value(QStringLiteral("tsunagu")).toString() == QStringLiteral(TSUNAGU_VERSION));
    CHECK(versions.value(QStringLiteral("qtRuntime")).toString() == QString::fromLatin1(qVersion()));
    const QRegularExpression dotted(QStringLiteral(R"(^\d+\.\d+\.\d+)"));
    CHECK(dotted.match(versions.value(QStringLiteral("sqlite")).toString()).hasMatch());
    CHECK(dotted.match(versions.value(QStringLiteral("libsodium")).toString()).hasMatch());
    CHECK_FALSE(versions.value(QStringLiteral("os")).toString().isEmpty());
    const QJsonObject store = report.value(QStringLiteral("store")).toObject();
    CHECK(store.value(QStringLiteral("schemaVersion")).toInt() >= 10);
    CHECK(store.value(QStringLiteral("rowCounts")).toObject().value(QStringLiteral("applicants")).toInt() == 13);
    CHECK(store.value(QStringLiteral("rowCounts")).toObject().value(QStringLiteral("rooms")).toInt() == 12);
    const QJsonArray accounts = report.value(QStringLiteral("mailAccounts")).toArray();
    REQUIRE(accounts.size() == 1);
    const QJsonObject imap = accounts.first().toObject().value(QStringLiteral("imap")).toObject();
    CHECK(imap.value(QStringLiteral("host")).toString() == QStringLiteral("imap.example.org"));
    CHECK(imap.value(QStringLiteral("port")).toInt() == 993);
}

TEST_CASE("log lines kept for diagnostics lose anything shaped like an address, a link or a long number",
          "[cli][diagnostics]")
{
    using tsunagu::LogRing;
    const QString scrubbed = LogRing::scrub(QStringLiteral(
        "sent to sakura@example.jp via https://meet.example.org/j/7741029385 ID 774 1029 385 uid 42 port 993"));
    CHECK_FALSE(scrubbed.contains(QStringLiteral("sakura")));
    CHECK_FALSE(scrubbed.contains(QStringLiteral("example")));
    CHECK_FALSE(scrubbed.contains(QStringLiteral("1029")));
    // Small numbers (a count, a port, a UID) stay: they are what a bug report needs.
    CHECK(scrubbed.contains(QStringLiteral("uid 42 port 993")));
    CHECK(scrubbed.contains(QStringLiteral("<address>")));
    CHECK(scrubbed.contains(QStringLiteral("<link>")));
    CHECK(scrubbed.contains(QStringLiteral("<number>")));
}
