#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QVariantMap>

/**
 * What every data-entry form shares: a message per field that is wrong (all of them at once, so
 * staff fix a form in one pass), a message that is about no single field, and the rule that
 * editing a field clears its message. CustomerForm and TicketForm build on it.
 */
class FormController : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS

    /** Field key → message, for every field that is wrong. Editing a field clears its message. */
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    /** A problem that is not about one field (not signed in, the store refused); empty if none. */
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    using QObject::QObject;

    [[nodiscard]] QVariantMap fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

Q_SIGNALS:
    void inputChanged();
    void fieldErrorsChanged();
    void errorMessageChanged();

protected:
    /** Sets an input field; a changed value clears that field's message. */
    void update(QString &member, const QString &value, const char *field);
    void clearFieldError(const char *field);
    void setFieldErrors(const QVariantMap &errors);
    void setError(const QString &message);

private:
    QVariantMap m_fieldErrors;
    QString m_errorMessage;
};
