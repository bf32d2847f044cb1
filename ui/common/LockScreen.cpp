// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LockScreen.h"

#include <QLabel>
#include <QLineEdit>
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
    auto* unlock = new QPushButton(tr("&Unlock"), m_form);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    form->addWidget(unlock, 0, Qt::AlignHCenter);
    if (options.account) {
        auto* account = new QPushButton(tr("Unlock with my &computer account"), m_form);
        account->setObjectName(QStringLiteral("unlockWithAccountButton"));
        form->addWidget(account, 0, Qt::AlignHCenter);
        connect(account, &QPushButton::clicked, this, &LockScreen::accountUnlockRequested);
    }
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
    } else {
        // Said plainly: without a passphrase the lock hides the data from view but cannot keep anyone out.
        explanation->setText(tr("No passphrase is set for this profile, so anyone at this computer can unlock it. "
                                "The lock hides the data from view until then."));
        m_passphrase->hide();
    }
    connect(unlock, &QPushButton::clicked, this, &LockScreen::submit);
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

void LockScreen::submit()
{
    Q_EMIT unlockRequested(m_passphrase->text());
}

} // namespace tsunagu::ui
