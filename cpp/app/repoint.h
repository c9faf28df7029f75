#pragma once

#include <QObject>
#include <QPointer>

/**
 * The setter of a QObject property that follows a signal of the object it points at: points
 * @p member at @p target, drops @p receiver's connections to the previous one and connects
 * @p signal of the new one to @p slot. False (and nothing done) when @p target already is the one.
 */
template<typename Target, typename Signal, typename Receiver, typename Slot>
bool repoint(QPointer<Target> &member, Target *target, Signal signal, Receiver *receiver, Slot slot)
{
    if (target == member)
        return false;
    if (member)
        QObject::disconnect(member, nullptr, receiver, nullptr);
    member = target;
    if (member)
        QObject::connect(member.data(), signal, receiver, slot);
    return true;
}
