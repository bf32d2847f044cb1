// SPDX-License-Identifier: GPL-3.0-or-later
#include "replies/TemplateRenderer.h"

#include "replies/Placeholder.h"
#include "replies/TemplateSyntax.h"

#include <QRegularExpression>

namespace tsunagu {
namespace {

bool isEnglish(const QString& language)
{
    return language == QLatin1String("en");
}

void addOnce(QStringList& list, const QString& item)
{
    if (!list.contains(item))
        list.append(item);
}

// Renders one text (subject or body) and adds what it found to `out`.
class Writer
{
public:
    Writer(const ReplyTemplate& replyTemplate, const RenderContext& context, Rendered& out, bool singleLine)
        : m_language(replyTemplate.language)
        , m_secretsAllowed(replyTemplate.action == ReplyAction::Invite)
        , m_context(context)
        , m_out(out)
        , m_singleLine(singleLine)
    {}

    void write(const std::vector<TemplateNode>& nodes)
    {
        for (const TemplateNode& node : nodes) {
            switch (node.kind) {
            case TemplateNode::Kind::Text:
                m_text += node.text;
                break;
            case TemplateNode::Kind::Value:
                writeValue(node.key);
                break;
            case TemplateNode::Kind::Section:
                if (hasValue(node.key) != node.inverted)
                    write(node.children);
                break;
            case TemplateNode::Kind::Unknown:
                addOnce(m_out.unknown, node.text);
                append(TemplateRenderer::unknownMarker(node.text, m_language), node.text, RenderedSpan::Kind::Unknown);
                break;
            }
        }
    }

    QString text() const { return m_text; }
    QVector<RenderedSpan> spans() const { return m_spans; }

private:
    // A secret counts as having no value where it is not allowed, so a section on it stays closed.
    bool hasValue(const QString& key)
    {
        if (PlaceholderCatalogue::isSecret(key) && !m_secretsAllowed) {
            m_out.secretNotAllowed = true;
            return false;
        }
        return !m_context.values.value(key).trimmed().isEmpty();
    }

    void writeValue(const QString& key)
    {
        const bool secret = PlaceholderCatalogue::isSecret(key);
        if (secret && !m_secretsAllowed) {
            m_out.secretNotAllowed = true;
            append(TemplateRenderer::notAllowedMarker(key, m_language), key, RenderedSpan::Kind::NotAllowed);
            return;
        }
        QString value = m_context.values.value(key);
        if (value.trimmed().isEmpty()) {
            addOnce(m_out.missing, key);
            append(TemplateRenderer::missingMarker(key, m_language), key, RenderedSpan::Kind::Missing);
            return;
        }
        // A subject is one line (SMTP would strip the breaks anyway; this keeps the words apart).
        if (m_singleLine)
            value = value.simplified();
        if (secret)
            addOnce(m_out.secretsUsed, key);
        append(value, key, secret ? RenderedSpan::Kind::Secret : RenderedSpan::Kind::Value);
    }

    void append(const QString& inserted, const QString& key, RenderedSpan::Kind kind)
    {
        m_spans.append({int(m_text.size()), int(inserted.size()), key, kind});
        m_text += inserted;
    }

    QString m_language;
    bool m_secretsAllowed;
    const RenderContext& m_context;
    Rendered& m_out;
    bool m_singleLine;
    QString m_text;
    QVector<RenderedSpan> m_spans;
};

QString labelOf(const QString& key, const QString& language)
{
    const Placeholder* placeholder = PlaceholderCatalogue::find(key);
    return placeholder ? placeholder->label(language) : key;
}

} // namespace

QVector<RenderedSpan> Rendered::secretSpans() const
{
    QVector<RenderedSpan> spans;
    for (const RenderedSpan& span : bodySpans) {
        if (span.kind == RenderedSpan::Kind::Secret)
            spans.append(span);
    }
    return spans;
}

Rendered TemplateRenderer::render(const ReplyTemplate& replyTemplate, const RenderContext& context)
{
    Rendered out;
    Writer subject(replyTemplate, context, out, true);
    subject.write(TemplateSyntax::parse(replyTemplate.subject));
    out.subject = subject.text();
    out.subjectSpans = subject.spans();
    Writer body(replyTemplate, context, out, false);
    body.write(TemplateSyntax::parse(replyTemplate.body));
    out.body = body.text();
    out.bodySpans = body.spans();
    return out;
}

QString TemplateRenderer::missingMarker(const QString& key, const QString& language)
{
    if (isEnglish(language))
        return QStringLiteral("[Missing: ") + labelOf(key, language) + QLatin1Char(']');
    return QStringLiteral("【未入力: ") + labelOf(key, language) + QStringLiteral("】");
}

QString TemplateRenderer::unknownMarker(const QString& tag, const QString& language)
{
    if (isEnglish(language))
        return QStringLiteral("[Unknown placeholder: ") + tag + QLatin1Char(']');
    return QStringLiteral("【不明な差し込み: ") + tag + QStringLiteral("】");
}

QString TemplateRenderer::notAllowedMarker(const QString& key, const QString& language)
{
    if (isEnglish(language))
        return QStringLiteral("[Not allowed in this reply: ") + labelOf(key, language) + QLatin1Char(']');
    return QStringLiteral("【この返信には入れられません: ") + labelOf(key, language) + QStringLiteral("】");
}

QStringList TemplateRenderer::markersIn(const QString& text)
{
    static const QRegularExpression s_markers(
        QStringLiteral("【(?:未入力|不明な差し込み|この返信には入れられません): [^】\\n]*】|"
                       "\\[(?:Missing|Unknown placeholder|Not allowed in this reply): [^\\]\\n]*\\]"));
    QStringList found;
    auto it = s_markers.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(0));
    return found;
}

} // namespace tsunagu
