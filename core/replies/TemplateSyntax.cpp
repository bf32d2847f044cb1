// SPDX-License-Identifier: GPL-3.0-or-later
#include "replies/TemplateSyntax.h"

#include "replies/Placeholder.h"

#include <QRegularExpression>

namespace tsunagu {
namespace {

// A tag is "{{", at most 80 characters on one line without braces, "}}". Anything else is plain text.
const QRegularExpression& tagPattern()
{
    static const QRegularExpression s_pattern(QStringLiteral("\\{\\{([^{}\\n]{0,80})\\}\\}"));
    return s_pattern;
}

bool isBlank(const QString& text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!text.at(i).isSpace())
            return false;
    }
    return true;
}

TemplateNode textNode(const QString& text)
{
    TemplateNode node;
    node.text = text;
    return node;
}

TemplateNode unknownNode(const QString& raw)
{
    TemplateNode node;
    node.kind = TemplateNode::Kind::Unknown;
    node.text = raw;
    return node;
}

void collect(const std::vector<TemplateNode>& nodes, TemplateSyntax::References& out)
{
    for (const TemplateNode& node : nodes) {
        switch (node.kind) {
        case TemplateNode::Kind::Text:
            break;
        case TemplateNode::Kind::Value:
            if (!out.keys.contains(node.key))
                out.keys.append(node.key);
            break;
        case TemplateNode::Kind::Section:
            if (!out.keys.contains(node.key))
                out.keys.append(node.key);
            collect(node.children, out);
            break;
        case TemplateNode::Kind::Unknown:
            if (!out.unknown.contains(node.text))
                out.unknown.append(node.text);
            break;
        }
    }
}

} // namespace

std::vector<TemplateNode> TemplateSyntax::parse(const QString& text)
{
    std::vector<TemplateNode> root;
    // The open sections, innermost last; each points at the children of a node that stays put while it is open.
    std::vector<std::vector<TemplateNode>*> open{&root};
    std::vector<QString> openRaw;

    qsizetype pos = 0;
    auto it = tagPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart(0);
        const qsizetype end = match.capturedEnd(0);
        const QString raw = match.captured(1).trimmed();
        const QChar sigil = raw.isEmpty() ? QChar() : raw.at(0);
        const bool sectionTag = sigil == QLatin1Char('#') || sigil == QLatin1Char('^') || sigil == QLatin1Char('/');
        const QString key = sectionTag ? raw.mid(1).trimmed() : raw;

        // A section tag alone on its line removes the line: its indentation and its line break.
        qsizetype textEnd = start;
        qsizetype next = end;
        if (sectionTag) {
            const qsizetype lineStart = start == 0 ? 0 : text.lastIndexOf(QLatin1Char('\n'), start - 1) + 1;
            qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), end);
            if (lineEnd < 0)
                lineEnd = text.size();
            if (lineStart >= pos && isBlank(text, lineStart, start) && isBlank(text, end, lineEnd)) {
                textEnd = lineStart;
                next = lineEnd < text.size() ? lineEnd + 1 : lineEnd;
            }
        }
        if (textEnd > pos)
            open.back()->push_back(textNode(text.mid(pos, textEnd - pos)));
        pos = next;

        const bool known = PlaceholderCatalogue::find(key) != nullptr;
        if (sigil == QLatin1Char('/')) {
            if (open.size() > 1 && openRaw.back().mid(1).trimmed() == key) {
                open.pop_back();
                openRaw.pop_back();
            } else {
                open.back()->push_back(unknownNode(raw));
            }
        } else if (!known) {
            open.back()->push_back(unknownNode(raw));
        } else if (sectionTag) {
            TemplateNode section;
            section.kind = TemplateNode::Kind::Section;
            section.key = key;
            section.inverted = sigil == QLatin1Char('^');
            open.back()->push_back(std::move(section));
            open.push_back(&open.back()->back().children);
            openRaw.push_back(raw);
        } else {
            TemplateNode value;
            value.kind = TemplateNode::Kind::Value;
            value.key = key;
            open.back()->push_back(std::move(value));
        }
    }
    if (pos < text.size())
        open.back()->push_back(textNode(text.mid(pos)));

    // A section never closed ends with the text; its opening tag is reported where the section ends.
    while (open.size() > 1) {
        open.pop_back();
        open.back()->push_back(unknownNode(openRaw.back()));
        openRaw.pop_back();
    }
    return root;
}

TemplateSyntax::References TemplateSyntax::references(const QString& text)
{
    References out;
    collect(parse(text), out);
    return out;
}

} // namespace tsunagu
