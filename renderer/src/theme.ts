import { createTheme, type CSSVariablesResolver, type MantineColor } from '@mantine/core';
import type { SeverityBand } from '../../shared/domain/severity';
import type { IncidentStatus, Marking } from '../../shared/domain/vocabulary';
import { readablePalette } from './readablePalette';

/** Hints go under the input, so a row of fields stays aligned whether or not each has a hint. */
const HINT_BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

/**
 * A calm, dense desktop look: system fonts (nothing is fetched), small controls, muted colours, with
 * colour kept for what matters — status and protective marking. Every text colour reads at WCAG AA
 * (4.5:1): the palette's text shades are darkened where Mantine's fall short (`readablePalette`).
 */
export const theme = createTheme({
  colors: readablePalette(),
  primaryColor: 'indigo',
  // The ring shows for the keyboard, not for every click; app.css adds one to text inputs, which Mantine marks only by a border colour.
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif',
  fontFamilyMonospace: '"DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace',
  fontSizes: { xs: '11px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  headings: { fontWeight: '600', sizes: { h1: { fontSize: '20px' }, h2: { fontSize: '17px' }, h3: { fontSize: '15px' } } },
  components: {
    Button: { defaultProps: { size: 'xs' } },
    TextInput: { defaultProps: { size: 'xs', inputWrapperOrder: HINT_BELOW } },
    Textarea: { defaultProps: { size: 'xs', inputWrapperOrder: HINT_BELOW, autosize: true, minRows: 2 } },
    Select: { defaultProps: { size: 'xs', inputWrapperOrder: HINT_BELOW, allowDeselect: false, comboboxProps: { shadow: 'md' } } },
    MultiSelect: { defaultProps: { size: 'xs', inputWrapperOrder: HINT_BELOW, comboboxProps: { shadow: 'md' } } },
    NativeSelect: { defaultProps: { size: 'xs', inputWrapperOrder: HINT_BELOW } },
    Badge: { defaultProps: { size: 'sm', radius: 'sm', variant: 'light' } },
    Tabs: { defaultProps: { keepMounted: false } },
    Table: { defaultProps: { fz: 'sm', verticalSpacing: 4, horizontalSpacing: 'xs' } },
    // Mantine's close buttons are an icon alone: without a name a screen reader announces just "button".
    Modal: { defaultProps: { size: 'lg', centered: true, closeButtonProps: { 'aria-label': 'Close dialog' } } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Close message' } } },
    // The placeholder Mantine puts first in a menu for focus has role "presentation", which a role="menu" may not contain.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
  },
});

/** Mantine draws placeholders in gray 5, too faint to read; they take gray 6, darkened for text like the hints (`dimmed`). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});

export const STATUS_COLOURS = {
  reported: 'gray',
  triage: 'yellow',
  investigating: 'blue',
  contained: 'teal',
  notifying: 'grape',
  closed: 'dark',
} as const satisfies Record<IncidentStatus, MantineColor>;

/** Colour rises with the level of the marking, so a SECRET record is unmistakable at a glance. */
export const MARKING_COLOURS = {
  OFFICIAL: 'gray',
  'OFFICIAL-SENSITIVE': 'blue',
  SECRET: 'red',
  'TOP SECRET': 'orange',
} as const satisfies Record<Marking, MantineColor>;

/** ENISA bands rise from calm to alarming; only "very high" is filled. */
export const SEVERITY_COLOURS = {
  low: 'teal',
  medium: 'yellow',
  high: 'orange',
  very_high: 'red',
} as const satisfies Record<SeverityBand, MantineColor>;
