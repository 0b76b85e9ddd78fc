/** Where the detail panel opens, in viewport pixels. */
export interface PanelPlace {
  top: number;
  left: number;
}

const MARGIN_PX = 16;

/**
 * Just below the status button, shifted left as far as needed to stay on
 * screen: the header wraps on a tablet, so the button may sit at either end.
 */
export function panelPlace(button: HTMLElement): PanelPlace {
  const rect = button.getBoundingClientRect();
  // As wide as sync.css makes it: 32rem at most, and the viewport less a margin.
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const width = Math.min(32 * rem, window.innerWidth - 2 * MARGIN_PX);
  const left = Math.max(MARGIN_PX, Math.min(rect.left, window.innerWidth - width - MARGIN_PX));
  return { top: rect.bottom + 6, left };
}
