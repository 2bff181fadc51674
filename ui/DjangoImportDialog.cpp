#include "ui/DjangoImportDialog.h"

#include "core/django/DjangoSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lockboard {

namespace {

// A line edit with a "Browse…" button beside it.
QHBoxLayout* withBrowse(QLineEdit* edit, QPushButton* browse)
{
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

} // namespace

DjangoImportDialog::DjangoImportDialog(ProfileStore store, QWidget* parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_python(new QLineEdit(u"python3"_s, this))
    , m_settings(new QLineEdit(qEnvironmentVariable("DJANGO_SETTINGS_MODULE"), this))
    , m_project(new QLineEdit(this))
    , m_alias(new QLineEdit(this))
    , m_replace(new QCheckBox(tr("&Replace saved profiles of the same names"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_status(new QLabel(this))
    , m_timeout(new QTimer(this))
{
    setWindowTitle(tr("Import from Django project"));
    m_python->setToolTip(tr("The application's own interpreter, for example its virtualenv's "
                            "bin/python: its Django, settings and client libraries are read"));
    m_settings->setPlaceholderText(tr("mysite.settings"));
    m_project->setPlaceholderText(tr("the folder manage.py is in"));
    m_project->setToolTip(tr("Put first on sys.path, and the folder the settings are read in"));
    m_alias->setPlaceholderText(tr("every memcached cache"));
    m_alias->setToolTip(tr("Import only this alias of CACHES"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* browsePython = new QPushButton(tr("Browse…"), this);
    auto* browseProject = new QPushButton(tr("Browse…"), this);
    connect(browsePython, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Python interpreter"));
        if (!file.isEmpty())
            m_python->setText(file);
    });
    connect(browseProject, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Django project"));
        if (!folder.isEmpty())
            m_project->setText(folder);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Python:"), withBrowse(m_python, browsePython));
    form->addRow(tr("&Settings module:"), m_settings);
    form->addRow(tr("Project &folder:"), withBrowse(m_project, browseProject));
    form->addRow(tr("Cache &alias:"), m_alias);
    form->addRow(QString(), m_replace);
    auto* note = new QLabel(tr("One profile per memcached cache of CACHES, named after it. The "
                               "settings are read by the project's Python with this program's "
                               "environment; no server is contacted."),
                            this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    m_import->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_timeout->setSingleShot(true);
    m_timeout->setInterval(DjangoReaderTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        stopReader();
        fail(tr("The project's Python did not finish within %1 s.")
                 .arg(DjangoReaderTimeoutMs / 1000));
    });
    connect(m_import, &QPushButton::clicked, this, &DjangoImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        stopReader();
        reject();
    });
    resize(560, 280);
}

DjangoImportDialog::~DjangoImportDialog()
{
    stopReader();
}

void DjangoImportDialog::startImport()
{
    if (m_reader)
        return;
    DjangoProject project;
    project.python = m_python->text().trimmed();
    project.settingsModule = m_settings->text().trimmed();
    const QString folder = m_project->text().trimmed();
    if (!folder.isEmpty())
        project.pythonPath = {folder};
    project.alias = m_alias->text().trimmed();
    if (project.settingsModule.isEmpty())
        return fail(tr("Give the settings module (DJANGO_SETTINGS_MODULE), for example "
                       "mysite.settings."));

    const DjangoReaderCommand command = djangoReaderCommand(project);
    m_reader = new QProcess(this);
    if (!folder.isEmpty())
        m_reader->setWorkingDirectory(folder);
    connect(m_reader, &QProcess::finished, this, &DjangoImportDialog::readerFinished);
    connect(m_reader, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash or kill also ends in finished()
        const QString why = m_reader->errorString();
        stopReader();
        fail(tr("Cannot run the project's Python %1: %2").arg(m_python->text(), why));
    });
    m_import->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(
        tr("Reading CACHES of %1 with %2…").arg(project.settingsModule, project.python));
    m_timeout->start();
    m_reader->start(command.program, command.arguments);
    m_reader->closeWriteChannel();
}

void DjangoImportDialog::readerFinished()
{
    m_timeout->stop();
    const int exitCode = m_reader->exitStatus() == QProcess::NormalExit ? m_reader->exitCode() : -1;
    const QByteArray out = m_reader->readAllStandardOutput();
    const QByteArray err = m_reader->readAllStandardError();
    m_reader->deleteLater();
    m_reader = nullptr;

    auto read = parseDjangoCaches(exitCode, out, err);
    if (!read)
        return fail(read.error().message);
    auto profiles = profilesFromDjango(*read, m_alias->text().trimmed());
    if (!profiles)
        return fail(profiles.error().message);
    if (auto saved = saveImportedProfiles(m_store, *profiles, m_replace->isChecked()); !saved)
        return fail(saved.error().message);
    m_imported.clear();
    for (const Profile& profile : *profiles)
        m_imported.append(profile.name);
    accept();
}

void DjangoImportDialog::fail(const QString& message)
{
    m_import->setEnabled(true);
    m_status->setStyleSheet(u"color: #b00020;"_s);
    m_status->setText(message);
}

void DjangoImportDialog::stopReader()
{
    m_timeout->stop();
    if (!m_reader)
        return;
    // Killed, and deleted once it has ended (QProcess reaps it): no wait here.
    QProcess* reader = m_reader;
    m_reader = nullptr;
    reader->disconnect(this);
    connect(reader, &QProcess::finished, reader, &QObject::deleteLater);
    reader->kill();
}

} // namespace lockboard
