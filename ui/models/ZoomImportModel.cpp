// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ZoomImportModel.h"

#include "common/ChoiceDelegate.h"
#include "models/RowTableModel.h"

namespace tsunagu::ui {
namespace {

QVariantMap choice(const QString& label, const QVariant& value)
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}};
}

// The categories a participant is counted in, as the attendance entry names them.
constexpr Category s_categories[] = {Category::Person, Category::Family, Category::Supporter, Category::Unknown};

} // namespace

ZoomImportModel::ZoomImportModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ZoomImportModel::setRows(const QVector<ZoomImportRow>& rows, const QVector<Member>& members, int minimumMinutes)
{
    beginResetModel();
    m_rows = rows;
    m_members = members;
    m_minimumMinutes = minimumMinutes;
    endResetModel();
    Q_EMIT rowsEdited();
}

void ZoomImportModel::clear()
{
    setRows({}, {}, m_minimumMinutes);
}

int ZoomImportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ZoomImportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString ZoomImportModel::categoryLabel(Category category)
{
    switch (category) {
    case Category::Person:
        return tr("Person");
    case Category::Family:
        return tr("Family");
    case Category::Supporter:
        return tr("Supporter / visitor");
    case Category::Other:
    case Category::Unknown:
        return tr("Other / unclassified");
    }
    return {};
}

QString ZoomImportModel::reason(const ZoomImportRow& row) const
{
    if (row.counted) {
        if (row.found != ZoomImportRow::Found::Counted)
            return tr("Counted (added by you)");
        return row.joins > 1 ? tr("Counted (%n joins added up)", nullptr, row.joins) : tr("Counted");
    }
    switch (row.found) {
    case ZoomImportRow::Found::Host:
        return tr("Not counted: the host");
    case ZoomImportRow::Found::TooShort:
        return tr("Not counted: under %n minute(s)", nullptr, m_minimumMinutes);
    case ZoomImportRow::Found::Counted:
        break;
    }
    return tr("Not counted: left out by you");
}

const Member* ZoomImportModel::member(qint64 id) const
{
    for (const Member& m : m_members) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

QVariant ZoomImportModel::choices(int column) const
{
    QVariantList list;
    if (column == MemberColumn) {
        list.append(choice(tr("Not on the roster"), qint64(0)));
        for (const Member& m : m_members)
            list.append(choice(m.anonymousName, m.id));
    } else if (column == CategoryColumn) {
        for (Category c : s_categories)
            list.append(choice(categoryLabel(c), categoryKey(c)));
    }
    return list;
}

QVariant ZoomImportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ZoomImportRow& row = m_rows.at(index.row());
    if (role == ChoicesRole)
        return choices(index.column());
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.name;
        break;
    case MinutesColumn:
        if (role == Qt::DisplayRole)
            return row.joins > 1 ? tr("%1 min (%2 joins)").arg(row.minutes).arg(row.joins)
                                 : tr("%1 min").arg(row.minutes);
        if (role == SortRole)
            return row.minutes;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CountedColumn:
        if (role == Qt::CheckStateRole)
            return row.counted ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole || role == SortRole)
            return reason(row);
        break;
    case MemberColumn:
        if (role == Qt::EditRole)
            return row.memberId;
        if (role == Qt::DisplayRole || role == SortRole) {
            const Member* m = member(row.memberId);
            return m ? m->anonymousName : tr("Not on the roster");
        }
        break;
    case CategoryColumn:
        if (role == Qt::EditRole)
            return categoryKey(row.category == Category::Other ? Category::Unknown : row.category);
        if (role == Qt::DisplayRole || role == SortRole)
            return categoryLabel(row.category);
        break;
    case FirstTimeColumn:
        if (role == Qt::CheckStateRole)
            return row.firstTime ? Qt::Checked : Qt::Unchecked;
        break;
    case RememberColumn:
        if (role == Qt::CheckStateRole)
            return row.remember ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole && row.memberId == 0)
            return tr("Choose a member first.");
        break;
    default:
        break;
    }
    return {};
}

QVariant ZoomImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name in Zoom");
    case MinutesColumn:
        return tr("Time");
    case CountedColumn:
        return tr("Counted");
    case MemberColumn:
        return tr("Member");
    case CategoryColumn:
        return tr("Counted as");
    case FirstTimeColumn:
        return tr("First time");
    case RememberColumn:
        return tr("Remember this mapping");
    default:
        return {};
    }
}

Qt::ItemFlags ZoomImportModel::flags(const QModelIndex& index) const
{
    // Views ask for the root's flags too (an invalid index): it has none.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ZoomImportRow& row = m_rows.at(index.row());
    switch (index.column()) {
    case CountedColumn:
        return f | Qt::ItemIsUserCheckable;
    case MemberColumn:
        return f | Qt::ItemIsEditable;
    case CategoryColumn:
    case FirstTimeColumn:
        // Only someone counted is counted in a category.
        return row.counted ? (f | (index.column() == CategoryColumn ? Qt::ItemIsEditable : Qt::ItemIsUserCheckable))
                           : Qt::ItemFlags(Qt::ItemIsSelectable);
    case RememberColumn:
        return row.memberId != 0 ? (f | Qt::ItemIsUserCheckable) : Qt::ItemFlags(Qt::ItemIsSelectable);
    default:
        return f;
    }
}

bool ZoomImportModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    ZoomImportRow& row = m_rows[index.row()];
    const bool checked = value.toInt() == Qt::Checked;
    switch (index.column()) {
    case CountedColumn:
        if (role != Qt::CheckStateRole)
            return false;
        row.counted = checked;
        break;
    case FirstTimeColumn:
        if (role != Qt::CheckStateRole)
            return false;
        row.firstTime = checked;
        break;
    case RememberColumn:
        if (role != Qt::CheckStateRole)
            return false;
        row.remember = checked;
        break;
    case MemberColumn: {
        if (role != Qt::EditRole)
            return false;
        const qint64 id = value.toLongLong();
        const Member* m = member(id);
        if (id != 0 && !m)
            return false;
        row.memberId = id;
        // A member is counted in their own category; someone not on the roster keeps what the host chose.
        if (m)
            row.category = m->category;
        else
            row.remember = false;
        break;
    }
    case CategoryColumn: {
        if (role != Qt::EditRole)
            return false;
        bool ok = false;
        const Category c = categoryFromKey(value.toString(), &ok);
        if (!ok)
            return false;
        row.category = c;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT rowsEdited();
    return true;
}

} // namespace tsunagu::ui
