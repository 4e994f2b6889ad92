import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One read-only field in a details panel: its name above, the value (or a dash) below. */
export function LabelledValue({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{empty ? '—' : children}</Text>
    </Stack>
  );
}
