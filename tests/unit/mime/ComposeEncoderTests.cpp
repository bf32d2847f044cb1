// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of the composer on their own: encoded-words, folding, quoted-printable, RFC 2231 parameters and
// the JIS mapping.
#include "ComposeTestSupport.h"

#include "mail/mime/EncodedWordWriter.h"
#include "mail/mime/EncodedWords.h"
#include "mail/mime/HeaderWriter.h"
#include "mail/mime/JapaneseEncoder.h"
#include "mail/mime/ParameterWriter.h"
#include "mail/mime/Rfc2231.h"
#include "mail/mime/TransferDecoding.h"
#include "mail/mime/TransferEncoder.h"

#include <catch2/catch.hpp>

#include <QStringDecoder>

namespace tsunagu {

using namespace tsunagu::test;

TEST_CASE("UTF-8 encoded-words stay within their length and never cut a character", "[compose][words]")
{
    const QString text = QStringLiteral("絵文字😀👨‍👩‍👧と𠮷野家、café — ") +
                         QString(40, QChar(0x3042)) + QStringLiteral("🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉");
    for (const int maxLength : {30, 50, 69, 75, 200}) {
        const QByteArray words = EncodedWordWriter::utf8(text, maxLength);
        QString joined;
        for (const QByteArray& word : words.split(' ')) {
            CHECK(word.size() <= std::min(maxLength, 75));
            REQUIRE(word.startsWith("=?UTF-8?B?"));
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            QStringDecoder decoder(QStringDecoder::Utf8);
            joined += decoder.decode(bytes); // each word alone is whole UTF-8
            CHECK_FALSE(decoder.hasError());
        }
        CHECK(joined == text);
        CHECK(EncodedWords::decode(words) == text);
    }
}

TEST_CASE("ISO-2022-JP encoded-words stay within their length, each a whole JIS string", "[compose][words]")
{
    const JapaneseEncoder::Units units =
        JapaneseEncoder::toUnits(QStringLiteral("Re: ご案内 (12/1) 会場はオンラインです。ABCあいう①㈱"));
    REQUIRE(units.unencodable.isEmpty());
    for (const int maxLength : {30, 60, 75}) {
        const QByteArray words = EncodedWordWriter::iso2022Jp(units.units, maxLength);
        for (const QByteArray& word : words.split(' ')) {
            CHECK(word.size() <= maxLength);
            const QByteArray bytes = QByteArray::fromBase64(word.mid(16, word.size() - 18));
            // Ends in ASCII: the last escape (if any) is ESC ( B.
            CHECK(bytes.lastIndexOf("\x1B$B") < bytes.lastIndexOf("\x1B(B") + int(!bytes.contains('\x1B')));
        }
        CHECK(EncodedWords::decode(words) == QStringLiteral("Re: ご案内 (12/1) 会場はオンラインです。ABCあいう①㈱"));
    }
}

TEST_CASE("Half-width katakana and the wave dash family are mapped for ISO-2022-JP", "[compose][jis]")
{
    bool changed = false;
    CHECK(JapaneseEncoder::toJisRepertoire(QStringLiteral("ｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞﾀﾞﾂﾞﾄﾞﾊﾞﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟｳﾞﾞｱﾟｰ｡｢｣､･ｦｯﾝ"), &changed) ==
          QStringLiteral("ガギグゲゴザダヅドバパピプペポヴ゛ア゜ー。「」、・ヲッン"));
    CHECK(changed);
    CHECK(JapaneseEncoder::toJisRepertoire(QStringLiteral("〜‖−¢£¬—¥‾\u00A0"), &changed) ==
          QStringLiteral("～∥－￠￡￢―￥￣ "));
    CHECK(JapaneseEncoder::toJisRepertoire(QStringLiteral("普通の文です。"), &changed) ==
          QStringLiteral("普通の文です。"));
    CHECK_FALSE(changed);

    // NEC row 13 (①, ㈱, Ⅰ, №) is written by ICU; NEC-selected IBM extensions (髙, 﨑) and JIS X 0212 are not.
    const JapaneseEncoder::Units nec = JapaneseEncoder::toUnits(QStringLiteral("①㈱Ⅰ№"));
    CHECK(nec.unencodable.isEmpty());
    CHECK(nec.units == QVector<quint16>{0x2D21, 0x2D6A, 0x2D35, 0x2D62});
    const JapaneseEncoder::Units ibm = JapaneseEncoder::toUnits(QStringLiteral("髙﨑丂😀髙"));
    CHECK(ibm.units.isEmpty());
    CHECK(ibm.unencodable ==
          QStringList{QStringLiteral("髙"), QStringLiteral("﨑"), QStringLiteral("丂"), QStringLiteral("😀")});

    const JapaneseEncoder::Units lines = JapaneseEncoder::toUnits(QStringLiteral("あ\nb"));
    CHECK(JapaneseEncoder::frame(lines.units, 0, lines.units.size()) == QByteArray("\x1B$B$\"\x1B(B\nb"));
}

TEST_CASE("Header fields fold before whitespace and unfold to the same value", "[compose][headers]")
{
    QByteArray value;
    for (int i = 0; i < 40; ++i)
        value += "word" + QByteArray::number(i) + (i % 7 == 0 ? "   " : " ");
    value += QByteArray(120, 'x') + " tail";
    const QByteArray field = HeaderWriter::field("X-Test", value);
    CHECK(field.endsWith("\r\n"));
    const QByteArrayList lines = field.left(field.size() - 2).split('\n');
    for (const QByteArray& line : lines) {
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        INFO(content.toStdString());
        CHECK_FALSE(content.trimmed().isEmpty());
        if (!content.contains(QByteArray(120, 'x')))
            CHECK(content.size() <= 78);
    }
    QByteArray unfolded = field;
    unfolded.replace("\r\n", "");
    CHECK(unfolded == "X-Test: " + value);
    CHECK(HeaderWriter::field("Subject", QByteArray()) == "Subject:\r\n");
}

TEST_CASE("Quoted-printable keeps lines short and reads back exactly", "[compose][qp]")
{
    const QByteArray text = QStringLiteral("a=b\ttab \n.\nFrom me\nlong ").toUtf8() + QByteArray(200, 'y') + "\n" +
                            QStringLiteral("日本語まじり").toUtf8() + QByteArray(100, '.') + "\nend \t";
    const QByteArray encoded = TransferEncoder::quotedPrintable(text);
    for (const QByteArray& line : encoded.split('\n')) {
        CHECK((line.endsWith('\r') ? line.size() - 1 : line.size()) <= 76);
        CHECK_FALSE(line.startsWith('.'));
        CHECK_FALSE(line.startsWith("From "));
    }
    QByteArray decoded = TransferDecoding::decodeQuotedPrintable(encoded.constData(), encoded.size());
    decoded.replace("\r\n", "\n");
    CHECK(decoded == text);
    CHECK(encoded.startsWith("a=3Db\ttab=20\r\n=2E\r\n=46rom me\r\n"));
    CHECK(encoded.endsWith("end =09"));
}

TEST_CASE("Parameters are tokens, quoted strings or RFC 2231, and read back", "[compose][parameters]")
{
    CHECK(ParameterWriter::parameter("method", QStringLiteral("PUBLISH")) == "; method=PUBLISH");
    CHECK(ParameterWriter::parameter("filename", QStringLiteral("flyer (Dec) \"v2\".pdf")) ==
          "; filename=\"flyer (Dec) \\\"v2\\\".pdf\"");
    CHECK(ParameterWriter::parameter("filename", QStringLiteral("=?UTF-8?B?5bGx?=.txt")).startsWith("; filename*="));
    const QStringList names = {QStringLiteral("会場案内.ics"),
                               QStringLiteral("flyer (Dec).pdf"),
                               QStringLiteral("=?UTF-8?B?5bGx?=.txt"),
                               QStringLiteral("100%'s * file.txt"),
                               QString(30, QChar(0x6F22)) + QStringLiteral("😀.pdf"),
                               QString(150, QLatin1Char('a'))};
    for (const QString& name : names) {
        const QByteArray parameters = ParameterWriter::parameter("filename", name);
        const ParameterizedField field = Rfc2231::parse("attachment" + parameters);
        CHECK(field.parameter("filename") == name);
        CHECK(HeaderWriter::field("Content-Disposition", "attachment" + parameters).size() > 0);
        for (const QByteArray& line : HeaderWriter::field("Content-Disposition", "attachment" + parameters).split('\n'))
            CHECK(line.size() <= 79);
    }
}

} // namespace tsunagu
