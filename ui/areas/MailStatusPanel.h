// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tsunagu::ui {

class MailReceiver;

// The top of 受付: "Receive mail", a progress bar with counts during a run, what receiving is doing for each
// account with the time mail was last received, and the last error in plain words with what to do.
class MailStatusPanel : public QWidget
{
    Q_OBJECT

public:
    MailStatusPanel(MailReceiver& receiver, QWidget* parent = nullptr);

private:
    void refresh();

    MailReceiver& m_receiver;
    QPushButton* m_receive = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace tsunagu::ui
