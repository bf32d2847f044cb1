// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sealing.h"

namespace tsunagu {

QVariant Sealing::text(const QString& plain, const char* column) const
{
    if (!m_sealer || plain.isEmpty())
        return plain.isNull() ? QString(QLatin1String("")) : plain;
    return m_sealer->sealText(plain, column);
}

QVariant Sealing::bytes(const QByteArray& plain, const char* column) const
{
    if (!m_sealer || plain.isEmpty())
        return plain;
    return m_sealer->sealBytes(plain, column);
}

QString Sealing::openText(const QVariant& stored, const char* column) const
{
    const QString value = stored.toString();
    if (!crypto::Sealer::isSealedText(value))
        return value;
    QString plain;
    if (!m_sealer || m_sealer->openText(value, column, plain) == crypto::Sealer::Opened::Tampered) {
        if (m_brokenColumn.isEmpty())
            m_brokenColumn = QLatin1String(column);
        return {};
    }
    return plain;
}

QByteArray Sealing::openBytes(const QVariant& stored, const char* column) const
{
    const QByteArray value = stored.toByteArray();
    if (!crypto::Sealer::isSealedBytes(value))
        return value;
    QByteArray plain;
    if (!m_sealer || m_sealer->openBytes(value, column, plain) == crypto::Sealer::Opened::Tampered) {
        if (m_brokenColumn.isEmpty())
            m_brokenColumn = QLatin1String(column);
        return {};
    }
    return plain;
}

QString Sealing::addressHash(const QString& address, const char* column) const
{
    const QString normalised = crypto::Sealer::normaliseAddress(address);
    if (normalised.isEmpty())
        return QLatin1String(""); // never NULL: the column is NOT NULL
    return m_sealer ? m_sealer->keyedHash(normalised, column) : normalised;
}

QString Sealing::valueHash(const QString& value, const char* column) const
{
    if (value.isEmpty())
        return QLatin1String("");
    return m_sealer ? m_sealer->keyedHash(value, column) : value;
}

StoreFailure Sealing::failure(const QString& recordKind) const
{
    return {StoreError::SealBroken,
            QStringLiteral("a sealed value of %1 (%2) does not open: it was changed or belongs to another profile")
                .arg(recordKind, m_brokenColumn)};
}

} // namespace tsunagu
