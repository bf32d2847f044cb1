// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTools.h"

#include "RequireServer.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace tsunagu::test {
namespace {

QString run(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    requireServer(tool + QStringLiteral(" (poppler-utils)"), !program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString pdfText(const QString& path, int firstPage, int lastPage)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (firstPage > 0)
        arguments << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        arguments << QStringLiteral("-l") << QString::number(lastPage);
    arguments << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments).normalized(QString::NormalizationForm_KC);
}

PdfFacts readPdf(const QString& path)
{
    PdfFacts facts;
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("^Pages: +(\\d+)$"), QRegularExpression::MultilineOption).match(info);
    facts.pages = pages.hasMatch() ? pages.captured(1).toInt() : 0;
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^Page size: +(.+)$"), QRegularExpression::MultilineOption).match(info);
    facts.pageSize = size.hasMatch() ? size.captured(1).trimmed() : QString();
    facts.text = pdfText(path);

    // pdffonts: two header lines, then one line per font: name, type, encoding, emb, sub, uni, object, id.
    const QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    facts.allFontsEmbedded = lines.size() > 2;
    for (const QString& line : lines.mid(2)) {
        facts.fonts << line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // From the right: id, object, uni, sub, emb.
        if (columns.size() < 6 || columns.at(columns.size() - 5) != QLatin1String("yes"))
            facts.allFontsEmbedded = false;
    }
    return facts;
}

QString pdfPageImage(const QString& pdfPath, const QString& pngBasePath, int page, int dpi)
{
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                     QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                     QString::number(page), QStringLiteral("-singlefile"), pdfPath, pngBasePath});
    return pngBasePath + QStringLiteral(".png");
}

} // namespace tsunagu::test
