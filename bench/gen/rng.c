#include "rng.h"

#include <math.h>

void rng_seed(rng *r, uint64_t seed, uint64_t stream)
{
    r->state = seed * 0x9e3779b97f4a7c15u ^ (stream + 1) * 0xd1b54a32d192ed03u;
    rng_next(r);
}

uint64_t rng_next(rng *r)
{
    uint64_t z = (r->state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

unsigned rng_below(rng *r, unsigned n)
{
    return (unsigned)((rng_next(r) >> 32) * n >> 32);
}

int rng_range(rng *r, int lo, int hi)
{
    return lo + (int)rng_below(r, (unsigned)(hi - lo + 1));
}

int rng_percent(rng *r, unsigned percent)
{
    return rng_below(r, 100) < percent;
}

double rng_normal(rng *r)
{
    /* Box-Muller; the uniform draws are in (0, 1] so log() is finite. */
    double u = ((double)(rng_next(r) >> 11) + 1.0) / 9007199254740992.0;
    double v = (double)(rng_next(r) >> 11) / 9007199254740992.0;
    return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}
