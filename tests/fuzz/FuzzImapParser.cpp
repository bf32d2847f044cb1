// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the IMAP framer and parser: any server bytes must frame and parse without a crash, a
// sanitizer report, a hang or unbounded memory. Small caps make the literal, line and response limits reachable.
#include "mail/imap/ImapFramer.h"
#include "mail/imap/ImapParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

void frameAndParse(const QByteArray& bytes, const tsunagu::ImapFramer::Limits& limits, int chunk)
{
    tsunagu::ImapFramer framer(limits);
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        framer.feed(bytes.mid(at, chunk));
        while (const std::optional<QByteArray> response = framer.next())
            (void)tsunagu::ImapParser::parse(*response);
        if (framer.failed())
            return;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    frameAndParse(raw, tsunagu::ImapFramer::Limits{}, int(size) + 1);
    tsunagu::ImapFramer::Limits small;
    small.maxLiteralBytes = 64;
    small.maxLineBytes = 128;
    small.maxResponseBytes = 256;
    frameAndParse(raw, small, 7);
    // The parser alone, on input the framer would not have cut this way.
    (void)tsunagu::ImapParser::parse(raw);
    (void)tsunagu::ImapParser::tokenize(raw);
    return 0;
}
