import { Anchor, Box, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays } from '../../../../electron/core/calendar-dates';
import { TARGET_GROUPS } from '../../../../electron/core/case-enums';
import { OTHER_ELIGIBILITY_REASON, PROCESS_INDICATORS, type IndicatorFigure, type ReportFilters, type ReportName } from '../../../../electron/contract/methods/reports';
import { call } from '../../api/client';
import { saveBase64File } from '../../api/download';
import { AppModal } from '../../components/AppModal';
import { DateField, todayYmd } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasRole, useCurrentUser } from '../../session/useCurrentUser';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Bar = { label: string; value: number };

/** A plain bar chart; decorative for screen readers, whose text alternative is the table under it. */
function Bars({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <Box role="img" aria-label={label} mb="sm">
      {bars.map((b) => (
        <Group key={b.label} gap="xs" wrap="nowrap" aria-hidden="true">
          <Text size="xs" w={220} truncate>
            {b.label}
          </Text>
          <Box style={{ flex: 1 }}>
            <Box h={14} style={{ width: `${(b.value / max) * 100}%`, minWidth: b.value > 0 ? 2 : 0, background: 'var(--mantine-color-blue-6)', borderRadius: 2 }} />
          </Box>
          <Text size="xs" w={48} ta="right">
            {b.value}
          </Text>
        </Group>
      ))}
    </Box>
  );
}

function DataTable({ head, rows, caption }: { head: string[]; rows: (string | number)[][]; caption: string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('reports.empty')}</Text>;
  return (
    <Table striped withTableBorder captionSide="top">
      <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {head.map((h) => (
            <Table.Th key={h} scope="col">
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => (
          <Table.Tr key={i}>
            {r.map((v, j) => (j === 0 ? <Table.Th key={j} scope="row">{v}</Table.Th> : <Table.Td key={j}>{v}</Table.Td>))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ReportSection({ name, filters, note, children }: { name: ReportName; filters: ReportFilters; note?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const title = t(`reports.reports.${name}`);
  const exp = useMutation({
    mutationFn: (format: 'xlsx' | 'csv') => call('reports.export', { report: name, format, filters }),
    onSuccess: (r, format) => saveBase64File(r.fileName, r.base64, format === 'xlsx' ? XLSX : 'text/csv'),
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`report-${name}`}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={`report-${name}`}>
          {title}
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="default" loading={exp.isPending && exp.variables === 'xlsx'} aria-label={t('reports.exportNamed', { report: title, format: 'XLSX' })} onClick={() => exp.mutate('xlsx')}>
            {t('reports.exportXlsx')}
          </Button>
          <Button size="xs" variant="default" loading={exp.isPending && exp.variables === 'csv'} aria-label={t('reports.exportNamed', { report: title, format: 'CSV' })} onClick={() => exp.mutate('csv')}>
            {t('reports.exportCsv')}
          </Button>
        </Group>
      </Group>
      {note && (
        <Text size="sm" c="dimmed" mb="xs">
          {note}
        </Text>
      )}
      <ErrorAlert error={exp.error} />
      {children}
    </Paper>
  );
}

type Behind = { indicator: string; name: string; figure: IndicatorFigure };

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const seesAll = hasRole(user, 'supervisor') || hasRole(user, 'admin');
  const today = todayYmd();
  const [from, setFrom] = useState<string>(addDays(today, -365));
  const [to, setTo] = useState<string>(today);
  const [group, setGroup] = useState<string | null>(null);
  const [manager, setManager] = useState<string | null>(null);
  const [filters, setFilters] = useState<ReportFilters>({ from: addDays(today, -365), to: today });
  const [behind, setBehind] = useState<Behind | null>(null);

  const managers = useQuery({ queryKey: ['users.caseManagers'], queryFn: () => call('users.caseManagers', {}), enabled: seesAll });
  const dashboard = useQuery({ queryKey: ['reports.dashboard', filters], queryFn: () => call('reports.dashboard', filters) });
  const indicators = useQuery({ queryKey: ['reports.processIndicators', filters], queryFn: () => call('reports.processIndicators', filters) });
  const d = dashboard.data;
  const pct = new Intl.NumberFormat(i18n.language === 'lt' ? 'lt-LT' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
  const share = (n: number, of: number) => (of === 0 ? '—' : pct.format(n / of));
  const c = (k: string) => t(`reports.columns.${k}`);
  const eligibilityReason = (r: string) => (r === OTHER_ELIGIBILITY_REASON ? t('reports.eligibilityOther') : t(`cases.eligibility.reasons.${r}`));

  const apply = () => {
    const f: ReportFilters = { from, to };
    if (group) f.targetGroup = group as ReportFilters['targetGroup'];
    if (manager) f.caseManagerId = Number(manager);
    setFilters(f);
  };

  return (
    <Stack>
      <Title order={1}>{t('reports.title')}</Title>
      <Text>{t('reports.intro')}</Text>
      <Paper withBorder p="md">
        <Group align="end">
          <DateField label={t('reports.filters.from')} value={from} onChange={(v) => setFrom(v ?? '')} w={140} />
          <DateField label={t('reports.filters.to')} value={to} onChange={(v) => setTo(v ?? '')} w={140} />
          <Select
            label={t('reports.filters.targetGroup')}
            placeholder={t('reports.filters.all')}
            clearable
            value={group}
            onChange={setGroup}
            data={TARGET_GROUPS.map((g) => ({ value: g, label: t(`cases.group.${g}`) }))}
          />
          {seesAll && (
            <Select
              label={t('reports.filters.caseManager')}
              placeholder={t('reports.filters.all')}
              clearable
              searchable
              value={manager}
              onChange={setManager}
              data={(managers.data ?? []).map((m) => ({ value: String(m.id), label: m.fullName }))}
            />
          )}
          <Button onClick={apply}>{t('reports.filters.apply')}</Button>
        </Group>
      </Paper>
      <ErrorAlert error={dashboard.error ?? indicators.error} />

      {d && (
        <>
          <ReportSection name="openCases" filters={filters} note={t('reports.notes.openCases')}>
            {(() => {
              const byGroup = TARGET_GROUPS.map((g) => ({ label: t(`cases.group.${g}`), value: d.openCases.filter((r) => r.targetGroup === g).reduce((a, r) => a + r.n, 0) }));
              return (
                <>
                  <Bars bars={byGroup} label={t('reports.chartLabel', { report: t('reports.reports.openCases') })} />
                  <DataTable
                    caption={t('reports.reports.openCases')}
                    head={[c('targetGroup'), c('phase'), c('count')]}
                    rows={d.openCases.map((r) => [t(`cases.group.${r.targetGroup}`), t(`cases.phase.${r.phase}`), r.n])}
                  />
                </>
              );
            })()}
          </ReportSection>

          <ReportSection name="intakesClosures" filters={filters}>
            <Bars
              bars={d.intakesClosures.flatMap((r) => [
                { label: `${r.month} ${c('intakes')}`, value: r.intakes },
                { label: `${r.month} ${c('closures')}`, value: r.closures },
              ])}
              label={t('reports.chartLabel', { report: t('reports.reports.intakesClosures') })}
            />
            <DataTable caption={t('reports.reports.intakesClosures')} head={[c('month'), c('intakes'), c('closures')]} rows={d.intakesClosures.map((r) => [r.month, r.intakes, r.closures])} />
          </ReportSection>

          <ReportSection name="closureReasons" filters={filters}>
            <Bars bars={d.closureReasons.map((r) => ({ label: t(`closure.reason.${r.reason}`), value: r.n }))} label={t('reports.chartLabel', { report: t('reports.reports.closureReasons') })} />
            <DataTable caption={t('reports.reports.closureReasons')} head={[c('reason'), c('count')]} rows={d.closureReasons.map((r) => [t(`closure.reason.${r.reason}`), r.n])} />
          </ReportSection>

          <ReportSection name="eligibility" filters={filters} note={t('reports.notes.eligibility')}>
            <DataTable
              caption={t('reports.reports.eligibility')}
              head={[c('targetGroup'), c('eligible'), c('notEligible')]}
              rows={d.eligibility.map((r) => [t(`cases.group.${r.targetGroup}`), r.eligible, r.notEligible])}
            />
            {d.notEligibleReasons.length > 0 && (
              <Box mt="md">
                <Bars bars={d.notEligibleReasons.map((r) => ({ label: eligibilityReason(r.reason), value: r.n }))} label={t('reports.chartLabel', { report: t('reports.notEligibleReasons') })} />
                <DataTable caption={t('reports.notEligibleReasons')} head={[c('notEligibleReason'), c('count')]} rows={d.notEligibleReasons.map((r) => [eligibilityReason(r.reason), r.n])} />
              </Box>
            )}
          </ReportSection>

          <ReportSection name="timeliness" filters={filters} note={t('reports.notes.timeliness')}>
            {(() => {
              const rows = [
                { label: t('reports.indicators.plansOnTime'), ...d.timeliness.plans },
                { label: t('reports.indicators.reviewsOnTime'), ...d.timeliness.reviews },
              ];
              return (
                <>
                  <Bars
                    bars={rows.flatMap((r) => [
                      { label: `${r.label}: ${c('onTime')}`, value: r.onTime },
                      { label: `${r.label}: ${c('late')}`, value: r.late },
                    ])}
                    label={t('reports.chartLabel', { report: t('reports.reports.timeliness') })}
                  />
                  <DataTable caption={t('reports.reports.timeliness')} head={[c('item'), c('onTime'), c('late'), '%']} rows={rows.map((r) => [r.label, r.onTime, r.late, share(r.onTime, r.onTime + r.late)])} />
                </>
              );
            })()}
          </ReportSection>

          <ReportSection name="referrals" filters={filters}>
            <Bars
              bars={d.referrals.map((r) => ({ label: `${t(`serviceMap.sectors.${r.sector}`)}: ${t(`referrals.statuses.${r.status}`)}`, value: r.n }))}
              label={t('reports.chartLabel', { report: t('reports.reports.referrals') })}
            />
            <DataTable
              caption={t('reports.reports.referrals')}
              head={[c('sector'), c('status'), c('count')]}
              rows={d.referrals.map((r) => [t(`serviceMap.sectors.${r.sector}`), t(`referrals.statuses.${r.status}`), r.n])}
            />
          </ReportSection>

          <ReportSection name="caseload" filters={filters} note={t('reports.notes.caseload')}>
            {(() => {
              const name = (r: (typeof d.caseload)[number]) => (r.caseManagerId === null ? t('reports.unassigned') : r.fullName);
              return (
                <>
                  <Bars bars={d.caseload.map((r) => ({ label: name(r), value: r.total }))} label={t('reports.chartLabel', { report: t('reports.reports.caseload') })} />
                  <DataTable
                    caption={t('reports.reports.caseload')}
                    head={[c('caseManager'), c('high'), c('moderate'), c('low'), c('total')]}
                    rows={d.caseload.map((r) => [name(r), r.high, r.moderate, r.low, r.total])}
                  />
                </>
              );
            })()}
          </ReportSection>
        </>
      )}

      {indicators.data && (
        <ReportSection name="processIndicators" filters={filters} note={t('reports.notes.processIndicators', { days: indicators.data.documentationDays })}>
          <Table striped withTableBorder captionSide="top">
            <Table.Caption style={{ textAlign: 'left' }}>{t('reports.reports.processIndicators')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{c('caseManager')}</Table.Th>
                {PROCESS_INDICATORS.map((k) => (
                  <Table.Th key={k} scope="col">
                    {t(`reports.indicators.${k}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...indicators.data.managers.map((m) => ({ key: String(m.caseManagerId), name: m.fullName, row: m.row })), { key: 'centre', name: t('reports.centre'), row: indicators.data.centre }].map((line) => (
                <Table.Tr key={line.key}>
                  <Table.Th scope="row">{line.name}</Table.Th>
                  {PROCESS_INDICATORS.map((k) => {
                    const f = line.row[k];
                    const indicator = t(`reports.indicators.${k}`);
                    return (
                      <Table.Td key={k}>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-label={t('reports.figureOpen', { indicator, name: line.name, num: f.numerator, den: f.denominator })}
                          onClick={() => setBehind({ indicator, name: line.name, figure: f })}
                        >
                          {t('reports.figure', { num: f.numerator, den: f.denominator })}
                        </Button>
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {share(f.numerator, f.denominator)}
                        </Text>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ReportSection>
      )}

      <AppModal opened={behind !== null} onClose={() => setBehind(null)} title={behind ? t('reports.casesBehind', { indicator: behind.indicator, name: behind.name }) : ''} size="lg">
        {behind && (
          <Stack gap="xs">
            <Text>{t('reports.caseCount', { count: new Set(behind.figure.cases.map((x) => x.caseId)).size })}</Text>
            {behind.figure.cases.length === 0 ? (
              <Text c="dimmed">{t('reports.noCases')}</Text>
            ) : (
              <Table>
                <Table.Tbody>
                  {behind.figure.cases.map((x, i) => (
                    <Table.Tr key={`${x.caseId}-${i}`}>
                      <Table.Td>
                        <Anchor component={Link} to={`/cases/${x.caseId}`}>
                          {x.caseNumber}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{x.met ? t('reports.met') : t('reports.notMet')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </AppModal>
    </Stack>
  );
}
