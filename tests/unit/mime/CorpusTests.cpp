// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus under tests/data/mail: mails made with real encoders by generate.py, each with a .json of what a
// host must read from it. One section per mail, so a failure names the mail.
#include "MimeTestSupport.h"

#include "mail/mime/MimeParser.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsunagu {

namespace {

QStringList addressesOf(const QVector<MailAddress>& list)
{
    QStringList out;
    for (const MailAddress& address : list)
        out.append(address.address);
    return out;
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        out.append(item.toString());
    return out;
}

void checkCase(const QString& name, const QJsonObject& expected)
{
    const QByteArray raw = test::readMailFile(name + QStringLiteral(".eml"));
    REQUIRE_FALSE(raw.isEmpty());
    const MimeMessage message = MimeParser::parse(raw);
    INFO("notes:\n" << test::describeNotes(message));
    INFO("text: " << message.text.toStdString());

    CHECK(message.size == raw.size());
    if (expected.contains(QStringLiteral("subject")))
        CHECK(message.subject == expected.value(QStringLiteral("subject")).toString());
    if (expected.contains(QStringLiteral("from_name"))) {
        REQUIRE_FALSE(message.from.isEmpty());
        CHECK(message.from.first().name == expected.value(QStringLiteral("from_name")).toString());
    }
    if (expected.contains(QStringLiteral("from_address"))) {
        REQUIRE_FALSE(message.from.isEmpty());
        CHECK(message.from.first().address == expected.value(QStringLiteral("from_address")).toString());
    }
    if (expected.contains(QStringLiteral("reply_to_address"))) {
        REQUIRE_FALSE(message.replyTo.isEmpty());
        CHECK(message.replyTo.first().address == expected.value(QStringLiteral("reply_to_address")).toString());
    }
    if (expected.contains(QStringLiteral("to_addresses")))
        CHECK(addressesOf(message.to) == strings(expected.value(QStringLiteral("to_addresses"))));
    if (expected.contains(QStringLiteral("cc_addresses")))
        CHECK(addressesOf(message.cc) == strings(expected.value(QStringLiteral("cc_addresses"))));
    if (expected.contains(QStringLiteral("date_utc"))) {
        const QJsonValue date = expected.value(QStringLiteral("date_utc"));
        if (date.isNull()) {
            CHECK_FALSE(message.date.isValid());
        } else {
            REQUIRE(message.date.isValid());
            CHECK(message.date.toUTC().toString(Qt::ISODate) == date.toString());
        }
    }
    if (expected.contains(QStringLiteral("message_id")))
        CHECK(message.messageId == expected.value(QStringLiteral("message_id")).toString());
    if (expected.contains(QStringLiteral("in_reply_to")))
        CHECK(message.inReplyTo == expected.value(QStringLiteral("in_reply_to")).toString());
    if (expected.contains(QStringLiteral("references")))
        CHECK(message.references == strings(expected.value(QStringLiteral("references"))));
    if (expected.contains(QStringLiteral("text_equals")))
        CHECK(message.text == expected.value(QStringLiteral("text_equals")).toString());
    const QStringList contains = strings(expected.value(QStringLiteral("text_contains")));
    for (const QString& part : contains) {
        INFO("text should contain: " << part.toStdString());
        CHECK(message.text.contains(part));
    }
    const QStringList absent = strings(expected.value(QStringLiteral("text_not_contains")));
    for (const QString& part : absent) {
        INFO("text should not contain: " << part.toStdString());
        CHECK_FALSE(message.text.contains(part));
    }
    if (expected.contains(QStringLiteral("text_from_html")))
        CHECK(message.textFromHtml == expected.value(QStringLiteral("text_from_html")).toBool());
    const QStringList html = strings(expected.value(QStringLiteral("html_contains")));
    for (const QString& part : html) {
        INFO("html should contain: " << part.toStdString());
        CHECK(message.html.contains(part));
    }
    if (expected.contains(QStringLiteral("attachments"))) {
        const QJsonArray attachments = expected.value(QStringLiteral("attachments")).toArray();
        REQUIRE(message.attachments.size() == attachments.size());
        for (int i = 0; i < attachments.size(); ++i) {
            const QJsonObject want = attachments.at(i).toObject();
            const MailAttachment& got = message.attachments.at(i);
            CHECK(got.fileName == want.value(QStringLiteral("name")).toString());
            CHECK(got.contentType == want.value(QStringLiteral("type")).toString());
            if (want.contains(QStringLiteral("size")))
                CHECK(got.size == want.value(QStringLiteral("size")).toInteger());
        }
    }
    if (expected.contains(QStringLiteral("uncertain")))
        CHECK(message.uncertain() == expected.value(QStringLiteral("uncertain")).toBool());
    if (expected.contains(QStringLiteral("truncated")))
        CHECK(message.truncated == expected.value(QStringLiteral("truncated")).toBool());
}

} // namespace

TEST_CASE("Every corpus mail reads as its expectation says", "[mime][corpus]")
{
    const QDir dir(test::mailCorpusDir());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    // The corpus is committed; an empty or half-copied folder must fail, not pass with nothing checked.
    REQUIRE(files.size() >= 35);
    for (const QString& file : files) {
        const QString name = file.chopped(5);
        DYNAMIC_SECTION(name.toStdString())
        {
            QFile json(dir.filePath(file));
            REQUIRE(json.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(json.readAll(), &error);
            REQUIRE(error.error == QJsonParseError::NoError);
            REQUIRE(QFile::exists(dir.filePath(name + QStringLiteral(".eml"))));
            checkCase(name, document.object());
        }
    }
}

} // namespace tsunagu
