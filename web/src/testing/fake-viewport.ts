/**
 * jsdom has no `matchMedia`. A FakeViewport stands in for a browser window of a given width: it
 * answers `(min-width: …px)` / `(max-width: …px)` queries and fires `change` when "resized".
 */
export class FakeViewport {
  private readonly lists = new Set<FakeMediaQueryList>();

  private constructor(private width: number) {}

  /** Installs `window.matchMedia` for a window `width` CSS px wide; call `uninstall()` afterwards. */
  static install(width: number): FakeViewport {
    const viewport = new FakeViewport(width);
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      writable: true,
      value: (media: string): MediaQueryList => viewport.open(media),
    });
    return viewport;
  }

  /** Like dragging the window edge or rotating a phone: queries whose answer changes fire `change`. */
  resizeTo(width: number): void {
    this.width = width;
    this.lists.forEach((list) => list.resizeTo(width));
  }

  uninstall(): void {
    Reflect.deleteProperty(window, 'matchMedia');
    this.lists.clear();
  }

  private open(media: string): FakeMediaQueryList {
    const list = new FakeMediaQueryList(media, this.width);
    this.lists.add(list);
    return list;
  }
}

class FakeMediaQueryList extends EventTarget implements MediaQueryList {
  matches: boolean;
  onchange: MediaQueryList['onchange'] = null;

  constructor(
    readonly media: string,
    width: number,
  ) {
    super();
    this.matches = evaluate(media, width);
  }

  resizeTo(width: number): void {
    const matches = evaluate(this.media, width);
    if (matches === this.matches) return;
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }

  // Deprecated MediaQueryList API: the app must use addEventListener, so a call here is a bug.
  addListener(): never {
    throw new Error('MediaQueryList.addListener is deprecated; use addEventListener');
  }

  removeListener(): never {
    throw new Error('MediaQueryList.removeListener is deprecated; use removeEventListener');
  }
}

function evaluate(media: string, width: number): boolean {
  const query = /^\((min|max)-width:\s*([\d.]+)px\)$/.exec(media.trim());
  if (!query) throw new Error(`FakeViewport understands only (min|max)-width in px, got "${media}"`);
  const limit = Number(query[2]);
  return query[1] === 'min' ? width >= limit : width <= limit;
}
