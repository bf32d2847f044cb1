// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/NewProfileKey.h"

#include "common/BusyWork.h"

#include <QCoreApplication>

#include <optional>

namespace tsunagu::ui {

StoreResult<std::shared_ptr<const crypto::DataKey>>
sealUnderPassphraseBusy(QWidget* parent, const QString& directory, const QString& passphrase, const QString& text)
{
    std::optional<StoreResult<std::shared_ptr<const crypto::DataKey>>> result;
    runBusy(parent, QCoreApplication::translate("main", "Tsunagu"), text, [&] {
        ProfileUnlock unlock;
        unlock.seal = true;
        unlock.sealExisting = true;
        unlock.passphrase = passphrase;
        // Opened and closed on this thread: its database connection never crosses to the GUI thread.
        auto profile = Profile::open(directory, unlock);
        if (!profile)
            result = profile.error();
        else
            result = std::make_shared<const crypto::DataKey>(profile.value()->dataKey().clone());
    });
    return std::move(*result);
}

} // namespace tsunagu::ui
