import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/contract/result';

/** The register store with the core's client mocked: an address's reference becomes the incident's id. Loaded by a path tsc does not follow. */
const call = vi.fn();
vi.mock('../../renderer/src/lib/api', () => ({ call }));

type IncidentsStore = { getState(): { filter: unknown; idOfReference(reference: string): Promise<string> } };
let incidents: IncidentsStore;

beforeAll(async () => {
  const store = 'useIncidentsStore';
  incidents = ((await import(/* @vite-ignore */ `../../renderer/src/stores/${store}`)) as Record<string, unknown>).useIncidentsStore as IncidentsStore;
});

beforeEach(() => call.mockReset());

const row = (id: string, reference: string) => ({ id, reference, title: 'x' });

describe('finding an incident by its reference', () => {
  it('takes only the exact reference, not an incident whose notes quote it', async () => {
    call.mockResolvedValue({ items: [row('quoting', 'INC-2026-0007'), row('wanted', 'INC-2026-0042')], total: 2, nextCursor: null });
    const before = incidents.getState().filter;
    await expect(incidents.getState().idOfReference('INC-2026-0042')).resolves.toBe('wanted');
    expect(call).toHaveBeenCalledWith('incidents:list', expect.objectContaining({ filter: { statuses: [], kinds: [], markings: [], text: 'INC-2026-0042' } }));
    expect(incidents.getState().filter).toBe(before);
  });

  it('says plainly that no incident has the reference', async () => {
    call.mockResolvedValue({ items: [row('quoting', 'INC-2026-0007')], total: 1, nextCursor: null });
    const refused = incidents.getState().idOfReference('INC-2026-0042');
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('There is no incident INC-2026-0042') });
  });
});
