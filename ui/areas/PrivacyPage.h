// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"

#include <QWidget>

#include <chrono>

class QSpinBox;

namespace tsunagu::ui {

// 設定 → プライバシー: when the window locks itself.
class PrivacyPage : public QWidget
{
    Q_OBJECT

public:
    PrivacyPage(UiServices& services, QWidget* parent = nullptr);

Q_SIGNALS:
    // The idle time before the window locks; zero: never.
    void lockDelayChanged(std::chrono::milliseconds interval);

private:
    UiServices& m_services;
    QSpinBox* m_minutes = nullptr;
};

} // namespace tsunagu::ui
