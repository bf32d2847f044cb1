// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"
#include "areas/AreaWidget.h"

#include <chrono>

class QComboBox;
class QLabel;

namespace tsunagu::ui {

class HostsPage;
class MailAccountsPage;
class RoomsPage;
class TemplatesPage;

// 設定: the mail accounts, reply templates, rooms and hosts of this profile, and the display language.
class SettingsArea : public AreaWidget
{
    Q_OBJECT

public:
    explicit SettingsArea(UiServices& services, QWidget* parent = nullptr);

Q_SIGNALS:
    // A mail account was added, edited or removed.
    void mailAccountsChanged();
    // A room or a host was added, changed or removed: the other areas show them too.
    void profileChanged();
    // The host changed how long the window may stay unused before it locks (zero: never).
    void lockDelayChanged(std::chrono::milliseconds interval);
    // The host chose another language and wants to see it now: Tsunagu starts again.
    void restartRequested();

protected:
    StoreResult<Done> reload() override;

private:
    void languageChosen();

    UiServices& m_services;
    RoomsPage* m_rooms = nullptr;
    HostsPage* m_hosts = nullptr;
    MailAccountsPage* m_mailAccounts = nullptr;
    TemplatesPage* m_templates = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
};

} // namespace tsunagu::ui
