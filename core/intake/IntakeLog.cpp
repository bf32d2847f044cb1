// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/IntakeLog.h"

namespace tsunagu {

Q_LOGGING_CATEGORY(lcIntake, "tsunagu.intake", QtWarningMsg)

} // namespace tsunagu
