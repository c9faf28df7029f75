#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class DataSource;

/**
 * What this device is: its mode (tablet, counter, kiosk) and the outlet it is enrolled at, as
 * the store's device identity says. The mode can be overridden on the command line.
 *
 * Published to QML as the singleton Device.
 */
class DeviceInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY identityChanged)
    Q_PROPERTY(QString outletName READ outletName NOTIFY identityChanged)
    Q_PROPERTY(QString outletCode READ outletCode NOTIFY identityChanged)
    Q_PROPERTY(QString deviceCode READ deviceCode NOTIFY identityChanged)

public:
    explicit DeviceInfo(QObject *parent = nullptr);

    /** The modes the app has, in the order --help lists them. */
    [[nodiscard]] static QStringList modes();
    [[nodiscard]] static bool isValidMode(const QString &mode) { return modes().contains(mode); }

    /** C++ only: reads the identity and the outlet's name. */
    void setDataSource(DataSource *source);
    /** C++ only: tablet, counter or kiosk. */
    void setMode(const QString &mode);

    [[nodiscard]] QString mode() const { return m_mode; }
    [[nodiscard]] bool enrolled() const { return m_enrolled; }
    [[nodiscard]] QString outletName() const { return m_outletName; }
    [[nodiscard]] QString outletCode() const { return m_outletCode; }
    [[nodiscard]] QString deviceCode() const { return m_deviceCode; }

Q_SIGNALS:
    void modeChanged();
    void identityChanged();

private:
    void reload();

    QPointer<DataSource> m_source;
    bool m_loaded = false;
    QString m_mode = QStringLiteral("counter");
    bool m_enrolled = false;
    QString m_outletName;
    QString m_outletCode;
    QString m_deviceCode;
};
