/**
 * The `schedule` namespace (registered in ./i18n.ts). Pure data, so the key-parity test
 * can import it without an i18next instance.
 */
export const scheduleMessages = {
  ko: {
    dayShort: { mon: '월', tue: '화', wed: '수', thu: '목', fri: '금', sat: '토', sun: '일' },
    dayLong: { mon: '월요일', tue: '화요일', wed: '수요일', thu: '목요일', fri: '금요일', sat: '토요일', sun: '일요일' },
    label: '요일 및 시간 설정',
    corner: '요일 / 시간',
    instructions:
      '칸을 누르거나 끌어서 시간을 켜고 끕니다. 표 안에서 방향키로 이동하고, 스페이스로 켜고 끄며, Shift+방향키로 현재 칸의 상태를 옆 칸에 칠합니다.',
    hourRange: '{{from}}:00–{{to}}:00',
    cell: '{{day}} {{range}}, {{state}}',
    state: { on: '켜짐', off: '꺼짐' },
    toggleDay: '{{day}} 전체 시간 켜기/끄기',
    toggleHour: '{{range}} 모든 요일 켜기/끄기',
    presets: {
      label: '빠른 선택',
      everyHour: '매일 종일',
      weekdays0918: '평일 09–19시',
      weekends: '주말 종일',
    },
    summary: {
      hours: '주 168시간 중 {{count}}시간',
      everyHour: '모든 요일, 모든 시간',
      none: '선택한 시간이 없습니다. 한 시간 이상 선택하세요.',
    },
  },
  en: {
    dayShort: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
    dayLong: {
      mon: 'Monday',
      tue: 'Tuesday',
      wed: 'Wednesday',
      thu: 'Thursday',
      fri: 'Friday',
      sat: 'Saturday',
      sun: 'Sunday',
    },
    label: 'Days and hours',
    corner: 'Day / hour',
    instructions:
      'Click or drag over cells to switch hours on or off. In the grid, arrow keys move, Space switches the hour, and Shift+arrow paints the current cell’s state onto the next one.',
    hourRange: '{{from}}:00–{{to}}:00',
    cell: '{{day}} {{range}}, {{state}}',
    state: { on: 'on', off: 'off' },
    toggleDay: '{{day}}: switch all hours on or off',
    toggleHour: '{{range}}: switch on or off for every day',
    presets: {
      label: 'Presets',
      everyHour: 'Every hour',
      weekdays0918: 'Weekdays 09–19',
      weekends: 'Weekends',
    },
    summary: {
      hours: '{{count}} of 168 hours per week',
      everyHour: 'Every day, every hour',
      none: 'No hours selected. Choose at least one hour.',
    },
  },
};
