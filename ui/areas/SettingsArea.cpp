// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/SettingsArea.h"

#include "areas/AuditLogPage.h"

#include "areas/HostsPage.h"
#include "areas/MailAccountsPage.h"
#include "areas/PrivacyPage.h"
#include "areas/RoomsPage.h"
#include "areas/TemplatesPage.h"
#include "areas/TracePage.h"
#include "text/UiLanguage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

SettingsArea::SettingsArea(UiServices& services, QWidget* parent)
    : AreaWidget(tr("Settings"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("settingsArea"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));

    m_mailAccounts = new MailAccountsPage(services, tabs);
    tabs->addTab(m_mailAccounts, tr("Mail accounts"));
    connect(m_mailAccounts, &MailAccountsPage::accountsChanged, this, &SettingsArea::mailAccountsChanged);

    m_templates = new TemplatesPage(services, tabs);
    tabs->addTab(m_templates, tr("Reply templates"));

    m_rooms = new RoomsPage(services, tabs);
    tabs->addTab(m_rooms, tr("Rooms"));
    connect(m_rooms, &RoomsPage::roomsChanged, this, &SettingsArea::profileChanged);

    m_hosts = new HostsPage(services, tabs);
    tabs->addTab(m_hosts, tr("Hosts"));
    connect(m_hosts, &HostsPage::hostsChanged, this, &SettingsArea::profileChanged);

    auto* languagePage = new QWidget(tabs);
    auto* form = new QFormLayout(languagePage);
    m_language = new QComboBox(languagePage);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Same as the computer"), QStringLiteral("auto"));
    // Each language is named in itself, so a host who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(languagePage);
    m_languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    m_languageNote->setWordWrap(true);
    form->addRow(m_languageNote);
    tabs->addTab(languagePage, tr("Language"));
    auto* privacy = new PrivacyPage(services, tabs);
    connect(privacy, &PrivacyPage::lockDelayChanged, this, &SettingsArea::lockDelayChanged);
    tabs->addTab(privacy, tr("Privacy"));
    tabs->addTab(new AuditLogPage(services, tabs), tr("Audit log"));
    tabs->addTab(new TracePage(services, tabs), tr("Troubleshooting"));

    contentLayout()->addWidget(tabs, 1);

    QSettings state(m_services.uiStatePath, QSettings::IniFormat);
    const QString saved = state.value(UiLanguage::s_settingsKey, QStringLiteral("auto")).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(saved)));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsArea::languageChosen);
}

StoreResult<Done> SettingsArea::reload()
{
    auto rooms = m_rooms->reload();
    if (!rooms)
        return rooms;
    auto accounts = m_mailAccounts->reload();
    if (!accounts)
        return accounts;
    auto hosts = m_hosts->reload();
    if (!hosts)
        return hosts;
    return m_templates->reload();
}

void SettingsArea::languageChosen()
{
    QSettings state(m_services.uiStatePath, QSettings::IniFormat);
    state.setValue(UiLanguage::s_settingsKey, m_language->currentData().toString());
    state.sync();
    // The window's texts are made when it is built: the new language shows after a restart, offered at once.
    m_languageNote->setText(tr("The new language is used the next time Tsunagu starts."));
    if (m_services.prompter.confirm(this, tr("Language"),
                                    tr("Tsunagu shows the new language after it starts again. Nothing is lost: what "
                                       "you entered is saved. Restart now?"),
                                    tr("Restart now")))
        Q_EMIT restartRequested();
}

} // namespace tsunagu::ui
