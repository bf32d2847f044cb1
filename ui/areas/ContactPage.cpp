// SPDX-License-Identifier: GPL-3.0-or-later
#include "areas/ContactPage.h"

#include "text/DisplayText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {
namespace {

enum HistoryKind
{
    EventEntry = 1,
    DeliveryEntry = 2
};

QString channelText(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Visit:
        return ContactPage::tr("Visit");
    case ContactChannel::Phone:
        return ContactPage::tr("Phone call");
    case ContactChannel::Mail:
        return ContactPage::tr("Mail");
    case ContactChannel::Meeting:
        return ContactPage::tr("Meeting");
    case ContactChannel::Other:
        break;
    }
    return ContactPage::tr("Other");
}

QString methodText(DeliveryMethod method)
{
    switch (method) {
    case DeliveryMethod::Handed:
        return ContactPage::tr("handed over");
    case DeliveryMethod::Post:
        return ContactPage::tr("by post");
    case DeliveryMethod::Mail:
        return ContactPage::tr("by mail (PDF)");
    case DeliveryMethod::Other:
        break;
    }
    return ContactPage::tr("other");
}

QTreeWidget* makeList(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

ContactPage::ContactPage(ContactRepository& contacts, ContactEventRepository& events, ReferralLinkRepository& links,
                         QWidget* parent)
    : QWidget(parent)
    , m_contacts(contacts)
    , m_events(events)
    , m_links(links)
{
    setObjectName(QStringLiteral("contactPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_summary->setOpenExternalLinks(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_history = makeList(QStringLiteral("historyList"), {tr("Date"), tr("What")}, this);
    m_removeHistory = new QPushButton(tr("Remove entry"), this);
    m_removeHistory->setObjectName(QStringLiteral("removeHistoryButton"));

    m_referred =
        makeList(QStringLiteral("referredList"),
                 {tr("Received"), tr("Applicant"), tr("Room"), tr("Referral source as written"), tr("Link")}, this);
    m_confirm = new QPushButton(tr("Confirm link"), this);
    m_confirm->setObjectName(QStringLiteral("confirmLinkButton"));
    m_reject = new QPushButton(tr("Not this contact"), this);
    m_reject->setObjectName(QStringLiteral("rejectLinkButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history, 1);
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addStretch();
    historyButtons->addWidget(m_removeHistory);
    layout->addLayout(historyButtons);
    layout->addWidget(new QLabel(tr("Applicants who named this contact"), this));
    layout->addWidget(m_referred, 1);
    auto* linkButtons = new QHBoxLayout;
    linkButtons->addStretch();
    linkButtons->addWidget(m_confirm);
    linkButtons->addWidget(m_reject);
    layout->addLayout(linkButtons);

    connect(m_confirm, &QPushButton::clicked, this, [this] { confirmSelected(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { confirmSelected(false); });
    connect(m_removeHistory, &QPushButton::clicked, this, &ContactPage::removeSelectedHistory);
    connect(m_history, &QTreeWidget::itemSelectionChanged, this, &ContactPage::updateButtons);
    connect(m_referred, &QTreeWidget::itemSelectionChanged, this, &ContactPage::updateButtons);
    clear();
}

void ContactPage::clear()
{
    m_contactId = 0;
    m_summary->setText(tr("Choose a contact to see its history and the applicants it sent."));
    m_history->clear();
    m_referred->clear();
    updateButtons();
}

StoreResult<Done> ContactPage::show(const ContactRow& row)
{
    const Contact& c = row.contact;
    m_contactId = c.id;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(c.organisation.toHtmlEscaped(), DisplayText::contactKind(c.kind));
    const QString place = QString(c.region + QLatin1Char(' ') + c.city).trimmed();
    if (!place.isEmpty())
        lines << place.toHtmlEscaped();
    if (!c.person.isEmpty())
        lines << tr("Person: %1").arg(QString(c.person + QLatin1Char(' ') + c.personRole).trimmed().toHtmlEscaped());
    for (const QString& value : {c.phone, c.email, c.address}) {
        if (!value.isEmpty())
            lines << value.toHtmlEscaped();
    }
    if (!c.web.isEmpty())
        lines << QStringLiteral("<a href=\"%1\">%1</a>").arg(c.web.toHtmlEscaped());
    if (!c.roleNotes.isEmpty())
        lines << c.roleNotes.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    if (!row.roomCodes.isEmpty())
        lines << tr("Rooms: %1").arg(row.roomCodes.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!c.referralCode.isEmpty())
        lines << tr("Referral code on posters: %1").arg(c.referralCode.toHtmlEscaped());
    if (c.nextFollowUpOn.isValid())
        lines << tr("Next follow-up: %1").arg(DisplayText::date(c.nextFollowUpOn));
    if (!c.notes.isEmpty())
        lines << c.notes.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    m_summary->setText(lines.join(QLatin1String("<br>")));

    auto events = m_events.of(c.id);
    if (!events)
        return events.error();
    auto deliveries = m_contacts.posterDeliveriesOf(c.id);
    if (!deliveries)
        return deliveries.error();
    struct Entry
    {
        QDate on;
        QString what;
        int kind;
        qint64 id;
    };
    QVector<Entry> entries;
    for (const ContactEvent& e : events.value()) {
        const QString what =
            e.note.isEmpty() ? channelText(e.channel) : channelText(e.channel) + QStringLiteral(": ") + e.note;
        entries.append({e.happenedOn, what, EventEntry, e.id});
    }
    for (const PosterDelivery& d : deliveries.value()) {
        QString what = tr("Poster %1, %n copies, %2", nullptr, d.copies).arg(d.posterVersion, methodText(d.method));
        if (!d.note.isEmpty())
            what += QStringLiteral(": ") + d.note;
        entries.append({d.deliveredOn, what, DeliveryEntry, d.id});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.on > b.on; });
    m_history->clear();
    for (const Entry& e : entries) {
        auto* item = new QTreeWidgetItem(m_history, {DisplayText::date(e.on), e.what});
        item->setData(0, Qt::UserRole, e.kind);
        item->setData(0, Qt::UserRole + 1, e.id);
    }

    auto referred = m_links.referredBy(c.id);
    if (!referred)
        return referred.error();
    m_referred->clear();
    for (const ReferredApplicant& a : referred.value()) {
        auto* item = new QTreeWidgetItem(m_referred, {DisplayText::date(a.receivedAt.date()), a.anonymousName,
                                                      a.roomCode, a.referralSource,
                                                      a.confirmed ? tr("confirmed") : tr("suggested — please check")});
        item->setData(0, Qt::UserRole, a.applicantId);
        item->setData(0, Qt::UserRole + 1, a.confirmed);
    }
    m_history->resizeColumnToContents(0);
    m_referred->resizeColumnToContents(0);
    updateButtons();
    return Done{};
}

void ContactPage::updateButtons()
{
    QTreeWidgetItem* referred = m_referred->currentItem();
    const bool linkChosen = referred && referred->isSelected();
    m_confirm->setEnabled(linkChosen && !referred->data(0, Qt::UserRole + 1).toBool());
    m_reject->setEnabled(linkChosen);
    m_removeHistory->setEnabled(m_history->currentItem() && m_history->currentItem()->isSelected());
}

void ContactPage::confirmSelected(bool confirm)
{
    QTreeWidgetItem* item = m_referred->currentItem();
    if (!item)
        return;
    const qint64 applicantId = item->data(0, Qt::UserRole).toLongLong();
    auto done = confirm ? m_links.confirm(applicantId) : m_links.reject(applicantId);
    if (!done) {
        Q_EMIT failed(done.error());
        return;
    }
    Q_EMIT changed();
}

void ContactPage::removeSelectedHistory()
{
    QTreeWidgetItem* item = m_history->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole + 1).toLongLong();
    auto done =
        item->data(0, Qt::UserRole).toInt() == EventEntry ? m_events.remove(id) : m_contacts.removePosterDelivery(id);
    if (!done) {
        Q_EMIT failed(done.error());
        return;
    }
    Q_EMIT changed();
}

} // namespace tsunagu::ui
