#include "signalwatcher.h"

#include "serverlogging.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace fd {

namespace {

int s_fds[2] = {-1, -1}; // [0] read end (event loop), [1] write end (signal handler)

extern "C" void onSignal(int signalNumber)
{
    const int savedErrno = errno; // the interrupted code may be about to read errno
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(s_fds[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

SignalWatcher::SignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent)
    : QObject(parent), m_signals(signalNumbers)
{
    Q_ASSERT_X(s_fds[0] < 0, "SignalWatcher", "only one SignalWatcher may exist");
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s_fds) != 0) {
        qCWarning(lcServer) << "SignalWatcher: socketpair failed:" << std::strerror(errno);
        s_fds[0] = s_fds[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(s_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readPending);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART; // interrupted system calls in Qt resume instead of failing with EINTR
    m_valid = true;
    for (const int number : std::as_const(m_signals)) {
        if (::sigaction(number, &action, nullptr) != 0) {
            qCWarning(lcServer) << "SignalWatcher: cannot handle signal" << number << ":" << std::strerror(errno);
            m_valid = false;
        }
    }
    ::signal(SIGPIPE, SIG_IGN);
}

SignalWatcher::~SignalWatcher()
{
    for (const int number : std::as_const(m_signals))
        ::signal(number, SIG_DFL);
    delete m_notifier;
    for (int &fd : s_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void SignalWatcher::readPending()
{
    unsigned char bytes[16];
    ssize_t n;
    while ((n = ::read(s_fds[0], bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < n; ++i)
            Q_EMIT signalReceived(bytes[i]);
    }
}

} // namespace fd
