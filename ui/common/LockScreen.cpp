// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LockScreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

LockScreen::LockScreen(Options options, QWidget* parent)
    : QWidget(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* title = new QLabel(tr("Tsunagu is locked"), this);
    title->setObjectName(QStringLiteral("lockTitleLabel"));
    title->setAlignment(Qt::AlignCenter);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    outer->addWidget(title);

    m_form = new QWidget(this);
    m_form->setObjectName(QStringLiteral("unlockForm"));
    auto* form = new QVBoxLayout(m_form);
    auto* explanation = new QLabel(m_form);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);
    form->addWidget(explanation);
    m_passphrase = new QLineEdit(m_form);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMaximumWidth(360);
    form->addWidget(m_passphrase, 0, Qt::AlignHCenter);
    m_unlock = new QPushButton(tr("&Unlock"), m_form);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    form->addWidget(m_unlock, 0, Qt::AlignHCenter);
    if (options.account) {
        m_account = new QPushButton(tr("Unlock with my &computer account"), m_form);
        m_account->setObjectName(QStringLiteral("unlockWithAccountButton"));
        form->addWidget(m_account, 0, Qt::AlignHCenter);
        connect(m_account, &QPushButton::clicked, this, &LockScreen::accountUnlockRequested);
    }
    // A passphrase check takes about half a second: the bar moves meanwhile.
    m_busy = new QProgressBar(m_form);
    m_busy->setObjectName(QStringLiteral("unlockBusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(360);
    m_busy->hide();
    form->addWidget(m_busy, 0, Qt::AlignHCenter);
    m_message = new QLabel(m_form);
    m_message->setObjectName(QStringLiteral("unlockMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    form->addWidget(m_message);
    outer->addWidget(m_form);
    outer->addStretch(2);

    if (options.passphrase) {
        explanation->setText(tr("Enter your passphrase to show the applicants' data again."));
    } else if (options.account) {
        // The key is in the keychain of the computer account: that account is what opens it.
        explanation->setText(tr("This profile's key is kept in the keychain of your computer account. Unlock with "
                                "that account to show the applicants' data again."));
        m_passphrase->hide();
        m_unlock->hide();
        m_account->setDefault(true);
    } else {
        // Said plainly: without a passphrase the lock hides the data from view but cannot keep anyone out.
        explanation->setText(tr("No passphrase is set for this profile, so anyone at this computer can unlock it. "
                                "The lock hides the data from view until then."));
        m_passphrase->hide();
    }
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::submit);
    setFormVisible(false);
}

void LockScreen::setFormVisible(bool visible)
{
    m_form->setVisible(visible);
    if (visible) {
        if (m_passphrase->isVisible())
            m_passphrase->setFocus();
        else
            setFocus();
    }
}

void LockScreen::showRefusal(const QString& text)
{
    m_passphrase->clear();
    m_message->setText(text);
    m_message->show();
    m_passphrase->setFocus();
}

void LockScreen::setChecking(bool checking)
{
    m_busy->setVisible(checking);
    m_passphrase->setEnabled(!checking);
    m_unlock->setEnabled(!checking);
    if (m_account)
        m_account->setEnabled(!checking);
    if (checking)
        m_message->hide();
}

void LockScreen::submit()
{
    Q_EMIT unlockRequested(m_passphrase->text());
}

} // namespace tsunagu::ui
