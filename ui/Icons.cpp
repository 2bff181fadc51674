#include "ui/Icons.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace lockboard {

QIcon icon(const QString& name)
{
    QIcon result;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString path = u":/icons/%1-%2.png"_s.arg(name).arg(size);
        if (QFile::exists(path))
            result.addFile(path, QSize(size, size));
    }
    return result;
}

} // namespace lockboard
