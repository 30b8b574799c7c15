#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace keyplan {

// File > Connect to Team Plan…: where the team's PostgreSQL server is (host, port, database), who
// connects (user), and how securely (TLS: not at all, required, or the server's certificate checked
// against the team's CA file). No password field: libpq reads the password file (~/.pgpass), and
// the window asks for one when the server wants it, for that connection only.
class TeamConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    // `url`: the team plan last connected to, to start from (may be empty).
    explicit TeamConnectDialog(const QString &url, QWidget *parent = nullptr);

    // The address the fields make: postgresql://user@host:port/database[?sslmode=...&sslrootcert=...]
    QString url() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *securityCombo() const { return m_security; }
    QLineEdit *caFileEdit() const { return m_caFile; }

private:
    void update();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_address = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace keyplan
