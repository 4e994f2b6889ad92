import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../electron/contract';

export function LanguageSwitch({ value, onChange }: { value: Language; onChange: (l: Language) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('common.language')}
      size="xs"
      value={value}
      onChange={(v) => onChange(v as Language)}
      data={LANGUAGES.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))}
    />
  );
}
