#pragma once

#include "core/config/Profile.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace lockboard {

// Type a key, see its home under every supported client library, and where a
// retrying python-memcached client would put it while that home is down.
// Pure computation: nothing here touches the network.
class PlacementView : public QWidget
{
    Q_OBJECT

public:
    explicit PlacementView(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);

    // Rows in the results table, one per client library (for tests).
    [[nodiscard]] QTableWidget* results() const { return m_results; }
    [[nodiscard]] QLineEdit* keyEdit() const { return m_key; }
    [[nodiscard]] QLineEdit* serversEdit() const { return m_servers; }
    [[nodiscard]] QCheckBox* rawBox() const { return m_raw; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

private:
    void recompute();
    void showError(const QString& message);

    KeyScheme m_keys;
    QLineEdit* m_servers;
    QLineEdit* m_key;
    QCheckBox* m_raw;
    QLabel* m_memcachedKey;
    QLabel* m_error;
    QTableWidget* m_results;
};

} // namespace lockboard
