// The career quiz embed loader: defines <career-quiz> and window.CareerQuiz.
// Load it as a module next to career-quiz-core.js and career-quiz_bg.wasm:
//   <script type="module" src="/path/to/career-quiz.js"></script>
// Loading it twice (even from two addresses) defines everything once.
// Nothing here throws into the host page. See EMBEDDING.md for the options,
// the events and the lifecycle.

// Tell the wasm's start function that the embed API does the mounting.
globalThis.__careerQuizEmbed = true;
// Where the wasm finds each language's texts (i18n/<lang>.ui.json) and the
// catalogue's translations (i18n/<lang>.json) beside it.
globalThis.__careerQuizI18nBase = new URL('i18n/', import.meta.url).href;

/**
 * Starts fetching the texts of `lang` (the wasm carries English only) for
 * the wasm to take when it mounts (host.rs `language_file`), once per
 * language; a failed fetch resolves to null (the wasm then tries again).
 */
function fetchPack(lang) {
  const file = `${lang}.ui.json`;
  const fetched = (globalThis.__careerQuizFetched ??= {});
  if (lang === 'en' || fetched[file]) return;
  fetched[file] = fetch(new URL(file, globalThis.__careerQuizI18nBase))
    .then((r) => (r.ok ? r.text() : null))
    .catch(() => null);
}

/**
 * The intro prerendered in each language (element trees) and the widget's
 * stylesheet: `{ css, intros: { en: tree, … } }`, written here by
 * scripts/embed-build.mjs from scripts/prerender.mjs. `null` in the source:
 * then nothing shows until the wasm mounts.
 */
const PRERENDERED = null;

// The widget's stylesheet for the wasm's shadow roots (embed.rs `base_sheet`):
// the wasm does not carry it.
if (PRERENDERED) globalThis.__careerQuizStyle ??= PRERENDERED.css;

/** Properties the wasm reads on the element (host.rs `take_prerendered`). */
const PENDING_LANG = '__careerQuizLang';
const PENDING_START = '__careerQuizStart';

/** Where the first copy of this loader keeps its API, for a second copy
 * (from any address): a registered symbol, which no page global can take. */
const KEY = Symbol.for('career-quiz.api');

/** The page global the API is also published as, when it is free. */
const GLOBAL = 'CareerQuiz';

/** Reads a global without letting a throwing getter escape. */
function peek(name) {
  try {
    return globalThis[name];
  } catch {
    return undefined;
  }
}

/** Options that could not be read: the wasm reports `error` as their problem. */
const unreadable = new WeakSet();
function unreadableOptions(error) {
  const o = { toJSON() { throw error; } };
  unreadable.add(o);
  return o;
}

/** A copy of an options object; anything else goes to the wasm as it is (to be refused there). Never throws. */
function copy(options) {
  try {
    return options && typeof options === 'object' && !Array.isArray(options) ? { ...options } : options;
  } catch (e) {
    // A throwing getter, a Proxy whose traps throw.
    return unreadableOptions(e);
  }
}

/** `extra` merged over `current` (both copies). Never throws. */
function merge(current, extra) {
  if (unreadable.has(extra) || unreadable.has(current)) return extra;
  try {
    return { ...current, ...extra };
  } catch (e) {
    return unreadableOptions(e);
  }
}

/** Whether `x` is an element, of this page or another (an iframe's). Never throws. */
function isElement(x) {
  try {
    return x !== null && typeof x === 'object' && x.nodeType === 1 && typeof x.localName === 'string';
  } catch {
    return false;
  }
}

/** Attributes that belong to the element, not to the quiz's options. */
const GLOBAL_ATTRIBUTES = /^(id|class|style|hidden|title|dir|slot|part|tabindex|role|inert|nonce|is|aria-.*|data-.*)$/;

/** The options an element's attributes give (values stay strings; the wasm reads them). */
function attributeOptions(el) {
  const options = {};
  for (const { name, value } of el.attributes) {
    if (!GLOBAL_ATTRIBUTES.test(name)) options[name] = value;
  }
  return options;
}

/** The widget's language for a tag (`Lang::from_tag`: no, nn → nb), or undefined. */
function langOf(tag) {
  const known = { en: 'en', nl: 'nl', de: 'de', nb: 'nb', no: 'nb', nn: 'nb', et: 'et' };
  return typeof tag === 'string' ? known[tag.split(/[-_]/)[0].trim().toLowerCase()] : undefined;
}

/** Options that change what the intro says or looks like (canonical names, as the wasm reads them). */
const OWN_INTRO = new Set(['show', 'theme', 'roledata', 'rolessrc', 'rolesmode']);

/** An element tree of the prerendered intro, built with DOM calls (no HTML parsing: Trusted Types). */
function build([tag, attributes, ...children]) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (const child of children) el.append(typeof child === 'string' ? child : build(child));
  return el;
}

/**
 * Shows the prerendered intro in `element`'s shadow root at once, while the
 * wasm loads, when the options leave the intro as built (no own roles,
 * selection or theme; a known language or none). Start pressed and a
 * language chosen there are kept on the element for the wasm. Returns
 * whether it did; never throws (the wasm then mounts as usual).
 */
function showIntro(element, options) {
  try {
    if (!PRERENDERED || element.ownerDocument !== document || element.shadowRoot) return false;
    if (!options || typeof options !== 'object' || unreadable.has(options)) return false;
    let lang;
    for (const [name, value] of Object.entries(options)) {
      const key = name.toLowerCase().replace(/[-_]/g, '');
      if (OWN_INTRO.has(key)) return false;
      if (key === 'lang' && value !== undefined && value !== null && value !== '') {
        lang = langOf(value);
        if (!lang) return false;
      }
    }
    const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
    lang ??= tags.map(langOf).find(Boolean) ?? 'en';
    fetchPack(lang);
    const root = element.attachShadow({ mode: 'open' });
    root.__careerQuizRoot = true;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PRERENDERED.css);
    root.adoptedStyleSheets = [sheet];
    const show = (l) => root.replaceChildren(build(PRERENDERED.intros[l]));
    show(lang);
    // Only on the prerendered copy: the live widget's own controls are the wasm's.
    const prerendered = (e) => e.target.closest?.('[data-prerendered]');
    root.addEventListener('click', (e) => {
      const start = prerendered(e) && e.target.closest('[data-testid="start"]');
      if (!start) return;
      element[PENDING_START] = true;
      start.setAttribute('aria-busy', 'true');
    });
    root.addEventListener('change', (e) => {
      const l = prerendered(e) && e.target.matches('select[data-testid="lang"]') && langOf(e.target.value);
      if (!l) return;
      element[PENDING_LANG] = l;
      fetchPack(l);
      show(l);
      root.querySelector('select[data-testid="lang"]')?.focus();
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves once the browser has presented the prerendered intro (an
 * Element Timing entry for its lead paragraph where the browser has the
 * API, else the frame after the next), or after PRERENDERED.paintWaitMs
 * (a hidden tab paints nothing): the same wait as the hosted page's
 * (scripts/prerender.mjs `paintedSource`). The wasm replaces the intro
 * only then, so the visitor sees it first even when the wasm comes fast,
 * and the same markup replacing it is not a new largest contentful paint.
 */
function painted() {
  return new Promise((done) => {
    setTimeout(done, PRERENDERED.paintWaitMs);
    try {
      if ((PerformanceObserver.supportedEntryTypes || []).includes('element')) {
        const po = new PerformanceObserver((list) => {
          if (list.getEntries().some((e) => e.identifier === PRERENDERED.paintMark)) {
            po.disconnect();
            done();
          }
        });
        po.observe({ type: 'element', buffered: true });
      } else {
        requestAnimationFrame(() => setTimeout(done, 0));
      }
    } catch {
      done();
    }
  });
}

/**
 * Says on the prerendered intro in `element`, in its language, that the
 * quiz could not be loaded, instead of leaving a Start button that does
 * nothing. Never throws.
 */
function showFailure(element) {
  try {
    const pre = element.shadowRoot?.querySelector('.cq[data-prerendered]');
    const start = pre?.querySelector('[data-testid="start"]');
    if (!start || pre.querySelector('[data-testid="load-failed"]')) return;
    start.disabled = true;
    start.removeAttribute('aria-busy');
    const p = document.createElement('p');
    p.className = 'cq-error';
    p.setAttribute('role', 'alert');
    p.dataset.testid = 'load-failed';
    p.textContent = PRERENDERED.failed[pre.getAttribute('lang')] ?? PRERENDERED.failed.en;
    start.after(p);
  } catch {
    // The page keeps working; the console has the error.
  }
}

/** Takes the prerendered intro out of `element` again (unmounted before the wasm came). */
function hideIntro(element) {
  try {
    const root = element.shadowRoot;
    if (!root?.__careerQuizRoot) return;
    root.replaceChildren();
    root.adoptedStyleSheets = [];
    delete element[PENDING_LANG];
    delete element[PENDING_START];
  } catch {
    // Nothing of the page's was touched.
  }
}

function define() {
  let wasm = null;
  // The wasm is fetched at once, alongside the glue rather than after it:
  // one round trip less before the quiz can start.
  const wasmResponse = fetch(new URL('career-quiz_bg.wasm', import.meta.url));
  wasmResponse.catch(() => {});
  const ready = import('./career-quiz-core.js')
    .then(async (glue) => {
      await glue.default({ module_or_path: wasmResponse });
      wasm = glue;
    })
    .catch((e) => {
      console.error('career quiz: the widget could not be loaded', e);
      for (const h of shown) showFailure(h.element);
      throw e;
    });
  ready.catch(() => {});

  /** Handles showing the prerendered intro, told if the wasm cannot be loaded. */
  const shown = new Set();

  /** Element → its handle, so a second mount into one element reuses it. */
  const handles = new WeakMap();

  /**
   * Releases the quiz of an element that left the page without unmount(),
   * and brings it back if the element is put back, as <career-quiz> does.
   * One MutationObserver watches the document and every shadow root a
   * mounted element lives in (childList, subtree), only while a quiz is
   * mounted; each batch of changes checks `isConnected` of the mounted
   * elements, a few property reads. Elements mounted before they are put
   * into the page count from when they first are.
   */
  const tracker = (() => {
    const live = new Set(); // handles whose quiz is mounted (or on its way)
    const away = new Set(); // WeakRefs to handles released while their element is out of the page
    let observer = null;
    let observed = new WeakSet();
    const watch = (el) => {
      if (el.ownerDocument !== document) return;
      observer ??= new MutationObserver(check);
      const roots = [document];
      for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
      for (const root of roots) {
        if (!observed.has(root)) {
          observed.add(root);
          observer.observe(root, { childList: true, subtree: true });
        }
      }
    };
    function check() {
      for (const h of live) {
        if (h.element.isConnected) {
          h.wasConnected = true;
          watch(h.element);
        } else if (h.wasConnected) {
          live.delete(h);
          away.add(new WeakRef(h));
          h._release();
        }
      }
      for (const ref of away) {
        const h = ref.deref();
        if (!h || h.gone) {
          away.delete(ref);
        } else if (h.element.isConnected) {
          away.delete(ref);
          live.add(h);
          h._restore();
          watch(h.element);
        }
      }
      if (!live.size && !away.size && observer) {
        observer.disconnect();
        observer = null;
        observed = new WeakSet();
      }
    }
    return {
      add(h) {
        h.wasConnected = h.element.isConnected;
        for (const ref of away) if (ref.deref() === h) away.delete(ref);
        live.add(h);
        watch(h.element);
      },
      delete(h) {
        live.delete(h);
      },
    };
  })();

  class Handle {
    constructor(element, options) {
      this.element = element;
      this.options = copy(options);
      this.id = 0;
      this.gone = false;
      this.released = false;
      tracker.add(this);
      /** Whether the prerendered intro shows until the wasm mounts. */
      this.intro = !wasm && showIntro(element, this.options);
      if (this.intro) shown.add(this);
      /** Resolves once the quiz is mounted (or its options rejected); with
       * the intro shown, not before it has been painted (see painted()). */
      this.ready = (this.intro ? Promise.all([ready, painted()]) : ready).then(() => this._render());
    }
    _render() {
      shown.delete(this);
      if (this.gone || this.released) return this;
      try {
        this.id = wasm.mount(this.element, this.options);
      } catch (e) {
        console.error('career quiz: mount failed', e);
      }
      return this;
    }
    _rerender() {
      if (this.released) {
        this.released = false;
        tracker.add(this);
      }
      this.ready = ready.then(() => this._render());
      return this.ready;
    }
    /** The element left the page: free the quiz, keep the options. */
    _release() {
      this.released = true;
      if (wasm && this.id) wasm.unmount(this.id);
      this.id = 0;
    }
    /** The element is back in the page. */
    _restore() {
      this.released = false;
      this.ready = ready.then(() => this._render());
    }
    /** Changes some options (merged over the current ones) and re-renders. */
    update(options = {}) {
      this.options = merge(copy(this.options), copy(options));
      return this._rerender();
    }
    /** Replaces all options and re-renders. */
    setOptions(options = {}) {
      this.options = copy(options);
      return this._rerender();
    }
    /** Removes the quiz; the element stays. */
    unmount() {
      this.gone = true;
      handles.delete(this.element);
      tracker.delete(this);
      if (wasm && this.id) wasm.unmount(this.id);
      else if (this.intro) hideIntro(this.element);
      this.id = 0;
    }
  }

  /** Mounts a quiz into `element` and returns its handle (null if it is not an element). Never throws. */
  function mount(element, options = {}) {
    try {
      if (!isElement(element)) {
        console.error('career quiz: CareerQuiz.mount needs an element, got', element);
        return null;
      }
      const had = handles.get(element);
      if (had) {
        had.setOptions(options);
        return had;
      }
      const handle = new Handle(element, options);
      handles.set(element, handle);
      return handle;
    } catch (e) {
      console.error('career quiz: mount failed', e);
      return null;
    }
  }

  class CareerQuizElement extends HTMLElement {
    connectedCallback() {
      this._handle = mount(this, attributeOptions(this));
    }
    disconnectedCallback() {
      this._handle?.unmount();
      this._handle = null;
    }
    attributeChangedCallback() {
      if (!this._handle || this._queued) return;
      this._queued = true;
      queueMicrotask(() => {
        this._queued = false;
        this._handle?.setOptions(attributeOptions(this));
      });
    }
  }
  CareerQuizElement.observedAttributes = [
    'lang', 'show', 'weights', 'currency', 'pay-region', 'theme', 'links', 'storage', 'storage-key',
    'roles-src', 'roles-mode', 'include-answers',
  ];

  const api = Object.freeze({ mount, ready: ready.then(() => undefined), version: '1' });
  if (!customElements.get('career-quiz')) customElements.define('career-quiz', CareerQuizElement);
  return api;
}

/** Says that window.CareerQuiz belongs to something else (console and a careerquiz:error event on document). */
function reportTakenGlobal() {
  const message = `window.${GLOBAL} is already something else on this page, so the quiz's API is not put there; `
    + '<career-quiz> elements work as usual, and the API is this module\'s export: '
    + 'import { CareerQuiz } from \'.../career-quiz.js\'';
  console.error(`career quiz: ${message}`);
  try {
    document.dispatchEvent(new CustomEvent('careerquiz:error', {
      bubbles: true, composed: true, detail: { errors: [{ option: `window.${GLOBAL}`, message }] },
    }));
  } catch {
    // A page whose listeners throw has been told on the console.
  }
}

const existing = globalThis[KEY];
export const CareerQuiz = existing ?? define();
if (!existing) {
  Object.defineProperty(globalThis, KEY, { value: CareerQuiz });
  if (peek(GLOBAL) === undefined) {
    try {
      Object.defineProperty(globalThis, GLOBAL, { value: CareerQuiz, configurable: true });
    } catch {
      reportTakenGlobal();
    }
  } else {
    reportTakenGlobal();
  }
}
export const mount = CareerQuiz.mount;
export default CareerQuiz;
