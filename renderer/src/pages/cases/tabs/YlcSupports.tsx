import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ministryMethods } from '../../../../../electron/contract/methods/ministry';
import { CODE_LISTS } from '../../../../../electron/core/ministry/codes';
import { call } from '../../../api/client';
import { DateField, todayYmd } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldError } from '../../../forms/translate';
import { refresh } from './queries';

const supportSchema = ministryMethods['ylc.recordSupport'].input.omit({ caseId: true });
const supportsKey = (caseId: number) => ['ylc.listSupports', caseId] as const;

/** R12/R21: the Transition Service supports given (the Ministry's YLC_SUPPORTS counts them). */
export function YlcSupports({ caseId, canEdit }: { caseId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const supports = useQuery({ queryKey: supportsKey(caseId), queryFn: () => call('ylc.listSupports', { caseId }) });
  const form = useForm<z.input<typeof supportSchema>, unknown, z.output<typeof supportSchema>>({
    resolver: zodResolver(supportSchema),
    defaultValues: { givenOn: todayYmd(), note: '' },
  });
  const add = useMutation({
    mutationFn: (v: z.output<typeof supportSchema>) => call('ylc.recordSupport', { ...v, caseId }),
    onSuccess: async () => {
      form.reset({ givenOn: todayYmd(), note: '' });
      await refresh(qc, [supportsKey(caseId)]);
    },
  });
  const e = form.formState.errors;
  const list = supports.data ?? [];
  return (
    <Stack gap="xs">
      <Title order={3}>{t('ylc.supports.title')}</Title>
      <ErrorAlert error={supports.error} />
      <Text>{t('ylc.supports.count', { count: list.length })}</Text>
      {list.length > 0 && (
        <Table striped aria-label={t('ylc.supports.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ylc.supports.givenOn')}</Table.Th>
              <Table.Th>{t('ylc.supports.type')}</Table.Th>
              <Table.Th>{t('ylc.supports.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.givenOn}</Table.Td>
                <Table.Td>{t(`ylc.supports.types.${s.supportType}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{s.note || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && (
        <form onSubmit={form.handleSubmit((v) => add.mutate(v))} noValidate aria-label={t('ylc.supports.add')}>
          <Group align="flex-start">
            <Controller
              control={form.control}
              name="givenOn"
              render={({ field }) => (
                <DateField label={t('ylc.supports.givenOn')} required w={170} value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldError(t, e.givenOn)} />
              )}
            />
            <Controller
              control={form.control}
              name="supportType"
              render={({ field }) => (
                <Select
                  label={t('ylc.supports.type')}
                  required
                  w={280}
                  allowDeselect={false}
                  data={CODE_LISTS.SUPPORT_TYPE.map((v) => ({ value: v, label: t(`ylc.supports.types.${v}`) }))}
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v ?? undefined)}
                  error={fieldError(t, e.supportType)}
                />
              )}
            />
            <TextInput label={t('ylc.supports.note')} style={{ flex: 1 }} miw={200} {...form.register('note')} error={fieldError(t, e.note)} />
            <Button type="submit" mt={25} loading={add.isPending}>
              {t('ylc.supports.add')}
            </Button>
          </Group>
          <ErrorAlert error={add.error} />
        </form>
      )}
    </Stack>
  );
}
