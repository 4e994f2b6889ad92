import { Alert, Button, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { YLC_CRITERIA, type CaseDetails, type DecideEligibilityInput } from '../../../../electron/contract/methods/cases';
import { ageOn } from '../../../../electron/core/calendar-dates';
import { ylcEligibility, type YlcCriterion } from '../../../../electron/core/eligibility';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { YesNoField } from '../../components/YesNoField';
import { refreshCase } from './caseRefresh';

/**
 * The intake decision (R2, R3): PLP asks about an arrest sentence; YLC takes a criterion (a)–(d)
 * with the age on the intake date; PWD and OTHER are the centre's call, with a reason when not.
 */
export function EligibilityPanel({ data, birthDate }: { data: CaseDetails; birthDate: string | null }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [answer, setAnswer] = useState<boolean | undefined>(undefined);
  const [criterion, setCriterion] = useState<string>('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const decide = useMutation({
    mutationFn: (input: DecideEligibilityInput) => call('cases.decideEligibility', input),
    onSuccess: () => refreshCase(qc, data.id),
  });
  const group = data.targetGroup;
  const age = birthDate ? ageOn(birthDate, data.intakeDate) : null;
  const ylc = group === 'YLC' && birthDate ? ylcEligibility({ birthDate, intakeDate: data.intakeDate, criterion: criterion && criterion !== 'none' ? (criterion as YlcCriterion) : null }) : null;
  const needsReason = group !== 'PLP' && group !== 'YLC' && answer === false && reason.trim() === '';
  const missing = group === 'YLC' ? criterion === '' : answer === undefined;

  const submit = () => {
    setTried(true);
    if (missing || needsReason) return;
    if (group === 'PLP') decide.mutate({ id: data.id, servesArrestSentence: answer, reason });
    else if (group === 'YLC') decide.mutate({ id: data.id, criterion: criterion === 'none' ? null : (criterion as YlcCriterion), reason });
    else decide.mutate({ id: data.id, eligible: answer, reason });
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h3">
          {t('cases.eligibility.title')}
        </Title>
        {group === 'PLP' && (
          <YesNoField name="servesArrestSentence" label={t('cases.eligibility.arrestQuestion')} value={answer} onChange={setAnswer} error={tried && answer === undefined ? t('validation.required') : undefined} />
        )}
        {group === 'YLC' && (
          <>
            <Text>{age === null ? t('cases.eligibility.noBirthDate') : t('cases.eligibility.ageOnIntake', { age, date: data.intakeDate })}</Text>
            <Radio.Group name="criterion" label={t('cases.eligibility.criterionQuestion')} value={criterion} onChange={setCriterion} withAsterisk error={tried && criterion === '' ? t('validation.required') : undefined}>
              <Stack mt="xs" gap="xs">
                {YLC_CRITERIA.map((c) => (
                  <Radio key={c} value={c} label={t(`cases.eligibility.criteria.${c}`)} />
                ))}
                <Radio value="none" label={t('cases.eligibility.criteria.none')} />
              </Stack>
            </Radio.Group>
            {ylc && criterion !== '' && (
              <Alert color={ylc.eligible ? 'green' : 'red'} c="dark" role="status">
                {ylc.eligible ? t('cases.eligibility.previewEligible') : t('cases.eligibility.previewNotEligible', { reason: t(`cases.eligibility.reasons.${ylc.reason}`) })}
              </Alert>
            )}
          </>
        )}
        {group !== 'PLP' && group !== 'YLC' && (
          <YesNoField name="eligible" label={t('cases.eligibility.eligibleQuestion')} value={answer} onChange={setAnswer} error={tried && answer === undefined ? t('validation.required') : undefined} />
        )}
        <Textarea
          label={t('cases.eligibility.reasonLabel')}
          description={t('cases.eligibility.reasonHint')}
          value={reason}
          onChange={(ev) => setReason(ev.currentTarget.value)}
          error={tried && needsReason ? t('validation.required') : undefined}
          autosize
          minRows={2}
        />
        <Text size="sm">{t('cases.eligibility.notEligibleCloses')}</Text>
        <ErrorAlert error={decide.error} />
        <div>
          <Button onClick={submit} loading={decide.isPending}>
            {t('cases.eligibility.submit')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
