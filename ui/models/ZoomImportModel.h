// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"

#include <QAbstractTableModel>
#include <QVector>

namespace tsunagu::ui {

// One person of a Zoom participant list as the host sees it before saving: counted or not, the member they are and
// the category they are counted in. Never an e-mail address: the list's addresses stay in the reader.
struct ZoomImportRow
{
    enum class Found
    {
        Counted,  // stayed long enough and is not the host
        Host,     // the host's own entry
        TooShort, // under the room's minimum minutes
    };
    QString name;
    int minutes = 0;
    int joins = 1;
    Found found = Found::Counted; // what the list said
    bool counted = true;          // what the host decided (starts as the list said)
    qint64 memberId = 0;          // 0: not on the roster
    Category category = Category::Unknown;
    bool firstTime = false;
    bool remember = false; // remember the name -> member mapping for the next list
};

// The preview table of a Zoom import. The host ticks who is counted, first-timers and which mappings to remember,
// and chooses the member and the category through the choices each cell offers (ChoicesRole, for ChoiceDelegate).
class ZoomImportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MinutesColumn,
        CountedColumn,
        MemberColumn,
        CategoryColumn,
        FirstTimeColumn,
        RememberColumn,
        ColumnCount
    };

    explicit ZoomImportModel(QObject* parent = nullptr);

    void setRows(const QVector<ZoomImportRow>& rows, const QVector<Member>& members, int minimumMinutes);
    void clear();
    const QVector<ZoomImportRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    // Why a row is or is not counted, in words.
    QString reason(const ZoomImportRow& row) const;
    static QString categoryLabel(Category category);

Q_SIGNALS:
    // The host changed a row: the summary is counted again.
    void rowsEdited();

private:
    QVariant choices(int column) const;
    const Member* member(qint64 id) const;

    QVector<ZoomImportRow> m_rows;
    QVector<Member> m_members;
    int m_minimumMinutes = 5;
};

} // namespace tsunagu::ui
