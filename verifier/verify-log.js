// The log page's "check in this browser" (app/src/pages/my_log.rs): shows
// the form, and when the patient asks, loads the verifier (WebAssembly built
// from verifier/, the same checks as `insyn verify-proof`), fetches their
// log download and checks every entry's inclusion proof against the key in
// the form. Nothing of this loads before they ask. The words are the page's
// (data attributes, from the Fluent files), with {placeholders} filled in.
const section = document.getElementById('verify');
const form = section?.querySelector('form');
const result = section?.querySelector('.verify-result');

/** The page's message `message` with its {placeholders} filled in. */
function words(message, values = {}) {
  let text = section.dataset[message] ?? '';
  for (const [name, value] of Object.entries(values)) {
    text = text.replaceAll(`{${name}}`, String(value));
  }
  return text;
}

function say(message, values = {}, outcome = '') {
  result.textContent = words(message, values);
  result.dataset.outcome = outcome;
}

async function check(key) {
  const { default: init, check_log } = await import(section.dataset.verifier);
  await init({ module_or_path: section.dataset.verifierWasm });
  const response = await fetch(section.dataset.log, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the log download answered ${response.status}`);
  return JSON.parse(check_log(await response.text(), key));
}

if (form && result) {
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say('working');
    try {
      const answer = await check(form.elements.key.value.trim());
      if (answer.ok) {
        say('ok', {
          count: answer.proven,
          date: String(answer.signed_at ?? '').slice(0, 10),
          fingerprint: answer.fingerprint ?? '',
        }, 'verified');
        if (answer.unproven > 0) {
          result.append(' ', words('newer', { count: answer.unproven }));
        }
      } else if (answer.problem === 'entry') {
        say('entryFailed', { entry: answer.entry }, 'failed');
      } else if (answer.problem === 'checkpoint') {
        say('checkpointFailed', {}, 'failed');
      } else {
        say('error', {}, 'failed');
      }
    } catch (error) {
      console.error(error);
      say('error', {}, 'failed');
    }
  });
}
