import { z } from '../zodConfig';

/** Entity ids are UUIDs (loosely checked: z.guid accepts any 8-4-4-4-12 hex form). */
export const IdSchema = z.guid();
/** Instants are UTC milliseconds; the UI shows them in Europe/London. */
export const InstantSchema = z.number().int().min(0).max(8_640_000_000_000);
export const VersionSchema = z.number().int().min(1);
/** A long piece of work (docs/architecture.md#jobs-events-and-file-handles); here because the operations that start one name it too. */
export const JobIdSchema = z.string().regex(/^job-[A-Za-z0-9_-]{8,64}$/);
/** An opaque keyset position: the sort value and row of the last item shown. */
export const CursorSchema = z.string().max(1000);

export const line = (max: number) => z.string().trim().max(max);
export const requiredLine = (max: number, what: string) => z.string().trim().min(1, `Enter ${what}`).max(max);

/** The input of an operation that takes none. */
export const empty = z.strictObject({});
/** A page size: at most `max`, `fallback` when not given. */
const limit = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback);
/** One page of a keyset-paginated list. */
export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
/** The first page of a list, or the one after `cursor`. */
export const pageRequest = (max: number, fallback: number) => ({ cursor: CursorSchema.nullable().default(null), limit: limit(max, fallback) });
