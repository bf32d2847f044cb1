// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu contacts: the referral directory listed, exported for Excel, imported back and from Shift_JIS files,
// one contact as a vCard, through the real executable on a demo profile.
#include "CliRun.h"
#include "PdfTools.h"
#include "RequireServer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace tsunagu;

namespace {

QJsonArray listJson(const test::CliProfile& profile, const QStringList& filters = {})
{
    const test::Run run = profile.run(
        QStringList{QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")} + filters);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace

TEST_CASE("contacts list shows the demo directory, one contact of every kind, and filters it", "[cli][contacts]")
{
    test::CliProfile profile;
    const QJsonArray all = listJson(profile);
    CHECK(all.size() == 13);
    QSet<QString> kinds;
    for (const QJsonValue& v : all)
        kinds.insert(v.toObject().value(QStringLiteral("kind")).toString());
    CHECK(kinds.size() == 13);

    const QJsonArray clinics = listJson(profile, {QStringLiteral("--kind"), QStringLiteral("specialist_clinic")});
    REQUIRE(clinics.size() == 1);
    const QJsonObject clinic = clinics.first().toObject();
    CHECK(clinic.value(QStringLiteral("organisation")).toString() ==
          QStringLiteral("みどり台アルコール専門クリニック"));
    CHECK(clinic.value(QStringLiteral("postersDelivered")).toInt() == 2);
    CHECK(clinic.value(QStringLiteral("rooms")).toArray().size() == 3);
    CHECK(clinic.value(QStringLiteral("referralCode")).toString() == QStringLiteral("MD01"));

    CHECK(listJson(profile, {QStringLiteral("--region"), QStringLiteral("大阪")}).size() == 2);
    CHECK(listJson(profile, {QStringLiteral("--room"), QStringLiteral("G")}).size() == 3);
    CHECK(listJson(profile, {QStringLiteral("--stale")}).size() == 3); // 210 and 190 days, and never
    CHECK(listJson(profile, {QStringLiteral("--no-poster")}).size() == 8);

    const test::Run wrong = profile.run(
        {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("castle")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.shows(QStringLiteral("castle")));
}

TEST_CASE("contacts export writes a CSV that imports back without duplicates", "[cli][contacts][csv]")
{
    test::CliProfile profile;
    const QString csv = profile.tmp.filePath(QStringLiteral("contacts.csv"));
    const test::Run exported =
        profile.run({QStringLiteral("contacts"), QStringLiteral("export"), QStringLiteral("--csv"), csv});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == 14); // header and 13 contacts (no line breaks inside the demo's cells)

    const test::Run again = profile.run({QStringLiteral("contacts"), QStringLiteral("import"), csv});
    INFO(again.out.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.shows(QStringLiteral("Imported 0 contact")));
    CHECK(again.out.count(QStringLiteral("already in the directory")) == 13);
    CHECK(listJson(profile).size() == 13);
}

TEST_CASE("contacts import reads a Shift_JIS spreadsheet and names what it left out", "[cli][contacts][csv]")
{
    test::CliProfile profile;
    const QString csv = profile.tmp.filePath(QStringLiteral("sjis.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QStringEncoder toSjis("Shift_JIS");
    file.write(toSjis.encode(QStringLiteral("団体名,種別,都道府県,ＦＡＸ番号,紹介コード\r\n"
                                            "あさひ台病院,病院,岡山県,086-000-0000,AH01\r\n"
                                            "みどり台アルコール専門クリニック,専門医療機関,東京都,,\r\n")));
    file.close();
    const test::Run run = profile.run({QStringLiteral("contacts"), QStringLiteral("import"), csv});
    INFO(run.out.toStdString() + run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.shows(QStringLiteral("Imported 1 contact")));
    CHECK(run.shows(QStringLiteral("Shift_JIS")));
    CHECK(run.shows(QStringLiteral("ＦＡＸ番号")));
    CHECK(run.shows(QStringLiteral("Line 3")));
    const QJsonArray hospitals = listJson(profile, {QStringLiteral("--kind"), QStringLiteral("hospital")});
    CHECK(hospitals.size() == 2);

    SECTION("a file without an organisation column changes nothing")
    {
        const QString bad = profile.tmp.filePath(QStringLiteral("bad.csv"));
        QFile out(bad);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("name,phone\r\nA,1\r\n");
        out.close();
        const test::Run refused = profile.run({QStringLiteral("contacts"), QStringLiteral("import"), bad});
        CHECK(refused.exitCode == 1);
        CHECK(refused.shows(QStringLiteral("Nothing was imported")));
        CHECK(listJson(profile).size() == 14);
    }
}

TEST_CASE("contacts vcard prints one contact as a vCard", "[cli][contacts][vcard]")
{
    test::CliProfile profile;
    const QJsonArray clinics = listJson(profile, {QStringLiteral("--kind"), QStringLiteral("specialist_clinic")});
    REQUIRE(clinics.size() == 1);
    const QString id = QString::number(clinics.first().toObject().value(QStringLiteral("id")).toInteger());
    const test::Run run = profile.run({QStringLiteral("contacts"), QStringLiteral("vcard"), id});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("BEGIN:VCARD")));
    CHECK(run.shows(QStringLiteral("ORG:みどり台アルコール専門クリニック")));
    const test::Run missing =
        profile.run({QStringLiteral("contacts"), QStringLiteral("vcard"), QStringLiteral("9999")});
    CHECK(missing.exitCode == 1);
}

namespace {

QStringList qrCodesIn(const QString& pdf)
{
    QTemporaryDir dir;
    const QString png = test::pdfPageImage(pdf, dir.filePath(QStringLiteral("page")), 1, 150);
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    test::requireServer(QStringLiteral("zbarimg (zbar-tools)"), !zbarimg.isEmpty());
    const test::Run run =
        test::runProcess(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), png}, test::cliEnvironment());
    QStringList codes = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    codes.sort();
    return codes;
}

} // namespace

TEST_CASE("poster writes a PDF for a clinic whose codes lead to the rooms' forms", "[cli][posters]")
{
    test::CliProfile profile;
    const QJsonArray clinics = listJson(profile, {QStringLiteral("--kind"), QStringLiteral("specialist_clinic")});
    REQUIRE(clinics.size() == 1);
    const QString id = QString::number(clinics.first().toObject().value(QStringLiteral("id")).toInteger());
    const QString pdf = profile.tmp.filePath(QStringLiteral("poster.pdf"));
    const test::Run run =
        profile.run({QStringLiteral("poster"), QStringLiteral("--rooms"), QStringLiteral("D,N,G"),
                     QStringLiteral("--contact"), id, QStringLiteral("--tear-off"), QStringLiteral("--pdf"), pdf});
    INFO(run.out.toStdString() + run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const test::PdfFacts facts = test::readPdf(pdf);
    CHECK(facts.pageSize.contains(QStringLiteral("(A4)")));
    CHECK(facts.allFontsEmbedded);
    CHECK(facts.text.contains(QStringLiteral("みどり台アルコール専門クリニック様 掲示用")));
    CHECK(qrCodesIn(pdf) == QStringList{QStringLiteral("https://forms.example.org/tsunagu/room-d"),
                                        QStringLiteral("https://forms.example.org/tsunagu/room-g"),
                                        QStringLiteral("https://forms.example.org/tsunagu/room-n")});

    const QString a3 = profile.tmp.filePath(QStringLiteral("all.pdf"));
    const test::Run all = profile.run({QStringLiteral("poster"), QStringLiteral("--rooms"), QStringLiteral("all"),
                                       QStringLiteral("--size"), QStringLiteral("A3"), QStringLiteral("--pdf"), a3});
    REQUIRE(all.exitCode == 0);
    CHECK(test::readPdf(a3).pageSize.contains(QStringLiteral("(A3)")));
    CHECK(qrCodesIn(a3).size() == 10); // every room that meets; A and N女 are paused

    const test::Run unknown = profile.run({QStringLiteral("poster"), QStringLiteral("--rooms"), QStringLiteral("Z"),
                                           QStringLiteral("--pdf"), profile.tmp.filePath(QStringLiteral("z.pdf"))});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.shows(QStringLiteral("Z")));
    CHECK_FALSE(QFile::exists(profile.tmp.filePath(QStringLiteral("z.pdf"))));
}
