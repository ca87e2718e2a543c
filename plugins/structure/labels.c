/*
 * Paragraph labels as numbers and back: "c" is 3, "iv" is 4, and the
 * expected label after "(h)" is "(i)".
 */
#include "structure.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* (a) = 1 ... (z) = 26, (aa) = 27 ... (zz) = 52; 0 when not a letter label. */
int label_letter_value(const char *label)
{
    size_t n = strlen(label);
    if (n == 0 || n > 2 || !isalpha((unsigned char)label[0]))
        return 0;
    if (n == 2 && tolower((unsigned char)label[1]) != tolower((unsigned char)label[0]))
        return 0;
    return tolower((unsigned char)label[0]) - 'a' + 1 + 26 * (int)(n - 1);
}

static int roman_digit(int c)
{
    switch (tolower(c)) {
    case 'i': return 1;
    case 'v': return 5;
    case 'x': return 10;
    case 'l': return 50;
    case 'c': return 100;
    default: return 0;
    }
}

/* Value of a roman label up to (cxc); 0 when not well formed. */
int label_roman_value(const char *label)
{
    int value = 0;
    for (size_t i = 0; label[i]; i++) {
        int d = roman_digit((unsigned char)label[i]);
        int next = label[i + 1] ? roman_digit((unsigned char)label[i + 1]) : 0;
        if (d == 0)
            return 0;
        value += d < next ? -d : d;
    }
    return value;
}

void label_roman(int value, int upper, char *out, size_t size)
{
    static const struct { int value; const char *text; } parts[] = {
        {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"},
        {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}
    };
    size_t n = 0;
    for (size_t p = 0; p < sizeof parts / sizeof parts[0]; p++)
        for (; value >= parts[p].value && n + 2 < size; value -= parts[p].value)
            for (const char *t = parts[p].text; *t && n + 1 < size; t++)
                out[n++] = (char)(upper ? toupper((unsigned char)*t) : *t);
    out[n] = '\0';
}

static void format_letter(int value, int upper, char *out, size_t size)
{
    char c = (char)((upper ? 'A' : 'a') + (value - 1) % 26);
    snprintf(out, size, value > 26 ? "%c%c" : "%c", c, c);
}

void label_format(int lvl, int value, int upper, char *out, size_t size)
{
    if (lvl == LEVEL_ARABIC)
        snprintf(out, size, "%d", value);
    else if (lvl == LEVEL_LETTER)
        format_letter(value, upper, out, size);
    else
        label_roman(value, upper, out, size);
}
