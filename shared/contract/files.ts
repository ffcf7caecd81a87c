import { z } from '../zodConfig';

/**
 * A file handed to the core: the shell (Electron) or the harness (upload) registers the bytes or the chosen
 * path and gives the renderer this handle. The core never opens a path the renderer names.
 */
export const FileIdSchema = z.string().regex(/^file-[A-Za-z0-9_-]{16,64}$/, 'Not a file handle; choose the file again');
export const FileRefSchema = z.object({ fileId: FileIdSchema, name: z.string(), size: z.number().int().min(0) });
export type FileRef = z.output<typeof FileRefSchema>;
