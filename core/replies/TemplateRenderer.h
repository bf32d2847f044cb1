// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReplyTemplate.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tsunagu {

// The values a reply is rendered with: placeholder key → text. A missing key or a blank value means "no value".
struct RenderContext
{
    QHash<QString, QString> values;
};

// Where one placeholder landed in the rendered text, so a preview can mark it (UTF-16 positions, as QString and
// QTextCursor count).
struct RenderedSpan
{
    enum class Kind
    {
        Value,      // a value was inserted
        Secret,     // a secret value was inserted (invitations only)
        Missing,    // no value: a visible marker stands there
        Unknown,    // {{typo}}: a visible marker stands there
        NotAllowed, // a secret in a template that is not an invitation: a marker, never the value
    };
    int start = 0;
    int length = 0;
    QString key; // for Unknown, the tag as written
    Kind kind = Kind::Value;
};

struct Rendered
{
    QString subject;
    QString body;
    QStringList missing;     // keys used but without a value, each once, in order
    QStringList secretsUsed; // secret keys whose value was inserted
    QStringList unknown;     // tags that name no placeholder ("typo", "#chat_lnk", "/x")
    bool secretNotAllowed = false;
    QVector<RenderedSpan> subjectSpans;
    QVector<RenderedSpan> bodySpans;

    // Nothing is missing, misspelt or forbidden: the reply may be sent as it is.
    bool sendable() const { return missing.isEmpty() && unknown.isEmpty() && !secretNotAllowed; }
    // The spans of the body where a secret value sits.
    QVector<RenderedSpan> secretSpans() const;
};

// Turns a template and its values into the text of a reply. A placeholder without a value never renders empty
// and never as {{key}}: it becomes a visible marker such as 【未入力: 呼び名】 (English label in an English
// template) and is listed in `missing`, so the UI can stop the reply from going out. Values are inserted as they
// are, never expanded again. Secret values are inserted only into invitation templates.
class TemplateRenderer
{
public:
    static Rendered render(const ReplyTemplate& replyTemplate, const RenderContext& context);

    // The marker texts, for a preview legend and for tests.
    static QString missingMarker(const QString& key, const QString& language);
    static QString unknownMarker(const QString& tag, const QString& language);
    static QString notAllowedMarker(const QString& key, const QString& language);
    // Markers still present in a text the host has edited after rendering (each as it appears), so a composer can
    // check the final text before sending.
    static QStringList markersIn(const QString& text);
};

} // namespace tsunagu
