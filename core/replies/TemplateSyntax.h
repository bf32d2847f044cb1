// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tsunagu {

// One piece of a parsed template.
struct TemplateNode
{
    enum class Kind
    {
        Text,    // literal text
        Value,   // {{key}} with a key from the catalogue
        Section, // {{#key}}…{{/key}}, or {{^key}}…{{/key}} when inverted
        Unknown, // a tag that names no placeholder, or a section tag without its partner
    };

    Kind kind = Kind::Text;
    QString text; // Text: the text; Unknown: the tag's content as written, trimmed ("typo", "#chat_lnk", "/x")
    QString key;  // Value and Section
    bool inverted = false;
    std::vector<TemplateNode> children; // Section
};

// Reads the tags of a template. Only the template is parsed, never a value inserted into it, so a value that
// contains "{{passcode}}" stays literal text. A section tag alone on its line takes the whole line with it, so
// optional paragraphs leave no blank lines behind.
class TemplateSyntax
{
public:
    static std::vector<TemplateNode> parse(const QString& text);

    struct References
    {
        QStringList keys;    // every known key used as a value or a section, each once, in order
        QStringList unknown; // tags that name nothing or do not pair up, as written
    };
    static References references(const QString& text);
};

} // namespace tsunagu
