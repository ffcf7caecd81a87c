import { NavLink } from '@mantine/core';
import { useCallback } from 'react';
import { useEmailImportStore } from '../../stores/useEmailImportStore';
import { EmailImportDialog } from './EmailImportDialog';
import { FileDropOverlay } from './FileDropOverlay';
import { useWindowFileDrop } from './useWindowFileDrop';

/**
 * "Import email…" in the navigation, and the whole window as a drop target for an email (.eml or Outlook .msg): officers are
 * usually forwarded the email that went astray, and dragging it in is the quickest way to record it.
 */
export function EmailImportLauncher() {
  const openDialog = useEmailImportStore((s) => s.openDialog);
  const read = useEmailImportStore((s) => s.read);
  // A file dropped while the dialog is open replaces the one in it, keeping where it was to be recorded;
  // while an import is being written, the file on screen is the one being recorded, so a drop is ignored.
  const onDrop = useCallback(
    (file: File) => {
      const { dialog, step } = useEmailImportStore.getState();
      if (!dialog) openDialog({ file });
      else if (step !== 'importing') void read(file);
    },
    [openDialog, read],
  );
  const isDragging = useWindowFileDrop(onDrop);

  return (
    <>
      <NavLink component="button" label="Import email…" onClick={() => openDialog()} variant="light" style={{ borderRadius: 4 }} mt="xs" />
      {isDragging && <FileDropOverlay />}
      <EmailImportDialog />
    </>
  );
}
