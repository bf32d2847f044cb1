// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/SpamCheck.h"

#include "intake/TextFold.h"

namespace tsunagu {
namespace {

constexpr int s_maxReason = 80; // enough for "X-Spam-Status: Yes, score=9.1 required=5.0"

QString reasonFor(const QByteArray& name, const QByteArray& value)
{
    QString text =
        QString::fromLatin1(name) + QLatin1String(": ") + QString::fromUtf8(value.left(s_maxReason)).simplified();
    if (text.size() > s_maxReason)
        text = text.left(s_maxReason).append(u'…');
    return text;
}

// The first word of a header value: "Yes, score=7.1" → "yes".
QByteArray firstWord(const QByteArray& value)
{
    QByteArray word;
    for (const char c : value) {
        if (c == ',' || c == ';' || c == ' ' || c == '\t' || c == '(')
            break;
        word += c;
    }
    return word.toLower();
}

// "SCL:7" inside a Microsoft report.
int sclIn(const QByteArray& lower)
{
    const qsizetype at = lower.indexOf("scl:");
    if (at < 0)
        return -1;
    qsizetype p = at + 4;
    bool negative = false;
    if (p < lower.size() && lower.at(p) == '-') {
        negative = true;
        ++p;
    }
    if (p >= lower.size() || lower.at(p) < '0' || lower.at(p) > '9')
        return -1;
    return negative ? -1 : lower.at(p) - '0';
}

} // namespace

SpamVerdict SpamCheck::check(const MimeMessage& message, int starThreshold)
{
    return check(message.rawHeaders, message.subject, starThreshold);
}

SpamVerdict SpamCheck::check(const RawHeaderList& headers, const QString& subject, int starThreshold)
{
    for (const auto& [rawName, rawValue] : headers) {
        const QByteArray name = rawName.trimmed().toLower();
        if (!name.startsWith("x-"))
            continue;
        const QByteArray value = rawValue.trimmed();
        const QByteArray lower = value.toLower();
        const QByteArray word = firstWord(lower);
        bool spam = false;
        if (name == "x-spam-flag" || name == "x-spam-status" || name == "x-spam") {
            spam = word == "yes" || word == "true" || word == "spam";
        } else if (name == "x-spam-level") {
            spam = lower.count('*') >= starThreshold;
        } else if (name == "x-spam-verdict" || name == "x-ses-spam-verdict") {
            spam = word == "spam" || word == "fail" || word == "yes";
        } else if (name == "x-spamd-result") {
            spam = lower.startsWith("default: true") || lower.startsWith("default:true");
        } else if (name == "x-rspamd-action" || name == "x-spam-action") {
            spam = !lower.isEmpty() && lower != "no action" && lower != "greylist" && lower != "soft reject";
        } else if (name == "x-forefront-antispam-report") {
            spam = lower.contains("sfv:spm") || lower.contains("sfv:blk") || sclIn(lower) >= 5;
        } else if (name == "x-ms-exchange-organization-scl") {
            bool ok = false;
            const int scl = lower.toInt(&ok);
            spam = ok && scl >= 5;
        }
        if (spam)
            return SpamVerdict{true, reasonFor(rawName.trimmed(), value)};
    }

    const QString folded = foldText(subject.left(1024));
    for (const char16_t* tag :
         {u"[spam]", u"***spam***", u"{spam?}", u"[meiwaku]", u"[迷惑メール]", u"【迷惑メール】"}) {
        if (folded.contains(QStringView(tag)))
            return SpamVerdict{true, QStringLiteral("subject tagged ").append(QStringView(tag))};
    }
    return {};
}

} // namespace tsunagu
