import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PHASES, type Phase } from '../../../../electron/core/case-phases';

/** The cycle as a row of steps; the current one is marked in words (aria-current) as well as by colour. */
export function PhaseSteps({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const at = PHASES.indexOf(phase);
  return (
    <Group component="ol" gap={6} aria-label={t('cases.file.phaseSteps')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {PHASES.map((p, i) => (
        <li key={p} aria-current={i === at ? 'step' : undefined}>
          <Badge variant={i === at ? 'filled' : i < at ? 'light' : 'outline'} color={i === at ? 'blue' : 'gray'} c={i === at ? undefined : 'dark'} size="lg" radius="sm">
            {i < at ? '✓ ' : i === at ? '▶ ' : ''}
            {t(`cases.phase.${p}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
