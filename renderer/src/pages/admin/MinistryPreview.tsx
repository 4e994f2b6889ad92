import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/contract';
import { GROUP_CODES } from '../../../../electron/core/ministry/codes';

type Preview = MethodOutput<'ministry.preview'>;

/** The figures as they will be sent: one row per indicator and breakdown code, a column per group; hidden cells marked. */
export function MinistryPreview({ data }: { data: Preview }) {
  const { t, i18n } = useTranslation();
  const rows = new Map<string, Map<string, Preview['cells'][number]>>();
  for (const c of data.cells) {
    const key = `${c.indicator}|${c.breakdown}|${c.value}`;
    if (!rows.has(key)) rows.set(key, new Map());
    rows.get(key)!.set(c.group, c);
  }
  const hidden = data.cells.filter((c) => c.confidential).length;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <>
      <Group>
        <Badge variant="light">{t(data.action === 'I' ? 'ministry.actionI' : 'ministry.actionR')}</Badge>
        <Text size="sm">{t('ministry.fileName', { fileName: data.fileName })}</Text>
        <Text size="sm">{t('ministry.hiddenCount', { count: hidden, threshold: data.threshold })}</Text>
      </Group>
      {/* A focusable region so the long table can be scrolled from the keyboard. */}
      <div tabIndex={0} role="region" aria-label={t('ministry.previewLabel', { quarter: data.quarter })} style={{ maxHeight: 480, overflow: 'auto' }}>
        <Table striped stickyHeader aria-label={t('ministry.previewLabel', { quarter: data.quarter })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ministry.indicator')}</Table.Th>
              <Table.Th scope="col">{t('ministry.breakdown')}</Table.Th>
              {GROUP_CODES.map((g) => (
                <Table.Th key={g} scope="col" ta="right">
                  {t(`ministry.groups.${g}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...rows.entries()].map(([key, byGroup]) => {
              const [indicator, breakdown, value] = key.split('|') as [string, string, string];
              return (
                <Table.Tr key={key}>
                  <Table.Th scope="row" fw={breakdown === '_Z' ? 600 : 400}>
                    {breakdown === '_Z' ? t(`ministry.indicators.${indicator}`) : ''}
                  </Table.Th>
                  <Table.Td>{breakdown === '_Z' ? '' : `${t(`ministry.breakdowns.${breakdown}`)}: ${value}`}</Table.Td>
                  {GROUP_CODES.map((g) => {
                    const c = byGroup.get(g);
                    return (
                      <Table.Td key={g} ta="right">
                        {c?.confidential ? <abbr title={t('ministry.hidden')}>C</abbr> : c && c.obs !== null ? number.format(c.obs) : ''}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}
