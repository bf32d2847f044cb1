// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiServices.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace tsunagu {
class TraceFile;
}

namespace tsunagu::ui {

// Settings › Troubleshooting: "Write a protocol trace" into a file the host can attach to a bug report. On only
// while the window is open (not saved), so it is never left running by mistake.
class TracePage : public QWidget
{
    Q_OBJECT

public:
    explicit TracePage(UiServices& services, QWidget* parent = nullptr);
    ~TracePage() override;

private:
    void toggled(bool on);

    UiServices& m_services;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_note = nullptr;
    std::unique_ptr<TraceFile> m_trace;
};

} // namespace tsunagu::ui
