#include "tray/FreedMemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace limber {

bool FreedMemory::returnToSystem()
{
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    // Pad 0: keep nothing spare at the top. Since glibc 2.8 this also
    // releases whole free pages inside every arena, not only at the top.
    malloc_trim(0);
    return true;
#else
    return false;
#endif
}

} // namespace limber
