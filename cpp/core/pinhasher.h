#pragma once

#include <QByteArray>
#include <QString>

namespace fd {

/**
 * Salted PBKDF2-HMAC-SHA256 for staff PINs. The hashes sync to devices so staff can sign in
 * offline; a slow hash with a per-staff salt keeps a copied database from revealing PINs quickly.
 */
class PinHasher
{
public:
    /** Work factor for new hashes; the count is stored with each hash so it can be raised later. */
    static constexpr int kDefaultIterations = 60000;

    struct Hash
    {
        QString saltHex;
        QString hashHex;
        int iterations = 0;
    };

    [[nodiscard]] static Hash hash(const QString &pin, int iterations = kDefaultIterations);
    /** Constant-time comparison against a stored hash. */
    [[nodiscard]] static bool verify(const QString &pin, const Hash &stored);
    /** PBKDF2-HMAC-SHA256 (RFC 8018), exposed for its test vectors. */
    [[nodiscard]] static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                                                 int keyLength);
    /** A PIN is 4 to 8 digits. */
    [[nodiscard]] static bool isWellFormed(const QString &pin);
};

} // namespace fd
