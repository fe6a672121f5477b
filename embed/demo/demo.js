// The demo host page: the JavaScript API, the events, and a button of its own.
import { CareerQuiz } from '../embed/career-quiz.js';

const log = document.getElementById('log');
for (const type of ['ready', 'answer', 'complete', 'error']) {
  document.addEventListener(`careerquiz:${type}`, (e) => {
    const li = document.createElement('li');
    li.textContent = `${e.target.id} ${e.type} ${JSON.stringify(e.detail).slice(0, 300)}`;
    log.prepend(li);
  });
}

let clicks = 0;
document.getElementById('host-button').addEventListener('click', () => {
  document.getElementById('host-count').textContent = String(++clicks);
});

const roles = await fetch('agency-roles.json').then((r) => r.json());
const el = document.getElementById('quiz-api');
const options = {
  lang: 'nl',
  roleData: roles,
  rolesMode: 'replace',
  storage: 'none',
  includeAnswers: true,
  theme: { accent: '#5b2a86', radius: '14px' },
  links: { it_helpdesk_agent: { url: 'https://example.com/jobs/helpdesk', label: 'Solliciteer direct' } },
};
let handle = CareerQuiz.mount(el, options);
document.getElementById('to-german').addEventListener('click', () => handle?.update({ lang: 'de' }));
document.getElementById('toggle').addEventListener('click', () => {
  if (handle) {
    handle.unmount();
    handle = null;
  } else {
    handle = CareerQuiz.mount(el, options);
  }
});
