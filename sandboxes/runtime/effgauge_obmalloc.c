
/* effgauge: appended to Objects/obmalloc.c by build-python.sh, so that it
   sees pymalloc's own pool layout. The memory meter needs the size of a
   block when it is freed, and the allocator API does not say it; the
   allocator's own test for "one of my blocks" and its size classes do,
   without a table beside the heap (tracemalloc keeps one, which would
   double the memory of a program of small objects). */
size_t
_effgauge_block_size(void *p)
{
    poolp pool = POOL_ADDR(p);
    if (p != NULL && address_in_range(p, pool)) {
        return INDEX2SIZE(pool->szidx);
    }
    return 0;
}

/* The size class of a block known to be pymalloc's (the meter marked it so
   when it counted it): its pool's, without the test above. */
size_t
_effgauge_small_block_size(void *p)
{
    return INDEX2SIZE(POOL_ADDR(p)->szidx);
}
