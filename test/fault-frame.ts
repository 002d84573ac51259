/**
 * Helpers shared by the fault tests: open a test page in a frame, wait for
 * its widgets, and walk the shadow roots they render.
 */

/** The globals that test/pages/record-errors.js adds to a page. */
export interface RecordingWindow extends Window {
  recordedErrors: string[];
  recordedViolations: string[];
}

const WIDGETS = 'hrd-map, hrd-country-card, hrd-model-law-checklist';

/** Polls `ready` every 25 ms and throws `message` after `timeoutMs`. */
export async function waitUntil(
  ready: () => boolean,
  message: string,
  timeoutMs = 5000,
): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!ready()) {
    if (performance.now() > end) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits for two animation frames, so that layout and paint have run. */
export function nextFrames(win: Window = window): Promise<void> {
  return new Promise((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())),
  );
}

/** True once every widget in `doc` is defined and has rendered text. */
export function widgetsRendered(doc: Document): boolean {
  const widgets = [...doc.querySelectorAll<HTMLElement>(WIDGETS)];
  return (
    widgets.length > 0 &&
    widgets.every((widget) => (widget.shadowRoot?.textContent ?? '').trim())
  );
}

/** Opens `path` in a frame of the given size and waits for its widgets. */
export async function openFrame(
  path: string,
  size = { width: 1100, height: 800 },
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(size.width);
  frame.height = String(size.height);
  document.body.append(frame);
  const loaded = new Promise((resolve) =>
    frame.addEventListener('load', resolve, { once: true }),
  );
  frame.src = path;
  await loaded;
  await waitUntil(
    () => widgetsRendered(frame.contentDocument!),
    `widgets in ${path} did not render`,
  );
  await nextFrames(frame.contentWindow!);
  return frame;
}

export function recording(frame: HTMLIFrameElement): RecordingWindow {
  return frame.contentWindow as unknown as RecordingWindow;
}

/** Returns every shadow root under `root`, nested ones included. */
export function shadowRoots(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Document | ShadowRoot | Element) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

/** Returns every element inside any shadow root under `root`. */
export function shadowElements(root: Document | ShadowRoot | Element): Element[] {
  return shadowRoots(root).flatMap((shadow) => [...shadow.querySelectorAll('*')]);
}

/** Clicks `target` with a bubbling, composed mouse event (SVG shapes too). */
export function click(target: Element, init: MouseEventInit = {}): void {
  const view = target.ownerDocument.defaultView!;
  target.dispatchEvent(
    new view.MouseEvent('click', {
      bubbles: true,
      composed: true,
      cancelable: true,
      ...init,
    }),
  );
}

/** Moves a mouse pointer over the middle of `target`. */
export function hover(target: Element): void {
  const view = target.ownerDocument.defaultView!;
  const rect = target.getBoundingClientRect();
  target.dispatchEvent(
    new view.PointerEvent('pointermove', {
      bubbles: true,
      composed: true,
      pointerType: 'mouse',
      clientX: rect.left + rect.width / 2,
      clientY: rect.top + rect.height / 2,
    }),
  );
}

/** Resolves with the next `name` event on `target`, or rejects after `timeoutMs`. */
export function eventWithin<E extends Event>(
  target: EventTarget,
  name: string,
  timeoutMs = 5000,
): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(name, listener);
      reject(new Error(`no ${name} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (event: Event) => {
      clearTimeout(timer);
      resolve(event as E);
    };
    target.addEventListener(name, listener, { once: true });
  });
}
