import i18next from 'i18next';

export type Messages = { [key: string]: string | Messages };

/**
 * A feature brings its own messages in its own chunk: calling this at module load adds
 * them as an i18next namespace, so lazy routes don't grow the first screen's catalog.
 * i18next has no resource store before init, so a module that loads first (a test
 * importing a component directly) waits for the 'initialized' event.
 * `ko` and `en` must have the same keys: test them with `catalogKeys` and `blankKeys`
 * from src/i18n/same-keys.ts.
 */
export function registerMessages(namespace: string, messages: { ko: Messages; en: Messages }): void {
  const add = () => {
    i18next.addResourceBundle('ko', namespace, messages.ko, true, true);
    i18next.addResourceBundle('en', namespace, messages.en, true, true);
  };
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
