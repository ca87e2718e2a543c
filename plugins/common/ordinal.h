/* Session ordinals in words, as United Nations documents write them. */
#ifndef CLERK_PLUGIN_ORDINAL_H
#define CLERK_PLUGIN_ORDINAL_H

#include <stddef.h>

/* 64 → "sixty-fourth", 20 → "twentieth"; in figures ("112th") from 100. */
void ordinal_words(int n, char *buf, size_t size);

#endif
