// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the MIME parser: any bytes must parse without a crash, a sanitizer report, a hang or
// unbounded memory. Small caps make the size, depth and part limits reachable with fuzzer-sized inputs.
#include "mail/mime/MimeParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray raw = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    // Default options, as the app uses them.
    const tsunagu::MimeMessage message = tsunagu::MimeParser::parse(raw);
    // Small caps: the cut-by-cap, depth and part-count paths.
    tsunagu::MimeParser::Options small;
    small.maxMessageBytes = qint64(size / 2) + 1;
    small.maxDepth = 3;
    small.maxParts = 4;
    const tsunagu::MimeMessage capped = tsunagu::MimeParser::parse(raw, small);
    // The decoded-header accessor is part of the contract too.
    if (!message.rawHeaders.isEmpty())
        (void)message.header(message.rawHeaders.first().first);
    (void)capped.uncertain();
    return 0;
}
