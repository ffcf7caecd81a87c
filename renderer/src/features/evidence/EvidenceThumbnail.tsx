import { Image } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useEvidenceStore, type EvidenceItem } from '../../stores/useEvidenceStore';
import { bytesFromBase64 } from './evidenceView';

/**
 * A picture of an image item, from a blob: URL made of its bytes (the CSP allows blob: images and nothing
 * remote). Only PNG, JPEG, WebP and GIF by their sniffed type reach here; the core refuses anything else.
 */
export function EvidenceThumbnail({ item }: { item: EvidenceItem }) {
  const thumbnail = useEvidenceStore((s) => s.thumbnail);
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => {
    let made: string | null = null;
    let isCurrent = true;
    thumbnail(item.id)
      .then(({ mimeType, base64 }) => {
        if (!isCurrent) return;
        made = URL.createObjectURL(new Blob([bytesFromBase64(base64)], { type: mimeType }));
        setUrl(made);
      })
      // No picture is shown rather than a broken one; the item and its hash are listed either way.
      .catch(() => setUrl(null));
    return () => {
      isCurrent = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [item.id, thumbnail]);

  if (!url) return null;
  return <Image src={url} alt={`Picture: ${item.fileName}`} w={160} h={120} fit="contain" radius="sm" bg="gray.1" data-testid="evidence-thumbnail" />;
}
