// The yardstick for Keyplan's launch time: the smallest Qt Widgets window, shown on screen.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare Qt window"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(800, 600);
    window.show();
    return QApplication::exec();
}
