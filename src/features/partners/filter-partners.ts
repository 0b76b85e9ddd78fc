import type { PartnerFields } from '@/core/index';

/** Lower case without accents, so "sprachinstitut" finds "Sprachinstitut" and "jugend" finds "Jugendmigrationsdienst". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('de');
}

/** The partners whose name contains every word of the query, of the given type if one is chosen. */
export function filterPartners<P extends Pick<PartnerFields, 'name' | 'type'>>(
  partners: P[],
  query: string,
  type: PartnerFields['type'] | '',
): P[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  return partners.filter(
    (partner) =>
      (!type || partner.type === type) &&
      words.every((word) => folded(partner.name).includes(word)),
  );
}
