// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "models/RowTableModel.h"
#include "storage/ContactRepository.h"

namespace tsunagu::ui {

class ContactTableModel : public RowTableModel<ContactRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        OrganisationColumn,
        KindColumn,
        RegionColumn,
        PersonColumn,
        PhoneColumn,
        EmailColumn,
        LastContactColumn,
        PostersColumn,
        ReferredColumn,
        RoomsColumn,
        FollowUpColumn
    };

    explicit ContactTableModel(ContactRepository& contacts, QObject* parent = nullptr);
    StoreResult<Done> reload();
    // Shows rows loaded elsewhere (the directory is read off the GUI thread).
    void showRows(QVector<ContactRow> rows);
    // The row of a contact, or -1.
    int rowOf(qint64 contactId) const;

private:
    ContactRepository& m_contacts;
};

// Poster deliveries, newest first (ポスター area).
class PosterDeliveryTableModel : public RowTableModel<PosterDeliveryRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        DateColumn,
        OrganisationColumn,
        RegionColumn,
        VersionColumn,
        CopiesColumn
    };

    explicit PosterDeliveryTableModel(ContactRepository& contacts, QObject* parent = nullptr);
    StoreResult<Done> reload();

private:
    ContactRepository& m_contacts;
};

} // namespace tsunagu::ui
