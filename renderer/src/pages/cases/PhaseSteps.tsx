import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PHASES, type Phase } from '../../../../electron/core/case-phases';

/**
 * The cycle as a row of steps; the current one is marked in words (aria-current) as well as by colour.
 * A closed case may have been closed from any phase (or at intake), so then no step is ticked as passed.
 */
export function PhaseSteps({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const at = PHASES.indexOf(phase);
  const passed = (i: number) => phase !== 'closed' && i < at;
  return (
    <Group component="ol" gap={6} aria-label={t('cases.file.phaseSteps')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {PHASES.map((p, i) => (
        <li key={p} aria-current={i === at ? 'step' : undefined}>
          <Badge variant={i === at ? 'filled' : passed(i) ? 'light' : 'outline'} color={i === at ? 'blue' : 'gray'} c={i === at ? undefined : 'dark'} size="lg" radius="sm">
            {passed(i) ? '✓ ' : i === at ? '▶ ' : ''}
            {t(`cases.phase.${p}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
