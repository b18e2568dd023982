const FLASH = 'post-card-flash';
const FLASH_MS = 2500;

/**
 * Flashes a post's card for a moment, after "Show" in the guard panel took the calendar to it.
 *
 * Cards are keyed by their place in the grid, so a month switch or a reorder within the day reuses
 * the element for another post: the flash stops as soon as the element shows another post, instead
 * of finishing on a post the user did not ask for.
 */
export const flashCard = (el: HTMLElement, postId: string): void => {
  el.classList.add(FLASH);
  const stop = () => {
    el.classList.remove(FLASH);
    observer.disconnect();
    window.clearTimeout(timer);
  };
  const observer = new MutationObserver(() => {
    if (el.dataset.postId !== postId) stop();
  });
  observer.observe(el, { attributes: true, attributeFilter: ['data-post-id'] });
  const timer = window.setTimeout(stop, FLASH_MS);
};
