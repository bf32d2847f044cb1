// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ContactDialog.h"

#include "text/DisplayText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {
namespace {

constexpr ContactKind s_kinds[] = {ContactKind::SpecialistClinic,
                                   ContactKind::Clinic,
                                   ContactKind::Hospital,
                                   ContactKind::ProbationOffice,
                                   ContactKind::HealthCentre,
                                   ContactKind::MentalHealthCentre,
                                   ContactKind::RecoveryFacility,
                                   ContactKind::SelfHelpGroup,
                                   ContactKind::FamilyAssociation,
                                   ContactKind::Government,
                                   ContactKind::School,
                                   ContactKind::LegalDebt,
                                   ContactKind::Other};

QLineEdit* lineEdit(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    return edit;
}

// A date that may be unset: a check box beside a calendar field.
QWidget* optionalDate(const QDate& value, const QString& name, QCheckBox** check, QDateEdit** edit, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    *check = new QCheckBox(box);
    (*check)->setObjectName(name + QStringLiteral("Check"));
    *edit = new QDateEdit(value.isValid() ? value : QDate::currentDate(), box);
    (*edit)->setObjectName(name + QStringLiteral("Edit"));
    (*edit)->setCalendarPopup(true);
    (*edit)->setDisplayFormat(DisplayText::dateFormat());
    (*check)->setChecked(value.isValid());
    (*edit)->setEnabled(value.isValid());
    QObject::connect(*check, &QCheckBox::toggled, *edit, &QWidget::setEnabled);
    row->addWidget(*check);
    row->addWidget(*edit, 1);
    return box;
}

} // namespace

ContactDialog::ContactDialog(const Contact& contact, const QVector<Room>& rooms, QWidget* parent)
    : QDialog(parent)
    , m_original(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.id == 0 ? tr("New contact") : tr("Edit contact"));
    auto* form = new QFormLayout;
    m_organisation = lineEdit(QStringLiteral("organisationEdit"), contact.organisation, this);
    m_organisation->setPlaceholderText(tr("Required"));
    form->addRow(tr("Organisation"), m_organisation);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const ContactKind kind : s_kinds)
        m_kind->addItem(DisplayText::contactKind(kind), contactKindKey(kind));
    m_kind->setCurrentIndex(m_kind->findData(contactKindKey(contact.kind)));
    form->addRow(tr("Kind"), m_kind);
    m_region = lineEdit(QStringLiteral("regionEdit"), contact.region, this);
    m_region->setPlaceholderText(tr("Prefecture, e.g. 大阪府"));
    m_city = lineEdit(QStringLiteral("cityEdit"), contact.city, this);
    m_city->setPlaceholderText(tr("City"));
    auto* place = new QHBoxLayout;
    place->addWidget(m_region);
    place->addWidget(m_city);
    form->addRow(tr("Region"), place);
    m_person = lineEdit(QStringLiteral("personEdit"), contact.person, this);
    m_role = lineEdit(QStringLiteral("roleEdit"), contact.personRole, this);
    m_role->setPlaceholderText(tr("Role, e.g. 精神保健福祉士"));
    auto* who = new QHBoxLayout;
    who->addWidget(m_person);
    who->addWidget(m_role);
    form->addRow(tr("Person you know there"), who);
    m_phone = lineEdit(QStringLiteral("phoneEdit"), contact.phone, this);
    form->addRow(tr("Phone"), m_phone);
    m_email = lineEdit(QStringLiteral("emailEdit"), contact.email, this);
    form->addRow(tr("E-mail"), m_email);
    m_web = lineEdit(QStringLiteral("webEdit"), contact.web, this);
    form->addRow(tr("Web"), m_web);
    m_address = lineEdit(QStringLiteral("addressEdit"), contact.address, this);
    form->addRow(tr("Address"), m_address);
    m_worksWith = new QPlainTextEdit(contact.roleNotes, this);
    m_worksWith->setObjectName(QStringLiteral("worksWithEdit"));
    m_worksWith->setPlaceholderText(tr("What they do and how they work with the rooms"));
    m_worksWith->setMaximumHeight(70);
    form->addRow(tr("Works with us"), m_worksWith);
    m_rooms = new QListWidget(this);
    m_rooms->setObjectName(QStringLiteral("roomsList"));
    m_rooms->setFlow(QListView::LeftToRight);
    m_rooms->setWrapping(true);
    m_rooms->setMaximumHeight(60);
    for (const Room& room : rooms) {
        auto* item = new QListWidgetItem(room.code, m_rooms);
        item->setData(Qt::UserRole, room.id);
        item->setToolTip(room.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(contact.roomIds.contains(room.id) ? Qt::Checked : Qt::Unchecked);
    }
    form->addRow(tr("Rooms"), m_rooms);
    form->addRow(tr("Last contact"), optionalDate(contact.lastContactOn, QStringLiteral("lastContact"),
                                                  &m_hasLastContact, &m_lastContact, this));
    form->addRow(tr("Next follow-up"),
                 optionalDate(contact.nextFollowUpOn, QStringLiteral("followUp"), &m_hasFollowUp, &m_followUp, this));
    m_code = lineEdit(QStringLiteral("codeEdit"), contact.referralCode, this);
    m_code->setPlaceholderText(tr("Printed on this contact's posters, e.g. MD01"));
    form->addRow(tr("Referral code"), m_code);
    m_notes = new QPlainTextEdit(contact.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaximumHeight(70);
    form->addRow(tr("Notes"), m_notes);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_organisation, &QLineEdit::textChanged, this, &ContactDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateOk();
}

void ContactDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_organisation->text().trimmed().isEmpty());
}

void ContactDialog::accept()
{
    if (m_saver) {
        const QString error = m_saver(contact());
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
    }
    QDialog::accept();
}

void ContactDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

Contact ContactDialog::contact() const
{
    Contact c = m_original;
    c.organisation = m_organisation->text().trimmed();
    c.kind = contactKindFromKey(m_kind->currentData().toString());
    c.region = m_region->text().trimmed();
    c.city = m_city->text().trimmed();
    c.person = m_person->text().trimmed();
    c.personRole = m_role->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.web = m_web->text().trimmed();
    c.address = m_address->text().trimmed();
    c.roleNotes = m_worksWith->toPlainText().trimmed();
    c.roomIds.clear();
    for (int i = 0; i < m_rooms->count(); ++i) {
        if (m_rooms->item(i)->checkState() == Qt::Checked)
            c.roomIds.append(m_rooms->item(i)->data(Qt::UserRole).toLongLong());
    }
    c.lastContactOn = m_hasLastContact->isChecked() ? m_lastContact->date() : QDate();
    c.nextFollowUpOn = m_hasFollowUp->isChecked() ? m_followUp->date() : QDate();
    c.referralCode = m_code->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

} // namespace tsunagu::ui
