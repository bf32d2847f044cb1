// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as Excel on Japanese Windows writes and reads it.
#include "common/Csv.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QStringEncoder>

using namespace tsunagu;

TEST_CASE("CsvWriter writes UTF-8 with a BOM, CRLF and quotes only where needed", "[csv]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeRow({QStringLiteral("ルーム"), QStringLiteral("延べ人数")});
    writer.writeRow({QStringLiteral("D, 第2木曜"), QStringLiteral("言った\"こと\""), QStringLiteral("二行\n目")});
    REQUIRE(writer.ok());
    const QByteArray expected = QByteArray("\xEF\xBB\xBF") + QStringLiteral("ルーム,延べ人数\r\n").toUtf8() +
                                QStringLiteral("\"D, 第2木曜\",\"言った\"\"こと\"\"\",\"二行\n目\"\r\n").toUtf8();
    CHECK(buffer.data() == expected);
}

TEST_CASE("CsvWriter keeps a typed name from running as a spreadsheet formula", "[csv]")
{
    CHECK(CsvWriter::field(QStringLiteral("=HYPERLINK(\"http://example.org\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"http://example.org\"\")\""));
    CHECK(CsvWriter::field(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::field(QStringLiteral("-12"), false) == QStringLiteral("-12"));
    CHECK(CsvWriter::field(QStringLiteral("ハル")) == QStringLiteral("ハル"));
}

TEST_CASE("CsvWriter says when the device stopped taking bytes", "[csv]")
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly); // writes fail, as on a full disk
    CsvWriter writer(buffer);
    writer.writeRow({QStringLiteral("a")});
    CHECK_FALSE(writer.ok());
}

TEST_CASE("Csv::parse reads what spreadsheets write", "[csv]")
{
    const QVector<QStringList> rows =
        Csv::parse(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\n\nlast,row"));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")});
    CHECK(rows.at(1) == QStringList{QStringLiteral("two\r\nlines"), QString(), QStringLiteral("x")});
    CHECK(rows.at(2) == QStringList{QString()}); // the blank line between blocks
    CHECK(rows.at(3) == QStringList{QStringLiteral("last"), QStringLiteral("row")});
    CHECK(Csv::parse(QStringLiteral("a,b\r\n")).size() == 1);
    CHECK(Csv::parse(QStringLiteral("\"\"")) == QVector<QStringList>{QStringList{QString()}});
}

TEST_CASE("Csv::decode takes BOMs, UTF-8 and Shift_JIS from older Excel", "[csv]")
{
    const QString text = QStringLiteral("組織名,種別\r\n①クリニック,病院\r\n");
    const Csv::DecodedText utf8Bom = Csv::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    CHECK(utf8Bom.text == text);
    CHECK(utf8Bom.encoding == QStringLiteral("UTF-8"));

    const Csv::DecodedText utf8 = Csv::decode(text.toUtf8());
    CHECK(utf8.text == text);

    QStringEncoder toSjis("Shift_JIS");
    REQUIRE(toSjis.isValid());
    const QByteArray sjis = toSjis.encode(text);
    REQUIRE(sjis != text.toUtf8());
    const Csv::DecodedText fromSjis = Csv::decode(sjis);
    CHECK(fromSjis.text == text); // ① is a NEC extension: CP932, not plain Shift_JIS
    CHECK(fromSjis.encoding == QStringLiteral("Shift_JIS"));

    QStringEncoder toUtf16(QStringConverter::Utf16LE);
    const Csv::DecodedText utf16 = Csv::decode(QByteArray("\xFF\xFE") + QByteArray(toUtf16.encode(text)));
    CHECK(utf16.text == text);
    CHECK(utf16.encoding == QStringLiteral("UTF-16LE"));
}
