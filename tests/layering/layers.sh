#!/bin/bash
# The layers DESIGN.md draws, checked on the sources: the models never include QtWidgets, no
# widget reaches the database (no connection, no query, no plan opened by the window itself: it
# asks the models, which ask storage), and SQL is written in storage alone. Prints every line that crosses a layer; fails on any.
set -u
root=${1:?the source folder}
found=0

cross() { # what, folder, pattern
    local hits
    hits=$(grep -rnE --include='*.cpp' --include='*.h' "$3" "$root/$2" || true)
    if [ -n "$hits" ]; then
        echo "$1:"
        echo "$hits" | sed "s|$root/||"
        found=1
    fi
}

cross "models/ includes QtWidgets" models '#include <(QtWidgets/|QWidget|QDialog|QMainWindow|QApplication>|QMessageBox)'
cross "a widget reaches the database" ui '\.connection\(\)|QSqlDatabase|QSqlQuery|#include <QSql|PlanDatabase::open|"storage/(plandatabase|plancopy|planbackup)\.h"'
for folder in models/item ui app; do
    cross "SQL outside storage ($folder)" "$folder" '"(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA|WITH) '
done
[ "$found" -eq 0 ] && echo "Every layer keeps to itself."
exit "$found"
