#pragma once

#include <QObject>
#include <QStringList>

class DataSource;

/**
 * Who is working at this device. Tablet and counter staff sign in with their staff number and
 * PIN, checked offline by StaffRepository (lockout included); the kiosk has no staff session.
 * A successful PIN check is not enough: the role must fit the device's mode.
 *
 * Published to QML as the singleton Session.
 */
class Session : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(QString staffId READ staffId NOTIFY changed)
    Q_PROPERTY(QString staffNo READ staffNo NOTIFY changed)
    Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
    Q_PROPERTY(QStringList roles READ roles NOTIFY changed)
    /** The crew the staff member works in (active membership), empty if none. */
    Q_PROPERTY(QString crewId READ crewId NOTIFY changed)
    Q_PROPERTY(QString crewName READ crewName NOTIFY changed)
    Q_PROPERTY(bool supervisor READ isSupervisor NOTIFY changed)
    /** The last sign-in problem, ready to show under the form; empty when there is none. */
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /** "tablet", "counter" or "kiosk": decides which roles may sign in. */
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)

public:
    explicit Session(QObject *parent = nullptr);

    /** C++ only: the store handle used for sign-in and crew lookup. */
    void setDataSource(DataSource *source);
    /** C++ only: signing in is checked against the roles this mode needs. Signs out on change. */
    void setMode(const QString &mode);

    /**
     * C++ only, for --self-test and --screenshot: starts a session for @p staffId without a PIN,
     * so screens behind the sign-in can be shown. Still subject to the role check. Deliberately
     * not invokable from QML.
     */
    bool beginPreview(const QString &staffId);

    /** Checks the staff number and PIN and the role; sets errorMessage and returns false on failure. */
    Q_INVOKABLE bool signIn(const QString &staffNo, const QString &pin);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void clearError();
    Q_INVOKABLE bool hasRole(const QString &role) const { return m_roles.contains(role); }

    /** The roles that may use @p mode. Empty for the kiosk, which needs no sign-in. */
    [[nodiscard]] static QStringList rolesForMode(const QString &mode);

    [[nodiscard]] bool signedIn() const { return !m_staffId.isEmpty(); }
    [[nodiscard]] QString staffId() const { return m_staffId; }
    [[nodiscard]] QString staffNo() const { return m_staffNo; }
    [[nodiscard]] QString staffName() const { return m_staffName; }
    [[nodiscard]] QStringList roles() const { return m_roles; }
    [[nodiscard]] QString crewId() const { return m_crewId; }
    [[nodiscard]] QString crewName() const { return m_crewName; }
    [[nodiscard]] bool isSupervisor() const { return m_roles.contains(QStringLiteral("supervisor")); }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString mode() const { return m_mode; }

Q_SIGNALS:
    void changed();
    void errorMessageChanged();
    void modeChanged();

private:
    bool start(const QString &staffId, const QString &staffNo, const QString &name, const QStringList &roles);
    void setError(const QString &message);

    DataSource *m_source = nullptr;
    QString m_mode = QStringLiteral("counter");
    QString m_staffId;
    QString m_staffNo;
    QString m_staffName;
    QStringList m_roles;
    QString m_crewId;
    QString m_crewName;
    QString m_errorMessage;
};
