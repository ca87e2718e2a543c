/* A test plugin that exports no clerk_plugin_entry: not a clerk plugin. */
#include "clerk/plugin.h"

CLERK_EXPORT int clerk_plugin_version(void)
{
    return CLERK_ABI_MAJOR;
}
