// SPDX-License-Identifier: GPL-3.0-or-later
// Posters as printed: the PDF read back with poppler (Japanese text, embedded fonts, paper size) and every QR code
// decoded with zbarimg to exactly the room's form address.
#include "PdfTools.h"
#include "RequireServer.h"

#include "documents/PosterPdf.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

PosterRoom room(const QString& code, const QString& name, const QString& slug)
{
    PosterRoom r;
    r.code = code;
    r.name = name;
    r.audience = QStringLiteral("ご本人");
    r.channels = QStringLiteral("Zoomミーティングと24時間のチャットがあります。");
    r.schedule = QStringLiteral("毎週火・金 19:00〜21:00");
    r.formUrl = slug.isEmpty() ? QString() : QStringLiteral("https://forms.example.org/tsunagu/") + slug;
    return r;
}

PosterSpec threeRooms()
{
    PosterSpec spec;
    spec.title = PosterSpec::defaultTitle();
    spec.lead = PosterSpec::defaultLead();
    spec.rooms = {room(QStringLiteral("D"), QStringLiteral("Room D(アルコール当事者)"), QStringLiteral("room-d")),
                  room(QStringLiteral("N"), QStringLiteral("Room N(薬物・当事者)"), QStringLiteral("room-n")),
                  room(QStringLiteral("G"), QStringLiteral("Room G(ギャンブル・当事者)"), QStringLiteral("room-g"))};
    spec.clinicLine = QStringLiteral("みどり台メンタルクリニック様 掲示用");
    spec.referralCode = QStringLiteral("MD01");
    spec.version = QStringLiteral("2026年12月版");
    return spec;
}

PosterOutcome writePdf(const QString& path, const PosterSpec& spec)
{
    PosterOutcome outcome;
    const DocumentResult written = PosterPdf::write(path, spec, &outcome);
    INFO(written.error().detail.toStdString());
    REQUIRE(written.ok());
    return outcome;
}

// Every QR code zbarimg finds on the page rendered at `dpi`, sorted.
QStringList qrCodesIn(const QString& pdf, int dpi = 200)
{
    QTemporaryDir dir;
    const QString png = pdfPageImage(pdf, dir.filePath(QStringLiteral("page")), 1, dpi);
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    requireServer(QStringLiteral("zbarimg (zbar-tools)"), !zbarimg.isEmpty());
    QProcess process;
    process.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                            QStringLiteral("-Sqrcode.enable"), png});
    REQUIRE(process.waitForFinished(60000));
    // zbarimg: 0 found, 4 nothing found; anything else is a failure of the tool.
    REQUIRE((process.exitCode() == 0 || process.exitCode() == 4));
    QStringList codes = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    codes.sort();
    return codes;
}

// pdfText is NFKC-normalised (see PdfTools.h); so is what a test looks for.
bool shows(const QString& text, const QString& wanted)
{
    return text.contains(wanted.normalized(QString::NormalizationForm_KC));
}

QStringList urlsOf(const PosterSpec& spec)
{
    QStringList urls;
    for (const PosterRoom& r : spec.rooms) {
        if (!r.formUrl.isEmpty())
            urls.append(r.formUrl);
    }
    urls.sort();
    return urls;
}

} // namespace

TEST_CASE("an A4 poster prints Japanese text in an embedded font and QR codes that scan", "[posters][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("poster.pdf"));
    PosterSpec spec = threeRooms();
    spec.tearOff = true;
    const PosterOutcome outcome = writePdf(pdf, spec);
    CHECK_FALSE(outcome.has(PosterProblem::Kind::TextCut));
    CHECK_FALSE(outcome.has(PosterProblem::Kind::NoFormUrl));
    CHECK(outcome.qrSideMm >= PosterRenderer::s_minQrMm);

    const PdfFacts facts = readPdf(pdf);
    CHECK(facts.pages == 1);
    CHECK(facts.pageSize.contains(QStringLiteral("(A4)")));
    INFO(facts.fonts.join(QLatin1Char(',')).toStdString());
    CHECK(facts.fonts.join(QLatin1Char(',')).contains(QStringLiteral("NotoSansCJK")));
    CHECK(facts.allFontsEmbedded);
    const QString& text = facts.text;
    INFO(text.toStdString());
    CHECK(shows(text, QStringLiteral("ひとりで抱えこまないで")));
    CHECK(shows(text, QStringLiteral("みどり台メンタルクリニック様 掲示用")));
    // The referral code line. (The text layer Qt writes loses the digits of "MD01" here although the page shows
    // them — the picture of the page was looked at — so the words around the code are what is checked.)
    CHECK(shows(text, QStringLiteral("「どこで知りましたか」に「MD")));
    CHECK(shows(text, QStringLiteral("参加は無料です")));
    // (・ comes back from the text layer as U+2027, a glyph the font shares.)
    CHECK(shows(text, QStringLiteral("Room N(薬物")));
    CHECK(shows(text, QStringLiteral("切り取って")));
    CHECK(shows(text, QStringLiteral("2026年12月版")));

    CHECK(qrCodesIn(pdf) == urlsOf(spec));
}

TEST_CASE("an A3 poster of twelve rooms has twelve codes that all scan", "[posters][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("twelve.pdf"));
    PosterSpec spec = threeRooms();
    spec.size = PaperSize::A3;
    spec.tearOff = true;
    spec.rooms.clear();
    for (int i = 0; i < 12; ++i)
        spec.rooms.append(room(QStringLiteral("R%1").arg(i), QStringLiteral("ルーム%1(テスト)").arg(i),
                               QStringLiteral("room-%1").arg(i)));
    const PosterOutcome outcome = writePdf(pdf, spec);
    CHECK_FALSE(outcome.has(PosterProblem::Kind::TextCut));
    CHECK(outcome.qrUrls.size() == 12);
    CHECK(readPdf(pdf).pageSize.contains(QStringLiteral("(A3)")));
    CHECK(qrCodesIn(pdf, 150) == urlsOf(spec));
}

TEST_CASE("a room without a form address gets words instead of a code, and the host is told", "[posters][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("missing.pdf"));
    PosterSpec spec = threeRooms();
    spec.rooms[1].formUrl.clear();
    spec.rooms[2].formUrl = QStringLiteral("https://forms.example.org/") + QString(400, QLatin1Char('x'));
    const PosterOutcome outcome = writePdf(pdf, spec);
    REQUIRE(outcome.problems.size() >= 2);
    CHECK(outcome.has(PosterProblem::Kind::NoFormUrl));
    CHECK(outcome.has(PosterProblem::Kind::UrlTooLong));
    CHECK(outcome.qrUrls == QStringList{spec.rooms.at(0).formUrl});
    CHECK(shows(pdfText(pdf), QStringLiteral("申し込みフォームは準備中です")));
    // Only the one good code is on the page: no broken code is printed.
    CHECK(qrCodesIn(pdf) == QStringList{spec.rooms.at(0).formUrl});
}

TEST_CASE("text too long for the page shrinks within limits, then the host is told", "[posters]")
{
    PosterSpec spec = threeRooms();
    PosterOutcome outcome;
    PosterRenderer::preview(spec, 4, &outcome);
    CHECK(outcome.textScale == Approx(1.0));
    CHECK(outcome.problems.isEmpty());

    spec.lead = spec.lead.repeated(8);
    PosterRenderer::preview(spec, 4, &outcome);
    CHECK(outcome.has(PosterProblem::Kind::TextShrunk));
    CHECK(outcome.textScale < 1.0);
    CHECK(outcome.textScale >= PosterRenderer::s_minScale);

    spec.rooms[1].channels = QStringLiteral("とても長い説明です。").repeated(200);
    PosterRenderer::preview(spec, 4, &outcome);
    REQUIRE(outcome.has(PosterProblem::Kind::TextCut));
    CHECK(outcome.textScale == Approx(PosterRenderer::s_minScale));
    CHECK(outcome.qrSideMm >= PosterRenderer::s_minQrMm); // codes never shrink with the text
}

// Not run by default ([.] hides it): writes posters to look at, into the folder TSUNAGU_POSTER_OUT names —
// `tsunagu_poster_tests "[.look]"`, then pdftoppm -png -r 100 on the files.
TEST_CASE("posters to look at", "[.look]")
{
    const QString out = qEnvironmentVariable("TSUNAGU_POSTER_OUT");
    REQUIRE_FALSE(out.isEmpty());
    PosterSpec three = threeRooms();
    three.tearOff = true;
    writePdf(out + QStringLiteral("/three-a4.pdf"), three);
    PosterSpec twelve = threeRooms();
    twelve.size = PaperSize::A3;
    twelve.tearOff = true;
    twelve.rooms.clear();
    for (int i = 0; i < 12; ++i)
        twelve.rooms.append(room(QStringLiteral("R%1").arg(i), QStringLiteral("ルーム%1(テスト)").arg(i),
                                 QStringLiteral("room-%1").arg(i)));
    writePdf(out + QStringLiteral("/twelve-a3.pdf"), twelve);
    twelve.size = PaperSize::A4;
    twelve.tearOff = false;
    writePdf(out + QStringLiteral("/twelve-a4.pdf"), twelve);
}
