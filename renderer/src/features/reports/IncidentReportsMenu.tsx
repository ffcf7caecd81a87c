import { Button } from '@mantine/core';
import { useState } from 'react';
import type { IncidentRecord } from '../../lib/contractTypes';
import { IncidentReportDialog } from './IncidentReportDialog';

/** The incident's reports — the ICO draft, a briefing for the minister, the letters to the people affected — in one dialog. */
export function IncidentReportsMenu({ incident }: { incident: IncidentRecord }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        Reports
      </Button>
      {isOpen && <IncidentReportDialog incident={incident} onClose={() => setOpen(false)} />}
    </>
  );
}
