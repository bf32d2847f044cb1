// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Host.h"
#include "domain/Room.h"

#include <QDialog>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace tsunagu::ui {

// Adds or changes a host: the name replies are signed with, the signature, and the rooms they answer for.
class HostDialog : public QDialog
{
    Q_OBJECT

public:
    // `rooms`: every room, offered as check boxes; `otherNames`: every other host's name.
    HostDialog(const Host& host, bool isNew, const QVector<Room>& rooms, const QStringList& otherNames,
               QWidget* parent = nullptr);

    Host host() const;

private:
    void validate();

    Host m_original;
    QStringList m_otherNames;
    QLineEdit* m_name;
    QPlainTextEdit* m_signature;
    QListWidget* m_rooms;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace tsunagu::ui
