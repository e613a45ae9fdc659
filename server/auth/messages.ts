/**
 * The few pages the server itself renders (the OAuth callback's failures), in Korean and
 * English. The app's own catalogs live in src/i18n; these never reach the bundle.
 */
export type Language = 'ko' | 'en';

interface Catalog {
  title: string;
  tryAgain: string;
  backToConsole: string;
  stateMismatch: string;
  exchangeFailed: string;
  kakaoRefused: string;
  kakaoSaid: string;
  /** The KOE codes of the spec's troubleshooting table (kakao-business-auth.md §7). */
  koe: Record<string, string>;
}

const ko: Catalog = {
  title: '카카오비즈니스 연결에 실패했습니다',
  tryAgain: '다시 시도',
  backToConsole: '콘솔로 돌아가기',
  stateMismatch: '로그인 요청이 만료되었거나 이미 사용되었습니다. 이 브라우저에서 처음부터 다시 시작해 주세요.',
  exchangeFailed: '카카오에서 토큰을 받지 못했습니다. 잠시 후 다시 시도해 주세요.',
  kakaoRefused: '카카오가 연결을 거절했습니다.',
  kakaoSaid: '카카오 메시지',
  koe: {
    KOE003: '카카오 인증 서버에 일시적인 문제가 있습니다. 잠시 후 다시 시도해 주세요.',
    KOE005: '테스트 앱의 멤버가 아닌 계정입니다. 앱 관리자에게 [앱] > [멤버] 등록을 요청하세요.',
    KOE008: '앱 키 종류가 잘못되었습니다. REST API 키를 사용해야 합니다.',
    KOE010: '앱의 클라이언트 시크릿이 올바르지 않습니다. 서버 설정을 확인하세요.',
    KOE025: '카카오비즈니스에 가입하지 않은 계정입니다. 가입 후 다시 시도하세요.',
    KOE026: '사용할 수 없는 상태의 계정입니다. 카카오 계정 상태를 확인하세요.',
    KOE027: '비즈니스 자산이 없는 계정입니다. 자산이 있는 계정으로 로그인하세요.',
    KOE028: '등록되지 않은 Redirect URI입니다. 앱 설정에 등록된 주소를 사용하세요.',
    KOE101: '플랫폼 키가 잘못되었습니다. 앱 키를 확인하세요.',
    KOE123: '비즈 앱이 아닙니다. 앱을 비즈 앱으로 전환해야 합니다.',
    KOE124: '앱에 카카오모먼트 권한이 없습니다. 권한 신청이 필요합니다.',
    KOE125: '앱 또는 개발자 계정이 제재 상태입니다. 데브톡에 문의하세요.',
    KOE201: '지원하지 않는 요청 형식입니다.',
    KOE232: '허용되지 않았거나 설정되지 않은 동의 항목을 요청했습니다. 앱의 동의 항목 설정을 확인하세요.',
    KOE233: '지원하지 않는 요청 값입니다. 동의 항목과 resource_ids 설정을 확인하세요.',
    KOE320: '인증 코드가 만료되었거나 이미 사용되었습니다. 처음부터 다시 시도해 주세요.',
  },
};

const en: Catalog = {
  title: 'Connecting your Kakao Business account failed',
  tryAgain: 'Try again',
  backToConsole: 'Back to the console',
  stateMismatch: 'This sign-in request has expired or was already used. Start again in this browser.',
  exchangeFailed: 'Kakao did not issue a token. Try again in a moment.',
  kakaoRefused: 'Kakao refused the connection.',
  kakaoSaid: 'Kakao said',
  koe: {
    KOE003: 'Kakao’s sign-in server has a temporary fault. Try again shortly.',
    KOE005: 'This account is not a member of the test app. Ask the app’s admin to add it under [App] > [Member].',
    KOE008: 'The app key has the wrong type: the REST API key is needed.',
    KOE010: 'The app’s client secret is wrong. Check the server settings.',
    KOE025: 'This account has not joined Kakao Business. Join, then try again.',
    KOE026: 'This account is not in a usable state. Check the Kakao account.',
    KOE027: 'This account owns no business assets. Sign in with one that does.',
    KOE028: 'The redirect URI is not registered. Use one registered in the app settings.',
    KOE101: 'The platform key is wrong. Check the app key.',
    KOE123: 'The app is not a Biz app. Convert it first.',
    KOE124: 'The app lacks the Kakao Moment permission. Request it from Kakao.',
    KOE125: 'The app or developer account is sanctioned. Contact Kakao DevTalk.',
    KOE201: 'The request type is not supported.',
    KOE232: 'A consent item that is not permitted or not configured was asked for. Check the app’s consent items.',
    KOE233: 'A request value is not supported. Check the consent items and resource_ids.',
    KOE320: 'The authorization code expired or was already used. Start again.',
  },
};

export const CATALOGS: Record<Language, Catalog> = { ko, en };

/** The user's language from Accept-Language: Korean when it comes first among ko/en, else English. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((param) => param.trim().startsWith('q='));
      return { tag, q: q === undefined ? 1 : Number(q.trim().slice(2)) || 0 };
    })
    .filter((entry) => entry.tag.startsWith('ko') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('ko') ? 'ko' : 'en';
}
