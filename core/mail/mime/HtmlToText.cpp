// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/HtmlToText.h"

#include <QStringList>
#include <QStringView>

namespace tsunagu {

namespace {

// A tag whose attributes run longer than this without a closing ">" outside quotes is cut at the next ">".
constexpr qsizetype kMaxQuotedTagScan = 4096;
constexpr qsizetype kMaxEntityLength = 32;

struct Entity
{
    const char* name;
    char16_t code;
};

// The entities that appear in mail; anything else stays as written.
const Entity kEntities[] = {
    {"amp", u'&'},         {"lt", u'<'},         {"gt", u'>'},          {"quot", u'"'},        {"apos", u'\''},
    {"nbsp", u' '},        {"copy", u'\u00A9'},  {"reg", u'\u00AE'},    {"trade", u'\u2122'},  {"yen", u'\u00A5'},
    {"euro", u'\u20AC'},   {"pound", u'\u00A3'}, {"cent", u'\u00A2'},   {"hellip", u'\u2026'}, {"mdash", u'\u2014'},
    {"ndash", u'\u2013'},  {"laquo", u'\u00AB'}, {"raquo", u'\u00BB'},  {"lsquo", u'\u2018'},  {"rsquo", u'\u2019'},
    {"ldquo", u'\u201C'},  {"rdquo", u'\u201D'}, {"middot", u'\u00B7'}, {"bull", u'\u2022'},   {"times", u'\u00D7'},
    {"divide", u'\u00F7'}, {"deg", u'\u00B0'},   {"plusmn", u'\u00B1'}, {"sect", u'\u00A7'},   {"para", u'\u00B6'},
    {"larr", u'\u2190'},   {"rarr", u'\u2192'},  {"uarr", u'\u2191'},   {"darr", u'\u2193'},   {"hearts", u'\u2665'},
    {"ensp", u' '},        {"emsp", u' '},       {"thinsp", u' '},      {"zwsp", u'\u200B'},   {"shy", u'\u00AD'},
};

enum class Tag
{
    Other,
    LineBreak,
    Block,
    ListItem,
    Cell,
    Skip,
    Pre,
    Anchor
};

Tag classify(const QString& name)
{
    static const char* const blocks[] = {"p",          "div",     "tr",      "table",    "ul",     "ol",     "h1",
                                         "h2",         "h3",      "h4",      "h5",       "h6",     "hr",     "dl",
                                         "dt",         "dd",      "section", "article",  "header", "footer", "address",
                                         "blockquote", "center",  "form",    "fieldset", "nav",    "main",   "aside",
                                         "figure",     "caption", "tbody",   "thead",    "tfoot"};
    if (name == QLatin1String("br"))
        return Tag::LineBreak;
    if (name == QLatin1String("li"))
        return Tag::ListItem;
    if (name == QLatin1String("td") || name == QLatin1String("th"))
        return Tag::Cell;
    if (name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("head") ||
        name == QLatin1String("title") || name == QLatin1String("noscript") || name == QLatin1String("template"))
        return Tag::Skip;
    if (name == QLatin1String("pre") || name == QLatin1String("textarea"))
        return Tag::Pre;
    if (name == QLatin1String("a"))
        return Tag::Anchor;
    for (const char* block : blocks) {
        if (name == QLatin1String(block))
            return Tag::Block;
    }
    return Tag::Other;
}

class Writer
{
public:
    explicit Writer(qsizetype reserve) { m_out.reserve(reserve); }

    void text(QChar c, bool preformatted)
    {
        if (!preformatted && (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
                              c == QLatin1Char('\r') || c == QLatin1Char('\f'))) {
            m_space = true;
            return;
        }
        if (c == QLatin1Char('\r'))
            return;
        if (m_space && !m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')) && !m_out.endsWith(QLatin1Char(' ')))
            m_out.append(QLatin1Char(' '));
        m_space = false;
        m_out.append(c);
    }
    void literal(const QString& s)
    {
        for (QChar c : s)
            text(c, true);
    }
    void hardSpace()
    {
        m_space = false;
        m_out.append(QLatin1Char(' '));
    }
    // Between table cells: a space, unless the cell starts a line.
    void cellGap()
    {
        m_space = false;
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')) && !m_out.endsWith(QLatin1Char(' ')))
            m_out.append(QLatin1Char(' '));
    }
    void lineBreak()
    {
        m_space = false;
        m_out.append(QLatin1Char('\n'));
    }
    void blockBreak()
    {
        m_space = false;
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
            m_out.append(QLatin1Char('\n'));
    }
    void raw(const QString& s)
    {
        m_space = false;
        m_out.append(s);
    }
    qsizetype size() const { return m_out.size(); }
    QString textSince(qsizetype from) const { return m_out.mid(from); }
    QString finish();

private:
    QString m_out;
    bool m_space = false;
};

// Trailing spaces off every line, at most one blank line in a row, no blank lines at either end. Leading
// spaces stay: collapsing never puts them there, so they come from <pre> or &nbsp; and mean something.
QString Writer::finish()
{
    QString result;
    result.reserve(m_out.size());
    int newlines = 0;
    const QStringList lines = m_out.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        const QStringView clean = QStringView(line).left(end);
        if (clean.isEmpty()) {
            ++newlines;
            continue;
        }
        if (!result.isEmpty())
            result.append(newlines >= 2 ? QStringLiteral("\n\n") : QStringLiteral("\n"));
        result.append(clean);
        newlines = 1;
    }
    return result;
}

bool decodeEntity(QStringView html, qsizetype at, qsizetype* end, QString* decoded)
{
    // html[at] == '&'
    qsizetype semicolon = -1;
    for (qsizetype k = at + 1; k < html.size() && k - at <= kMaxEntityLength; ++k) {
        if (html[k] == QLatin1Char(';')) {
            semicolon = k;
            break;
        }
        if (!html[k].isLetterOrNumber() && html[k] != QLatin1Char('#'))
            break;
    }
    if (semicolon < 0)
        return false;
    const QStringView body = html.mid(at + 1, semicolon - at - 1);
    if (body.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        uint code = 0;
        if (body.size() > 1 && (body[1] == QLatin1Char('x') || body[1] == QLatin1Char('X')))
            code = body.mid(2).toUInt(&ok, 16);
        else
            code = body.mid(1).toUInt(&ok, 10);
        if (!ok)
            return false;
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        const char32_t c = code;
        *decoded = QString::fromUcs4(&c, 1);
        *end = semicolon + 1;
        return true;
    }
    for (const Entity& entity : kEntities) {
        if (body == QLatin1String(entity.name)) {
            *decoded = QString(QChar(entity.code));
            *end = semicolon + 1;
            return true;
        }
    }
    return false;
}

// The value of attribute `name` inside a tag's text, or empty.
QString attribute(QStringView tag, QLatin1String name)
{
    const qsizetype at = tag.indexOf(name, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    qsizetype i = at + name.size();
    while (i < tag.size() && tag[i].isSpace())
        ++i;
    if (i >= tag.size() || tag[i] != QLatin1Char('='))
        return {};
    ++i;
    while (i < tag.size() && tag[i].isSpace())
        ++i;
    if (i < tag.size() && (tag[i] == QLatin1Char('"') || tag[i] == QLatin1Char('\''))) {
        const QChar quote = tag[i];
        const qsizetype close = tag.indexOf(quote, i + 1);
        return tag.mid(i + 1, close < 0 ? -1 : close - i - 1).toString();
    }
    qsizetype j = i;
    while (j < tag.size() && !tag[j].isSpace() && tag[j] != QLatin1Char('>'))
        ++j;
    return tag.mid(i, j - i).toString();
}

// The index of the ">" that ends the tag starting at html[at], or -1. Quoted attribute values may hold ">";
// a "<" means the quotes were unbalanced, and then the first ">" wins. Each scan stops at the next "<", so
// the scans of successive tags never overlap.
qsizetype tagEnd(QStringView html, qsizetype at)
{
    QChar quote;
    for (qsizetype k = at + 1; k < html.size() && k - at < kMaxQuotedTagScan; ++k) {
        const QChar c = html[k];
        if (c == QLatin1Char('<'))
            break;
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return k;
        }
    }
    return html.indexOf(QLatin1Char('>'), at + 1);
}

} // namespace

QString HtmlToText::convert(const QString& html)
{
    const QStringView view(html);
    Writer out(html.size());
    int preDepth = 0;
    QString href;
    qsizetype anchorStart = -1;
    qsizetype i = 0;
    while (i < view.size()) {
        const QChar c = view[i];
        if (c == QLatin1Char('&')) {
            QString decoded;
            qsizetype end = 0;
            if (decodeEntity(view, i, &end, &decoded)) {
                if (decoded == QLatin1String(" "))
                    out.hardSpace(); // &nbsp; and friends are kept, not collapsed
                else
                    out.literal(decoded);
                i = end;
                continue;
            }
            out.text(c, preDepth > 0);
            ++i;
            continue;
        }
        if (c != QLatin1Char('<')) {
            out.text(c, preDepth > 0);
            ++i;
            continue;
        }
        if (view.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype close = view.indexOf(QLatin1String("-->"), i + 4);
            i = close < 0 ? view.size() : close + 3;
            continue;
        }
        const QChar next = i + 1 < view.size() ? view[i + 1] : QChar();
        const bool tagStart = (next >= QLatin1Char('a') && next <= QLatin1Char('z')) ||
                              (next >= QLatin1Char('A') && next <= QLatin1Char('Z')) || next == QLatin1Char('/') ||
                              next == QLatin1Char('!') || next == QLatin1Char('?');
        if (!tagStart) {
            out.text(c, preDepth > 0); // "a < b" is text (HTML §13.2.5.6)
            ++i;
            continue;
        }
        const qsizetype end = tagEnd(view, i);
        if (end < 0) {
            // No ">" anywhere after: the rest is text.
            while (i < view.size())
                out.text(view[i++], preDepth > 0);
            break;
        }
        const QStringView tag = view.mid(i + 1, end - i - 1);
        i = end + 1;
        const bool closing = tag.startsWith(QLatin1Char('/'));
        qsizetype n = closing ? 1 : 0;
        const qsizetype nameBegin = n;
        while (n < tag.size() && (tag[n].isLetterOrNumber()))
            ++n;
        const QString name = tag.mid(nameBegin, n - nameBegin).toString().toLower();
        if (name.isEmpty())
            continue; // <!DOCTYPE>, <?xml?>, stray "<"
        switch (classify(name)) {
        case Tag::LineBreak:
            out.lineBreak();
            break;
        case Tag::Block:
            out.blockBreak();
            if (!closing && name == QLatin1String("hr"))
                out.raw(QStringLiteral("----\n"));
            break;
        case Tag::ListItem:
            out.blockBreak();
            if (!closing)
                out.raw(QStringLiteral("- "));
            break;
        case Tag::Cell:
            if (!closing)
                out.cellGap();
            break;
        case Tag::Pre:
            out.blockBreak();
            preDepth = closing ? qMax(0, preDepth - 1) : qMin(preDepth + 1, 64);
            break;
        case Tag::Skip:
            if (!closing && !tag.endsWith(QLatin1Char('/'))) {
                const QString closeTag = QStringLiteral("</") + name;
                const qsizetype close = view.indexOf(closeTag, i, Qt::CaseInsensitive);
                if (close < 0) {
                    i = view.size();
                } else {
                    const qsizetype closeEnd = view.indexOf(QLatin1Char('>'), close);
                    i = closeEnd < 0 ? view.size() : closeEnd + 1;
                }
            }
            break;
        case Tag::Anchor:
            if (!closing) {
                href = attribute(tag, QLatin1String("href"));
                anchorStart = out.size();
            } else if (anchorStart >= 0) {
                // Keep where a link goes: form mails put the reply address or a page behind a label.
                const QString label = out.textSince(anchorStart);
                QString target = href.trimmed();
                if (target.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                    target = target.mid(7);
                const bool useful =
                    target.startsWith(QLatin1String("http"), Qt::CaseInsensitive) || target.contains(QLatin1Char('@'));
                if (useful && !label.contains(target))
                    out.raw(QStringLiteral(" (") + target + QStringLiteral(")"));
                anchorStart = -1;
                href.clear();
            }
            break;
        case Tag::Other:
            break;
        }
    }
    return out.finish();
}

QByteArray HtmlToText::metaCharset(const QByteArray& html)
{
    const QByteArray head = html.left(4096).toLower();
    const qsizetype at = head.indexOf("charset=");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < head.size() && (head[i] == '"' || head[i] == '\'' || head[i] == ' '))
        ++i;
    const qsizetype begin = i;
    while (i < head.size() && head[i] != '"' && head[i] != '\'' && head[i] != ';' && head[i] != ' ' && head[i] != '>' &&
           head[i] != '/')
        ++i;
    return head.mid(begin, i - begin);
}

} // namespace tsunagu
