// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/MemberDialog.h"

#include "common/FormProblems.h"
#include "domain/MemberRules.h"
#include "text/DisplayText.h"
#include "text/MemberText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace tsunagu::ui {

MemberDialog::MemberDialog(const Member& member, const QVector<Room>& rooms, const QVector<MemberRow>& members,
                           QWidget* parent)
    : QDialog(parent)
    , m_original(member)
    , m_rooms(rooms)
    , m_members(members)
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(member.id == 0 ? tr("Add a member") : tr("Member %1").arg(member.anonymousName));

    m_name = new QLineEdit(member.anonymousName, this);
    m_name->setObjectName(QStringLiteral("memberNameEdit"));
    m_name->setPlaceholderText(tr("The name they use in the room"));
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("memberRoomCombo"));
    m_room->addItem(tr("(choose a room)"), qint64(0));
    for (const Room& room : rooms)
        m_room->addItem(QStringLiteral("%1 — %2").arg(room.code, room.name), room.id);
    m_room->setCurrentIndex(std::max(0, m_room->findData(member.roomId)));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("memberCategoryCombo"));
    for (Category category :
         {Category::Person, Category::Family, Category::Supporter, Category::Other, Category::Unknown})
        m_category->addItem(DisplayText::category(category), categoryKey(category));
    m_category->setCurrentIndex(std::max(0, m_category->findData(categoryKey(member.category))));

    // The day they joined may be unknown (members kept before Tsunagu): a check box beside the calendar.
    auto* joined = new QWidget(this);
    auto* joinedRow = new QHBoxLayout(joined);
    joinedRow->setContentsMargins(0, 0, 0, 0);
    m_hasJoined = new QCheckBox(tr("Known"), joined);
    m_hasJoined->setObjectName(QStringLiteral("memberJoinedCheck"));
    m_joined = new QDateEdit(member.joinedOn.isValid() ? member.joinedOn : QDate::currentDate(), joined);
    m_joined->setObjectName(QStringLiteral("memberJoinedEdit"));
    m_joined->setCalendarPopup(true);
    m_joined->setDisplayFormat(DisplayText::dateFormat());
    m_hasJoined->setChecked(member.joinedOn.isValid());
    m_joined->setEnabled(member.joinedOn.isValid());
    connect(m_hasJoined, &QCheckBox::toggled, m_joined, &QWidget::setEnabled);
    joinedRow->addWidget(m_hasJoined);
    joinedRow->addWidget(m_joined, 1);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("memberStatusCombo"));
    for (MemberStatus status : {MemberStatus::Active, MemberStatus::Inactive, MemberStatus::Left})
        m_status->addItem(DisplayText::memberStatus(status), memberStatusKey(status));
    m_status->setCurrentIndex(std::max(0, m_status->findData(memberStatusKey(member.status))));

    auto* form = new QFormLayout;
    form->addRow(tr("&Anonymous name:"), m_name);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Joined on:"), joined);
    form->addRow(tr("&Status:"), m_status);

    m_problems = FormProblems::makeLabel(QStringLiteral("memberProblemsLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("memberButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &MemberDialog::validate);
    connect(m_room, &QComboBox::currentIndexChanged, this, &MemberDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

Member MemberDialog::member() const
{
    Member m = m_original;
    m.anonymousName = m_name->text().trimmed();
    m.roomId = m_room->currentData().toLongLong();
    m.category = categoryFromKey(m_category->currentData().toString());
    m.joinedOn = m_hasJoined->isChecked() ? m_joined->date() : QDate();
    m.status = memberStatusFromKey(m_status->currentData().toString());
    return m;
}

QString MemberDialog::roomCode(qint64 roomId) const
{
    for (const Room& room : m_rooms) {
        if (room.id == roomId)
            return room.code;
    }
    return {};
}

void MemberDialog::validate()
{
    const Member m = member();
    QStringList others;
    for (const MemberRow& row : std::as_const(m_members)) {
        if (row.member.roomId == m.roomId && row.member.id != m.id)
            others << row.member.anonymousName;
    }
    QStringList lines;
    for (MemberProblem problem : memberProblems(m, others))
        lines << MemberText::problem(problem, roomCode(m.roomId));
    FormProblems::show(m_problems, m_buttons, lines);
}

void MemberDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    if (m_saver) {
        const QString error = m_saver(member());
        if (!error.isEmpty()) {
            FormProblems::show(m_problems, m_buttons, {error});
            // The store said no (another window added the same name meanwhile): the host may change and retry.
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            return;
        }
    }
    QDialog::accept();
}

} // namespace tsunagu::ui
