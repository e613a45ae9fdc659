/** Korean messages of the `auth` namespace (business sign-in). */
export const authKo = {
  signIn: {
    title: '카카오비즈니스로 시작하기',
    lead: '광고주와 대행사가 자신의 카카오비즈니스 계정으로 광고 계정에 연결합니다. 토큰은 서버에만 보관되며 브라우저에는 전달되지 않습니다.',
    button: '카카오비즈니스로 시작하기',
  },
  reconnect: {
    title: '카카오비즈니스 연결이 만료되었습니다',
    body: '오래 사용하지 않았거나 권한이 바뀌어 카카오가 연결을 거절했습니다. 다시 연결하면 지금 보던 화면으로 돌아옵니다. 입력 중인 내용은 임시 저장본으로 남아 있습니다.',
    button: '다시 연결',
  },
  menu: {
    signedIn: '카카오비즈니스 계정으로 로그인됨',
    signedInAs: '{{name}} 님으로 로그인됨',
    shared: '공유 토큰으로 연결됨',
    signOut: '로그아웃',
    signOutFailed: '로그아웃하지 못했습니다. 다시 시도해 주세요.',
  },
};
