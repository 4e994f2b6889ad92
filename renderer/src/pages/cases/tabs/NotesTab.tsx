import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { NOTE_KINDS } from '../../../../../electron/contract/cycle-schemas';
import type { CaseDetails } from '../../../../../electron/contract/methods/cases';
import { followupMethods } from '../../../../../electron/contract/methods/followup';
import { compareDates } from '../../../../../electron/core/calendar-dates';
import { call } from '../../../api/client';
import { DateField, todayYmd } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldError } from '../../../forms/translate';
import { qk, refresh } from './queries';

type Props = { caseId: number; caseData: CaseDetails; canEdit: boolean };

const noteSchema = followupMethods['notes.add'].input.omit({ caseId: true });
const taskSchema = followupMethods['tasks.add'].input.omit({ caseId: true });

/** Implementation: the contact log (newest first) and the case manager's tasks with due dates. */
export function NotesTab({ caseId, canEdit }: Props) {
  return (
    <Stack gap="xl">
      <NotesSection caseId={caseId} canEdit={canEdit} />
      <TasksSection caseId={caseId} canEdit={canEdit} />
    </Stack>
  );
}

function NotesSection({ caseId, canEdit }: { caseId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notes = useQuery({ queryKey: qk.notes(caseId), queryFn: () => call('notes.list', { caseId }) });
  const form = useForm<z.input<typeof noteSchema>, unknown, z.output<typeof noteSchema>>({
    resolver: zodResolver(noteSchema),
    defaultValues: { contactDate: todayYmd(), kind: 'faceToFace', text: '' },
  });
  const add = useMutation({
    mutationFn: (v: z.output<typeof noteSchema>) => call('notes.add', { ...v, caseId }),
    onSuccess: async () => {
      form.reset({ contactDate: todayYmd(), kind: form.getValues('kind'), text: '' });
      await refresh(qc, [qk.notes(caseId)]);
    },
  });
  const e = form.formState.errors;
  return (
    <Stack>
      <Title order={2}>{t('notes.title')}</Title>
      {canEdit && (
        <Paper withBorder p="md">
          <form onSubmit={form.handleSubmit((v) => add.mutate(v))} noValidate aria-label={t('notes.addTitle')}>
            <Stack>
              <Title order={3}>{t('notes.addTitle')}</Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Controller
                  control={form.control}
                  name="contactDate"
                  render={({ field }) => (
                    <DateField label={t('notes.contactDate')} required value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldError(t, e.contactDate)} />
                  )}
                />
                <Controller
                  control={form.control}
                  name="kind"
                  render={({ field }) => (
                    <Select
                      label={t('notes.kind')}
                      required
                      allowDeselect={false}
                      data={NOTE_KINDS.map((k) => ({ value: k, label: t(`notes.kinds.${k}`) }))}
                      value={field.value ?? null}
                      onChange={(v) => field.onChange(v ?? undefined)}
                      error={fieldError(t, e.kind)}
                    />
                  )}
                />
              </SimpleGrid>
              <Textarea label={t('notes.text')} required autosize minRows={3} {...form.register('text')} error={fieldError(t, e.text)} />
              <ErrorAlert error={add.error} />
              <Group justify="flex-end">
                <Button type="submit" loading={add.isPending}>
                  {t('notes.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      <ErrorAlert error={notes.error} />
      {notes.data && notes.data.length === 0 && <Text>{t('notes.none')}</Text>}
      {notes.data && notes.data.length > 0 && (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('notes.listLabel')}>
          {notes.data.map((n) => (
            <Paper key={n.id} withBorder p="sm" component="li">
              <Group gap="sm">
                <Text fw={600}>{n.contactDate}</Text>
                <Badge variant="light" c="dark">
                  {t(`notes.kinds.${n.kind}`)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {n.authorName}
                </Text>
              </Group>
              <Text mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {n.text}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function TasksSection({ caseId, canEdit }: { caseId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const tasks = useQuery({ queryKey: qk.tasks(caseId), queryFn: () => call('tasks.list', { caseId }) });
  const form = useForm<z.input<typeof taskSchema>, unknown, z.output<typeof taskSchema>>({ resolver: zodResolver(taskSchema), defaultValues: { text: '', dueDate: '' } });
  const add = useMutation({
    mutationFn: (v: z.output<typeof taskSchema>) => call('tasks.add', { ...v, caseId }),
    onSuccess: async () => {
      form.reset({ text: '', dueDate: '' });
      await refresh(qc, [qk.tasks(caseId)]);
    },
  });
  const complete = useMutation({
    mutationFn: (taskId: number) => call('tasks.complete', { taskId, doneOn: todayYmd() }),
    onSuccess: () => refresh(qc, [qk.tasks(caseId)]),
  });
  const today = todayYmd();
  const e = form.formState.errors;
  return (
    <Stack>
      <Title order={2}>{t('notes.tasksTitle')}</Title>
      {canEdit && (
        <form onSubmit={form.handleSubmit((v) => add.mutate(v))} noValidate aria-label={t('notes.addTask')}>
          <Group align="flex-start">
            <TextInput label={t('notes.taskText')} required style={{ flex: 1 }} miw={240} {...form.register('text')} error={fieldError(t, e.text)} />
            <Controller
              control={form.control}
              name="dueDate"
              render={({ field }) => (
                <DateField label={t('notes.taskDue')} required w={170} value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldError(t, e.dueDate)} />
              )}
            />
            <Button type="submit" mt={25} loading={add.isPending}>
              {t('notes.addTask')}
            </Button>
          </Group>
          <ErrorAlert error={add.error} />
        </form>
      )}
      <ErrorAlert error={tasks.error ?? complete.error} />
      {tasks.data && tasks.data.length === 0 && <Text>{t('notes.noTasks')}</Text>}
      {tasks.data && tasks.data.length > 0 && (
        <Table striped aria-label={t('notes.tasksTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notes.taskText')}</Table.Th>
              <Table.Th>{t('notes.taskDue')}</Table.Th>
              <Table.Th>{t('notes.taskStatus')}</Table.Th>
              {canEdit && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.data.map((task) => {
              const overdue = !task.doneOn && compareDates(task.dueDate, today) < 0;
              return (
                <Table.Tr key={task.id}>
                  <Table.Td>{task.text}</Table.Td>
                  <Table.Td>{task.dueDate}</Table.Td>
                  <Table.Td>
                    {task.doneOn ? (
                      <Badge color="green" variant="light" c="dark">
                        {t('notes.doneOn', { date: task.doneOn })}
                      </Badge>
                    ) : overdue ? (
                      <Badge color="red" variant="light" c="red.9">
                        {t('notes.overdue')}
                      </Badge>
                    ) : (
                      <Badge variant="light" c="dark">
                        {t('notes.open')}
                      </Badge>
                    )}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      {!task.doneOn && (
                        <Button
                          size="xs"
                          variant="default"
                          loading={complete.isPending && complete.variables === task.id}
                          onClick={() => complete.mutate(task.id)}
                          aria-label={t('notes.completeFor', { task: task.text })}
                        >
                          {t('notes.complete')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
