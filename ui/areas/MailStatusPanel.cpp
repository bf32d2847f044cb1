// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/MailStatusPanel.h"

#include "common/ActivityText.h"
#include "common/MailReceiver.h"
#include "text/DisplayText.h"
#include "text/MailAccountText.h"
#include "text/Sentences.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace tsunagu::ui {

namespace {

// What the host can do about a problem from here, after MailAccountText's explanation.
QString nextStep(MailAccountProblem problem)
{
    switch (problem) {
    case MailAccountProblem::TlsUntrusted:
    case MailAccountProblem::CertificateChanged:
        return MailStatusPanel::tr("Press \"Receive mail\" to see the certificate and decide.");
    case MailAccountProblem::LoginFailed:
    case MailAccountProblem::PasswordMissing:
        return MailStatusPanel::tr("Press \"Receive mail\" to enter the password.");
    case MailAccountProblem::MailboxMissing:
    case MailAccountProblem::CaFileUnreadable:
        return MailStatusPanel::tr("After correcting it, press \"Receive mail\".");
    case MailAccountProblem::DiskFull:
        return MailStatusPanel::tr("After freeing space, press \"Receive mail\".");
    case MailAccountProblem::CannotConnect:
    case MailAccountProblem::ServerRefused:
    case MailAccountProblem::Other:
        return MailStatusPanel::tr("Tsunagu keeps trying by itself.");
    case MailAccountProblem::None:
        break;
    }
    return {};
}

} // namespace

MailStatusPanel::MailStatusPanel(MailReceiver& receiver, QWidget* parent)
    : QWidget(parent)
    , m_receiver(receiver)
{
    setObjectName(QStringLiteral("mailStatusPanel"));
    m_receive = new QPushButton(tr("Receive mail"), this);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_receive->setToolTip(tr("Look for new applications in the rooms' mailboxes now."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("receiveProgressBar"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mailStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("mailProblemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problems->hide();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_receive, 0, 0);
    layout->addWidget(m_progress, 0, 1);
    layout->addWidget(m_status, 1, 0, 1, 2);
    layout->addWidget(m_problems, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_receive, &QPushButton::clicked, &m_receiver, &MailReceiver::receiveNow);
    connect(&m_receiver, &MailReceiver::statusChanged, this, &MailStatusPanel::refresh);
    refresh();
}

void MailStatusPanel::refresh()
{
    const QVector<MailReceiver::Status> statuses = m_receiver.statuses();
    if (statuses.isEmpty()) {
        m_status->setText(tr("No mail account yet: add the room's mailbox in Settings → Mail accounts to receive "
                             "applications here."));
        m_problems->hide();
        m_progress->hide();
        return;
    }
    QStringList lines;
    QStringList problems;
    int toFetch = 0;
    int fetched = 0;
    int toRead = 0;
    int read = 0;
    bool running = false;
    bool reading = true; // every run in progress is reading what it downloaded
    for (const MailReceiver::Status& s : statuses) {
        QString state =
            s.awaitingPassword ? tr("Waiting for the password") : ActivityText::watcherState(s.state, s.nextAttemptAt);
        const QString last = s.lastSyncAt.isValid() ? tr("Last received: %1").arg(DisplayText::dateTime(s.lastSyncAt))
                                                    : tr("Not received yet");
        lines << tr("%1: %2. %3").arg(s.account.name, state, last);

        if (s.progress) {
            running = true;
            reading = reading && s.progress->reading;
            toFetch += s.progress->toFetch;
            fetched += s.progress->fetched;
            toRead += s.progress->toRead;
            read += s.progress->read;
        }
        if (s.awaitingPassword) {
            problems << tr("%1: No password is at hand. Press \"Receive mail\" to enter it; it is kept only until "
                           "Tsunagu closes.")
                            .arg(s.account.name);
            continue;
        }
        // This session's last run, else what the account kept from an earlier one.
        const MailAccountProblem problem =
            s.lastReport ? s.lastReport->problem
                         : (s.state == MailWatcher::State::Stopped ? s.account.lastError : MailAccountProblem::None);
        if (problem != MailAccountProblem::None)
            problems << tr("%1: %2").arg(s.account.name,
                                         Sentences::join(MailAccountText::problem(problem), nextStep(problem)));
        else if (s.typedPassword)
            lines << tr("The password you typed for %1 is kept only until Tsunagu closes.").arg(s.account.name);
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());

    m_progress->setVisible(running);
    if (running && reading && toRead > 0) {
        // Downloaded; now read into applicants.
        m_progress->setRange(0, toRead);
        m_progress->setValue(read);
        m_progress->setFormat(tr("Reading %1 / %2").arg(read).arg(toRead));
    } else if (running) {
        // An unknown total (connecting, looking for new mail) shows as a busy bar.
        m_progress->setRange(0, toFetch > 0 ? toFetch : 0);
        m_progress->setValue(fetched);
        m_progress->setFormat(toFetch > 0 ? tr("Receiving %1 / %2").arg(fetched).arg(toFetch) : tr("Receiving…"));
    }
}

} // namespace tsunagu::ui
