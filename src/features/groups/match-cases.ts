import type { OpenCase } from './use-open-cases';

function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('de');
}

/** Cases whose client name or case number contains every word of the query. */
export function matchCases(cases: OpenCase[], query: string): OpenCase[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  return cases.filter((c) => {
    const text = folded(`${c.clientName ?? ''} ${c.caseNumber}`);
    return words.every((word) => text.includes(word));
  });
}
