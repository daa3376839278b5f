// On a phone the list of views would take a third of the screen before any content (five rows at
// 390 px), so below 700 px it folds behind a Menu button (styles.css); wider screens always show it.
const NARROW = '(max-width: 700px)';

/** Wires the header's Menu button to the navigation; returns what closes it (after a navigation). */
export function mountNavMenu(header: HTMLElement, button: HTMLButtonElement): () => void {
  const set = (open: boolean) => {
    header.classList.toggle('nav-open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  header.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && header.classList.contains('nav-open')) {
      set(false);
      button.focus();
    }
  });
  // a menu left open on a phone would be open, and hidden, after turning it to landscape
  window.matchMedia(NARROW).addEventListener('change', () => set(false));
  return () => set(false);
}
