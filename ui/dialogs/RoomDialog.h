// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Room.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tsunagu::ui {

// Adds or changes a room: its name, who it is for, its form and chat addresses, reply deadline, the minimum stay a
// Zoom participant is counted after, pause with a note, schedule in its own words and guidelines. Save is offered only
// when the settings follow the rules; what is wrong is said under the form. The chat link is a secret and shown only on
// request.
class RoomDialog : public QDialog
{
    Q_OBJECT

public:
    // `otherCodes`: every other room's code. A new room's code can be typed; an existing room keeps its code.
    RoomDialog(const Room& room, bool isNew, const QStringList& otherCodes, QWidget* parent = nullptr);

    // The room as the form has it (id and sort order as given).
    Room room() const;
    // Days the texts of an application are kept after the outcome (RetentionRepository; 0: until deleted by hand).
    // Not part of Room: the room's repository does not store it.
    void setRetentionDays(int days);
    int retentionDays() const;

Q_SIGNALS:
    // The host asked to see the Zoom names the room remembers (offered for a room that exists).
    void aliasesRequested();

private:
    void validate();
    void describeRetention();

    Room m_original;
    QStringList m_otherCodes;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_audience;
    QComboBox* m_theme;
    QPlainTextEdit* m_description;
    QLineEdit* m_formUrl;
    QLineEdit* m_chatLink;
    QCheckBox* m_showChatLink;
    QLineEdit* m_reception;
    QSpinBox* m_deadline;
    QSpinBox* m_minimumMinutes;
    QSpinBox* m_retention;
    QLabel* m_retentionText;
    QCheckBox* m_paused;
    QLineEdit* m_statusNote;
    QLineEdit* m_schedule;
    QPlainTextEdit* m_guidelines;
    QCheckBox* m_minors;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace tsunagu::ui
