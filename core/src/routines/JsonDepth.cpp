#include "limber/routines/RoutineReader.h"

namespace limber {

bool jsonNestsDeeperThan(const QByteArray& json, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > maxDepth)
                return true;
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace limber
