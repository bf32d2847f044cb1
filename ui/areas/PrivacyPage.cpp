// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/PrivacyPage.h"

#include "common/BusyWork.h"
#include "common/LockSettings.h"
#include "common/ProfileKeys.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace tsunagu::ui {

PrivacyPage::PrivacyPage(UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    auto* form = new QFormLayout(this);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("lockMinutesSpin"));
    m_minutes->setRange(0, LockSettings::s_maxMinutes);
    m_minutes->setSuffix(tr(" minutes"));
    m_minutes->setSpecialValueText(tr("Never"));
    m_minutes->setValue(LockSettings::minutes(services.uiStatePath));
    form->addRow(tr("Lock the window after it is &unused for:"), m_minutes);
    auto* note = new QLabel(tr("A locked window shows nothing of the applicants until it is unlocked, also in the "
                               "list of open windows. It also locks when the computer's screen locks, and at once "
                               "with Ctrl+L (File → Lock)."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_minutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        LockSettings::setMinutes(m_services.uiStatePath, minutes);
        Q_EMIT lockDelayChanged(std::chrono::minutes(minutes));
    });

    if (!m_services.keys)
        return;
    m_keyState = new QLabel(this);
    m_keyState->setObjectName(QStringLiteral("keyStateLabel"));
    m_keyState->setWordWrap(true);
    form->addRow(tr("The data's key:"), m_keyState);
    auto* buttons = new QHBoxLayout;
    m_setPassphrase = new QPushButton(this);
    m_setPassphrase->setObjectName(QStringLiteral("setPassphraseButton"));
    m_removePassphrase = new QPushButton(tr("&Remove the passphrase…"), this);
    m_removePassphrase->setObjectName(QStringLiteral("removePassphraseButton"));
    buttons->addWidget(m_setPassphrase);
    buttons->addWidget(m_removePassphrase);
    buttons->addStretch();
    form->addRow(buttons);
    connect(m_setPassphrase, &QPushButton::clicked, this, &PrivacyPage::setPassphrase);
    connect(m_removePassphrase, &QPushButton::clicked, this, &PrivacyPage::removePassphrase);
    showKeyState();
}

void PrivacyPage::showKeyState()
{
    const ProfileKeys::State state = m_services.keys->state();
    switch (state) {
    case ProfileKeys::State::Keychain:
        m_keyState->setText(tr("The data's key is in the keychain. Anyone who can use this computer account can "
                               "open this profile; a passphrase makes it open only with the passphrase."));
        m_setPassphrase->setText(tr("&Set a passphrase…"));
        break;
    case ProfileKeys::State::Passphrase:
        m_keyState->setText(tr("Protected by a passphrase. Without it the data cannot be opened."));
        m_setPassphrase->setText(tr("&Change the passphrase…"));
        break;
    case ProfileKeys::State::Plain:
        m_keyState->setText(m_services.keys->sealAtNextStartWanted()
                                ? tr("Not encrypted. Tsunagu asks for a passphrase at its next start and seals the "
                                     "data before the window opens.")
                                : tr("Not encrypted: no keychain works on this computer. Set a passphrase to seal "
                                     "the applicants' data."));
        m_setPassphrase->setText(tr("&Set a passphrase…"));
        break;
    case ProfileKeys::State::MemoryOnly:
        m_keyState->setText(tr("The demo profile's key is kept in memory only; the profile goes when Tsunagu ends."));
        break;
    }
    m_setPassphrase->setVisible(state != ProfileKeys::State::MemoryOnly);
    m_removePassphrase->setVisible(state == ProfileKeys::State::Passphrase);
}

std::optional<QString> PrivacyPage::askNewPassphrase()
{
    const auto first = m_services.prompter.askPassword(
        this, tr("New passphrase"),
        tr("Choose a passphrase for this profile. Without it the data cannot be opened, so keep it safe."));
    if (!first)
        return std::nullopt;
    const auto again = m_services.prompter.askPassword(this, tr("New passphrase"), tr("Type the passphrase again:"));
    if (!again)
        return std::nullopt;
    if (*again != *first) {
        m_services.prompter.inform(this, tr("Passphrase not set"),
                                   tr("The two passphrases differ. Nothing was changed; try again."));
        return std::nullopt;
    }
    return first;
}

void PrivacyPage::setPassphrase()
{
    ProfileKeys& keys = *m_services.keys;
    const ProfileKeys::State state = keys.state();
    if (state == ProfileKeys::State::Plain) {
        // Sealing rewrites every applicant's data, which happens while the profile is closed.
        if (!m_services.prompter.confirm(
                this, tr("Set a passphrase"),
                tr("This profile's data is sealed while it is closed: at Tsunagu's next start you choose the "
                   "passphrase, and the data is sealed before the window opens."),
                tr("At the next start")))
            return;
        keys.sealAtNextStart();
        showKeyState();
        return;
    }
    if (state == ProfileKeys::State::Passphrase) {
        const auto current =
            m_services.prompter.askPassword(this, tr("Change the passphrase"), tr("Enter the current passphrase:"));
        if (!current)
            return;
        bool right = false;
        runBusy(this, tr("Change the passphrase"), tr("Checking the passphrase…"),
                [&keys, &right, passphrase = *current] { right = keys.checkPassphrase(passphrase); });
        if (!right) {
            m_services.prompter.inform(this, tr("Passphrase not changed"),
                                       tr("That is not the current passphrase. Nothing was changed."));
            return;
        }
    }
    const auto chosen = askNewPassphrase();
    if (!chosen)
        return;
    const QString entry = keys.keychainEntry();
    std::optional<StoreFailure> failure;
    runBusy(this, tr("Passphrase"), tr("Wrapping the data's key under the new passphrase…"),
            [&keys, &failure, passphrase = *chosen] {
                if (auto wrapped = keys.wrapUnderPassphrase(passphrase); !wrapped)
                    failure = wrapped.error();
            });
    if (failure) {
        m_services.prompter.inform(
            this, tr("Passphrase not set"),
            tr("The key file could not be written (%1). Nothing was changed.").arg(failure->detail));
        return;
    }
    QString text = state == ProfileKeys::State::Passphrase ? tr("The passphrase was changed.")
                                                           : tr("This profile now opens only with its passphrase.");
    // With a passphrase, nothing but the passphrase opens the data: the keychain's copy of the key goes.
    if (QString problem; !keys.dropKeychainCopy(entry, problem))
        text += QLatin1Char('\n') + tr("The key's copy in the keychain could not be removed (%1). Remove the entry "
                                       "\"%2\" of Tsunagu in the keychain yourself.")
                                        .arg(problem, entry);
    if (keys.changed)
        keys.changed();
    showKeyState();
    m_services.prompter.inform(this, tr("Passphrase"), text);
}

void PrivacyPage::removePassphrase()
{
    ProfileKeys& keys = *m_services.keys;
    if (!m_services.prompter.confirm(this, tr("Remove the passphrase?"),
                                     tr("The data's key is kept in this computer's keychain instead: anyone who can "
                                        "use this computer account can then open this profile."),
                                     tr("Remove the passphrase")))
        return;
    if (QString problem; !keys.removePassphrase(problem)) {
        m_services.prompter.inform(this, tr("Passphrase not removed"),
                                   tr("No keychain works on this computer to hold the key instead, so the passphrase "
                                      "stays. (%1)")
                                       .arg(problem));
        return;
    }
    if (keys.changed)
        keys.changed();
    showKeyState();
    m_services.prompter.inform(this, tr("Passphrase"), tr("The passphrase was removed."));
}

} // namespace tsunagu::ui
