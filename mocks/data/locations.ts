import type { Depth1Location, Depth2LocationOption, Depth3LocationOption } from '../../src/api/contracts/lookups';

/*
 * ASSUMPTION: Kakao does not publish its letter → 시/도 mapping. The reference's samples
 * fix six letters (A 강원, B 경기, E 광주, I 서울, M 전북, O 충남), and all six fit the
 * Korean alphabetical order of the 16 older 시/도 with 세종 (created 2012) appended as Q:
 * that is the mapping below. Names are the current official ones (강원특별자치도 since
 * 2023, 전북특별자치도 since 2024); the older samples still say 강원도.
 * Depth-2 values are the letter plus 4 digits; each 시/도 numbers its 시/군/구 in the
 * order of the national administrative codes from a start chosen so that the samples'
 * codes land on their names: I1009 도봉구, B7222 여주시, A7005 삼척시, E1301 광주 남구,
 * M5555 전주시 덕진구.
 */
type Region = readonly [letter: string, depth1Name: string, firstCode: number, depth2Names: readonly string[]];

const REGIONS: readonly Region[] = [
  ['A', '강원특별자치도', 6999, ['춘천시', '원주시', '강릉시', '동해시', '태백시', '속초시', '삼척시', '홍천군', '횡성군',
    '영월군', '평창군', '정선군', '철원군', '화천군', '양구군', '인제군', '고성군', '양양군']],
  ['B', '경기도', 7184, ['수원시 장안구', '수원시 권선구', '수원시 팔달구', '수원시 영통구', '성남시 수정구', '성남시 중원구',
    '성남시 분당구', '의정부시', '안양시 만안구', '안양시 동안구', '부천시', '광명시', '평택시', '동두천시', '안산시 상록구',
    '안산시 단원구', '고양시 덕양구', '고양시 일산동구', '고양시 일산서구', '과천시', '구리시', '남양주시', '오산시', '시흥시',
    '군포시', '의왕시', '하남시', '용인시 처인구', '용인시 기흥구', '용인시 수지구', '파주시', '이천시', '안성시', '김포시',
    '화성시', '광주시', '양주시', '포천시', '여주시', '연천군', '가평군', '양평군']],
  ['C', '경상남도', 3000, ['창원시 의창구', '창원시 성산구', '창원시 마산합포구', '창원시 마산회원구', '창원시 진해구', '진주시',
    '통영시', '사천시', '김해시', '밀양시', '거제시', '양산시', '의령군', '함안군', '창녕군', '고성군', '남해군', '하동군',
    '산청군', '함양군', '거창군', '합천군']],
  ['D', '경상북도', 4000, ['포항시 남구', '포항시 북구', '경주시', '김천시', '안동시', '구미시', '영주시', '영천시', '상주시',
    '문경시', '경산시', '의성군', '청송군', '영양군', '영덕군', '청도군', '고령군', '성주군', '칠곡군', '예천군', '봉화군',
    '울진군', '울릉군']],
  ['E', '광주광역시', 1299, ['동구', '서구', '남구', '북구', '광산구']],
  ['F', '대구광역시', 1000, ['중구', '동구', '서구', '남구', '북구', '수성구', '달서구', '달성군', '군위군']],
  ['G', '대전광역시', 1000, ['동구', '중구', '서구', '유성구', '대덕구']],
  ['H', '부산광역시', 1000, ['중구', '서구', '동구', '영도구', '부산진구', '동래구', '남구', '북구', '해운대구', '사하구',
    '금정구', '강서구', '연제구', '수영구', '사상구', '기장군']],
  ['I', '서울특별시', 1000, ['종로구', '중구', '용산구', '성동구', '광진구', '동대문구', '중랑구', '성북구', '강북구', '도봉구',
    '노원구', '은평구', '서대문구', '마포구', '양천구', '강서구', '구로구', '금천구', '영등포구', '동작구', '관악구', '서초구',
    '강남구', '송파구', '강동구']],
  ['J', '울산광역시', 1000, ['중구', '남구', '동구', '북구', '울주군']],
  ['K', '인천광역시', 1000, ['중구', '동구', '미추홀구', '연수구', '남동구', '부평구', '계양구', '서구', '강화군', '옹진군']],
  ['L', '전라남도', 5000, ['목포시', '여수시', '순천시', '나주시', '광양시', '담양군', '곡성군', '구례군', '고흥군', '보성군',
    '화순군', '장흥군', '강진군', '해남군', '영암군', '무안군', '함평군', '영광군', '장성군', '완도군', '진도군', '신안군']],
  ['M', '전북특별자치도', 5554, ['전주시 완산구', '전주시 덕진구', '군산시', '익산시', '정읍시', '남원시', '김제시', '완주군',
    '진안군', '무주군', '장수군', '임실군', '순창군', '고창군', '부안군']],
  ['N', '제주특별자치도', 6000, ['제주시', '서귀포시']],
  ['O', '충청남도', 4400, ['천안시 동남구', '천안시 서북구', '공주시', '보령시', '아산시', '서산시', '논산시', '계룡시', '당진시',
    '금산군', '부여군', '서천군', '청양군', '홍성군', '예산군', '태안군']],
  ['P', '충청북도', 4300, ['청주시 상당구', '청주시 서원구', '청주시 흥덕구', '청주시 청원구', '충주시', '제천시', '보은군',
    '옥천군', '영동군', '증평군', '진천군', '괴산군', '음성군', '단양군']],
  // 세종 has no 시/군/구; ASSUMPTION: Kakao offers the city itself as its one depth-2 region.
  ['Q', '세종특별자치시', 1000, ['세종시']],
];

/** ASSUMPTION: the descriptions of the two special depth-1 values. */
const SPECIAL_DEPTH1: readonly Depth1Location[] = [
  { value: 'U', description: '알 수 없음', depth1Name: '알 수 없음' },
  { value: 'Z', description: '해외', depth1Name: '해외' },
];

/*
 * Depth 3 for a handful of 시/군/구: [depth-2 value, first code, 동/읍/면, deprecated names].
 * Starts put the samples' A70052424 원덕읍, E13010702 백운2동 and M55550301 금암1동
 * (deprecated in the sample) on their names. 능서면 became 세종대왕면 in 2021.
 */
type Depth3Block = readonly [parent: string, firstCode: number, names: readonly string[], deprecated?: readonly string[]];

const DEPTH3_BLOCKS: readonly Depth3Block[] = [
  ['A7005', 2423, ['도계읍', '원덕읍', '근덕면', '하장면', '노곡면', '미로면', '가곡면', '신기면', '남양동', '교동', '정라동',
    '성내동']],
  ['E1301', 692, ['양림동', '방림1동', '방림2동', '봉선1동', '봉선2동', '사직동', '월산동', '월산4동', '월산5동', '백운1동',
    '백운2동', '주월1동', '주월2동', '진월동', '효덕동', '송암동', '대촌동']],
  ['M5555', 296, ['진북동', '인후1동', '인후2동', '인후3동', '덕진동', '금암1동', '금암2동', '팔복동', '우아1동', '우아2동',
    '호성동', '송천1동', '송천2동', '조촌동', '여의동', '혁신동', '금암동'], ['금암1동', '금암2동']],
  ['B7222', 101, ['가남읍', '점동면', '흥천면', '금사면', '세종대왕면', '대신면', '북내면', '강천면', '산북면', '여흥동',
    '중앙동', '오학동', '능서면'], ['능서면']],
  ['I1009', 101, ['쌍문1동', '쌍문2동', '쌍문3동', '쌍문4동', '방학1동', '방학2동', '방학3동', '창1동', '창2동', '창3동',
    '창4동', '창5동', '도봉1동', '도봉2동']],
  ['I1022', 101, ['신사동', '논현1동', '논현2동', '압구정동', '청담동', '삼성1동', '삼성2동', '대치1동', '대치2동', '대치4동',
    '역삼1동', '역삼2동', '도곡1동', '도곡2동', '개포1동', '개포2동', '개포3동', '개포4동', '일원본동', '일원1동', '일원2동',
    '수서동', '세곡동']],
  ['N6000', 101, ['한림읍', '애월읍', '구좌읍', '조천읍', '한경면', '추자면', '우도면', '일도1동', '일도2동', '이도1동',
    '이도2동', '삼도1동', '삼도2동', '용담1동', '용담2동', '건입동', '화북동', '삼양동', '봉개동', '아라동', '오라동', '연동',
    '노형동', '외도동', '이호동', '도두동']],
];

const code4 = (n: number): string => String(n).padStart(4, '0');

export const DEPTH1_LOCATIONS: readonly Depth1Location[] = [
  ...REGIONS.map(([value, depth1Name]) => ({ value, description: depth1Name, depth1Name })),
  ...SPECIAL_DEPTH1,
];

export const DEPTH2_LOCATIONS: readonly Depth2LocationOption[] = REGIONS.flatMap(([letter, depth1Name, first, names]) =>
  names.map((depth2Name, i) => ({
    value: `${letter}${code4(first + i)}`,
    description: `${depth1Name} ${depth2Name}`,
    depth1Name,
    depth2Name,
  })),
);

const depth2ByValue = new Map(DEPTH2_LOCATIONS.map((row) => [row.value, row]));

export const DEPTH3_LOCATIONS: readonly Depth3LocationOption[] = DEPTH3_BLOCKS.flatMap(
  ([parent, first, names, deprecated = []]) => {
    const depth2 = depth2ByValue.get(parent);
    if (!depth2) throw new Error(`mocks/data/locations: no depth-2 region ${parent}`);
    return names.map((depth3Name, i) => ({
      value: `${parent}${code4(first + i)}`,
      description: `${depth2.description} ${depth3Name}`,
      depth1Name: depth2.depth1Name,
      depth2Name: depth2.depth2Name,
      depth3Name,
      ...(deprecated.includes(depth3Name) ? { deprecated: true } : {}),
    }));
  },
);
