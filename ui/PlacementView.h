#pragma once

#include "core/config/Profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;
class QLineEdit;
class QTableWidget;

namespace lockboard {

class SpreadChart;

// Type a key, see its home under every supported client library, and where a
// retrying python-memcached client would put it while that home is down.
// Below, how the held locks (or a sample of lock keys) spread over the servers
// under the application's client library, and what moves if one server fails.
// Pure computation: nothing here touches the network.
class PlacementView : public QWidget
{
    Q_OBJECT

public:
    explicit PlacementView(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    // The memcached keys of the locks held now (from the inspector).
    void setCurrentKeys(const QList<QByteArray>& keys);

    // Rows in the results table, one per client library (for tests).
    [[nodiscard]] QTableWidget* results() const { return m_results; }
    [[nodiscard]] QLineEdit* keyEdit() const { return m_key; }
    [[nodiscard]] QLineEdit* serversEdit() const { return m_servers; }
    [[nodiscard]] QCheckBox* rawBox() const { return m_raw; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QComboBox* keySourceBox() const { return m_keySource; }
    [[nodiscard]] QComboBox* failedServerBox() const { return m_failed; }
    [[nodiscard]] QTextBrowser* movesText() const { return m_moves; }
    [[nodiscard]] SpreadChart* spreadChart() const { return m_spread; }

private:
    void recompute();
    void showError(const QString& message);
    void recomputeSpread();

    KeyScheme m_keys;
    ClientLibrary m_client = ClientLibrary::PythonMemcached;
    QJsonObject m_clientOptions; // the profile's, for m_client's failover
    QList<QByteArray> m_currentKeys;
    QList<QByteArray> m_sampleKeys;
    QLineEdit* m_servers;
    QLineEdit* m_key;
    QCheckBox* m_raw;
    QLabel* m_memcachedKey;
    QLabel* m_error;
    QTableWidget* m_results;
    QComboBox* m_keySource;
    QComboBox* m_failed;
    SpreadChart* m_spread;
    QTextBrowser* m_moves;
};

} // namespace lockboard
