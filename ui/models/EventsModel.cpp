#include "ui/models/EventsModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lockboard {

EventsModel::EventsModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{}

int EventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EventsModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
}

void EventsModel::addEvents(const QList<ClusterEvent>& events)
{
    if (events.isEmpty())
        return;
    const QList<ClusterEvent> newest =
        events.mid(std::max<qsizetype>(0, events.size() - m_capacity));
    beginInsertRows({}, 0, int(newest.size()) - 1);
    for (const ClusterEvent& event : newest)
        m_events.prepend(event);
    endInsertRows();
    if (m_events.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, int(m_events.size()) - 1);
        m_events.resize(m_capacity);
        endRemoveRows();
    }
}

QVariant EventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterEvent& event = m_events[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return event.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case Severity:
            return severityName(event.severity);
        case Server:
            return event.server;
        case Lock:
            return event.lock;
        case What:
            return event.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != Severity)
            return {};
        switch (event.severity) {
        case ClusterEvent::Severity::Critical:
            return QBrush(QColor(0xb0, 0x00, 0x20));
        case ClusterEvent::Severity::Warning:
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        case ClusterEvent::Severity::Info:
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        return event.message;
    default:
        return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Severity:
        return tr("Severity");
    case Server:
        return tr("Server");
    case Lock:
        return tr("Lock");
    case What:
        return tr("What happened");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lockboard
