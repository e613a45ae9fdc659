import { describe, expect, it } from 'vitest';
import { clearFilters, DEFAULT_VIEW, hasFilters, isDefaultView, parseListView, toSearch, validateAdGroupListSearch } from './search-params';

describe('list search params', () => {
  it('reads the defaults from an empty URL: ON and OFF, every system status, by name', () => {
    expect(parseListView({})).toEqual(DEFAULT_VIEW);
    expect(toSearch(DEFAULT_VIEW)).toEqual({});
  });

  it('reads comma lists in canonical order and drops unknown values', () => {
    const view = parseListView({ config: 'DEL,ON,BOGUS', system: 'EXTERNAL_SERVICE_STOP,ADMIN_STOP' });
    expect(view.configs).toEqual(['ON', 'DEL']);
    expect(view.systems).toEqual(['ADMIN_STOP', 'EXTERNAL_SERVICE_STOP']);
    expect(parseListView({ config: ['OFF'] }).configs).toEqual(['OFF']);
  });

  it('falls back field by field when a value is invalid', () => {
    const view = parseListView({ config: 'NOPE', sort: 'price', dir: 'sideways', q: { a: 1 } });
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it('treats a numeric search as text, and caps its length', () => {
    expect(parseListView({ q: 123 }).q).toBe('123');
    expect(parseListView({ q: 'x'.repeat(150) }).q).toHaveLength(100);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    const view = { configs: ['OFF', 'DEL'] as const, systems: ['ADMIN_STOP'] as const, q: '봄', sort: 'budget', dir: 'desc' } as const;
    const search = toSearch({ ...view, configs: [...view.configs], systems: [...view.systems] });
    expect(search).toEqual({ config: 'OFF,DEL', system: 'ADMIN_STOP', q: '봄', sort: 'budget', dir: 'desc' });
    expect(parseListView({ ...search })).toEqual({ ...view, configs: ['OFF', 'DEL'], systems: ['ADMIN_STOP'] });
    expect(validateAdGroupListSearch({ config: 'ON,OFF', sort: 'name' })).toEqual({});
  });

  it('clears the filters but keeps the order', () => {
    const view = parseListView({ config: 'DEL', q: 'x', system: 'ADMIN_STOP', sort: 'bid' });
    expect(isDefaultView(view)).toBe(false);
    expect(clearFilters(view)).toEqual({ ...DEFAULT_VIEW, sort: 'bid' });
    expect(hasFilters(view)).toBe(true);
    expect(hasFilters(clearFilters(view))).toBe(false);
  });
});
