// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tsunagu::ui {

// What a locked window shows instead of its contents: nothing personal, only that Tsunagu is locked. The cover on
// the window the host can type into also holds the unlock form (passphrase, or the operating system's account).
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    struct Options
    {
        bool passphrase = true; // a passphrase opens it; false: a plain unlock button (no passphrase is set)
        bool account = false;   // offer "unlock with my account" (without a passphrase: the only way)
    };

    LockScreen(Options options, QWidget* parent);

    // Shows or hides the unlock form (only one cover at a time holds it) and takes the keyboard focus.
    void setFormVisible(bool visible);
    // Says why the last try did not unlock; clears the passphrase.
    void showRefusal(const QString& text);
    // While a check runs: a busy bar, and the form cannot be sent again.
    void setChecking(bool checking);

Q_SIGNALS:
    void unlockRequested(const QString& passphrase);
    void accountUnlockRequested();

private:
    void submit();

    Options m_options;
    QWidget* m_form = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_account = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace tsunagu::ui
