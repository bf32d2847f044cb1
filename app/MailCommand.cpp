// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailCommand.h"

#include "Console.h"
#include "Session.h"
#include "intake/IntakePipeline.h"
#include "intake/IntakeReader.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"
#include "text/MailFileText.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsunagu::app {
namespace {

QJsonArray addressesJson(const QVector<MailAddress>& addresses)
{
    QJsonArray list;
    for (const MailAddress& a : addresses)
        list.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("address"), a.address}});
    return list;
}

// What the pipeline understood, for hosts reporting a problem and for tests. Stable keys, never translated.
QJsonObject understandingJson(const Understanding& u)
{
    QJsonArray attachments;
    for (const MailAttachment& a : u.mail.attachments) {
        attachments.append(QJsonObject{{QStringLiteral("name"), a.fileName},
                                       {QStringLiteral("type"), a.contentType},
                                       {QStringLiteral("size"), a.size}});
    }
    QJsonArray notes;
    for (const DecodingNote& n : u.mail.notes)
        notes.append(QJsonObject{{QStringLiteral("where"), n.where}, {QStringLiteral("what"), n.what}});
    QJsonArray fields;
    for (const LabelledValue& f : u.fields) {
        fields.append(QJsonObject{{QStringLiteral("label"), f.label},
                                  {QStringLiteral("value"), f.value},
                                  {QStringLiteral("key"), f.key.isEmpty() ? QJsonValue() : QJsonValue(f.key)}});
    }
    QJsonArray hints;
    for (const Hint& h : u.hints)
        hints.append(QJsonObject{{QStringLiteral("kind"), h.kind}, {QStringLiteral("detail"), h.detail}});
    const Applicant& a = u.applicant;
    return {
        {QStringLiteral("subject"), u.mail.subject},
        {QStringLiteral("from"), addressesJson(u.mail.from)},
        {QStringLiteral("replyTo"), addressesJson(u.mail.replyTo)},
        {QStringLiteral("to"), addressesJson(u.mail.to)},
        {QStringLiteral("date"),
         u.mail.date.isValid() ? QJsonValue(u.mail.date.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("messageId"), u.mail.messageId},
        {QStringLiteral("inReplyTo"), u.mail.inReplyTo},
        {QStringLiteral("text"), u.mail.text},
        {QStringLiteral("textFromHtml"), u.mail.textFromHtml},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("size"), u.mail.size},
        {QStringLiteral("truncated"), u.mail.truncated},
        {QStringLiteral("uncertain"), u.mail.uncertain()},
        {QStringLiteral("decodingNotes"), notes},
        {QStringLiteral("classification"), classificationKey(u.classification)},
        {QStringLiteral("spamReason"), u.spamReason},
        {QStringLiteral("isForm"), u.isForm},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("room"), u.roomCode.isEmpty() ? QJsonValue() : QJsonValue(u.roomCode)},
        {QStringLiteral("replyAddress"), u.replyAddress},
        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("anonymousName"), a.anonymousName},
                                                  {QStringLiteral("category"), categoryKey(a.category)},
                                                  {QStringLiteral("gender"), a.genderAsWritten},
                                                  {QStringLiteral("ageBand"), a.ageBand},
                                                  {QStringLiteral("region"), a.region},
                                                  {QStringLiteral("country"), a.country},
                                                  {QStringLiteral("timeZone"), a.timeZone},
                                                  {QStringLiteral("concern"), a.concern},
                                                  {QStringLiteral("referralSource"), a.referralSource},
                                                  {QStringLiteral("introduction"), a.introduction}}},
        {QStringLiteral("hints"), hints},
    };
}

// Reads a mail file, refusing before reading what cannot be one mail (over the size cap, a FIFO or a device,
// empty, binary), with a sentence saying which.
bool readFile(const QString& path, QByteArray& bytes)
{
    auto read = MailFile::read(path);
    if (!read) {
        Console::error(MailFileText::problem(read.error().code, path));
        return false;
    }
    bytes = std::move(read).value();
    return true;
}

} // namespace

int MailCommand::runMail(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("rounds"), tr("Parse the folder N times (bench)."), tr("N"), QStringLiteral("3")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("inspect FILE.eml, or bench DIR"));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 2 && positional.first() == QLatin1String("inspect"))
        return inspect(session, positional.at(1), parser.isSet(QStringLiteral("json")));
    if (positional.size() == 2 && positional.first() == QLatin1String("bench"))
        return bench(session, positional.at(1), qMax(1, parser.value(QStringLiteral("rounds")).toInt()));
    Console::error(tr("Usage: tsunagu mail inspect FILE.eml [--json] | tsunagu mail bench DIR [--rounds N]"));
    return 2;
}

int MailCommand::inspect(Session& session, const QString& path, bool json)
{
    QByteArray bytes;
    if (!readFile(path, bytes))
        return 1;
    auto rooms = session.rooms().all();
    if (!rooms) {
        Console::error(ErrorText::title(rooms.error().code));
        return 1;
    }
    const Understanding u = IntakePipeline::understand(bytes, rooms.value(), IntakeSource{});
    if (json) {
        Console::out(QString::fromUtf8(QJsonDocument(understandingJson(u)).toJson(QJsonDocument::Indented)));
        return 0;
    }
    QStringList lines;
    lines << tr("Subject: %1").arg(u.mail.subject);
    if (!u.mail.from.isEmpty())
        lines << tr("From: %1 <%2>").arg(u.mail.from.first().name, u.mail.from.first().address);
    lines << tr("Classification: %1").arg(classificationKey(u.classification));
    lines << tr("Room: %1").arg(u.roomCode.isEmpty() ? tr("(the host chooses)") : u.roomCode);
    lines << tr("Reply address: %1").arg(u.replyAddress);
    for (const LabelledValue& f : u.fields)
        lines << QStringLiteral("  %1: %2").arg(f.label, f.value);
    for (const Hint& h : u.hints)
        lines << QStringLiteral("  ⚠ ") + DisplayText::hint(h.kind);
    for (const DecodingNote& n : u.mail.notes)
        lines << tr("  Uncertain (%1): %2").arg(n.where, n.what);
    lines << QString() << u.mail.text;
    Console::out(lines.join(QLatin1Char('\n')));
    return 0;
}

int MailCommand::bench(Session& session, const QString& directory, int rounds)
{
    QVector<QByteArray> mails;
    qint64 bytes = 0;
    QDirIterator files(directory, {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QByteArray mail;
        if (!readFile(files.next(), mail))
            return 1;
        bytes += mail.size();
        mails.append(mail);
    }
    if (mails.isEmpty()) {
        Console::error(tr("No .eml files in %1.").arg(directory));
        return 2;
    }
    auto rooms = session.rooms().all();
    if (!rooms)
        return 1;
    // Everything is in memory before the clock starts: this measures parsing and classifying, not the disk. One
    // reader for the whole run, as a sync keeps one (building it is inside the measured time).
    qint64 forms = 0;
    QElapsedTimer timer;
    timer.start();
    const IntakeReader reader(rooms.value());
    for (int round = 0; round < rounds; ++round) {
        for (const QByteArray& mail : qAsConst(mails))
            forms += reader.read(mail, IntakeSource{}).isForm ? 1 : 0;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double perSecond = double(mails.size()) * rounds / seconds;
    Console::out(QStringLiteral("%1 messages (%2 MB) x %3 rounds in %4 s: %5 messages/s (%6 forms per round)")
                     .arg(mails.size())
                     .arg(double(bytes) / 1e6, 0, 'f', 1)
                     .arg(rounds)
                     .arg(seconds, 0, 'f', 3)
                     .arg(perSecond, 0, 'f', 0)
                     .arg(forms / rounds));
    return 0;
}

int MailCommand::runImport(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("room"), tr("The mails are for room CODE."), tr("CODE")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("files"), tr("Mail files (.eml) to import."),
                                 QStringLiteral("FILE.eml…"));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        Console::error(tr("Usage: tsunagu import FILE.eml… [--room CODE] [--json]"));
        return 2;
    }
    IntakeSource source;
    source.roomCode = parser.value(QStringLiteral("room"));
    if (!source.roomCode.isEmpty() && !session.rooms().byCode(source.roomCode)) {
        Console::error(tr("There is no room \"%1\". Run tsunagu rooms list to see the rooms.").arg(source.roomCode));
        return 2;
    }
    IntakePipeline& intake = session.intake();
    QJsonArray results;
    int failures = 0;
    for (const QString& path : paths) {
        QByteArray bytes;
        if (!readFile(path, bytes)) {
            ++failures;
            continue;
        }
        auto result = intake.take(bytes, source);
        if (!result) {
            Console::error(QFileInfo(path).fileName() + QStringLiteral(": ") + ErrorText::title(result.error().code) +
                           QLatin1Char('\n') +
                           ErrorText::explanation(result.error().code, session.profile().directory()));
            ++failures;
            continue;
        }
        static const char* const outcomes[] = {"new_applicant", "duplicate_applicant", "reply_attached", "unclassified",
                                               "spam",          "already_known"};
        const QString outcome = QLatin1String(outcomes[int(result->outcome)]);
        results.append(QJsonObject{
            {QStringLiteral("file"), path},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("messageId"), result->messageId},
            {QStringLiteral("applicantId"), result->applicantId > 0 ? QJsonValue(result->applicantId) : QJsonValue()},
            {QStringLiteral("room"), result->understanding.roomCode}});
        if (!parser.isSet(QStringLiteral("json"))) {
            Console::out(
                QStringLiteral("%1\t%2%3")
                    .arg(QFileInfo(path).fileName(), outcome,
                         result->applicantId > 0 ? QStringLiteral("\t#%1").arg(result->applicantId) : QString()));
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        Console::out(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented)));
    return failures > 0 ? 1 : 0;
}

} // namespace tsunagu::app
