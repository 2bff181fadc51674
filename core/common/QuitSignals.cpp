#include "core/common/QuitSignals.h"

#include <QSocketNotifier>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    // Async-signal-safe: one byte into a non-blocking pipe; a full pipe drops it.
    const char byte = char(signal);
    const auto ignored = ::write(signalPipe[1], &byte, 1);
    Q_UNUSED(ignored);
}

} // namespace

QuitSignals::QuitSignals(QObject* parent)
    : QObject(parent)
{
    Q_ASSERT_X(signalPipe[0] < 0, "QuitSignals", "one at a time");
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char signal = 0;
        while (::read(signalPipe[0], &signal, 1) == 1)
            Q_EMIT received(int(signal));
    });
    struct sigaction action
    {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (size_t i = 0; i < Signals.size(); ++i)
        ::sigaction(Signals[i], &action, &m_previous[i]);
}

QuitSignals::~QuitSignals()
{
    if (!m_notifier)
        return;
    for (size_t i = 0; i < Signals.size(); ++i)
        ::sigaction(Signals[i], &m_previous[i], nullptr);
    delete m_notifier;
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
}

QString QuitSignals::name(int signal)
{
    switch (signal) {
    case SIGINT:
        return u"SIGINT"_s;
    case SIGTERM:
        return u"SIGTERM"_s;
    case SIGHUP:
        return u"SIGHUP"_s;
    default:
        return u"signal %1"_s.arg(signal);
    }
}

} // namespace lockboard
