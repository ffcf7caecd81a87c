import type { reportContract } from '../../../shared/contract/reports';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { generateReport, previewReport } from './reportService';

export function reportOperations(ctx: CoreContext): HandlersOf<keyof typeof reportContract> {
  return {
    'reports:preview': (i) => previewReport(ctx, i),
    'reports:generate': (i) => generateReport(ctx, i.request, i.format),
  };
}
