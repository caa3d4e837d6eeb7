/**
 * Size limits of the shops channels, in a file of their own so that the renderer can use them
 * without pulling the channel schemas (and zod) into its bundle.
 */

/** A license key is < 1 KB, a private key a few KB. */
export const MAX_SECRET_CHARS = 25_000
/** Certificate and key text on the channel; files over MAX_CERTIFICATE_FILE_BYTES are refused with a clear message first. */
export const MAX_PEM_CHARS = 70_000
export const MAX_CERTIFICATE_FILE_BYTES = 64 * 1024

/** Names and notes, counted in characters. The forms state these before they are reached. */
export const SHOP_NAME_MAX = 100
export const SHOP_NOTES_MAX = 2000
export const CREDENTIAL_LABEL_MAX = 100
export const CREDENTIAL_NOTE_MAX = 200
export const META_VALUE_MAX = 200
