// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/FormFields.h"

#include <QString>
#include <QStringView>

namespace tsunagu {

class LabelMapping;

// What one line of a form text is.
struct FormLine
{
    enum class Kind
    {
        Text, // a value line, or prose
        Blank,
        Quoted,    // "> …" from an earlier mail: never fields
        Separator, // "----", "━━━", "===== 申込内容 ====="
        Footer,    // "このメールは自動送信されています" and the like: ends a value
        End,       // signature "-- " or "-----Original Message-----": nothing after it is the form
        Label
    };
    // How the label was marked; a colon line inside a self-introduction may be prose, a bracket never is.
    enum class Style
    {
        Colon,
        Bracket,
        Bullet,
        Gap
    };

    Kind kind = Kind::Text;
    Style style = Style::Colon;
    QString label; // as written, markup removed
    QString value; // on the same line, trimmed; empty when the value follows on the next lines
    FieldKey key = FieldKey::None;
};

// Reads single lines of decoded form text. Stateless apart from the mapping it looks labels up in.
class FormLineReader
{
public:
    explicit FormLineReader(const LabelMapping& mapping);

    // line without its line break
    FormLine read(QStringView line) const;

private:
    bool readLabel(QStringView text, FormLine& out) const;
    bool label(FormLine& out, FormLine::Style style, QStringView label, QStringView value, int maxLength) const;

    const LabelMapping& m_mapping;
};

} // namespace tsunagu
