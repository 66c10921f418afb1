/*
 * Writes the country and territory names the portal shows (src/ICP.Web/Features/Activities/
 * CountryNames.json) from the CLDR data of the machine's ICU: every ISO 3166-1 alpha-2 code ICU
 * knows, plus the regions of ICU's locales (what .NET's CultureInfo lists), named in each of the
 * portal's languages. The portal reads the file at run time (no ICU call, no network), because
 * .NET names a region in the page's language only when that language is the operating system's.
 * Built and run by tools/country-names.sh.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#define MAX_CODES 400

static char codes[MAX_CODES][3];
static int count;

static void add(const char *code)
{
    if (strlen(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z') return;
    for (int i = 0; i < count; i++) if (strcmp(codes[i], code) == 0) return;
    if (count < MAX_CODES) { strcpy(codes[count++], code); }
}

static int compare(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }

static void json_string(const char *utf8)
{
    putchar('"');
    for (const char *p = utf8; *p; p++) {
        if (*p == '"' || *p == '\\') putchar('\\');
        putchar(*p);
    }
    putchar('"');
}

int main(int argc, char **argv)
{
    for (const char *const *iso = uloc_getISOCountries(); *iso; iso++) add(*iso);
    for (int i = 0; i < uloc_countAvailable(); i++) {
        char country[16];
        UErrorCode status = U_ZERO_ERROR;
        uloc_getCountry(uloc_getAvailable(i), country, sizeof country, &status);
        if (U_SUCCESS(status)) add(country);
    }
    qsort(codes, count, sizeof codes[0], compare);

    printf("{\n  \"source\": \"CLDR through ICU %s\",\n  \"names\": {\n", U_ICU_VERSION);
    for (int l = 1; l < argc; l++) {
        printf("    \"%s\": {\n", argv[l]);
        for (int i = 0; i < count; i++) {
            char locale[8];
            UChar name[256];
            char utf8[1024];
            UErrorCode status = U_ZERO_ERROR;
            snprintf(locale, sizeof locale, "und_%s", codes[i]);
            int32_t length = uloc_getDisplayCountry(locale, argv[l], name, 256, &status);
            if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) { fprintf(stderr, "%s: no name in %s\n", codes[i], argv[l]); return 1; }
            u_strToUTF8(utf8, sizeof utf8, NULL, name, length, &status);
            if (U_FAILURE(status)) return 1;
            printf("      \"%s\": ", codes[i]);
            json_string(utf8);
            printf(i + 1 < count ? ",\n" : "\n");
        }
        printf(l + 1 < argc ? "    },\n" : "    }\n");
    }
    printf("  }\n}\n");
    return 0;
}
