#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fd {

/** What a counter form (or the CLI) gives to open a customer record. */
struct CustomerInput
{
    QString kind = QStringLiteral("individual"); // individual | corporate
    QString name;
    QString idNumber;     // individual: resident ID
    QString creditCode;   // corporate: unified social credit code
    QString phone;
    QString email;
    QString address;
    QString agentName;     // corporate: the person acting for the organisation
    QString agentIdNumber; // corporate: the agent's resident ID
    QString needs;
    QString preferredChannel = QStringLiteral("phone");
    QString segment;
    QString grade = QStringLiteral("C");
    bool keyAccount = false;

    /**
     * Checks every field and returns all problems at once (each Error names its field), so a
     * form can show each message next to its field. On success, normalises numbers in place
     * (ID upper-case X, phone without +86 or spaces, credit code upper-case).
     */
    [[nodiscard]] QList<Error> validate(QDate today = QDate::currentDate());
    /** Gender and birthday read from the resident ID, for individuals. */
    [[nodiscard]] QString gender() const;
    [[nodiscard]] QString birthday() const;
};

} // namespace fd
