/*
 * The record of adopted resolutions: the adoption date of each General
 * Assembly and Security Council resolution the registers list, and the
 * Assembly's special and emergency special sessions.
 *
 * The registers (ga-resolutions.tsv, sc-resolutions.tsv) are read from every
 * data folder, the bundled one first, and a later row for the same
 * resolution replaces an earlier one: a newer register dropped into a folder
 * the configuration names extends or corrects the bundled record without a
 * rebuild.  Columns are found by their header names, so extra columns and
 * any column order are accepted.
 */
#ifndef CLERK_PLUGIN_REGISTER_H
#define CLERK_PLUGIN_REGISTER_H

#include "clerk/plugin.h"

#include <stddef.h>

/* Session kinds, as in clerk_resolution_ref.session_kind. */
enum { SESSION_REGULAR = 0, SESSION_SPECIAL = 1, SESSION_EMERGENCY = 2 };

typedef struct register_row {
    int session_kind;   /* SESSION_*; 0 for the Security Council */
    int session;        /* 0 for the Security Council */
    int number;
    unsigned parts;     /* bit k: part 'A' + k ("A-C", "B"); 0: the whole resolution */
    int in_series;      /* of the series numbered through until 1975: "A/RES/1514 (XV)" */
    clerk_ymd date;     /* day and month 0 when the register gives the year alone */
    size_t order;       /* position in load order: the later row wins */
} register_row;

typedef struct resolution_register {
    register_row *ga, *sc;   /* sorted by key */
    size_t ga_count, sc_count;
} resolution_register;

int register_load(const clerk_api *api, resolution_register *out, char *err, size_t err_size);
void register_free(resolution_register *r);

/* "A", "A and B", "A to D", "A-C", "B" → bit set of parts; 0 for "". */
unsigned register_parts(const char *parts);

/* Adoption date of a General Assembly resolution, or NULL when the register
 * does not know it or when the parts in question were adopted on different
 * days.  parts 0 asks for the resolution as cited without parts; a part
 * ("B") is answered only by rows that name it, since registers often list
 * the first part of a resolution under its bare symbol. */
const clerk_ymd *register_ga_date(const resolution_register *r, int session_kind, int session,
                                  int number, unsigned parts);
/* The row of resolution `number` of the series the General Assembly numbered
 * through until 1975 ("1514 (XV)"), or NULL when the register lacks it. */
const register_row *register_ga_series(const resolution_register *r, int number);
/* Adoption date of Security Council resolution `number` (perhaps the year
 * alone), or NULL. */
const clerk_ymd *register_sc_date(const resolution_register *r, int number);

typedef struct special_session {
    int kind;                /* SESSION_SPECIAL or SESSION_EMERGENCY */
    int session;
    clerk_ymd start;
    int numbered_in_session; /* resolutions "S-8/1"; 0: "3201 (S-VI)" in the common series */
} special_session;

typedef struct special_sessions {
    special_session *items;
    size_t count;
} special_sessions;

int special_sessions_load(const clerk_api *api, special_sessions *out, char *err, size_t err_size);
void special_sessions_free(special_sessions *s);
const special_session *special_session_find(const special_sessions *s, int kind, int session);

#endif
