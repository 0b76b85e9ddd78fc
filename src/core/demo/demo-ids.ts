/**
 * Deterministic UUIDv7 ids for demo records. `createId` in ../ids draws its
 * random bits from `crypto`, so ids made with it differ on every run; the
 * case number is derived from the id and every reference field holds one, so
 * demo data could then not be reproduced from its seed. This factory keeps
 * the same layout (48-bit milliseconds, version 7, RFC 9562 variant) and
 * takes the random bits from a small PRNG seeded with the seed and the
 * organisation, so two organisations loading the same seed get distinct ids.
 */
export type DemoIdFactory = (timestampMs: number) => string;

export function createDemoIdFactory(seed: number, orgId: string): DemoIdFactory {
  let state = (hashString(orgId) ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
  const next32 = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');
  return (timestampMs) => {
    const time = hex(Math.max(0, Math.floor(timestampMs)), 12).slice(-12);
    const a = next32();
    const b = next32();
    const c = next32();
    const versioned = hex(0x7000 | (a & 0x0fff), 4);
    const variant = hex(0x8000 | ((a >>> 16) & 0x3fff), 4);
    return `${time.slice(0, 8)}-${time.slice(8)}-${versioned}-${variant}-${hex(b, 8)}${hex(c & 0xffff, 4)}`;
  };
}

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
