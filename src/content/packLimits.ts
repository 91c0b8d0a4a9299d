/** Largest pack text accepted, in characters (a module of its own: the page shell reads it without the schema). */
export const MAX_PACK_BYTES = 10 * 1024 * 1024;
