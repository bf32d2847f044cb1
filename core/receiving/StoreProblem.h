// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MailAccount.h"
#include "storage/StoreError.h"

namespace tsunagu {

// The account's problem when keeping mail in the profile failed: a full disk is said as such (the host can act on
// it), anything else is Other with the detail for whoever helps.
inline MailAccountProblem storeProblem(StoreError error)
{
    return error == StoreError::DiskFull ? MailAccountProblem::DiskFull : MailAccountProblem::Other;
}

} // namespace tsunagu
