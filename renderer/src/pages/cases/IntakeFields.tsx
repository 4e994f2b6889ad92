import { Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTENSITIES } from '../../../../electron/contract/methods/cases';
import { TARGET_GROUPS, entryPointsFor, isEntryPointFor } from '../../../../electron/core/entry-points';
import { FormDateField } from '../../components/FormDateField';
import { fieldError } from '../../forms/translate';
import type { IntakeFormInput, IntakeFormValues } from './intakeForm';
import type { CaseManagerOption } from './useCaseManagers';

/**
 * The intake fields (R1): target group, the group's entry points (or any other, described), referrer,
 * intake date, intensity, the case manager, and the PLP / YLC fields for those groups.
 */
export function IntakeFields(props: {
  form: UseFormReturn<IntakeFormInput, unknown, IntakeFormValues>;
  /** Whether the target group may be chosen (a new case, or a case still at intake). */
  groupEditable: boolean;
  /** Offered case managers; undefined hides the case manager fields (assignment is a supervisor's action). */
  managers?: CaseManagerOption[];
}) {
  const { t } = useTranslation();
  const { form } = props;
  const e = form.formState.errors;
  const group = useWatch({ control: form.control, name: 'targetGroup' });
  const entryPoint = useWatch({ control: form.control, name: 'entryPoint' });
  const manager = useWatch({ control: form.control, name: 'caseManagerId' });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Controller
          control={form.control}
          name="targetGroup"
          render={({ field }) => (
            <Select
              label={t('cases.field.targetGroup')}
              required
              allowDeselect={false}
              disabled={!props.groupEditable}
              data={TARGET_GROUPS.map((g) => ({ value: g, label: t(`cases.group.${g}`) }))}
              value={field.value}
              onChange={(v) => {
                if (!v) return;
                field.onChange(v);
                if (!isEntryPointFor(v as IntakeFormInput['targetGroup'], form.getValues('entryPoint'))) form.setValue('entryPoint', '');
              }}
              error={fieldError(t, e.targetGroup)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="entryPoint"
          render={({ field }) => (
            <Select
              label={t('cases.field.entryPoint')}
              required
              allowDeselect={false}
              data={entryPointsFor(group).map((p) => ({ value: p, label: t(`cases.entryPoint.${p}`) }))}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              error={fieldError(t, e.entryPoint)}
            />
          )}
        />
        {entryPoint === 'other' && <TextInput label={t('cases.field.entryPointOther')} required {...form.register('entryPointOther')} error={fieldError(t, e.entryPointOther)} />}
        <TextInput label={t('cases.field.referrerName')} {...form.register('referrerName')} error={fieldError(t, e.referrerName)} />
        <TextInput label={t('cases.field.referrerContact')} {...form.register('referrerContact')} error={fieldError(t, e.referrerContact)} />
        <FormDateField control={form.control} name="intakeDate" label={t('cases.field.intakeDate')} required error={fieldError(t, e.intakeDate)} />
        <Controller
          control={form.control}
          name="intensity"
          render={({ field }) => (
            <Select
              label={t('cases.field.intensity')}
              allowDeselect={false}
              data={INTENSITIES.map((i) => ({ value: i, label: t(`cases.intensity.${i}`) }))}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              error={fieldError(t, e.intensity)}
            />
          )}
        />
        {props.managers && (
          <Controller
            control={form.control}
            name="caseManagerId"
            render={({ field }) => (
              <Select
                label={t('cases.field.caseManager')}
                placeholder={t('cases.field.caseManagerNone')}
                clearable
                data={props.managers!.map((m) => ({ value: String(m.id), label: m.name }))}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                error={fieldError(t, e.caseManagerId)}
              />
            )}
          />
        )}
        {props.managers && manager !== '' && <FormDateField control={form.control} name="assignedOn" label={t('cases.field.assignedOn')} error={fieldError(t, e.assignedOn)} />}
      </SimpleGrid>
      {group === 'PLP' && (
        <>
          <Title order={3} size="h5">
            {t('cases.field.plpSection')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FormDateField control={form.control} name="releaseDate" label={t('cases.field.releaseDate')} error={fieldError(t, e.releaseDate)} />
            <TextInput label={t('cases.field.prison')} {...form.register('prison')} error={fieldError(t, e.prison)} />
            <TextInput label={t('cases.field.prisonSocialWorker')} {...form.register('prisonSocialWorker')} error={fieldError(t, e.prisonSocialWorker)} />
          </SimpleGrid>
        </>
      )}
      {group === 'YLC' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormDateField control={form.control} name="coordinatorAppointedOn" label={t('cases.field.coordinatorAppointedOn')} error={fieldError(t, e.coordinatorAppointedOn)} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
