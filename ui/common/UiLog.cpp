// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/UiLog.h"

namespace tsunagu::ui {

Q_LOGGING_CATEGORY(lcUi, "tsunagu.ui", QtWarningMsg)

} // namespace tsunagu::ui
