#ifndef BAOCAO_CLIBXML2_SHIM_H
#define BAOCAO_CLIBXML2_SHIM_H
/*
 * Debian builds libxml2 with ICU, so <libxml/encoding.h> includes the system's
 * <unicode/ucnv.h>. Foundation ships its own ICU module (_FoundationICU) with a different
 * UErrorCode, and a Swift module that sees both fails to build. BaoCao decodes bytes
 * itself and hands libxml2 UTF-8 only, and never touches the ICU fields of
 * xmlCharEncodingHandler (it uses the struct through pointers only), so the ICU part of the
 * headers is switched off here.
 */
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>
#endif
