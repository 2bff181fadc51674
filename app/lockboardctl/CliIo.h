#pragma once

#include "core/common/Environment.h"
#include "core/config/ProfileStore.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTextStream>

namespace lockboard::cli {

class TextTable;

// lockboardctl's exit codes (sysexits.h where one fits).
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,        // the operation was carried out and failed (not found, not stored)
    ExitUsage = 2,          // bad input: options, keys, server specs
    ExitDoctorWarning = 3,  // doctor: the worst finding is a warning
    ExitDoctorCritical = 4, // doctor: a critical finding
    ExitUnavailable = 69,   // EX_UNAVAILABLE: the key's home server could not be used
    ExitLockLost = 70,      // EX_SOFTWARE: run: the lock was lost while the command ran
    ExitCannotRun = 127,    // run: the command could not be started (as a shell says)
    ExitLockHeld = 75,      // EX_TEMPFAIL: run: another holder has the lock
};

// What a command reads and writes: streams, environment and saved profiles,
// passed in so that tests run commands in-process on buffers.
class CliIo
{
public:
    CliIo(QIODevice* in, QIODevice* out, QIODevice* err, QProcessEnvironment env,
          ProfileStore store, bool outIsTerminal = false, bool inIsTerminal = false);

    [[nodiscard]] QTextStream& out() { return m_out; }
    [[nodiscard]] QTextStream& err() { return m_err; }
    [[nodiscard]] QIODevice& in() { return *m_in; }
    [[nodiscard]] const QProcessEnvironment& env() const { return m_env; }
    // The same variables, as core reads them.
    [[nodiscard]] Environment environment() const;
    [[nodiscard]] ProfileStore& profiles() { return m_profiles; }
    [[nodiscard]] bool outIsTerminal() const { return m_outIsTerminal; }
    [[nodiscard]] bool inIsTerminal() const { return m_inIsTerminal; }

    // Bytes to stdout as they are (a value), after any text already written.
    void writeRaw(QByteArrayView bytes);
    // Everything written so far out to the reader now (a pipe is buffered):
    // for output that goes on, such as `watch`'s refreshes.
    void flushOut();
    // A command's answer on stdout: the document as indented JSON.
    void printJson(const QJsonDocument& document);
    // A command's answer on stdout: the document with --json, else the table.
    void printJsonOrTable(bool json, const QJsonDocument& document, const TextTable& table);

    // Prints "lockboardctl: <message>" on stderr and returns code.
    int fail(int code, const QString& message);

private:
    QIODevice* m_in;
    QIODevice* m_outDevice;
    QTextStream m_out;
    QTextStream m_err;
    QProcessEnvironment m_env;
    ProfileStore m_profiles;
    bool m_outIsTerminal;
    bool m_inIsTerminal;
};

} // namespace lockboard::cli
