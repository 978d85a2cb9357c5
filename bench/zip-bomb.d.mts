// Types of bench/zip-bomb.mjs, which the import tests share with bench/xlsx-bomb.mjs.
/** A workbook-shaped zip whose one sheet unpacks to `size` bytes; `declared` is the size its directory claims. */
export function zipBomb(size: number, declared?: number): Buffer;
