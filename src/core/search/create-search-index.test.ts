import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './create-search-index';

interface Client {
  name: string;
  caseNumber: string;
}

function indexOf(names: string[]) {
  const clients = names.map((name, i): Client => ({ name, caseNumber: `IM-2026-${i}` }));
  const index = createSearchIndex(clients, (client) => [client.name, client.caseNumber]);
  return (query: string, limit?: number) => index.search(query, limit).map((c) => c.name);
}

describe('createSearchIndex', () => {
  it('matches every query word against a prefix of some word', () => {
    const search = indexOf(['Ahmed Müller', 'Ahmed Schmidt', 'Lena Müller']);
    expect(search('mül ahm')).toEqual(['Ahmed Müller']);
    expect(search('ahm')).toEqual(['Ahmed Müller', 'Ahmed Schmidt']);
    expect(search('ahmed shevchenko')).toEqual([]);
  });

  it('finds Müller, Mueller and Muller from each other, closest spelling first', () => {
    const search = indexOf(['Anna Muller', 'Anna Mueller', 'Anna Müller', 'Anna Miller']);
    expect(search('müller')).toEqual(['Anna Müller', 'Anna Muller', 'Anna Mueller', 'Anna Miller']);
    expect(search('mueller')).toEqual([
      'Anna Mueller',
      'Anna Müller',
      'Anna Muller',
      'Anna Miller',
    ]);
    expect(search('muller')).toEqual(['Anna Muller', 'Anna Müller', 'Anna Mueller', 'Anna Miller']);
    expect(search('MÜLLER')[0]).toBe('Anna Müller');
  });

  it('folds ß and Turkish letters', () => {
    const search = indexOf(['Johann Strauß', 'Emre Şahin', 'Ayşe Yılmaz']);
    expect(search('strauss')).toEqual(['Johann Strauß']);
    expect(search('sahin')).toEqual(['Emre Şahin']);
    expect(search('ayse yil')).toEqual(['Ayşe Yılmaz']);
  });

  it('finds Cyrillic names by their Latin spelling and the other way round', () => {
    const search = indexOf(['Олена Шевченко', 'Olena Kovalenko', 'Юлія Бондаренко']);
    expect(search('olena shev')).toEqual(['Олена Шевченко']);
    expect(search('олена')).toEqual(['Олена Шевченко', 'Olena Kovalenko']);
    expect(search('yuliia')).toEqual(['Юлія Бондаренко']);
    expect(search('ковал')).toEqual(['Olena Kovalenko']);
  });

  it('finds Arabic script as typed, without hamza or vowel marks', () => {
    const search = indexOf(['أحمد الحسن', 'فاطمة', 'مُحَمَّد علي']);
    expect(search('احمد')).toEqual(['أحمد الحسن']);
    expect(search('فاطمه')).toEqual(['فاطمة']);
    expect(search('محمد')).toEqual(['مُحَمَّد علي']);
  });

  it('lets Latin spellings of one Arabic name meet, after exact matches', () => {
    const search = indexOf([
      'Mohamad Haidari',
      'Muhammad Rahimi',
      'Mohammed Ahmadi',
      'Mahmoud Karimi',
    ]);
    expect(search('mohammed')).toEqual(['Mohammed Ahmadi', 'Mohamad Haidari', 'Muhammad Rahimi']);
    expect(search('muhammad')[0]).toBe('Muhammad Rahimi');
    expect(search('muham')).toEqual(['Muhammad Rahimi', 'Mohamad Haidari', 'Mohammed Ahmadi']);
    expect(search('yusuf')).toEqual([]);
    const variants = indexOf(['Youssef Demir', 'Hussain Weber', 'Abdallah Becker']);
    expect(variants('yusuf')).toEqual(['Youssef Demir']);
    expect(variants('hussein')).toEqual(['Hussain Weber']);
    expect(variants('abdullah')).toEqual(['Abdallah Becker']);
  });

  it('ranks an item by its loosest matching word', () => {
    const search = indexOf(['Muhammad Müller', 'Mohammed Muller', 'Mohammed Müller']);
    expect(search('mohammed müller')).toEqual([
      'Mohammed Müller',
      'Mohammed Muller',
      'Muhammad Müller',
    ]);
  });

  it('finds "Alina" by the prefix "ali" but not "Ali" by "alina"', () => {
    const search = indexOf(['Alina Demir', 'Ali Karimi', 'Alan Weber']);
    expect(search('ali')).toEqual(['Alina Demir', 'Ali Karimi']);
    expect(search('alina')).toEqual(['Alina Demir']);
    expect(search('aly')).toEqual([]);
  });

  it('finds case numbers by any part and joined words by their compact form', () => {
    const clients = [
      { name: 'Abdel Rahman Haidari', caseNumber: 'IM-2026-3F9A2C' },
      { name: 'Olena Kovalenko', caseNumber: 'IM-2025-00B1D7' },
    ];
    const index = createSearchIndex(clients, (c) => [c.name, c.caseNumber]);
    const names = (query: string) => index.search(query).map((c) => c.name);
    expect(names('3f9a')).toEqual(['Abdel Rahman Haidari']);
    expect(names('im-2026')).toEqual(['Abdel Rahman Haidari']);
    expect(names('IM-2026-3F9A2C')).toEqual(['Abdel Rahman Haidari']);
    expect(names('im')).toEqual(['Abdel Rahman Haidari', 'Olena Kovalenko']);
    expect(names('abdelrahman')).toEqual(['Abdel Rahman Haidari']);
  });

  it('returns everything for an empty query, nothing for no match, and honours limit', () => {
    const search = indexOf(['Jana Weber', 'Omid Rahimi', 'Tesfay Ghebremedhin']);
    expect(search('')).toEqual(['Jana Weber', 'Omid Rahimi', 'Tesfay Ghebremedhin']);
    expect(search(' - ', 2)).toEqual(['Jana Weber', 'Omid Rahimi']);
    expect(search('xyzzy')).toEqual([]);
    expect(search('im', 1)).toEqual(['Jana Weber']);
    expect(search('im', 0)).toEqual([]);
  });

  it('is unaffected by later changes to the input array', () => {
    const clients: Client[] = [{ name: 'Jana Weber', caseNumber: 'IM-1' }];
    const index = createSearchIndex(clients, (c) => [c.name]);
    clients.push({ name: 'Jana Becker', caseNumber: 'IM-2' });
    expect(index.search('jana')).toHaveLength(1);
  });
});

describe('createSearchIndex performance', () => {
  // Synthetic names only: first and last names from short lists, combined by index.
  const FIRST_NAMES =
    'Ahmed Mohammed Olena Yusuf Fatima Maryam Hussein Jana Lukas Emre Ayşe Zainab Tesfay Senait Omid Андрій';
  const LAST_NAMES =
    'Müller Schmidt Шевченко Kovalenko Al-Hassan Haidari Yılmaz Demir Ghebremedhin Rahimi Bondarenko Weber Şahin أحمد';
  const QUERIES =
    'mül|mueller ahmed|muhammad|olena shev|hus|yousef demir|3f9a|im-2026|a|andrii|احمد|sahin|xyzzy|fatima ra|tesfay ghebre';

  function syntheticClients(count: number): Client[] {
    const first = FIRST_NAMES.split(' ');
    const last = LAST_NAMES.split(' ');
    return Array.from({ length: count }, (_, i) => {
      const code = ((i * 2_654_435_761) >>> 8) & 0xffffff;
      return {
        name: `${first[i % first.length]} ${last[(i * 7 + Math.floor(i / first.length)) % last.length]}`,
        caseNumber: `IM-2026-${code.toString(16).padStart(6, '0')}`,
      };
    });
  }

  it('answers a search over 10,000 clients in a median under 10 ms', () => {
    const index = createSearchIndex(syntheticClients(10_000), (c) => [c.name, c.caseNumber]);
    expect(index.search('olena shev').length).toBeGreaterThan(0);
    const queries = QUERIES.split('|');
    const durations = Array.from({ length: 50 }, (_, i) => {
      const started = performance.now();
      index.search(queries[i % queries.length]!, 50);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    expect((durations[24]! + durations[25]!) / 2).toBeLessThan(10);
  });
});
