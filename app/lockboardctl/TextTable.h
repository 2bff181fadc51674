#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lockboard::cli {

// A plain-text table for terminals: a header row and left-aligned columns
// two spaces apart, each as wide as its widest cell.
class TextTable
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    void print(QTextStream& out) const;

private:
    QList<QStringList> m_rows;
};

} // namespace lockboard::cli
