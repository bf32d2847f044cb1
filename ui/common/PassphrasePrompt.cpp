// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PassphrasePrompt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace tsunagu::ui {

PassphrasePrompt::PassphrasePrompt(Mode mode, const QString& text, Check check, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_check(std::move(check))
{
    setObjectName(QStringLiteral("passphrasePrompt"));
    setWindowTitle(mode == Mode::Unlock ? tr("Unlock Tsunagu") : tr("Protect this profile"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(text, this);
    explanation->setObjectName(QStringLiteral("passphraseExplanationLabel"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto* form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Mode::Choose) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("passphraseRepeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Again:"), m_repeat);
    }
    layout->addLayout(form);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("passphraseBusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passphraseMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("passphraseOkButton"));
    m_ok->setText(mode == Mode::Unlock ? tr("&Unlock") : tr("&Set passphrase"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphrasePrompt::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

PassphrasePrompt::~PassphrasePrompt()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void PassphrasePrompt::submit()
{
    if (m_worker)
        return;
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty()) {
        refuse(tr("Enter the passphrase."));
        return;
    }
    if (m_mode == Mode::Choose) {
        if (m_repeat->text() != passphrase) {
            refuse(tr("The two passphrases differ. Type the same one twice."));
            return;
        }
        m_accepted = passphrase;
        accept();
        return;
    }
    auto passed = std::make_shared<bool>(false);
    m_worker = QThread::create([check = m_check, passphrase, passed] { *passed = check && check(passphrase); });
    // Queued to this thread: the worker has ended and written its answer before this reads it.
    connect(m_worker, &QThread::finished, this, [this, passed, passphrase] {
        m_worker->deleteLater();
        m_worker = nullptr;
        setChecking(false);
        if (*passed) {
            m_accepted = passphrase;
            accept();
        } else {
            refuse(tr("That passphrase is not right. Try again (upper and lower case count)."));
        }
    });
    setChecking(true);
    m_worker->start();
}

void PassphrasePrompt::setChecking(bool checking)
{
    m_busy->setVisible(checking);
    m_passphrase->setEnabled(!checking);
    m_ok->setEnabled(!checking);
    if (checking)
        m_message->hide();
}

void PassphrasePrompt::refuse(const QString& text)
{
    m_passphrase->clear();
    if (m_repeat)
        m_repeat->clear();
    m_message->setText(text);
    m_message->show();
    m_passphrase->setFocus();
    Q_EMIT refused();
}

} // namespace tsunagu::ui
