import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EligibilityDecision } from '../../../../electron/contract/methods/cases';

const RULE_REASONS = ['arrestSentence', 'under16', 'over24', 'noCriterion', 'criterionDUnder18'];

/** Who decided eligibility, when, on which criterion and why (R2, R3). */
export function EligibilityHistory({ decisions }: { decisions: EligibilityDecision[] }) {
  const { t } = useTranslation();
  if (decisions.length === 0) return null;
  return (
    <Table aria-label={t('cases.eligibility.historyLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cases.eligibility.decidedOn')}</Table.Th>
          <Table.Th>{t('cases.eligibility.decidedBy')}</Table.Th>
          <Table.Th>{t('cases.eligibility.result')}</Table.Th>
          <Table.Th>{t('cases.eligibility.criterion')}</Table.Th>
          <Table.Th>{t('cases.eligibility.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {decisions.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>{d.decidedOn}</Table.Td>
            <Table.Td>{d.decidedByName}</Table.Td>
            <Table.Td>
              <Badge color={d.eligible ? 'green' : 'red'} variant="light" c="dark">
                {d.eligible ? t('cases.eligibility.eligible') : t('cases.eligibility.notEligible')}
              </Badge>
            </Table.Td>
            <Table.Td>{d.criterion ? t(`cases.eligibility.criteria.${d.criterion}`) : '—'}</Table.Td>
            <Table.Td>{RULE_REASONS.includes(d.reason) ? t(`cases.eligibility.reasons.${d.reason}`) : d.reason || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
