#pragma once

#include <QObject>

#include <array>
#include <csignal>

class QSocketNotifier;

namespace lockboard {

// SIGINT, SIGTERM and SIGHUP as a Qt signal: while one of these objects lives,
// those signals no longer end the process at once; each one received emits
// received() on the event loop (the handler only writes a byte to a pipe).
// The previous handlers come back when it goes. One at a time per process.
class QuitSignals : public QObject
{
    Q_OBJECT

public:
    explicit QuitSignals(QObject* parent = nullptr);
    ~QuitSignals() override;
    QuitSignals(const QuitSignals&) = delete;
    QuitSignals& operator=(const QuitSignals&) = delete;

    // False when the pipe could not be made (the signals then act as before).
    [[nodiscard]] bool isActive() const { return m_notifier != nullptr; }
    [[nodiscard]] static QString name(int signal); // "SIGTERM"

Q_SIGNALS:
    void received(int signal);

private:
    static constexpr std::array<int, 3> Signals{SIGINT, SIGTERM, SIGHUP};
    std::array<struct sigaction, 3> m_previous{};
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace lockboard
