/* scripts/test-sanitizers' check that ASan sees into the libxml2 arena (CLibXMLArena): with
   argument "u" it reads a block after its arena was released, with "o" past the end of a block;
   both must be reported (use-after-poison), and without an argument nothing may be. */
#include "libxml_arena.h"
#include <stdio.h>
int main(int argc, char **argv) {
    baocao_arena_reserve();
    baocao_arena *arena = baocao_arena_open();
    char *block = baocao_arena_malloc(24);
    block[0] = 'x';
    if (argc > 1 && argv[1][0] == 'o') { volatile char c = block[40]; (void)c; }   /* past the block */
    baocao_arena_close();
    baocao_arena_release(arena);
    if (argc > 1 && argv[1][0] == 'u') { volatile char c = block[0]; (void)c; }    /* after release */
    puts("no report");
    return 0;
}
