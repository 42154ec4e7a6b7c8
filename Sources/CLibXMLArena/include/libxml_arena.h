#ifndef BAOCAO_LIBXML_ARENA_H
#define BAOCAO_LIBXML_ARENA_H
/*
 * Per-document arenas for libxml2's allocations.
 *
 * libxml2 allocates every node, attribute, name and text of a parsed tree with its own
 * malloc call and frees them one by one again; on BaoCao's pages that is about a fifth of
 * the CPU. The functions below are installed once with xmlMemSetup. While a thread has an
 * arena open (between baocao_arena_open and baocao_arena_close), allocations are bumped out
 * of that arena's chunks (a block too big for that gets a chunk of its own); freeing such a
 * block does nothing, and the whole arena is given back at once by baocao_arena_release.
 * Every other allocation, and a block bigger than a chunk, goes to the C library. Arena chunks are carved from one reserved address range, so a pointer
 * is recognised by its address alone and memory libxml2 took from malloc before the
 * functions were installed is freed correctly.
 */
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An arena; opaque.
typedef struct baocao_arena baocao_arena;

/// xmlMemSetup-compatible allocation functions.
void baocao_arena_free(void *pointer);
void *baocao_arena_malloc(size_t size);
void *baocao_arena_realloc(void *pointer, size_t size);
char *baocao_arena_strdup(const char *string);

/// Reserves the address range; returns 0 when it cannot (allocations then all go to malloc).
int baocao_arena_reserve(void);

/// Opens a new arena on the calling thread: until baocao_arena_close, libxml2's
/// allocations on this thread come from it. Returns NULL (and opens nothing) when no
/// chunk is available.
baocao_arena *baocao_arena_open(void);

/// Caps the chunk bytes the arena takes: past `bytes`, allocations go to malloc (and the
/// arena is no longer self-contained). 0, the default, is no cap.
void baocao_arena_limit(baocao_arena *arena, size_t bytes);

/// Ends the calling thread's arena scope; the arena's memory stays valid.
void baocao_arena_close(void);

/// Gives the arena's chunks back, once. Every block allocated from it must be unreachable.
/// A block grown after its arena's scope ended, or while another arena is open, moves to
/// malloc and marks its own arena as not self-contained.
void baocao_arena_release(baocao_arena *arena);

/// True when every allocation made while the arena was open came from the arena, so a
/// tree built in that scope is gone with the arena and need not be freed node by node.
int baocao_arena_is_self_contained(const baocao_arena *arena);

/// Bytes of chunks the arena holds (for tests and statistics).
size_t baocao_arena_footprint(const baocao_arena *arena);

/// True when `pointer` lies in the arenas' address range.
int baocao_arena_owns(const void *pointer);

#ifdef __cplusplus
}
#endif
#endif
