// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/ReplyAddressChooser.h"

#include "intake/TextFold.h"

namespace tsunagu {
namespace {

constexpr int s_maxLocal = 64;   // RFC 5321 §4.5.3.1.1
constexpr int s_maxDomain = 253; // RFC 1035, without the final dot

bool isLocalChar(QChar c)
{
    return isAsciiLetterOrDigit(c) || isOneOf(c, QStringView(u"!#$%&'*+/=?^_`{|}~.-"));
}

bool isDomainChar(QChar c)
{
    return isAsciiLetterOrDigit(c) || c == u'.' || c == u'-';
}

bool isValidDomain(const QString& domain)
{
    if (domain.isEmpty() || domain.size() > s_maxDomain)
        return false;
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (!isAsciiLetterOrDigit(c) && c != u'-')
                return false;
        }
    }
    const QString& tld = labels.last();
    if (tld.size() < 2)
        return false;
    for (const QChar c : tld) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

QString withoutSeparators(const QString& text)
{
    QString result;
    for (const QChar c : text) {
        if (c != u'-' && c != u'_' && c != u'.')
            result += c;
    }
    return result;
}

bool isOwn(const QString& address, const QStringList& ownAddresses)
{
    for (const QString& own : ownAddresses) {
        // Most own addresses are bare already; only "Name <address>" needs the (slower) search.
        const bool bare = !own.contains(u'<') && !own.contains(u' ');
        const QString ownAddress = bare ? own : ReplyAddressChooser::addressIn(own);
        if (ownAddress.compare(address, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool ReplyAddressChooser::isValidAddress(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || address.indexOf(u'@') != at)
        return false;
    const QString local = address.left(at);
    if (local.size() > s_maxLocal)
        return false;
    for (const QChar c : local) {
        if (!isLocalChar(c))
            return false;
    }
    return isValidDomain(address.mid(at + 1));
}

bool ReplyAddressChooser::isNoReplySender(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = (at >= 0 ? address.left(at) : address).toLower();
    const QString bare = withoutSeparators(local);
    if (bare.contains(QLatin1String("noreply")) || bare.contains(QLatin1String("donotreply")) ||
        bare.startsWith(QLatin1String("mailerdaemon")) || bare.startsWith(QLatin1String("bounce")))
        return true;
    // Default senders of web servers and CMS mail functions (WordPress sends as wordpress@ its own domain).
    for (const char* sender : {"wordpress", "postmaster", "nobody", "apache", "www-data", "daemon", "root"}) {
        if (local == QLatin1String(sender))
            return true;
    }
    return false;
}

QString ReplyAddressChooser::addressIn(const QString& text)
{
    // Only width is folded: "ｓａｋｕｒａ＠ｅｘａｍｐｌｅ．ｊｐ" from a phone keyboard; case is kept as typed.
    const QString t = text.left(1024).normalized(QString::NormalizationForm_KC);
    for (qsizetype at = t.indexOf(u'@'); at >= 0; at = t.indexOf(u'@', at + 1)) {
        qsizetype from = at;
        while (from > 0 && isLocalChar(t.at(from - 1)) && at - from < s_maxLocal + 1)
            --from;
        qsizetype to = at + 1;
        while (to < t.size() && isDomainChar(t.at(to)) && to - at < s_maxDomain + 1)
            ++to;
        QString local = t.mid(from, at - from);
        // "mailto:sakura@…" keeps "mailto" out by the colon; a leading quote or dot from prose is dropped.
        while (!local.isEmpty() && isOneOf(local.front(), QStringView(u"'`.")))
            local.remove(0, 1);
        QString domain = t.mid(at + 1, to - at - 1);
        while (domain.endsWith(u'.') || domain.endsWith(u'-'))
            domain.chop(1);
        const QString candidate = local + u'@' + domain;
        if (isValidAddress(candidate))
            return candidate;
    }
    return {};
}

bool ReplyAddressChooser::isUsable(const QString& address, const QStringList& ownAddresses)
{
    return isValidAddress(address) && !isNoReplySender(address) && !isOwn(address, ownAddresses);
}

ReplyAddressChoice ReplyAddressChooser::choose(const FormFields& fields, const MimeMessage& message,
                                               const QStringList& ownAddresses)
{
    ReplyAddressChoice choice;
    auto consider = [&ownAddresses, &choice](const QString& text, ReplyAddressChoice::Source source,
                                             QLatin1String where) {
        const QString address = addressIn(text);
        if (address.isEmpty()) {
            choice.skipped << QString(where + QLatin1String(": no valid address"));
            return false;
        }
        if (isNoReplySender(address)) {
            choice.skipped << QString(where + QLatin1String(": no-reply or automatic sender"));
            return false;
        }
        if (isOwn(address, ownAddresses)) {
            choice.skipped << QString(where + QLatin1String(": a room's own reception address"));
            return false;
        }
        choice.address = address;
        choice.source = source;
        return true;
    };
    for (const QString& value : fields.values(FieldKey::ReplyAddress)) {
        if (!value.trimmed().isEmpty() &&
            consider(value, ReplyAddressChoice::Source::FormField, QLatin1String("form mail field")))
            return choice;
    }
    for (const MailAddress& replyTo : message.replyTo) {
        if (consider(replyTo.address, ReplyAddressChoice::Source::ReplyTo, QLatin1String("Reply-To")))
            return choice;
    }
    for (const MailAddress& from : message.from) {
        if (consider(from.address, ReplyAddressChoice::Source::From, QLatin1String("From")))
            return choice;
    }
    return choice;
}

} // namespace tsunagu
