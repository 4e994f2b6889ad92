"""Regenerates electron/core/municipalities.ts from shared/data/municipalities-lt.tsv."""
import sys
src = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/municipalities-lt.tsv'
rows = [l.rstrip('\n').split('\t') for l in open(src, encoding='utf-8')][1:]
out = ["// Lithuania's 60 municipalities (ISO 3166-2, LAU code, Lithuanian name).",
       "// Generated from shared/data/municipalities-lt.tsv by scripts/gen-municipalities.py; do not edit by hand.",
       "export interface Municipality { readonly iso: string; readonly lau: string; readonly nameLt: string }", "",
       "export const MUNICIPALITIES: readonly Municipality[] = ["]
out += [f"  {{ iso: '{iso}', lau: '{lau}', nameLt: '{name}' }}," for iso, lau, name in rows]
out += ["];", "", "export const MUNICIPALITY_CODES = MUNICIPALITIES.map((m) => m.iso);", "",
        "export function municipalityByIso(iso: string): Municipality | undefined {\n  return MUNICIPALITIES.find((m) => m.iso === iso);\n}"]
open('electron/core/municipalities.ts', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
