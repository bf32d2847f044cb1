// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/DeleteApplicantDialog.h"

#include "mail/net/SslMailSocket.h"
#include "receiving/ServerMailEraser.h"
#include "secrets/PasswordSource.h"
#include "text/ErrorText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace tsunagu::ui {

DeleteApplicantDialog::DeleteApplicantDialog(UiServices& services, qint64 applicantId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_applicantId(applicantId)
{
    setObjectName(QStringLiteral("deleteApplicantDialog"));
    setWindowTitle(tr("Delete this applicant"));
    auto plan = ApplicantEraser(m_services.database, m_services.clock).plan(applicantId);
    m_ready = plan.ok();
    if (plan)
        m_plan = plan.value();

    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deleteSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(
        tr("Applicant #%1 will be deleted from Tsunagu. This cannot be undone.\n\n"
           "Deleted: the self-introduction and the form as written, the reply address, the anonymous name, the "
           "notes, %2 mail(s) to and from them with their original text, %3 reply/replies and drafts, %4 "
           "referral(s) to other rooms, and the link from the roster to them.\n\n"
           "Kept, without anything that names them: the room, status, category and dates, so that counts and "
           "reports stay the same, and a line in the audit log saying that applicant #%1 was deleted.")
            .arg(applicantId)
            .arg(m_plan.messages)
            .arg(m_plan.replies)
            .arg(m_plan.referrals));
    layout->addWidget(m_summary);

    m_alsoOnServer = new QCheckBox(this);
    m_alsoOnServer->setObjectName(QStringLiteral("alsoOnServerCheckBox"));
    m_alsoOnServer->setChecked(false);
    if (m_plan.onServer.isEmpty()) {
        m_alsoOnServer->setText(tr("Their original mails are not on a mail server (nothing to delete there)."));
        m_alsoOnServer->setEnabled(false);
    } else {
        m_alsoOnServer->setText(tr("Also delete their %n original mail(s) on the mail server (gone for every host "
                                   "who shares the mailbox)",
                                   nullptr, int(m_plan.onServer.size())));
    }
    layout->addWidget(m_alsoOnServer);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deleteButton = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deleteButton, &QPushButton::clicked, this, &DeleteApplicantDialog::deleteNow);
}

void DeleteApplicantDialog::deleteNow()
{
    m_deleteButton->setEnabled(false);
    m_alsoOnServer->setEnabled(false);
    m_summary->setText(tr("Deleting… (the profile is compacted afterwards, which takes a while in a large one)"));
    // The deletion ends with VACUUM, which rewrites the whole file (about 15 s for 100,000 applicants here): it runs
    // on a thread of its own with its own connection, so the window stays responsive.
    const QString path = m_services.database.path();
    const qint64 applicantId = m_applicantId;
    const Clock& clock = m_services.clock;
    auto result = std::make_shared<StoreResult<ApplicantErasure>>(
        StoreFailure{StoreError::QueryFailed, QStringLiteral("not run")});
    QThread* worker = QThread::create([path, applicantId, &clock, result] {
        Database::Options options;
        options.checkIntegrity = false; // this process opened and checked the profile already
        auto opened = Database::open(path, options);
        if (!opened) {
            *result = opened.error();
            return;
        }
        *result = ApplicantEraser(*opened.value(), clock).erase(applicantId);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result] { deleted(*result); });
    worker->start();
}

void DeleteApplicantDialog::deleted(const StoreResult<ApplicantErasure>& erased)
{
    if (!erased) {
        m_services.prompter.inform(this, tr("Nothing was deleted"),
                                   ErrorText::title(erased.error().code) + QLatin1Char('\n') +
                                       ErrorText::explanation(erased.error().code, m_services.profileDirectory));
        reject();
        return;
    }
    Q_EMIT applicantDeleted(m_applicantId);
    if (!m_alsoOnServer->isChecked() || erased->onServer.isEmpty()) {
        accept();
        return;
    }
    hide();
    deleteOnServer(erased->onServer, {});
}

// One account after another, each with its own password; the positions of the accounts done are taken out.
void DeleteApplicantDialog::deleteOnServer(QVector<ServerMailPosition> positions, QStringList outcomes)
{
    if (positions.isEmpty())
        return finishOnServer(outcomes);
    const qint64 accountId = positions.first().accountId;
    QVector<ServerMailPosition> now;
    QVector<ServerMailPosition> later;
    for (const ServerMailPosition& position : std::as_const(positions))
        (position.accountId == accountId ? now : later).append(position);
    auto account = m_services.mailAccounts.byId(accountId);
    if (!account) {
        outcomes << tr("The mail account of %n original mail(s) no longer exists, so they were left on the server.",
                       nullptr, int(now.size()));
        return deleteOnServer(later, outcomes);
    }
    SecretStore& store = m_services.tokens ? static_cast<SecretStore&>(*m_services.tokens) : m_services.secrets;
    PasswordSource(store).lookup(
        account.value(), MailPassword::Imap, this,
        [this, account = account.value(), now, later, outcomes](const PasswordLookup& lookup) mutable {
            std::optional<QString> password = lookup.password;
            if (!password) {
                password = m_services.prompter.askPassword(
                    this, tr("Mail password"),
                    tr("The password of %1, to delete the original mails on its server:").arg(account.name));
            }
            if (!password) {
                outcomes << tr("%1: no password, so the original mails were left on the server.").arg(account.name);
                return deleteOnServer(later, outcomes);
            }
            auto* eraser = new ServerMailEraser(SslMailSocket::factory(), this);
            eraser->erase(account, *password, now,
                          [this, eraser, account, later, outcomes](ServerMailEraser::Result result) mutable {
                              eraser->deleteLater();
                              QString text;
                              switch (result.outcome) {
                              case ServerMailEraser::Outcome::Deleted:
                                  text = tr("%n original mail(s) were deleted on the server.", nullptr, result.deleted);
                                  break;
                              case ServerMailEraser::Outcome::NoUidPlus:
                                  text = tr("The mail server cannot delete single messages safely (it lacks UIDPLUS), "
                                            "so the original mails were left there: delete them in your mail "
                                            "program.");
                                  break;
                              case ServerMailEraser::Outcome::MailboxRenumbered:
                                  text = tr("%n original mail(s) were left on the server because their mailbox was "
                                            "recreated since they arrived: delete them in your mail program.",
                                            nullptr, result.left);
                                  break;
                              case ServerMailEraser::Outcome::Failed:
                                  text = tr("The original mails could not be deleted on the server (%1): delete them "
                                            "in your mail program.")
                                             .arg(result.error.detail);
                                  break;
                              }
                              outcomes << account.name + QStringLiteral(": ") + text;
                              deleteOnServer(later, outcomes);
                          });
        });
}

void DeleteApplicantDialog::finishOnServer(const QStringList& outcomes)
{
    m_services.prompter.inform(parentWidget(), tr("The applicant was deleted"), outcomes.join(QLatin1Char('\n')));
    accept();
}

} // namespace tsunagu::ui
