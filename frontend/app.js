// The chat page: posts a question to /api/chat and renders the Server-Sent Events as they arrive.
// Text from the server is only ever inserted as text nodes, never as HTML.
(() => {
  const log = document.getElementById('log');
  const form = document.getElementById('ask');
  const input = document.getElementById('question');
  const send = document.getElementById('send');
  const panel = document.getElementById('source');
  let conversationId = localStorage.getItem('scqa.conversationId');

  form.addEventListener('submit', (e) => { e.preventDefault(); ask(); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); ask(); }
  });
  document.getElementById('close-source').addEventListener('click', () => { panel.hidden = true; });

  async function ask() {
    const question = input.value.trim();
    if (!question || send.disabled) return;
    input.value = '';
    send.disabled = true;
    const turn = el('section', 'turn');
    turn.append(el('p', 'question', question));
    const answer = el('div', 'answer waiting');
    answer.setAttribute('data-state', 'streaming');
    turn.append(answer);
    log.append(turn);
    turn.scrollIntoView({ block: 'end' });
    let citations = [];
    try {
      const response = await fetch('/api/chat', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
        body: JSON.stringify({ question, conversationId }),
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        if (response.status === 404 && conversationId) {
          conversationId = null;
          localStorage.removeItem('scqa.conversationId');
        }
        throw new Error(problem.detail || response.statusText);
      }
      let text = '';
      for await (const { event, data } of events(response.body)) {
        if (event === 'citations') citations = data.citations;
        if (event === 'token') { text += data.text; answer.textContent = text; }
        if (event === 'error') throw new Error(data.detail);
        if (event === 'done') {
          conversationId = data.conversationId;
          localStorage.setItem('scqa.conversationId', conversationId);
          render(answer, data.answer, data.citations);
          if (!data.grounded) answer.classList.add('ungrounded');
          if (data.citations.length) turn.append(sourceList(data.citations));
        }
      }
      answer.setAttribute('data-state', 'done');
    } catch (err) {
      answer.textContent = '出错了 / Something went wrong: ' + err.message;
      answer.classList.add('error');
      answer.setAttribute('data-state', 'error');
    } finally {
      answer.classList.remove('waiting');
      send.disabled = false;
      input.focus();
    }
  }

  // Parses an SSE byte stream into {event, data} objects.
  async function* events(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value.replace(/\r\n/g, '\n');
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let event = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length) yield { event, data: JSON.parse(data.join('\n')) };
      }
    }
  }

  // Answer text with each [n] turned into a button that opens its source.
  function render(node, text, citations) {
    node.textContent = '';
    const byMarker = new Map(citations.map((c) => [c.marker, c]));
    let last = 0;
    for (const m of text.matchAll(/\[(\d+)]/g)) {
      node.append(document.createTextNode(text.slice(last, m.index)));
      const citation = byMarker.get(Number(m[1]));
      if (citation) {
        const chip = el('button', 'cite', m[1]);
        chip.type = 'button';
        chip.setAttribute('aria-label', '出处 ' + m[1] + ' / source ' + m[1]);
        chip.addEventListener('click', () => open(citation));
        node.append(chip);
      } else {
        node.append(document.createTextNode(m[0]));
      }
      last = m.index + m[0].length;
    }
    node.append(document.createTextNode(text.slice(last)));
  }

  function sourceList(citations) {
    const list = el('ol', 'sources');
    for (const c of citations) {
      const item = el('li', '', '');
      const link = el('button', 'cite', `[${c.marker}] ${c.title}（${c.published}）`);
      link.type = 'button';
      link.addEventListener('click', () => open(c));
      item.append(link);
      list.append(item);
    }
    return list;
  }

  function open(c) {
    document.getElementById('source-title').textContent = `[${c.marker}] ${c.title}`;
    document.getElementById('source-meta').textContent = c.published;
    const text = document.getElementById('source-text');
    text.textContent = '';
    const at = c.quote ? c.text.indexOf(c.quote) : -1;
    if (at >= 0) {
      text.append(document.createTextNode(c.text.slice(0, at)), el('mark', '', c.quote),
        document.createTextNode(c.text.slice(at + c.quote.length)));
    } else {
      text.textContent = c.text;
    }
    const translation = document.getElementById('source-translation');
    translation.hidden = !c.translation;
    translation.textContent = c.translation || '';
    panel.hidden = false;
    document.getElementById('close-source').focus();
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
})();
