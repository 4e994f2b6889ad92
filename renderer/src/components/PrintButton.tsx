import { Button, Group, Radio, Stack, Text, type ButtonProps } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract';
import { call } from '../api/client';
import { AppModal } from './AppModal';
import { ErrorAlert } from './ErrorAlert';

/** Which form to print, and what identifies it (issue 5). The language is chosen in the dialog. */
export type PrintableForm =
  | { method: 'documents.closureForm'; input: { caseId: number } }
  | { method: 'documents.actionPlan'; input: { caseId: number; version?: number } }
  | { method: 'documents.referralForm'; input: { referralId: number } }
  | { method: 'documents.certificationForm'; input: { certificationId: number } };

const FORM_LABEL: Record<PrintableForm['method'], string> = {
  'documents.closureForm': 'documents.print.closureForm',
  'documents.actionPlan': 'documents.print.actionPlan',
  'documents.referralForm': 'documents.print.referralForm',
  'documents.certificationForm': 'documents.print.certificationForm',
};

interface Printed {
  fileName: string;
  url: string;
}

function generate(form: PrintableForm, language: Language) {
  switch (form.method) {
    case 'documents.closureForm':
      return call(form.method, { ...form.input, language });
    case 'documents.actionPlan':
      return call(form.method, { ...form.input, language });
    case 'documents.referralForm':
      return call(form.method, { ...form.input, language });
    case 'documents.certificationForm':
      return call(form.method, { ...form.input, language });
  }
}

/**
 * Print a form for signature: pick the form's language (independent of the screen's), see the PDF in
 * the app, then save it or print it through the system dialog. Each generated PDF is audited.
 */
export function PrintButton({ form, label, ariaLabel, ...buttonProps }: { form: PrintableForm; label?: string; ariaLabel?: string } & ButtonProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'lt');
  const [printed, setPrinted] = useState<Printed | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const formName = t(FORM_LABEL[form.method]);

  const make = useMutation({
    mutationFn: () => generate(form, language),
    onSuccess: (r) => {
      const bytes = Uint8Array.from(atob(r.pdfBase64), (c) => c.charCodeAt(0));
      setPrinted({ fileName: r.fileName, url: URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })) });
    },
  });

  // A preview's blob URL lives while it is shown; a new language or closing the dialog lets it go.
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

  const print = () => {
    const win = frame.current?.contentWindow;
    if (!win) return;
    win.focus();
    win.print();
  };

  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} aria-label={ariaLabel} {...buttonProps}>
        {label ?? t('documents.print.button')}
      </Button>
      <AppModal opened={open} onClose={close} title={t('documents.print.dialogTitle', { form: formName })} size="xl">
        <Stack>
          <Group align="flex-end" justify="space-between">
            <Radio.Group
              label={t('documents.print.language')}
              value={language}
              onChange={(v) => {
                setLanguage(v === 'en' ? 'en' : 'lt');
                setPrinted(null);
              }}
            >
              <Group mt={4}>
                <Radio value="lt" label={t('documents.print.languages.lt')} />
                <Radio value="en" label={t('documents.print.languages.en')} />
              </Group>
            </Radio.Group>
            <Button onClick={() => make.mutate()} loading={make.isPending}>
              {t('documents.print.generate')}
            </Button>
          </Group>
          <ErrorAlert error={make.error} />
          {make.isPending && (
            <Text size="sm" role="status">
              {t('documents.print.preparing')}
            </Text>
          )}
          {printed && (
            <>
              <iframe
                ref={frame}
                src={printed.url}
                title={t('documents.print.previewLabel', { fileName: printed.fileName })}
                data-testid="print-preview"
                style={{ width: '100%', height: '65vh', border: '1px solid var(--mantine-color-gray-4)' }}
              />
              <Group justify="flex-end">
                <Text size="sm" c="dimmed" mr="auto">
                  {printed.fileName}
                </Text>
                <Button component="a" href={printed.url} download={printed.fileName} variant="default">
                  {t('documents.print.save')}
                </Button>
                <Button onClick={print}>{t('documents.print.print')}</Button>
              </Group>
            </>
          )}
        </Stack>
      </AppModal>
    </>
  );
}
