#include "ui/teamconnectdialog.h"

#include "storage/serverlocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace keyplan {

TeamConnectDialog::TeamConnectDialog(const QString &url, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_address(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Plan"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user->setText(qEnvironmentVariable("USER"));
    m_security->addItem(tr("Verify the server's certificate"), QStringLiteral("verify-full"));
    m_security->addItem(tr("Encrypt, without checking the certificate"), QStringLiteral("require"));
    m_security->addItem(tr("Prefer encryption (the server decides)"), QStringLiteral("prefer"));
    m_security->addItem(tr("No encryption (a server on this computer)"), QStringLiteral("disable"));
    m_security->setCurrentIndex(2);
    m_caFile->setPlaceholderText(tr("The CA certificate from the server's administrator"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    if (const std::optional<ServerLocation> where = ServerLocation::parse(url, nullptr)) {
        m_host->setText(where->host);
        m_port->setValue(where->port);
        m_database->setText(where->database);
        m_user->setText(where->user);
        const int mode = m_security->findData(where->sslMode);
        if (mode >= 0)
            m_security->setCurrentIndex(mode);
        m_caFile->setText(where->sslRootCert);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("S&ecurity:"), m_security);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile); // a row of two: the label needs its buddy named
    form->addRow(caLabel, caRow);
    auto *note = new QLabel(tr("Keyplan never stores a password: it reads your password file (~/.pgpass) "
                               "or asks when the server wants one."),
        this);
    note->setWordWrap(true);
    m_address->setTextFormat(Qt::PlainText); // the address is data
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_address);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), QDir::homePath(),
            tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    for (QLineEdit *edit : {m_host, m_database, m_user, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &TeamConnectDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamConnectDialog::update);
    connect(m_security, &QComboBox::currentIndexChanged, this, &TeamConnectDialog::update);
    update();
}

QString TeamConnectDialog::url() const
{
    ServerLocation where;
    where.host = m_host->text().trimmed();
    where.port = m_port->value();
    where.database = m_database->text().trimmed();
    where.user = m_user->text().trimmed();
    where.sslMode = m_security->currentData().toString();
    if (where.sslMode == u"verify-full" || where.sslMode == u"require")
        where.sslRootCert = m_caFile->text().trimmed();
    return where.displayUrl();
}

void TeamConnectDialog::update()
{
    const bool verifying = m_security->currentData().toString() == u"verify-full";
    m_caFile->setEnabled(verifying || m_security->currentData().toString() == u"require");
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty() && (!verifying || !m_caFile->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_address->setText(complete ? tr("Address: %1").arg(url()) : tr("Fill in the server, database and user%1.")
                                                                     .arg(verifying ? tr(", and the CA file") : QString()));
}

} // namespace keyplan
