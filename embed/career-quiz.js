// The career quiz embed loader: defines <career-quiz> and window.CareerQuiz.
// Load it as a module next to career-quiz-core.js and career-quiz_bg.wasm:
//   <script type="module" src="/path/to/career-quiz.js"></script>
// Loading it twice (even from two addresses) defines everything once.
// See EMBEDDING.md for the options and events.

// Tell the wasm's start function that the embed API does the mounting.
globalThis.__careerQuizEmbed = true;

const existing = globalThis.CareerQuiz;

/** A copy of an options object; anything else goes to the wasm as it is (to be refused there). */
const copy = (options) =>
  options && typeof options === 'object' && !Array.isArray(options) ? { ...options } : options;

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

function define() {
  let wasm = null;
  const ready = import('./career-quiz-core.js')
    .then(async (glue) => {
      await glue.default({ module_or_path: new URL('career-quiz_bg.wasm', import.meta.url) });
      wasm = glue;
    })
    .catch((e) => {
      console.error('career quiz: the widget could not be loaded', e);
      throw e;
    });
  ready.catch(() => {});

  /** Element → its handle, so a second mount into one element reuses it. */
  const handles = new WeakMap();

  class Handle {
    constructor(element, options) {
      this.element = element;
      this.options = copy(options);
      this.id = 0;
      this.gone = false;
      /** Resolves once the quiz is mounted (or its options rejected). */
      this.ready = ready.then(() => this._render());
    }
    _render() {
      if (this.gone) return this;
      try {
        this.id = wasm.mount(this.element, this.options);
      } catch (e) {
        console.error('career quiz: mount failed', e);
      }
      return this;
    }
    /** Changes some options (merged over the current ones) and re-renders. */
    update(options = {}) {
      this.options = { ...copy(this.options), ...copy(options) };
      this.ready = ready.then(() => this._render());
      return this.ready;
    }
    /** Replaces all options and re-renders. */
    setOptions(options = {}) {
      this.options = copy(options);
      this.ready = ready.then(() => this._render());
      return this.ready;
    }
    /** Removes the quiz; the element stays. */
    unmount() {
      this.gone = true;
      handles.delete(this.element);
      if (wasm && this.id) wasm.unmount(this.id);
      this.id = 0;
    }
  }

  /** Mounts a quiz into `element` and returns its handle. Never throws for bad options. */
  function mount(element, options = {}) {
    if (!(element instanceof Element)) {
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

export const CareerQuiz = existing ?? define();
if (!existing) {
  Object.defineProperty(globalThis, 'CareerQuiz', { value: CareerQuiz, configurable: true });
}
export const mount = CareerQuiz.mount;
export default CareerQuiz;
