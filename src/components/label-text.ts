import type { Label } from '@/core/index';

/** A configured label (life area, indicator) in the reader's language, German when it has none. */
export function labelText(label: Label, language: string): string {
  return (label as Record<string, string | undefined>)[language] ?? label.de;
}
