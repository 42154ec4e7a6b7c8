#include "libxml_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Under AddressSanitizer, arena memory nobody was given is poisoned: a read or write past a
   block, or into a chunk after its arena was released, is reported like one on the heap. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#if !defined(ARENA_ASAN) && defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(address, size) ASAN_POISON_MEMORY_REGION((address), (size))
#define UNPOISON(address, size) ASAN_UNPOISON_MEMORY_REGION((address), (size))
#else
#define POISON(address, size) ((void)(address), (void)(size))
#define UNPOISON(address, size) ((void)(address), (void)(size))
#endif

/* A chunk: a link to the arena's next chunk and the arena it belongs to, then blocks. */
#define CHUNK_SIZE ((size_t)256 * 1024)
/* Address range reserved for chunks (virtual only; a chunk is made writable on first use). */
#define REGION_SIZE ((size_t)8 * 1024 * 1024 * 1024)
/* Blocks larger than this get a chunk of their own; blocks that do not fit in one go to malloc. */
#define LARGEST_BUMPED_BLOCK (CHUNK_SIZE / 4)
#define LARGEST_BLOCK (CHUNK_SIZE - 2 * HEADER)
/* Chunks kept resident in the pool; chunks given back beyond this are returned to the OS. */
#define RESIDENT_POOL 64
/* Each block starts with its requested size; 16 keeps blocks aligned as malloc's. */
#define HEADER 16
#define ALIGN_UP(n) (((n) + 15) & ~(size_t)15)

struct baocao_arena {
    char *cursor;
    char *limit;
    char *last;          /* the most recent block, which may grow in place */
    char *chunks;        /* first chunk; each begins with a pointer to the next */
    size_t chunk_count;
    size_t chunk_limit;  /* chunks the arena may take; 0 for no limit */
    int escaped;         /* some allocation of the scope went to the C library */
};

static char *region_base;
static size_t region_size;
static pthread_once_t reserve_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static size_t fresh_chunks;         /* chunks handed out from the range so far */
static uint32_t *pool;              /* indices of given-back chunks still resident */
static size_t pool_count;
static uint32_t *cold;              /* indices of given-back chunks returned to the OS */
static size_t cold_count;

static _Thread_local baocao_arena *current_arena;

static void reserve(void) {
    size_t chunks = REGION_SIZE / CHUNK_SIZE;
    uint32_t *indices = malloc(RESIDENT_POOL * sizeof(uint32_t));
    uint32_t *cold_indices = malloc(chunks * sizeof(uint32_t));
    void *base = mmap(NULL, REGION_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (indices == NULL || cold_indices == NULL || base == MAP_FAILED) {
        free(indices);
        free(cold_indices);
        if (base != MAP_FAILED) munmap(base, REGION_SIZE);
        return;
    }
    pool = indices;
    cold = cold_indices;
    region_base = base;
    region_size = REGION_SIZE;
}

int baocao_arena_reserve(void) {
    pthread_once(&reserve_once, reserve);
    return region_base != NULL;
}

int baocao_arena_owns(const void *pointer) {
    return (uintptr_t)pointer - (uintptr_t)region_base < region_size;
}

static int at_limit(const baocao_arena *arena) {
    return arena->chunk_limit != 0 && arena->chunk_count >= arena->chunk_limit;
}

static char *take_chunk(void) {
    char *chunk = NULL;
    pthread_mutex_lock(&pool_lock);
    if (pool_count > 0) {
        chunk = region_base + (size_t)pool[--pool_count] * CHUNK_SIZE;
    } else if (cold_count > 0) {
        chunk = region_base + (size_t)cold[--cold_count] * CHUNK_SIZE;
    } else if (fresh_chunks < region_size / CHUNK_SIZE) {
        char *candidate = region_base + fresh_chunks * CHUNK_SIZE;
        if (mprotect(candidate, CHUNK_SIZE, PROT_READ | PROT_WRITE) == 0) {
            chunk = candidate;
            fresh_chunks += 1;
        }
    }
    pthread_mutex_unlock(&pool_lock);
    if (chunk != NULL) {
        POISON(chunk, CHUNK_SIZE);
        UNPOISON(chunk, HEADER);
    }
    return chunk;
}

static void give_back(char *chunk) {
    uint32_t index = (uint32_t)((size_t)(chunk - region_base) / CHUNK_SIZE);
    POISON(chunk, CHUNK_SIZE);
    pthread_mutex_lock(&pool_lock);
    if (pool_count < RESIDENT_POOL) {
        pool[pool_count++] = index;
    } else {
        madvise(chunk, CHUNK_SIZE, MADV_DONTNEED);
        cold[cold_count++] = index;
    }
    pthread_mutex_unlock(&pool_lock);
}

static void link_chunk(baocao_arena *arena, char *chunk) {
    ((char **)chunk)[0] = arena->chunks;
    ((baocao_arena **)chunk)[1] = arena;
    arena->chunks = chunk;
    arena->chunk_count += 1;
}

/* The arena whose chunk holds `pointer` (a pointer baocao_arena_owns). */
static baocao_arena *owner(const void *pointer) {
    size_t offset = (size_t)((const char *)pointer - region_base);
    return ((baocao_arena **)(region_base + offset / CHUNK_SIZE * CHUNK_SIZE))[1];
}

static int grow(baocao_arena *arena) {
    if (at_limit(arena)) return 0;
    char *chunk = take_chunk();
    if (chunk == NULL) return 0;
    link_chunk(arena, chunk);
    arena->cursor = chunk + HEADER;
    arena->limit = chunk + CHUNK_SIZE;
    arena->last = NULL;
    return 1;
}

static void *bump(baocao_arena *arena, size_t size) {
    size_t need = HEADER + ALIGN_UP(size);
    if ((size_t)(arena->limit - arena->cursor) < need && !grow(arena)) return NULL;
    char *block = arena->cursor;
    UNPOISON(block, HEADER + size);
    *(size_t *)block = size;
    arena->cursor = block + need;
    arena->last = block + HEADER;
    return arena->last;
}

/* A block in a chunk of its own, linked into the arena without disturbing the bump chunk. */
static void *alone(baocao_arena *arena, size_t size) {
    if (at_limit(arena)) return NULL;
    char *chunk = take_chunk();
    if (chunk == NULL) return NULL;
    link_chunk(arena, chunk);
    UNPOISON(chunk + HEADER, HEADER + size);
    *(size_t *)(chunk + HEADER) = size;
    return chunk + 2 * HEADER;
}

void *baocao_arena_malloc(size_t size) {
    baocao_arena *arena = current_arena;
    if (arena != NULL) {
        void *block = NULL;
        if (size <= LARGEST_BUMPED_BLOCK) block = bump(arena, size);
        else if (size <= LARGEST_BLOCK) block = alone(arena, size);
        if (block != NULL) return block;
        arena->escaped = 1;
    }
    return malloc(size);
}

void baocao_arena_free(void *pointer) {
    if (baocao_arena_owns(pointer)) return;
    free(pointer);
}

void *baocao_arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return baocao_arena_malloc(size);
    if (!baocao_arena_owns(pointer)) {
        if (current_arena != NULL) current_arena->escaped = 1;
        return realloc(pointer, size);
    }
    size_t *header = (size_t *)((char *)pointer - HEADER);
    size_t old = *header;
    if (size <= old) {
        *header = size;
        POISON((char *)pointer + size, old - size);
        return pointer;
    }
    baocao_arena *arena = current_arena;
    baocao_arena *home = owner(pointer);
    if (arena == home && arena->last == pointer && size <= LARGEST_BLOCK &&
        (size_t)(arena->limit - (char *)pointer) >= ALIGN_UP(size)) {
        *header = size;
        UNPOISON(pointer, size);
        arena->cursor = (char *)pointer + ALIGN_UP(size);
        return pointer;
    }
    void *moved;
    if (arena == home) {
        moved = baocao_arena_malloc(size);
    } else {
        /* Its arena's scope is over (or another arena is open): the block moves to the C
           library, and its arena can no longer be given back without freeing its tree. */
        home->escaped = 1;
        moved = malloc(size);
    }
    if (moved != NULL) memcpy(moved, pointer, old);
    return moved;
}

char *baocao_arena_strdup(const char *string) {
    size_t length = strlen(string) + 1;
    char *copy = baocao_arena_malloc(length);
    if (copy != NULL) memcpy(copy, string, length);
    return copy;
}

baocao_arena *baocao_arena_open(void) {
    if (region_base == NULL || current_arena != NULL) return NULL;
    baocao_arena scratch = {0};
    if (!grow(&scratch)) return NULL;
    baocao_arena *arena = (baocao_arena *)scratch.cursor;
    UNPOISON(arena, sizeof(baocao_arena));
    *arena = scratch;
    ((baocao_arena **)arena->chunks)[1] = arena;
    arena->cursor += ALIGN_UP(sizeof(baocao_arena));
    current_arena = arena;
    return arena;
}

void baocao_arena_limit(baocao_arena *arena, size_t bytes) {
    if (arena == NULL) return;
    size_t chunks = (bytes + CHUNK_SIZE - 1) / CHUNK_SIZE;
    arena->chunk_limit = chunks == 0 ? 1 : chunks;
}

void baocao_arena_close(void) {
    current_arena = NULL;
}

void baocao_arena_release(baocao_arena *arena) {
    if (arena == NULL) return;
    if (current_arena == arena) current_arena = NULL;
    char *chunk = arena->chunks;
    while (chunk != NULL) {
        char *next = *(char **)chunk;
        give_back(chunk);
        chunk = next;
    }
}

int baocao_arena_is_self_contained(const baocao_arena *arena) {
    return arena != NULL && !arena->escaped;
}

size_t baocao_arena_footprint(const baocao_arena *arena) {
    return arena == NULL ? 0 : arena->chunk_count * CHUNK_SIZE;
}
