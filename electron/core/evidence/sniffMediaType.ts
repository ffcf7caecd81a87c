/**
 * The type of a file from its bytes, never from its name (docs/evidence.md#types): a `.jpg` that is really
 * an executable is recorded, and treated, as what it is. file-type is ESM-only, so it is loaded with a
 * dynamic import, which the worker's CommonJS bundles (electron-vite's and the CLI's esbuild) leave to Node.
 */
export async function sniffMediaType(bytes: Uint8Array): Promise<string> {
  const { fileTypeFromBuffer } = await import('file-type');
  return (await fileTypeFromBuffer(bytes))?.mime ?? UNKNOWN_TYPE;
}

/** Bytes that carry no signature file-type knows (plain text, CSV, an unusual format): recorded as unknown binary. */
export const UNKNOWN_TYPE = 'application/octet-stream';
