// Remote dataset page: lists the data events the page's elements fire.
const log = document.querySelector('#event-log');

function record(event) {
  const element = event.composedPath()[0];
  const { url, version, kind, message } = event.detail;
  const entry = document.createElement('li');
  entry.dataset.event = event.type;
  entry.className = event.type;
  const name = document.createElement('code');
  name.textContent = event.type;
  const source = document.createElement('code');
  source.textContent = `<${element.localName}${element.id ? ` id="${element.id}"` : ''}>`;
  const detail = document.createElement('span');
  detail.className = 'event-detail';
  detail.textContent =
    event.type === 'hrd-data-load'
      ? `url: ${url ?? 'null (bundled)'}, version: ${version}`
      : `url: ${url}, kind: ${kind}, message: ${message}`;
  entry.append(name, ' ', source, ' ', detail);
  log.append(entry);
}

document.addEventListener('hrd-data-load', record);
document.addEventListener('hrd-data-error', record);
