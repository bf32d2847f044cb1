// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactCsv.h"

#include "common/Csv.h"
#include "contacts/ReferralMatcher.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace tsunagu {
namespace {

enum class Field
{
    Organisation,
    Kind,
    Region,
    City,
    Person,
    Role,
    Phone,
    Email,
    Web,
    Address,
    WorksWith,
    Rooms,
    LastContact,
    FollowUp,
    Notes,
    Code,
    Count
};

// Header as written first, then the other names hosts' own spreadsheets use for the same column. Compared folded
// (width, case, spaces and punctuation ignored).
struct Column
{
    Field field;
    const char* written;
    std::array<const char*, 7> aliases;
};

const std::array<Column, int(Field::Count)> s_columns{{
    {Field::Organisation, "団体名", {"organisation", "organization", "機関名", "名称", "施設名", "事業所名", "連携先"}},
    {Field::Kind, "種別", {"kind", "type", "種類", "分類", "区分", nullptr, nullptr}},
    {Field::Region, "都道府県", {"prefecture", "region", "地域", "県", nullptr, nullptr, nullptr}},
    {Field::City, "市区町村", {"city", "市町村", "市区", nullptr, nullptr, nullptr, nullptr}},
    {Field::Person, "担当者", {"person", "contact person", "担当者名", "担当", "氏名", nullptr, nullptr}},
    {Field::Role, "担当者の役割", {"role", "title", "役職", "職種", "担当者役職", nullptr, nullptr}},
    {Field::Phone, "電話", {"phone", "tel", "電話番号", "telephone", nullptr, nullptr, nullptr}},
    {Field::Email, "メール", {"email", "e-mail", "mail", "メールアドレス", "eメール", nullptr, nullptr}},
    {Field::Web, "ウェブ", {"web", "url", "website", "ホームページ", "hp", "ウェブサイト", nullptr}},
    {Field::Address, "住所", {"address", "所在地", nullptr, nullptr, nullptr, nullptr, nullptr}},
    {Field::WorksWith,
     "連携内容",
     {"what they do", "role notes", "連携の内容", "業務内容", "関わり", nullptr, nullptr}},
    {Field::Rooms, "関わるルーム", {"rooms", "ルーム", "対象ルーム", nullptr, nullptr, nullptr, nullptr}},
    {Field::LastContact, "最終連絡日", {"last contact", "最終連絡", "最終接触日", nullptr, nullptr, nullptr, nullptr}},
    {Field::FollowUp,
     "次回フォロー日",
     {"next follow-up", "follow-up", "次回連絡日", "次回フォロー", nullptr, nullptr, nullptr}},
    {Field::Notes, "メモ", {"notes", "備考", "note", "memo", nullptr, nullptr, nullptr}},
    {Field::Code, "紹介コード", {"referral code", "code", "コード", nullptr, nullptr, nullptr, nullptr}},
}};

constexpr std::array<std::pair<ContactKind, const char*>, 13> s_kindLabels{{
    {ContactKind::SpecialistClinic, "専門医療機関"},
    {ContactKind::Clinic, "クリニック"},
    {ContactKind::Hospital, "病院"},
    {ContactKind::ProbationOffice, "保護観察所"},
    {ContactKind::HealthCentre, "保健所"},
    {ContactKind::MentalHealthCentre, "精神保健福祉センター"},
    {ContactKind::RecoveryFacility, "回復施設"},
    {ContactKind::SelfHelpGroup, "自助グループ"},
    {ContactKind::FamilyAssociation, "家族会"},
    {ContactKind::Government, "行政"},
    {ContactKind::School, "学校"},
    {ContactKind::LegalDebt, "法律・債務相談"},
    {ContactKind::Other, "その他"},
}};

QString folded(const QString& text)
{
    return ReferralMatcher::fold(text);
}

// The kind a cell names: the Japanese label, the stored key ("clinic"), or nothing.
bool kindOf(const QString& cell, ContactKind* kind)
{
    const QString wanted = folded(cell);
    for (const auto& [value, label] : s_kindLabels) {
        if (wanted == folded(QString::fromUtf8(label)) || wanted == folded(contactKindKey(value))) {
            *kind = value;
            return true;
        }
    }
    return false;
}

// Dates as spreadsheets write them: 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日.
QDate dateOf(const QString& cell)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"));
    const auto m = pattern.match(cell.normalized(QString::NormalizationForm_KC));
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// Contacts already known, by folded organisation name, with the cities each is in. The same name in another city
// is another place (a chain, a city's health centres); a row or a contact without a city matches the name alone.
class KnownContacts
{
public:
    bool contains(const QString& organisation, const QString& city) const
    {
        const auto found = m_cities.constFind(folded(organisation));
        if (found == m_cities.cend())
            return false;
        const QString c = folded(city);
        return c.isEmpty() || found->contains(c) || found->contains(QString());
    }
    void insert(const QString& organisation, const QString& city)
    {
        m_cities[folded(organisation)].insert(folded(city));
    }

private:
    QHash<QString, QSet<QString>> m_cities;
};

// The writer puts an apostrophe before a field a spreadsheet would take for a formula ("+81-6-…", "=…"); Excel
// shows it as text and keeps the apostrophe out of the cell, and so does reading it back here.
QString unprotected(const QString& cell)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'') && formulaStarts.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QString dateCell(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList ContactCsv::headers()
{
    QStringList list;
    for (const Column& column : s_columns)
        list.append(QString::fromUtf8(column.written));
    return list;
}

QString ContactCsv::kindLabel(ContactKind kind)
{
    for (const auto& [value, label] : s_kindLabels) {
        if (value == kind)
            return QString::fromUtf8(label);
    }
    return {};
}

bool ContactCsv::write(QIODevice& device, const QVector<ContactRow>& rows)
{
    CsvWriter writer(device);
    writer.writeRow(headers());
    for (const ContactRow& row : rows) {
        const Contact& c = row.contact;
        writer.writeRow({c.organisation, kindLabel(c.kind), c.region, c.city, c.person, c.personRole, c.phone, c.email,
                         c.web, c.address, c.roleNotes, row.roomCodes.join(QStringLiteral("、")),
                         dateCell(c.lastContactOn), dateCell(c.nextFollowUpOn), c.notes, c.referralCode});
    }
    return writer.ok();
}

ContactCsv::Plan ContactCsv::read(const QByteArray& bytes, const QVector<Contact>& existing, const QVector<Room>& rooms,
                                  ReadError* error)
{
    Plan plan;
    *error = ReadError::None;
    if (bytes.size() > s_maxBytes) {
        *error = ReadError::TooLarge;
        return plan;
    }
    const auto decoded = Csv::decode(bytes);
    plan.encoding = decoded.encoding;
    const QVector<QStringList> table = Csv::parse(decoded.text);
    int headerRow = -1;
    for (int i = 0; i < table.size(); ++i) {
        const QStringList& row = table.at(i);
        if (std::any_of(row.cbegin(), row.cend(), [](const QString& cell) { return !cell.trimmed().isEmpty(); })) {
            headerRow = i;
            break;
        }
    }
    if (headerRow < 0) {
        *error = ReadError::Empty;
        return plan;
    }

    // Which field each column holds; -1 for a column Tsunagu does not know.
    const QStringList& header = table.at(headerRow);
    QVector<int> fieldOf(header.size(), -1);
    QVector<int> columnOf(int(Field::Count), -1);
    QSet<int> seen;
    for (int col = 0; col < header.size(); ++col) {
        const QString name = folded(header.at(col));
        if (name.isEmpty())
            continue;
        for (const Column& column : s_columns) {
            bool same = name == folded(QString::fromUtf8(column.written));
            for (const char* alias : column.aliases)
                same = same || (alias && name == folded(QString::fromUtf8(alias)));
            if (same && !seen.contains(int(column.field))) {
                fieldOf[col] = int(column.field);
                columnOf[int(column.field)] = col;
                seen.insert(int(column.field));
                break;
            }
        }
        if (fieldOf.at(col) < 0)
            plan.unknownColumns.append(header.at(col).trimmed());
    }
    if (!seen.contains(int(Field::Organisation))) {
        *error = ReadError::NoOrganisationColumn;
        return plan;
    }

    QHash<QString, qint64> roomByCode;
    for (const Room& room : rooms)
        roomByCode.insert(folded(room.code), room.id);
    KnownContacts known;
    QSet<QString> codes;
    for (const Contact& c : existing) {
        known.insert(c.organisation, c.city);
        if (!c.referralCode.isEmpty())
            codes.insert(folded(c.referralCode));
    }

    for (int i = headerRow + 1; i < table.size(); ++i) {
        const QStringList& row = table.at(i);
        const int line = i + 1;
        QVector<QString> cells(int(Field::Count));
        bool any = false;
        for (int col = 0; col < row.size() && col < fieldOf.size(); ++col) {
            if (fieldOf.at(col) >= 0) {
                cells[fieldOf.at(col)] = unprotected(row.at(col).trimmed());
                any = any || !cells.at(fieldOf.at(col)).isEmpty();
            }
        }
        if (!any)
            continue; // blank rows at the end of a sheet
        Contact c;
        c.organisation = cells.at(int(Field::Organisation));
        if (c.organisation.isEmpty()) {
            plan.skipped.append({line, {}, Plan::Skipped::Why::NoOrganisation});
            continue;
        }
        const QString kindCell = cells.at(int(Field::Kind));
        if (!kindCell.isEmpty() && !kindOf(kindCell, &c.kind)) {
            c.kind = ContactKind::Other;
            plan.unread.append({line, header.value(columnOf[int(Field::Kind)]), kindCell});
        }
        c.region = cells.at(int(Field::Region));
        c.city = cells.at(int(Field::City));
        c.person = cells.at(int(Field::Person));
        c.personRole = cells.at(int(Field::Role));
        c.phone = cells.at(int(Field::Phone));
        c.email = cells.at(int(Field::Email));
        c.web = cells.at(int(Field::Web));
        c.address = cells.at(int(Field::Address));
        c.roleNotes = cells.at(int(Field::WorksWith));
        c.notes = cells.at(int(Field::Notes));
        c.referralCode = cells.at(int(Field::Code));
        for (const Field field : {Field::LastContact, Field::FollowUp}) {
            const QString cell = cells.at(int(field));
            if (cell.isEmpty())
                continue;
            const QDate date = dateOf(cell);
            if (!date.isValid())
                plan.unread.append({line, header.value(columnOf[int(field)]), cell});
            (field == Field::LastContact ? c.lastContactOn : c.nextFollowUpOn) = date;
        }
        static const QRegularExpression separators(QStringLiteral("[、,，/／・\\s]+"));
        for (const QString& code : cells.at(int(Field::Rooms)).split(separators, Qt::SkipEmptyParts)) {
            const qint64 roomId = roomByCode.value(folded(code));
            if (roomId != 0 && !c.roomIds.contains(roomId))
                c.roomIds.append(roomId);
            else if (roomId == 0)
                plan.unread.append({line, header.value(columnOf[int(Field::Rooms)]), code});
        }

        if (known.contains(c.organisation, c.city)) {
            plan.skipped.append({line, c.organisation, Plan::Skipped::Why::Duplicate});
            continue;
        }
        if (!c.referralCode.isEmpty() && codes.contains(folded(c.referralCode))) {
            plan.skipped.append({line, c.organisation, Plan::Skipped::Why::DuplicateCode});
            continue;
        }
        known.insert(c.organisation, c.city);
        if (!c.referralCode.isEmpty())
            codes.insert(folded(c.referralCode));
        plan.contacts.append(c);
    }
    return plan;
}

} // namespace tsunagu
