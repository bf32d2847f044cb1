// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReplyTemplate.h"

#include <QVector>

#include <optional>

namespace tsunagu {

// The templates Tsunagu ships: for each action one generic template (every room, every host, name "") in
// Japanese and in English, read from resources/templates/<action>.<language>.txt (first line the subject, a
// blank line, then the body).
class DefaultTemplates
{
public:
    static QVector<ReplyTemplate> all();
    // The shipped text of one action and language, e.g. for "restore the default" in the editor.
    static std::optional<ReplyTemplate> find(ReplyAction action, const QString& language);
    static QStringList languages() { return {QStringLiteral("ja"), QStringLiteral("en")}; }
};

} // namespace tsunagu
