#include "formcontroller.h"

void FormController::update(QString &member, const QString &value, const char *field)
{
    if (value == member)
        return;
    member = value;
    clearFieldError(field);
    Q_EMIT inputChanged();
}

void FormController::clearFieldError(const char *field)
{
    if (m_fieldErrors.remove(QLatin1String(field)) > 0)
        Q_EMIT fieldErrorsChanged();
}

void FormController::setFieldErrors(const QVariantMap &errors)
{
    if (errors == m_fieldErrors)
        return;
    m_fieldErrors = errors;
    Q_EMIT fieldErrorsChanged();
}

void FormController::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}
