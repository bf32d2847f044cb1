// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ContactTableModel.h"

#include "contacts/Prefectures.h"
#include "text/DisplayText.h"

namespace tsunagu::ui {
namespace {

// A column showing `display`, sorting by `sortKey` and answering IdRole with `id`.
template <typename Row, typename Display, typename SortKey, typename Id>
auto makeColumn(Display display, SortKey sortKey, Id id)
{
    return [display, sortKey, id](const Row& r, int role) -> QVariant {
        switch (role) {
        case Qt::DisplayRole:
            return display(r);
        case SortRole:
            return sortKey(r);
        case IdRole:
            return id(r);
        default:
            return {};
        }
    };
}

} // namespace

ContactTableModel::ContactTableModel(ContactRepository& contacts, QObject* parent)
    : RowTableModel(parent)
    , m_contacts(contacts)
{
    auto id = [](const ContactRow& r) {
        return r.contact.id;
    };
    auto text = [id](auto display) {
        return makeColumn<ContactRow>(display, display, id);
    };
    setColumns({
        {tr("Organisation"), text([](const ContactRow& r) { return r.contact.organisation; })},
        {tr("Kind"), text([](const ContactRow& r) { return DisplayText::contactKind(r.contact.kind); })},
        // By prefecture in the usual order (北海道 … 沖縄県), not by character code.
        {tr("Region"),
         makeColumn<ContactRow>([](const ContactRow& r) { return r.contact.region; },
                                [](const ContactRow& r) { return Prefectures::sortKey(r.contact.region); }, id)},
        {tr("Person"), text([](const ContactRow& r) { return r.contact.person; })},
        {tr("Phone"), text([](const ContactRow& r) { return r.contact.phone; })},
        {tr("E-mail"), text([](const ContactRow& r) { return r.contact.email; })},
        {tr("Last contact"),
         makeColumn<ContactRow>([](const ContactRow& r) { return DisplayText::date(r.contact.lastContactOn); },
                                [](const ContactRow& r) { return r.contact.lastContactOn; }, id)},
        {tr("Posters"), makeColumn<ContactRow>([](const ContactRow& r) { return QString::number(r.postersDelivered); },
                                               [](const ContactRow& r) { return r.postersDelivered; }, id)},
        {tr("Referred"), makeColumn<ContactRow>(
                             [](const ContactRow& r) {
                                 // Links Tsunagu suggested from the applicants' 紹介元 wait for the host: shown as "3
                                 // (1?)".
                                 if (r.applicantsUnconfirmed == 0)
                                     return QString::number(r.applicantsReferred);
                                 return tr("%1 (%2 to confirm)").arg(r.applicantsReferred).arg(r.applicantsUnconfirmed);
                             },
                             [](const ContactRow& r) { return r.applicantsReferred; }, id)},
        {tr("Rooms"), text([](const ContactRow& r) { return r.roomCodes.join(QStringLiteral(", ")); })},
        {tr("Next follow-up"),
         makeColumn<ContactRow>([](const ContactRow& r) { return DisplayText::date(r.contact.nextFollowUpOn); },
                                [](const ContactRow& r) { return r.contact.nextFollowUpOn; }, id)},
    });
}

StoreResult<Done> ContactTableModel::reload()
{
    auto rows = m_contacts.all();
    if (!rows)
        return rows.error();
    setRows(std::move(rows).value());
    return Done{};
}

void ContactTableModel::showRows(QVector<ContactRow> rows)
{
    setRows(std::move(rows));
}

int ContactTableModel::rowOf(qint64 contactId) const
{
    for (int i = 0; i < rows().size(); ++i) {
        if (rows().at(i).contact.id == contactId)
            return i;
    }
    return -1;
}

PosterDeliveryTableModel::PosterDeliveryTableModel(ContactRepository& contacts, QObject* parent)
    : RowTableModel(parent)
    , m_contacts(contacts)
{
    auto id = [](const PosterDeliveryRow& r) {
        return r.delivery.id;
    };
    auto text = [id](auto display) {
        return makeColumn<PosterDeliveryRow>(display, display, id);
    };
    setColumns({
        {tr("Delivered"), makeColumn<PosterDeliveryRow>(
                              [](const PosterDeliveryRow& r) { return DisplayText::date(r.delivery.deliveredOn); },
                              [](const PosterDeliveryRow& r) { return r.delivery.deliveredOn; }, id)},
        {tr("Organisation"), text([](const PosterDeliveryRow& r) { return r.organisation; })},
        {tr("Region"), text([](const PosterDeliveryRow& r) { return r.region; })},
        {tr("Poster"), text([](const PosterDeliveryRow& r) { return r.delivery.posterVersion; })},
        {tr("Copies"),
         makeColumn<PosterDeliveryRow>([](const PosterDeliveryRow& r) { return QString::number(r.delivery.copies); },
                                       [](const PosterDeliveryRow& r) { return r.delivery.copies; }, id)},
    });
}

StoreResult<Done> PosterDeliveryTableModel::reload()
{
    auto rows = m_contacts.posterDeliveries();
    if (!rows)
        return rows.error();
    setRows(std::move(rows).value());
    return Done{};
}

} // namespace tsunagu::ui
