// lockboardctl: the composition root of the command-line tool.
#include "app/i18n/Translations.h"
#include "app/lockboardctl/CliIo.h"
#include "app/lockboardctl/Ctl.h"

#include <QCoreApplication>
#include <QFile>

#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lockboardctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCKBOARD_VERSION));
    // --lang is global: it may come before or after the command, and no command sees it.
    const QStringList args = lockboard::installTranslations(app, lockboard::Speaker::CommandLine);

    QFile in;
    QFile out;
    QFile err;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly) ||
        !err.open(stderr, QIODevice::WriteOnly))
        return 1;
    lockboard::cli::CliIo io(&in, &out, &err, QProcessEnvironment::systemEnvironment(),
                             lockboard::ProfileStore(), ::isatty(STDOUT_FILENO) == 1,
                             ::isatty(STDIN_FILENO) == 1);
    return lockboard::cli::runCtl(args, io);
}
