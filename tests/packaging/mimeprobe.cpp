// Prints the MIME type a desktop's shared-mime-info gives FILE, by name and content, or by content
// alone with --content: the MIME database is read from XDG_DATA_DIRS, as desktops do.
#include <QCoreApplication>
#include <QMimeDatabase>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty())
        return 2;
    const bool contentOnly = arguments.contains(QStringLiteral("--content"));
    const QMimeType type = QMimeDatabase().mimeTypeForFile(
        arguments.constLast(), contentOnly ? QMimeDatabase::MatchContent : QMimeDatabase::MatchDefault);
    QTextStream(stdout) << type.name() << '\n';
    return 0;
}
