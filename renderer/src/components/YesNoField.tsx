import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A required yes/no question as two radio buttons; undefined until the person answers. */
export function YesNoField(props: { label: string; value: boolean | undefined | null; onChange: (v: boolean) => void; error?: string; name: string }) {
  const { t } = useTranslation();
  const value = props.value === true ? 'yes' : props.value === false ? 'no' : '';
  return (
    <Radio.Group label={props.label} name={props.name} value={value} onChange={(v) => props.onChange(v === 'yes')} error={props.error} withAsterisk>
      <Group mt="xs">
        <Radio value="yes" label={t('cases.form.yes')} />
        <Radio value="no" label={t('cases.form.no')} />
      </Group>
    </Radio.Group>
  );
}
