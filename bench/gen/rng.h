/* A small deterministic random number generator (splitmix64): the same
 * seed gives the same documents on every machine and every libc. */
#ifndef BENCH_RNG_H
#define BENCH_RNG_H

#include <stdint.h>

typedef struct rng {
    uint64_t state;
} rng;

/* Independent streams from one seed: document i uses stream i. */
void rng_seed(rng *r, uint64_t seed, uint64_t stream);
uint64_t rng_next(rng *r);
/* Uniform in [0, n); n > 0. */
unsigned rng_below(rng *r, unsigned n);
/* Uniform in [lo, hi]. */
int rng_range(rng *r, int lo, int hi);
/* True with the given chance in percent. */
int rng_percent(rng *r, unsigned percent);
/* Standard normal deviate. */
double rng_normal(rng *r);

#endif
