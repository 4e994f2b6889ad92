import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page buttons under a long list, each with a translated name. */
export function Pager({ total, pageSize, page, onChange }: { total: number; pageSize: number; page: number; onChange: (p: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Group justify="center">
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        getControlProps={(c) => ({ 'aria-label': t(`common.page.${c}`) })}
        getItemProps={(p) => ({ 'aria-label': t('common.page.number', { page: p }) })}
      />
    </Group>
  );
}
