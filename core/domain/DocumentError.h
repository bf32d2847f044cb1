// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tsunagu {

// Why a document (a PDF, a CSV, a calendar file) was not written. The UI words each code; the detail names the
// file and the system's own reason. A file that failed is never left half-written in place of an older one.
enum class DocumentError
{
    CannotCreate,   // the folder is missing or not writable, or the name is not allowed
    DiskFull,       // the disk ran out of space while writing: nothing was kept
    WriteFailed,    // any other write error
    NoJapaneseFont, // no Japanese font is installed, so the text would print as boxes
    NothingToWrite, // the selection holds nothing (no rooms, no meetings in the period)
    LayoutTooLarge, // the content does not fit the page even at the smallest allowed size
};

} // namespace tsunagu
