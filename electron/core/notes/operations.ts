import type { noteContract } from '../../../shared/contract/notes';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { addNote, listNotes } from './noteService';

export function noteOperations(ctx: CoreContext): HandlersOf<keyof typeof noteContract> {
  return {
    'notes:list': (i) => listNotes(ctx, i.incidentId, i.cursor, i.limit),
    'notes:add': (i) => addNote(ctx, i.incidentId, i.body),
  };
}
