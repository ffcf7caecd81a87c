import { describe, expect, it } from 'vitest';
import { gridOf, visibleColumns } from '../../renderer/src/features/register/registerLayout';

// The register's inner width in a window of this size: minus the 180 px navigation and a 15 px scroll bar.
const inner = (windowWidth: number) => windowWidth - 180 - 15;

describe('the register at the widths officers use', () => {
  it('shows every column on a wide screen', () => {
    expect(visibleColumns(inner(1920))).toEqual(['reference', 'title', 'kind', 'status', 'severity', 'ico', 'recordMarking', 'discoveredAt', 'owner', 'affectedCount']);
  });

  it('gives the title its room at 1366 wide by setting aside the owner and the kind', () => {
    expect(visibleColumns(inner(1366))).toEqual(['reference', 'title', 'status', 'severity', 'ico', 'recordMarking', 'discoveredAt', 'affectedCount']);
  });

  it('keeps reference, title, status, severity and the ICO clock at 1024 wide', () => {
    expect(visibleColumns(inner(1024))).toEqual(['reference', 'title', 'status', 'severity', 'ico']);
  });

  it('never sets aside the reference, the title, the status or the ICO clock, however narrow', () => {
    expect(visibleColumns(300)).toEqual(['reference', 'title', 'status', 'ico']);
  });

  it('lets the title take the rest, and scrolls sideways rather than squeeze it below a readable floor', () => {
    // 100 + 108 + 120 fixed, 3 gaps of 10, a 160 px title floor and 16 px padding each side.
    expect(gridOf(['reference', 'title', 'status', 'ico'])).toEqual({ template: '100px minmax(160px, 1fr) 108px 120px', minWidth: 550 });
  });
});
