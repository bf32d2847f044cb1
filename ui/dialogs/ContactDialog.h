// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "domain/Room.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace tsunagu::ui {

// Adds or changes one contact of the referral directory. Save hands the contact to the saver, which stores it and
// returns an error text or nothing; on an error the dialog stays open with what the host typed and says why.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(const Contact& contact, const QVector<Room>& rooms, QWidget* parent = nullptr);

    using Saver = std::function<QString(const Contact&)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    Contact contact() const;
    void showError(const QString& text);

public Q_SLOTS:
    void accept() override;

private:
    void updateOk();

    Contact m_original;
    Saver m_saver;
    QLineEdit* m_organisation = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_person = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_web = nullptr;
    QLineEdit* m_address = nullptr;
    QPlainTextEdit* m_worksWith = nullptr;
    QListWidget* m_rooms = nullptr;
    QCheckBox* m_hasLastContact = nullptr;
    QDateEdit* m_lastContact = nullptr;
    QCheckBox* m_hasFollowUp = nullptr;
    QDateEdit* m_followUp = nullptr;
    QLineEdit* m_code = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tsunagu::ui
