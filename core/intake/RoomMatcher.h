// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Room.h"
#include "intake/FormFields.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace tsunagu {

struct RoomMatch
{
    enum class Source
    {
        None,
        FormField,
        Subject
    };
    QString code; // empty: no room named, or several and nothing to decide between them (the host chooses)
    Source source = Source::None;
    QStringList candidates; // every room named in the form's room field and the subject, first mention first
};

// Which room an application names. Recognised: "Room N", "RoomN", "ルームN", "ルーム N", "Room NF", "RoomN女",
// "ＲｏｏｍＤＡ" (width and ASCII case folded), the room's full name ("Room D(アルコール当事者・断酒会系)") or its
// name before the parenthesis ("三森自助グループの森"), a code in brackets ("【DA】参加申し込み") and a code that is
// not plain ASCII anywhere ("N女", "三森"). In the form's room field a bare code is enough ("NF", "D・DF").
// At one place the longest code wins (DA beats D, NF and N女 beat N); a code glued to ASCII letters is a different
// word ("DNA" is not D, "classroom D" is not a room). The form's room field beats the subject; when the form names
// several rooms the subject may pick one of them.
class RoomMatcher
{
public:
    explicit RoomMatcher(const QVector<Room>& rooms);

    // The room code, or empty when the host has to choose.
    static QString match(const QString& subject, const FormFields& fields, const QVector<Room>& rooms)
    {
        return RoomMatcher(rooms).find(subject, fields).code;
    }

    RoomMatch find(const QString& subject, const FormFields& fields) const;

    // The codes of the rooms a text names, first mention first. bareCodes: a code alone counts ("NF"), as in a
    // form's room field.
    QStringList roomsNamedIn(const QString& text, bool bareCodes) const;

    // Only this much of a text is searched; a subject or a field value is far shorter.
    static constexpr int maxChars = 4096;

private:
    struct Pattern
    {
        QString code;     // as the room writes it
        QString folded;   // foldText(code)
        QString name;     // foldText(name), may be empty
        QString nameHead; // the name before "(", when it is at least three characters
    };
    struct Hit
    {
        int start = 0;
        int length = 0;
        int room = 0;
    };
    void findPrefixed(const QString& text, QVector<Hit>& hits) const;
    void findNames(const QString& text, QVector<Hit>& hits) const;
    void findCodes(const QString& text, bool bareCodes, QVector<Hit>& hits) const;

    QVector<Pattern> m_patterns;
};

} // namespace tsunagu
