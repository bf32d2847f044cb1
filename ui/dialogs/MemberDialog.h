// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"
#include "domain/Room.h"

#include <QDialog>
#include <QVector>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tsunagu::ui {

// Adds or changes one member of a room's roster: the anonymous name, the room, the category, the day they joined
// and whether they still come. What keeps it from being saved (no name, a name the room already has) shows under
// the form as the host types. Save hands the member to the saver, which stores it and returns an error text or
// nothing; on an error the dialog stays open with what the host typed.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    // `members`: every member of every room (the one being changed among them), to find names already taken.
    MemberDialog(const Member& member, const QVector<Room>& rooms, const QVector<MemberRow>& members,
                 QWidget* parent = nullptr);

    using Saver = std::function<QString(const Member&)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    Member member() const;

public Q_SLOTS:
    void accept() override;

private:
    void validate();
    QString roomCode(qint64 roomId) const;

    Member m_original;
    QVector<Room> m_rooms;
    QVector<MemberRow> m_members;
    Saver m_saver;
    QLineEdit* m_name = nullptr;
    QComboBox* m_room = nullptr;
    QComboBox* m_category = nullptr;
    QCheckBox* m_hasJoined = nullptr;
    QDateEdit* m_joined = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tsunagu::ui
