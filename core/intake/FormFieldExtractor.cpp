// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/FormFieldExtractor.h"

#include "intake/FormLineReader.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace tsunagu {
namespace {

// Fields whose value is free text and may hold blank lines between paragraphs.
bool isFreeText(FieldKey key)
{
    return key == FieldKey::Introduction || key == FieldKey::Concern;
}

int indentOf(QStringView line)
{
    int n = 0;
    while (n < line.size() && line.at(n).isSpace())
        ++n;
    return n;
}

QStringView withoutTrailingSpace(QStringView line)
{
    while (!line.isEmpty() && line.back().isSpace())
        line.chop(1);
    return line;
}

// Lines → value: outer blank lines dropped, common indentation of the lines below the label removed, line ends
// trimmed, internal line breaks kept. The lines are views into the mail's text: a value is copied once, here.
QString finishValue(QVector<QStringView> lines, bool firstIsInline)
{
    for (QStringView& line : lines)
        line = withoutTrailingSpace(line);
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    const int from = firstIsInline ? 1 : 0;
    int indent = -1;
    for (int i = from; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            indent = indent < 0 ? indentOf(lines.at(i)) : std::min(indent, indentOf(lines.at(i)));
    }
    qsizetype length = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (indent > 0 && i >= from)
            lines[i] = lines.at(i).mid(std::min(qsizetype(indent), lines.at(i).size()));
        length += lines.at(i).size() + 1;
    }
    QString value;
    value.reserve(length);
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            value += u'\n';
        value += lines.at(i);
    }
    return value.trimmed();
}

// The field being read and the lines collected for it.
class OpenField
{
public:
    bool isOpen() const { return m_index >= 0; }
    FieldKey key() const { return m_key; }
    bool hasValue() const { return m_hasValue; }
    bool isInline() const { return m_inline; }

    void open(int index, FieldKey key, const QString& inlineValue)
    {
        m_index = index;
        m_key = key;
        m_lines.clear();
        m_pendingBlanks = 0;
        m_inline = !inlineValue.isEmpty();
        m_hasValue = m_inline;
        m_inlineValue = inlineValue;
        if (m_inline)
            m_lines << QStringView(m_inlineValue);
    }
    void addBlank()
    {
        if (m_hasValue)
            ++m_pendingBlanks;
    }
    void addLine(QStringView line)
    {
        // Paragraph breaks are kept, runs of blank lines become one.
        if (m_pendingBlanks > 0)
            m_lines << QStringView();
        m_pendingBlanks = 0;
        m_lines << line;
        m_hasValue = true;
    }
    void close(QVector<FormField>& fields)
    {
        if (m_index >= 0)
            fields[m_index].value = finishValue(std::move(m_lines), m_inline);
        m_index = -1;
        m_lines.clear();
        m_inlineValue.clear();
    }

private:
    int m_index = -1;
    FieldKey m_key = FieldKey::None;
    QString m_inlineValue;        // the value beside the label; m_lines may point into it
    QVector<QStringView> m_lines; // into m_inlineValue and the text being read
    int m_pendingBlanks = 0;
    bool m_inline = false;
    bool m_hasValue = false;
};

} // namespace

FormFieldExtractor::FormFieldExtractor(LabelMapping mapping)
    : m_mapping(std::move(mapping))
{}

FormFields FormFieldExtractor::extract(const QString& text) const
{
    const QStringView bounded = QStringView(text).left(maxChars);
    const FormLineReader reader(m_mapping);
    QVector<FormField> fields;
    OpenField current;
    qsizetype next = 0;
    while (next <= bounded.size()) {
        // Lines end in LF, CRLF or a lone CR (old Mac mailers).
        qsizetype end = next;
        while (end < bounded.size() && bounded.at(end) != u'\n' && bounded.at(end) != u'\r')
            ++end;
        const QStringView raw = bounded.mid(next, end - next);
        next = end + (end + 1 < bounded.size() && bounded.at(end) == u'\r' && bounded.at(end + 1) == u'\n' ? 2 : 1);

        const FormLine line = reader.read(raw);
        switch (line.kind) {
        case FormLine::Kind::Label:
            // In a self-introduction, "先生に言われたこと：…" is a sentence; a known label or a bracketed one starts
            // the next field.
            if (current.isOpen() && isFreeText(current.key()) && line.style == FormLine::Style::Colon &&
                line.key == FieldKey::None) {
                current.addLine(raw);
                break;
            }
            current.close(fields);
            fields.append(FormField{line.label, QString(), line.key});
            current.open(int(fields.size()) - 1, line.key, line.value);
            // "お名前：さくら" is complete on its line; what follows without a label is not part of the name.
            if (!line.value.isEmpty() && line.key != FieldKey::None && !isFreeText(line.key))
                current.close(fields);
            break;
        case FormLine::Kind::Blank:
            if (!current.isOpen())
                break;
            // A short value ends at a blank line, so "よろしくお願いします" after it stays out of the address.
            if (current.hasValue() && !isFreeText(current.key()) &&
                (current.key() != FieldKey::None || current.isInline()))
                current.close(fields);
            else
                current.addBlank();
            break;
        case FormLine::Kind::Text:
            if (current.isOpen())
                current.addLine(raw);
            break;
        case FormLine::Kind::Quoted:
        case FormLine::Kind::Separator:
        case FormLine::Kind::Footer:
            current.close(fields);
            break;
        case FormLine::Kind::End:
            current.close(fields);
            return FormFields(std::move(fields));
        }
    }
    current.close(fields);
    return FormFields(std::move(fields));
}

} // namespace tsunagu
