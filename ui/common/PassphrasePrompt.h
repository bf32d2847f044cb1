// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace tsunagu::ui {

// The question for the passphrase before the window opens. Unlocking: one field, checked on a worker thread
// (Argon2id takes about half a second) with a moving bar, so the dialog keeps painting; a wrong passphrase is said
// so in the dialog and asked again. Choosing: for a new profile where no keychain works, the passphrase twice.
class PassphrasePrompt : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Unlock, // an existing profile's passphrase
        Choose, // a new passphrase, typed twice
    };
    // True when the passphrase opens the profile; runs on a worker thread (Unlock only).
    using Check = std::function<bool(const QString& passphrase)>;

    PassphrasePrompt(Mode mode, const QString& text, Check check, QWidget* parent = nullptr);
    ~PassphrasePrompt() override;

    // The passphrase accepted (after accept()).
    QString passphrase() const { return m_accepted; }

Q_SIGNALS:
    void refused();

private:
    void submit();
    void setChecking(bool checking);
    void refuse(const QString& text);

    Mode m_mode;
    Check m_check;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
    QThread* m_worker = nullptr;
    QString m_accepted;
};

} // namespace tsunagu::ui
