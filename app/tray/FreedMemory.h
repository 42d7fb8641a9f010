#pragma once

#include <cstddef>

namespace limber {

// Hands the heap pages that glibc keeps free after a session back to the
// system. A session's window, summary and pictures leave a few hundred KB
// to a few MB of freed heap behind; glibc keeps it mapped for reuse, so a
// Limber that waits in the tray all day would show each session's high-water
// mark as resident memory (tools/soak.sh --tray measured steps of 0.2–0.5 MB
// after the second session with the live heap flat). Called when the window
// goes to the background, where nothing is drawn until the next reminder.
class FreedMemory final {
public:
    FreedMemory() = delete;

    // Returns the pages; false where the C library offers no way to (not
    // glibc, or a sanitizer's allocator in place of glibc's).
    static bool returnToSystem();
};

} // namespace limber
