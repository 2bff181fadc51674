#include "ui/DoctorView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

QColor severityColour(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Critical:
        return QColor(0xb0, 0x00, 0x20);
    case Finding::Severity::Warning:
        return QColor(0x9a, 0x60, 0x00);
    case Finding::Severity::Info:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

} // namespace

DoctorView::DoctorView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_check(new QPushButton(tr("&Check now"), this))
    , m_list(new QTableWidget(this))
{
    m_summary->setWordWrap(true);
    m_check->setToolTip(tr("Judge the client's settings, the saved profiles and the cluster "
                           "again: reads each server's slab statistics, and uses the latest "
                           "refresh (no extra key walk)"));
    m_list->setColumnCount(4);
    m_list->setHorizontalHeaderLabels(
        {tr("Severity"), tr("About"), tr("What it means"), tr("The fix")});
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Findings, most severe first"));
    QHeaderView* header = m_list->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    // Wrapped text needs its rows measured again when the columns change width.
    connect(header, &QHeaderView::sectionResized, m_list, &QTableView::resizeRowsToContents);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_check);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    connect(m_check, &QPushButton::clicked, this, &DoctorView::checkRequested);
    reset(tr("No cluster: choose a profile."));
}

void DoctorView::setReady(bool ready, const QString& why)
{
    if (m_checking)
        return;
    m_check->setEnabled(ready);
    if (!ready)
        m_summary->setText(why);
}

void DoctorView::reset(const QString& why)
{
    m_checking = false;
    m_list->setRowCount(0);
    setReady(false, why);
}

void DoctorView::setChecking()
{
    m_checking = true;
    m_check->setEnabled(false);
    m_summary->setText(tr("Checking…"));
}

void DoctorView::showFindings(const QList<Finding>& findings, const QString& profile,
                              const QDateTime& checkedAt)
{
    m_checking = false;
    m_check->setEnabled(true);
    m_list->setRowCount(0);
    m_list->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const Finding& finding = findings[row];
        auto* severity = new QTableWidgetItem(severityText(finding.severity));
        severity->setData(Qt::UserRole, finding.code);
        severity->setToolTip(finding.code);
        severity->setForeground(severityColour(finding.severity));
        QFont bold = severity->font();
        bold.setBold(finding.severity != Finding::Severity::Info);
        severity->setFont(bold);
        m_list->setItem(row, 0, severity);
        m_list->setItem(row, 1, new QTableWidgetItem(finding.subject));
        m_list->setItem(row, 2, new QTableWidgetItem(finding.meaning));
        m_list->setItem(row, 3, new QTableWidgetItem(finding.fix));
        for (int column = 0; column < 4; ++column)
            m_list->item(row, column)->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_list->resizeRowsToContents();
    const QString when = checkedAt.toLocalTime().toString(u"HH:mm:ss"_s);
    m_summary->setText(tr("%1, checked at %2: %3").arg(profile, when, findingsSummary(findings)));
}

void DoctorView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_list->resizeRowsToContents();
}

} // namespace lockboard
