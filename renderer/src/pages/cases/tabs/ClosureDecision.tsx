import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Closure } from '../../../../../electron/contract/methods/closure';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { refreshCase } from '../caseRefresh';

/** A supervisor authorises the closure (the case is then closed and read-only) or returns it with a comment. */
export function ClosureDecision({ pending, selfId }: { pending: Closure; selfId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const done = () => refreshCase(qc, pending.caseId);
  const authorise = useMutation({ mutationFn: () => call('closure.authorise', { caseId: pending.caseId }), onSuccess: done });
  const giveBack = useMutation({ mutationFn: () => call('closure.return', { caseId: pending.caseId, comment }), onSuccess: done });
  if (pending.requestedBy === selfId) {
    return (
      <Paper withBorder p="md">
        <Text>{t('closure.decision.ownRequest')}</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h3">
          {t('closure.decision.title')}
        </Title>
        <Text>{t('closure.decision.explain', { name: pending.requestedByName, date: pending.requestedOn })}</Text>
        <Group>
          <Button onClick={() => authorise.mutate()} loading={authorise.isPending}>
            {t('closure.decision.authorise')}
          </Button>
        </Group>
        <Textarea
          label={t('closure.field.returnComment')}
          value={comment}
          onChange={(ev) => setComment(ev.currentTarget.value)}
          autosize
          minRows={2}
          error={tried && comment.trim() === '' ? t('validation.required') : undefined}
        />
        <Group>
          <Button
            variant="default"
            loading={giveBack.isPending}
            onClick={() => {
              setTried(true);
              if (comment.trim() !== '') giveBack.mutate();
            }}
          >
            {t('closure.decision.return')}
          </Button>
        </Group>
        <ErrorAlert error={authorise.error ?? giveBack.error} />
      </Stack>
    </Paper>
  );
}
