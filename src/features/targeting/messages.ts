import { targetingEn } from './messages-en';
import { targetingKo } from './messages-ko';

/**
 * The `targeting` namespace (registered in ./i18n.ts). Pure data, so the key-parity test
 * can import it without an i18next instance. `{{n, number}}` formats with the language.
 */
export const targetingMessages = { ko: targetingKo, en: targetingEn };
