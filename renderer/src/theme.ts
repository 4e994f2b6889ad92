import { createTheme, PasswordInput, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

/**
 * The app's Mantine theme. It is made per language because a few of Mantine's own controls carry
 * English labels of their own (the password field's show/hide button); those are given ours here,
 * once, instead of at every use.
 */
export function appTheme(t: TFunction): MantineThemeOverride {
  return createTheme({
    // Darker primary shades than the defaults so text on buttons and links meets WCAG AA contrast.
    primaryColor: 'blue',
    primaryShade: 8,
    focusRing: 'auto',
    defaultRadius: 'sm',
    components: {
      // Alert titles are drawn in the alert's light colour (a green title is 3:1 on its tint): use the text colour.
      Alert: { styles: { title: { color: 'var(--mantine-color-text)' } } },
      PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') } } }),
    },
  });
}

// WCAG AA: Mantine's default "dimmed" grey (#868e96) is 3.3:1 on white; gray-7 is about 7:1.
export const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
