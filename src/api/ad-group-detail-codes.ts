import { isApiError } from './api-error';

/** Kakao's "the ad group does not exist" (View ad group, Response: Fail). */
export const AD_GROUP_NOT_FOUND = 32001;
/**
 * What real clients meet on GET /adGroups/{id} of a group deleted since the list was read
 * (issue 8). The reference does not list it; the console treats it as "deleted", not as a failure.
 */
export const AD_GROUP_DELETED = 32026;

export const isDeletedAdGroupError = (error: unknown) => isApiError(error) && error.detailCode === AD_GROUP_DELETED;
