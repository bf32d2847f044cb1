// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace tsunagu {

// Why a template could not be saved. ui chooses the words from the code; the detail names placeholder keys or
// carries the database's message, never a rendered value.
enum class TemplateError
{
    SecretNotAllowed,   // a secret placeholder (join link, passcode, …) in a template that is not an invitation
    UnknownPlaceholder, // {{typo}}, or a section that is never closed (detail: the tags)
    InvalidLanguage,    // not "ja" or "en"
    Duplicate,          // another template has the same action, room, host, language and name
    NotFound,           // updating a template that no longer exists
    StoreFailed,        // the database refused otherwise (detail: its message)
};

template <typename T>
using TemplateResult = Result<T, TemplateError>;
using TemplateFailure = Error<TemplateError>;

} // namespace tsunagu
