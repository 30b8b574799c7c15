#pragma once

class QCoreApplication;

namespace keyplan {

// Installs Keyplan's and Qt's translations for the user's language.
void installTranslators(QCoreApplication &app);

} // namespace keyplan
