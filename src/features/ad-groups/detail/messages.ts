import { registerMessages } from '../../../i18n/register-messages';
import { adGroupDetailEn } from './messages-en';
import { adGroupDetailKo } from './messages-ko';

/** Namespace `adGroupDetail`: the detail page of every kind of ad group, in its own chunk. */
export const AD_GROUP_DETAIL_NAMESPACE = 'adGroupDetail';

registerMessages(AD_GROUP_DETAIL_NAMESPACE, { ko: adGroupDetailKo, en: adGroupDetailEn });
