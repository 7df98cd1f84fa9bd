import type { LocaleGrammar } from '@keyfigures/sdk';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { wordsFor } from '../locales/words.js';

/**
 * The visible, accessible error state: what went wrong, in the reader's words, then the SDK's
 * message that says what to fix. role="alert" so a screen reader hears it when it appears.
 */
export const errorView = (g: LocaleGrammar, message: string): TemplateResult =>
  html`<p class="error" part="error" role="alert"><strong>${wordsFor(g).error}</strong>${wordsFor(g).labelSep}${message}</p>`;
