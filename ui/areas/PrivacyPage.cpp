// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/PrivacyPage.h"

#include "common/LockSettings.h"

#include <QFormLayout>
#include <QLabel>
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
}

} // namespace tsunagu::ui
