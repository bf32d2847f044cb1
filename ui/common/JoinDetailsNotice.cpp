// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/JoinDetailsNotice.h"

#include "mail/mime/MimeParser.h"
#include "mail/net/SslMailSocket.h"
#include "secrets/PasswordSource.h"
#include "sending/ReplySender.h"
#include "sending/SecretChangeNotice.h"
#include "storage/AuditReader.h"
#include "text/ErrorText.h"
#include "text/ReplyText.h"

#include <QPointer>
#include <QWidget>

namespace tsunagu::ui {
namespace {

// One BCC notice on its way: the passwords (as a reply reads them: the keychain, a sign-in's token, or a question),
// then the sending; it removes itself when the host has heard the outcome.
class BccSending : public QObject
{
public:
    BccSending(QWidget* parent, UiServices& services, SecretChangeNotice::BccNotice notice)
        : QObject(parent)
        , m_parent(parent)
        , m_services(services)
        , m_notice(std::move(notice))
        , m_passwords(services.secrets)
        , m_sender(services.database, services.clock, SslMailSocket::factory(), this)
    {}

    void start()
    {
        const MailAccount& account = m_notice.account;
        if (PasswordSource::smtpSharesImap(account))
            return read(MailPassword::Imap);
        read(MailPassword::Smtp);
    }

private:
    void read(MailPassword which)
    {
        m_passwords.lookup(m_notice.account, which, this, [this, which](const PasswordLookup& lookup) {
            std::optional<QString> password = lookup.password;
            if (!password) {
                const QString title = which == MailPassword::Imap ? JoinDetailsNotice::tr("Mail password")
                                                                  : JoinDetailsNotice::tr("SMTP password");
                password = m_services.prompter.askPassword(
                    m_parent, title,
                    JoinDetailsNotice::tr("Enter the password of the mail account \"%1\" (%2).")
                        .arg(m_notice.account.name, m_notice.account.userName));
            }
            if (!password) {
                end(JoinDetailsNotice::tr("Not sent"), ReplyText::sendError(SendError::PasswordMissing));
                return;
            }
            m_sender.sendNotice(m_notice, {*password, *password}, 0,
                                [this](const SendOutcome& outcome) { finished(outcome); });
        });
    }

    void finished(const SendOutcome& outcome)
    {
        if (!outcome.ok()) {
            // Nothing went out: the holders get a draft each instead, so nobody is forgotten.
            QString text = ReplyText::sendError(outcome.failure->code);
            if (!outcome.failure->detail.isEmpty() && outcome.failure->code != SendError::Blocked)
                text += QLatin1Char('\n') + JoinDetailsNotice::tr("Details: %1").arg(outcome.failure->detail);
            QVector<qint64> ids;
            for (const SecretChangeNotice::Recipient& recipient : m_notice.recipients)
                ids << recipient.applicantId;
            auto prepared =
                SecretChangeNotice(m_services.database, m_services.clock).prepareDrafts(ids, 0, m_notice.seriesId);
            if (prepared)
                text += QLatin1Char('\n') +
                        JoinDetailsNotice::tr("%n draft(s) with the new details are ready in 返信 (Replies) instead.",
                                              nullptr, int(prepared->replyIds.size()));
            end(JoinDetailsNotice::tr("The notice was not sent"), text);
            return;
        }
        QString text = JoinDetailsNotice::tr("The notice went to %n applicant(s) in BCC.", nullptr,
                                             int(m_notice.recipients.size()));
        for (const QString& warning : outcome.warnings)
            text += QLatin1Char('\n') + ReplyText::warning(warning);
        end(JoinDetailsNotice::tr("Notice sent"), text);
    }

    void end(const QString& title, const QString& text)
    {
        m_services.prompter.inform(m_parent, title, text);
        deleteLater();
    }

    QPointer<QWidget> m_parent;
    UiServices& m_services;
    SecretChangeNotice::BccNotice m_notice;
    PasswordSource m_passwords;
    ReplySender m_sender;
};

QString leftOutLines(const SecretChangeNotice::BccNotice& notice)
{
    QStringList lines;
    for (const SecretChangeNotice::Recipient& person : notice.leftOut) {
        lines << (person.reason == SecretChangeNotice::LeftOut::Blocked
                      ? JoinDetailsNotice::tr("- %1: the address is blocked").arg(person.anonymousName)
                      : JoinDetailsNotice::tr("- %1: no address to write to").arg(person.anonymousName));
    }
    return lines.join(QLatin1Char('\n'));
}

// The mail as it will go, for the host to read before sending: the headers that matter, the text, who gets it
// (only how many: their addresses are in no header) and who is left out, by name.
QString previewText(const SecretChangeNotice::BccNotice& notice, const QByteArray& bytes)
{
    const MimeMessage mail = MimeParser::parse(bytes);
    QStringList lines;
    lines << JoinDetailsNotice::tr("From: %1").arg(senderAddress(notice.account))
          << JoinDetailsNotice::tr("To: %1 (the room's own address)").arg(senderAddress(notice.account))
          << JoinDetailsNotice::tr("BCC: %n applicant(s), whose addresses nobody else sees", nullptr,
                                   int(notice.recipients.size()))
          << JoinDetailsNotice::tr("Subject: %1").arg(mail.subject) << QString() << mail.text.trimmed();
    if (!notice.leftOut.isEmpty())
        lines << QString() << JoinDetailsNotice::tr("Left out:") << leftOutLines(notice);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool JoinDetailsNotice::changed(const MeetingSeries& before, const MeetingSeries& after)
{
    return before.joinUrl.trimmed() != after.joinUrl.trimmed() ||
           before.meetingId.trimmed() != after.meetingId.trimmed() ||
           before.passcode.trimmed() != after.passcode.trimmed();
}

void JoinDetailsNotice::afterSave(QWidget* parent, UiServices& services, const MeetingSeries& before)
{
    if (before.id == 0)
        return;
    auto after = services.meetings.series(before.id);
    if (!after || !changed(before, after.value()))
        return;
    // The holders are those of the room whose details they were sent; the change is not recorded yet, so the
    // audit log still names them.
    QVector<qint64> holders;
    if (auto found = AuditReader(services.database).secretHolders(before.roomId))
        holders = found.value();
    offer(parent, services, before.roomId, after->title, What::JoinDetails, holders, before.id);
}

void JoinDetailsNotice::offer(QWidget* parent, UiServices& services, qint64 roomId, const QString& name, What what,
                              const QVector<qint64>& holders, qint64 seriesId)
{
    SecretChangeNotice notice(services.database, services.clock);
    const QString title = what == What::JoinDetails ? tr("The join details of %1 changed").arg(name)
                                                    : tr("The chat link of room %1 changed").arg(name);
    const int choice =
        holders.isEmpty()
            ? -1
            : services.prompter.choose(
                  parent, title,
                  tr("%n applicant(s) were sent the old details. How should they be told of the new ones?", nullptr,
                     int(holders.size())),
                  {tr("Make a draft for each"), tr("Send one mail to all in BCC")});
    if (choice < 0) {
        (void)notice.recordChange(roomId);
        return;
    }
    if (choice == 0) {
        auto prepared = notice.prepare(roomId, holders, 0, seriesId);
        if (!prepared) {
            services.prompter.inform(parent, ErrorText::title(prepared.error().code),
                                     ErrorText::explanation(prepared.error().code, services.profileDirectory));
            return;
        }
        QString text = tr("%n draft(s) with the new details are ready in 返信 (Replies).", nullptr,
                          int(prepared->replyIds.size()));
        if (!prepared->notPrepared.isEmpty())
            text += QLatin1Char('\n') + tr("%n applicant(s) got no draft: no reply address or no invitation template.",
                                           nullptr, int(prepared->notPrepared.size()));
        services.prompter.inform(parent, tr("Notices prepared"), text);
        return;
    }

    auto bcc = notice.composeBcc(roomId, holders, seriesId);
    // The change is recorded in any case: from now on only those sent the new details hold them.
    auto recorded = notice.recordChange(roomId);
    if (!bcc || !recorded) {
        const StoreError code = !bcc ? bcc.error().code : recorded.error().code;
        services.prompter.inform(parent, ErrorText::title(code),
                                 ErrorText::explanation(code, services.profileDirectory));
        return;
    }
    if (bcc->recipients.isEmpty()) {
        services.prompter.inform(parent, tr("Nobody to write to"),
                                 tr("None of them can be written to:") + QLatin1Char('\n') + leftOutLines(bcc.value()));
        return;
    }
    ReplySender composer(services.database, services.clock, SslMailSocket::factory());
    QByteArray bytes;
    if (auto failure = composer.previewNotice(bcc.value(), bytes)) {
        QString text = failure->code == SendError::Blocked ? ReplyText::problem(ReplyProblem::NoAccount)
                                                           : ReplyText::sendError(failure->code);
        // Nobody is forgotten: a draft each instead, to finish and send in 返信.
        if (auto prepared = notice.prepareDrafts(holders, 0, seriesId))
            text += QLatin1Char('\n') + tr("%n draft(s) with the new details are ready in 返信 (Replies) instead.",
                                           nullptr, int(prepared->replyIds.size()));
        services.prompter.inform(parent, tr("The notice cannot be sent"), text);
        return;
    }
    // Cancel: nothing goes; the change stays recorded, as when the host chose not to tell anyone.
    if (!services.prompter.confirm(parent, tr("Send this notice?"), previewText(bcc.value(), bytes), tr("Send")))
        return;
    auto* sending = new BccSending(parent, services, bcc.value());
    sending->start();
}

} // namespace tsunagu::ui
