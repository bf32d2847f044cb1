// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"

#include <QWidget>

#include <chrono>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;

namespace tsunagu::ui {

// 設定 → プライバシー: when the window locks itself, and how the data's key is kept (keychain, passphrase or none),
// with the passphrase to set, change or remove; the key is derived on a worker thread behind a moving bar.
class PrivacyPage : public QWidget
{
    Q_OBJECT

public:
    PrivacyPage(UiServices& services, QWidget* parent = nullptr);

Q_SIGNALS:
    // The idle time before the window locks; zero: never.
    void lockDelayChanged(std::chrono::milliseconds interval);

private:
    void showKeyState();
    void setPassphrase();
    void removePassphrase();
    // The new passphrase, typed twice; nothing when the host cancelled or the two differ (said so).
    std::optional<QString> askNewPassphrase();

    UiServices& m_services;
    QSpinBox* m_minutes = nullptr;
    QLabel* m_keyState = nullptr;
    QPushButton* m_setPassphrase = nullptr;
    QPushButton* m_removePassphrase = nullptr;
};

} // namespace tsunagu::ui
