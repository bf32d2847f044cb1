// SPDX-License-Identifier: GPL-3.0-or-later
// Text the store writes by hand for speed must read back exactly: instants as Qt's ISO text in UTC (older profiles
// hold that text, and the app sorts and compares it), the applicant's form as JSON that any JSON reader accepts and
// that gives every character back (quotes, backslashes, control characters, Japanese, emoji).
#include "storage/JsonColumns.h"
#include "storage/SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

QString qtIso(const QDateTime& value)
{
    return value.toUTC().toString(Qt::ISODate);
}

} // namespace

TEST_CASE("An instant is stored as the same UTC text Qt writes, whatever zone it was taken in")
{
    const QTimeZone tokyo("Asia/Tokyo");
    const QTimeZone losAngeles("America/Los_Angeles");
    const QList<QDateTime> fixed{
        QDateTime(QDate(2026, 12, 1), QTime(19, 0), tokyo),         // 2026-12-01T10:00:00Z
        QDateTime(QDate(2027, 1, 1), QTime(8, 59, 59), tokyo),      // the day before in UTC
        QDateTime(QDate(2024, 2, 29), QTime(23, 30), losAngeles),   // leap day, the next day in UTC
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),         // the epoch
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), Qt::UTC), // before it
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),            // the first year written with four digits
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC), // and the last
        QDateTime(QDate(2026, 11, 22), QTime(9, 43, 34, 999), Qt::LocalTime),
        QDateTime(QDate(2026, 11, 22), QTime(18, 0), Qt::OffsetFromUTC, 9 * 3600 + 30 * 60),
    };
    for (const QDateTime& value : fixed) {
        INFO(qtIso(value).toStdString());
        CHECK(sql::instant(value).toString() == qtIso(value));
    }
    CHECK(sql::instant(QDateTime(QDate(2026, 12, 1), QTime(19, 0), tokyo)).toString() ==
          QLatin1String("2026-12-01T10:00:00Z"));

    // Years Qt writes differently (before year 1, after 9999) are left to Qt, so they match too.
    CHECK(sql::instant(QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC)).toString() ==
          qtIso(QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC)));
    CHECK(sql::instant(QDateTime(QDate(12026, 1, 1), QTime(0, 0), Qt::UTC)).toString() ==
          qtIso(QDateTime(QDate(12026, 1, 1), QTime(0, 0), Qt::UTC)));

    // No instant is written as text: NULL, as before.
    CHECK(sql::instant(QDateTime()).isNull());

    QRandomGenerator random(20261122);
    for (int i = 0; i < 20000; ++i) {
        // Years 1 to 9999, with a random offset from UTC of up to ±14 hours.
        const qint64 seconds = qint64(random.bounded(quint64(315537897600ULL))) - 62135596800LL;
        const int offset = int(random.bounded(28 * 3600 + 1)) - 14 * 3600;
        const QDateTime value = QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offset);
        if (qtIso(value) != sql::instant(value).toString()) {
            INFO(qtIso(value).toStdString() << " from " << seconds << " at offset " << offset);
            CHECK(sql::instant(value).toString() == qtIso(value));
        }
    }
}

TEST_CASE("A form kept as JSON reads back every character and is valid JSON for any reader")
{
    QVector<LabelledValue> fields{
        {QStringLiteral("お名前（匿名可）"), QStringLiteral("さくら"), QStringLiteral("anonymous_name")},
        {QStringLiteral("ひとこと"), QStringLiteral("「\"引用\"」と \\ バックスラッシュ\n改行\r\nタブ\tと\x01制御文字"),
         QStringLiteral("message")},
        {QStringLiteral("絵文字"), QStringLiteral("🌸 髙橋 ｶﾀｶﾅ"), QString()},
        {QString(), QString(), QString()},
    };
    // Every character below U+0020, and text that is one long run without any escape.
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    fields.append({QStringLiteral("制御"), controls, QStringLiteral("controls")});
    fields.append({QStringLiteral("長文"), QString(5000, QChar(u'あ')), QStringLiteral("long")});

    const QString text = json::fromFields(fields);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.array().size() == fields.size());
    CHECK(document.array().at(1).toObject().value(QStringLiteral("value")).toString() == fields.at(1).value);

    const QVector<LabelledValue> back = json::toFields(text);
    REQUIRE(back.size() == fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        CHECK(back.at(i).label == fields.at(i).label);
        CHECK(back.at(i).value == fields.at(i).value);
        CHECK(back.at(i).key == fields.at(i).key);
    }
    // Escapes are the short ones of RFC 8259 where there is one, \u00XX otherwise.
    CHECK(text.contains(QStringLiteral("\\\"引用\\\"")));
    CHECK(text.contains(QStringLiteral("\\\\ バックスラッシュ\\n改行\\r\\nタブ\\tと\\u0001制御文字")));

    // A value kept in a column of its own (the self-introduction) is left out of one field and put back on reading.
    const QString introduction = QStringLiteral("はじめまして。\n「引用」も含めて、そのまま戻ります。");
    const QVector<LabelledValue> form{
        {QStringLiteral("自己紹介"), introduction, QStringLiteral("introduction")},
        {QStringLiteral("ひとこと"), introduction, QStringLiteral("message")},
        {QStringLiteral("自己紹介（続き）"), introduction, QStringLiteral("introduction")},
        {QStringLiteral("備考"), QString(), QStringLiteral("introduction")},
    };
    const QString shared = json::fromFields(form, QStringLiteral("introduction"), introduction);
    CHECK(shared.count(QStringLiteral("そのまま戻ります")) == 2); // the other key's, and the second field's
    const auto sameFields = [&form](const QVector<LabelledValue>& back) {
        REQUIRE(back.size() == form.size());
        for (int i = 0; i < form.size(); ++i) {
            CHECK(back.at(i).label == form.at(i).label);
            CHECK(back.at(i).value == form.at(i).value);
            CHECK(back.at(i).key == form.at(i).key);
        }
    };
    sameFields(json::toFields(shared, QStringLiteral("introduction"), introduction));
    // Nothing is left out for an empty value, and a form written whole reads as it was written.
    CHECK(json::fromFields(form, QStringLiteral("introduction"), QString()) == json::fromFields(form));
    sameFields(json::toFields(json::fromFields(form), QStringLiteral("introduction"), QStringLiteral("別の文")));

    const QVector<Hint> hints{{QStringLiteral("answered_elsewhere"), QStringLiteral("\\Answered on the server")}};
    const QVector<Hint> hintsBack = json::toHints(json::fromHints(hints));
    REQUIRE(hintsBack.size() == 1);
    CHECK(hintsBack.at(0).kind == hints.at(0).kind);
    CHECK(hintsBack.at(0).detail == hints.at(0).detail);
}

} // namespace tsunagu
