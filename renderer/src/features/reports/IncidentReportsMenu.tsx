import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { REPORT_KIND_LABELS } from '../../../../shared/contract/reports';
import type { IncidentRecord } from '../../lib/contractTypes';
import { IncidentReportDialog, type IncidentReportKind } from './IncidentReportDialog';

const KINDS: IncidentReportKind[] = ['briefing', 'regulator', 'letters'];

/** The incident's reports: a briefing for the minister, the ICO draft, the letters to the people affected. */
export function IncidentReportsMenu({ incident }: { incident: IncidentRecord }) {
  const [open, setOpen] = useState<IncidentReportKind | null>(null);
  return (
    <>
      <Menu position="bottom-end" shadow="sm" withinPortal>
        <Menu.Target>
          <Button variant="default">Reports</Button>
        </Menu.Target>
        <Menu.Dropdown>
          {KINDS.map((kind) => (
            <Menu.Item key={kind} onClick={() => setOpen(kind)}>
              {REPORT_KIND_LABELS[kind]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {open && <IncidentReportDialog incident={incident} kind={open} onClose={() => setOpen(null)} />}
    </>
  );
}
