import type { RuleId, Violation } from '../api/rules/violation';
import type { Messages } from './register-messages';
import { registerMessages } from './register-messages';
import { rulesEn } from './rules-en';
import { rulesKo } from './rules-ko';

export const RULES_NAMESPACE = 'rules';

/** RuleIds are dotted ('budget.min'); i18next reads dots as nesting, so nest them. */
export function nestMessages(flat: Readonly<Record<string, string>>): Messages {
  const root: Messages = {};
  for (const [id, message] of Object.entries(flat)) {
    const parts = id.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'string') throw new Error(`Rule id ${id} nests under the message ${part}`);
      node = next ?? (node[part] = {});
    }
    node[parts[parts.length - 1]] = message;
  }
  return root;
}

/**
 * Adds the `rules` namespace. The forms call it when their chunk loads (after
 * initI18n), so the first screen does not carry every rule message.
 */
export function registerRuleMessages(): void {
  registerMessages(RULES_NAMESPACE, { ko: nestMessages(rulesKo), en: nestMessages(rulesEn) });
}

/** The i18next key and options that render a violation, e.g. `t(...violationMessage(v))`. */
export function violationMessage(v: Pick<Violation, 'rule' | 'params'>): [`rules:${RuleId}`, Record<string, string | number>] {
  return [`${RULES_NAMESPACE}:${v.rule}`, v.params ?? {}];
}
