// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/FormFields.h"
#include "intake/LabelMapping.h"

#include <QString>

namespace tsunagu {

// Finds the labelled fields in the decoded text of a web-form submission:
//   "項目: 値", "項目：値", "項目 ： 値", "【項目】値", "【項目】" / "■項目" / "●項目" / "◆項目" / "[項目]" with the
//   value on the next lines, "項目<TAB>値" for known labels.
// A value runs on over the following lines until the next label, a separator ("----", "━━━"), a form footer, a
// quoted line or the end. Short fields (name, address, age …) end at a blank line, and on their own line when the
// value stands beside the label; a self-introduction or the subject of concern may have paragraphs.
// Quoted lines (an earlier mail's "> 日時: …") are never fields; a signature ("-- ") or an Outlook "Original
// Message" header ends the form. Unknown labels are kept with FieldKey::None. A letter yields no or almost no
// fields (FormFields::isForm()).
class FormFieldExtractor
{
public:
    explicit FormFieldExtractor(LabelMapping mapping = LabelMapping());

    FormFields extract(const QString& text) const;

    // Only this much of a text is read: forms are short, and a 25 MB mail must not cost more than a form.
    static constexpr int maxChars = 256 * 1024;

private:
    LabelMapping m_mapping;
};

} // namespace tsunagu
