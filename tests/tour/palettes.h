#pragma once

#include <QPalette>

namespace keyplan::test {

// A dark desktop's palette (Breeze Dark's colours), for the tests and screenshots of a dark screen.
QPalette darkPalette();

} // namespace keyplan::test
