import { Badge, Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapProvider } from '../../../../electron/contract/methods/service-map';
import { municipalityByIso } from '../../../../electron/core/municipalities';
import { ApiError, call } from '../../api/client';

// Pieces the service map page, the consent panel and the referrals tab share.

export const mapKeys = {
  all: ['serviceMap'] as const,
  search: (input: unknown) => ['serviceMap', 'search', input] as const,
  providers: (input: unknown) => ['serviceMap', 'providers', input] as const,
  provider: (id: number) => ['serviceMap', 'provider', id] as const,
  settings: ['serviceMap', 'settings'] as const,
};

export function municipalityName(iso: string): string {
  return municipalityByIso(iso)?.nameLt ?? iso;
}

/** The translated message of the first issue the service reported for a field, if any. */
export function issueFor(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const issue = error.body.issues?.find((i) => i.path === path || i.path.startsWith(`${path}.`));
  return issue?.messageKey;
}

/** Hands a text file to the browser as a download. */
export function downloadText(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function StaleBadge({ provider }: { provider: Pick<MapProvider, 'stale' | 'lastCheckedOn'> }) {
  const { t } = useTranslation();
  if (!provider.stale) return null;
  return (
    <Badge color="orange" variant="light" c="dark" title={provider.lastCheckedOn ? t('serviceMap.lastChecked', { date: provider.lastCheckedOn }) : t('serviceMap.neverChecked')}>
      {t('serviceMap.stale')}
    </Badge>
  );
}

/** Picks an active provider by typing part of its name (searched on the server, so thousands are fine). */
export function ProviderPicker({ value, onChange, ...rest }: Omit<SelectProps, 'value' | 'onChange' | 'data'> & { value: number | null; onChange: (id: number | null, provider: MapProvider | null) => void }) {
  const [search, setSearch] = useState('');
  const found = useQuery({
    queryKey: mapKeys.providers({ q: search, picker: true }),
    queryFn: () => call('serviceMap.listProviders', { q: search, limit: 50 }),
  });
  const [chosen, setChosen] = useState<MapProvider | null>(null);
  const rows = found.data?.rows ?? [];
  // A provider chosen elsewhere (e.g. from a suggestion) stays shown even when the search does not list it.
  const given = useQuery({
    queryKey: mapKeys.provider(value ?? 0),
    queryFn: () => call('serviceMap.getProvider', { id: value! }),
    enabled: value !== null && chosen?.id !== value && !rows.some((r) => r.id === value),
  });
  const extra = chosen ?? given.data ?? null;
  const options = [...(extra && !rows.some((r) => r.id === extra.id) ? [extra] : []), ...rows];
  return (
    <Select
      searchable
      clearable
      {...rest}
      data={options.map((p) => ({ value: String(p.id), label: `${p.name} (${municipalityName(p.municipality)})` }))}
      value={value === null ? null : String(value)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      onChange={(v) => {
        const p = options.find((x) => String(x.id) === v) ?? null;
        setChosen(p);
        onChange(p ? p.id : null, p);
      }}
    />
  );
}
