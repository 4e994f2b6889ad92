import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/contract';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';

/** R19: print a recorded certification (ILO Table 4) in a chosen language; each PDF is audited. */
export function CertificationPrint({ certificationId, label }: { certificationId: number; label: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'lt');
  const [printed, setPrinted] = useState<{ fileName: string; url: string } | null>(null);
  const make = useMutation({
    mutationFn: () => call('documents.certificationForm', { certificationId, language }),
    onSuccess: (r) => {
      const bytes = Uint8Array.from(atob(r.pdfBase64), (c) => c.charCodeAt(0));
      setPrinted({ fileName: r.fileName, url: URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })) });
    },
  });
  useEffect(() => {
    const url = printed?.url;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [printed]);
  const close = () => {
    setOpen(false);
    setPrinted(null);
    make.reset();
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} aria-label={label}>
        {t('quality.certification.print')}
      </Button>
      <AppModal opened={open} onClose={close} title={t('quality.print.title')} size="xl">
        <Stack>
          <Group align="flex-end" justify="space-between">
            <Radio.Group
              label={t('quality.print.language')}
              value={language}
              onChange={(v) => {
                setLanguage(v === 'en' ? 'en' : 'lt');
                setPrinted(null);
              }}
            >
              <Group mt={4}>
                <Radio value="lt" label={t('quality.print.lt')} />
                <Radio value="en" label={t('quality.print.en')} />
              </Group>
            </Radio.Group>
            <Button onClick={() => make.mutate()} loading={make.isPending}>
              {t('quality.print.generate')}
            </Button>
          </Group>
          <ErrorAlert error={make.error} />
          {printed && (
            <>
              <iframe
                src={printed.url}
                title={t('quality.print.preview', { fileName: printed.fileName })}
                style={{ width: '100%', height: '60vh', border: '1px solid var(--mantine-color-gray-4)' }}
              />
              <Group justify="flex-end">
                <Text size="sm" c="dimmed" mr="auto">
                  {printed.fileName}
                </Text>
                <Button component="a" href={printed.url} download={printed.fileName}>
                  {t('quality.print.save')}
                </Button>
              </Group>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="subtle" onClick={close}>
              {t('quality.print.close')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
