// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/HostDialog.h"

#include "common/FormProblems.h"
#include "domain/RoomRules.h"
#include "text/SettingsText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

HostDialog::HostDialog(const Host& host, bool isNew, const QVector<Room>& rooms, const QStringList& otherNames,
                       QWidget* parent)
    : QDialog(parent)
    , m_original(host)
    , m_otherNames(otherNames)
{
    setObjectName(QStringLiteral("hostDialog"));
    setWindowTitle(isNew ? tr("Add a host") : tr("Host %1").arg(host.displayName));

    m_name = new QLineEdit(host.displayName, this);
    m_name->setObjectName(QStringLiteral("hostNameEdit"));
    m_signature = new QPlainTextEdit(host.signature, this);
    m_signature->setObjectName(QStringLiteral("hostSignatureEdit"));
    m_signature->setTabChangesFocus(true);
    m_signature->setFixedHeight(m_signature->fontMetrics().lineSpacing() * 4 + 12);
    m_signature->setPlaceholderText(tr("Printed under each reply, for example: Room D reception, Haru"));

    m_rooms = new QListWidget(this);
    m_rooms->setObjectName(QStringLiteral("hostRoomsList"));
    for (const Room& room : rooms) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(room.code, room.name), m_rooms);
        item->setData(Qt::UserRole, room.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(host.roomCodes.contains(room.code) ? Qt::Checked : Qt::Unchecked);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Signature:"), m_signature);
    form->addRow(tr("&Rooms they answer for:"), m_rooms);

    m_problems = FormProblems::makeLabel(QStringLiteral("hostProblemsLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("hostButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &HostDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

Host HostDialog::host() const
{
    Host host = m_original;
    host.displayName = m_name->text().trimmed();
    host.signature = m_signature->toPlainText().trimmed();
    host.roomCodes.clear();
    for (int i = 0; i < m_rooms->count(); ++i) {
        if (m_rooms->item(i)->checkState() == Qt::Checked)
            host.roomCodes << m_rooms->item(i)->data(Qt::UserRole).toString();
    }
    return host;
}

void HostDialog::validate()
{
    QStringList lines;
    for (HostProblem problem : hostProblems(host(), m_otherNames))
        lines << SettingsText::hostProblem(problem);
    FormProblems::show(m_problems, m_buttons, lines);
}

} // namespace tsunagu::ui
