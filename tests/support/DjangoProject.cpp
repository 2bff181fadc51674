#include "tests/support/DjangoProject.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace lockboard::test {

bool copyDjangoProject(const QString& target)
{
    const QString source = QStringLiteral(LOCKBOARD_DJANGO_PROJECT);
    QDirIterator files(source, {QStringLiteral("*.py")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString relative = QDir(source).relativeFilePath(file);
        if (relative.startsWith(QStringLiteral("reader/")))
            continue;
        const QString copy = QDir(target).filePath(relative);
        if (!QDir().mkpath(QFileInfo(copy).path()) || !QFile::copy(file, copy))
            return false;
    }
    return true;
}

} // namespace lockboard::test
