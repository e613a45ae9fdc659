import { messageFormEn } from './messages-en';
import { messageFormKo } from './messages-ko';

/** The `messageForm` namespace (registered in ./i18n.ts); pure data for the parity test. */
export const messageFormMessages = { ko: messageFormKo, en: messageFormEn };
