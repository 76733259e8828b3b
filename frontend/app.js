// The chat page. Questions go to /api/chat and the Server-Sent Events are rendered as they arrive.
// Model and corpus text is rendered as sanitized markdown (marked + DOMPurify) or as text nodes:
// never as raw HTML.
(() => {
  const TEXT = window.SCQA_TEXT;
  const $ = (id) => document.getElementById(id);
  const log = $('log');
  const input = $('question');
  const send = $('send');
  const stop = $('stop');
  const status = $('status');
  const panel = $('source');
  let ui = localStorage.getItem('scqa.ui') || ((navigator.language || 'zh').toLowerCase().startsWith('zh') ? 'zh' : 'en');
  let conversationId = localStorage.getItem('scqa.conversationId');
  let controller = null;

  const t = (key, ...args) => {
    const value = TEXT[ui][key];
    return typeof value === 'function' ? value(...args) : value;
  };

  function applyLanguage() {
    document.documentElement.lang = ui === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((n) => { n.placeholder = t(n.dataset.i18nPlaceholder); });
    document.querySelectorAll('[data-i18n-label]').forEach((n) => n.setAttribute('aria-label', t(n.dataset.i18nLabel)));
    $('language').textContent = t('language');
    document.title = `${t('title')} · Science City Q&A`;
    loadStarters();
  }

  async function loadStarters() {
    const list = $('starters');
    const other = ui === 'zh' ? 'en' : 'zh';
    const [mine, theirs] = await Promise.all([ui, other].map((lang) =>
      fetch(`/api/suggestions?lang=${lang}`).then((r) => r.json()).then((d) => d.questions).catch(() => [])));
    list.textContent = '';
    for (const q of [...mine.slice(0, 4), ...theirs.slice(0, 2)]) list.append(questionButton(q));
  }

  function questionButton(question) {
    const li = el('li');
    const b = el('button', 'starter', question);
    b.type = 'button';
    b.addEventListener('click', () => { input.value = question; ask(); });
    li.append(b);
    return li;
  }

  $('language').addEventListener('click', () => {
    ui = ui === 'zh' ? 'en' : 'zh';
    localStorage.setItem('scqa.ui', ui);
    applyLanguage();
  });
  $('new-conversation').addEventListener('click', () => {
    controller?.abort();
    conversationId = null;
    localStorage.removeItem('scqa.conversationId');
    log.querySelectorAll('.turn').forEach((n) => n.remove());
    $('welcome').hidden = false;
    panel.hidden = true;
    input.focus();
  });
  $('ask').addEventListener('submit', (e) => { e.preventDefault(); ask(); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); ask(); }
  });
  stop.addEventListener('click', () => controller?.abort());
  $('close-source').addEventListener('click', closeSource);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !panel.hidden) closeSource(); });

  async function ask(retryOf) {
    const question = retryOf || input.value.trim();
    if (!question || controller) return;
    input.value = '';
    status.hidden = true;
    $('welcome').hidden = true;
    const turn = el('section', 'turn');
    turn.append(el('p', 'question', question));
    const answer = el('div', 'answer');
    answer.dataset.state = 'waiting';
    answer.append(el('span', 'waiting', t('searching')));
    turn.append(answer);
    log.append(turn);
    turn.scrollIntoView({ block: 'end' });
    controller = new AbortController();
    send.hidden = true;
    stop.hidden = false;
    let text = '';
    try {
      const response = await fetch('/api/chat', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ question, conversationId }),
        signal: controller.signal,
      });
      if (response.status === 429) {
        const wait = response.headers.get('Retry-After') || '60';
        answer.remove();
        showError(turn, t('rateLimited', wait), question, 'rate-limited');
        return;
      }
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        if (response.status === 404 && conversationId) {
          conversationId = null;
          localStorage.removeItem('scqa.conversationId');
        }
        throw new Error(problem.detail || response.statusText);
      }
      for await (const { event, data } of events(response.body)) {
        if (event === 'token') {
          if (answer.dataset.state === 'waiting') { answer.textContent = ''; answer.dataset.state = 'streaming'; }
          text += data.text;
          answer.textContent = text;
        } else if (event === 'error') {
          throw new Error(data.detail);
        } else if (event === 'done') {
          conversationId = data.conversationId;
          localStorage.setItem('scqa.conversationId', conversationId);
          renderAnswer(turn, answer, data);
        }
      }
    } catch (err) {
      if (err.name === 'AbortError') {
        answer.textContent = text;
        answer.append(el('span', 'stopped', ' ' + t('stopped')));
        answer.dataset.state = 'stopped';
      } else {
        answer.remove();
        showError(turn, t('error') + err.message, question, 'error');
      }
    } finally {
      controller = null;
      send.hidden = false;
      stop.hidden = true;
      input.focus();
    }
  }

  function showError(turn, message, question, state) {
    const box = el('div', `answer ${state}`);
    box.dataset.state = state;
    box.append(el('span', '', message + ' '));
    const retry = el('button', 'retry', t('retry'));
    retry.type = 'button';
    retry.addEventListener('click', () => { turn.remove(); ask(question); });
    box.append(retry);
    turn.append(box);
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

  // The finished answer: sanitized markdown, [n] chips, unverified figures marked, badge, sources, actions.
  function renderAnswer(turn, node, data) {
    node.textContent = '';
    node.dataset.state = data.grounded ? 'done' : 'no-answer';
    node.classList.toggle('ungrounded', !data.grounded);
    node.lang = data.language === 'en' ? 'en' : 'zh';
    const html = window.DOMPurify.sanitize(window.marked.parse(data.answer, { breaks: true }));
    const body = el('div', 'answer-body');
    body.innerHTML = html;
    decorate(body, data);
    node.append(body);
    if (data.notice) node.append(el('p', 'notice', data.notice));
    if (!data.grounded && data.suggestions?.length) {
      const list = el('ul', 'starters');
      data.suggestions.forEach((q) => list.append(questionButton(q)));
      node.append(list);
    }
    const figures = data.checks?.figures || [];
    if (figures.length) {
      const missing = figures.filter((f) => !f.found).length;
      const badge = el('p', `badge ${missing ? 'warn' : 'ok'}`, missing ? t('notFound', missing) : t('allFound', figures.length));
      badge.dataset.missing = String(missing);
      node.append(badge);
    }
    if (data.citations.length) node.append(sourceList(data.citations, data.language));
    node.append(actions(data));
  }

  // Walks text nodes only, so nothing here can turn text into markup.
  function decorate(root, data) {
    const byMarker = new Map(data.citations.map((c) => [c.marker, c]));
    const missing = (data.checks?.figures || []).filter((f) => !f.found).map((f) => f.figure);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const textNode of nodes) {
      const parts = split(textNode.nodeValue, missing);
      if (parts.length === 1 && parts[0].kind === 'text') continue;
      const fragment = document.createDocumentFragment();
      for (const part of parts) {
        if (part.kind === 'marker' && byMarker.has(part.marker)) {
          fragment.append(chip(byMarker.get(part.marker)));
        } else if (part.kind === 'figure') {
          const mark = el('mark', 'unverified', part.text);
          mark.title = t('unverified');
          fragment.append(mark);
        } else {
          fragment.append(document.createTextNode(part.text));
        }
      }
      textNode.replaceWith(fragment);
    }
  }

  function split(text, figures) {
    const escaped = figures.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`\\[(\\d+)]${escaped.length ? '|' + escaped.join('|') : ''}`, 'g');
    const parts = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
      parts.push(m[1] ? { kind: 'marker', marker: Number(m[1]), text: m[0] } : { kind: 'figure', text: m[0] });
      last = m.index + m[0].length;
    }
    if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
    return parts;
  }

  function chip(citation) {
    const b = el('button', 'cite', String(citation.marker));
    b.type = 'button';
    b.setAttribute('aria-label', t('sourceLabel', citation.marker));
    b.addEventListener('click', () => openSource(citation, b));
    return b;
  }

  function sourceList(citations, language) {
    const wrap = el('div', 'sources');
    wrap.append(el('p', 'sources-title', t('sources')));
    const list = el('ol');
    for (const c of citations) {
      const item = el('li');
      const title = language === 'en' && c.titleEn ? `${c.titleEn} (${c.published})` : `${c.title}（${c.published}）`;
      const b = el('button', 'source-link', `[${c.marker}] ${title}`);
      b.type = 'button';
      b.addEventListener('click', () => openSource(c, b));
      item.append(b);
      // An investor reading English must see at once which sources are Chinese only or machine-translated.
      if (language === 'en' && c.translationSource !== 'human') {
        item.append(el('span', `translation-badge ${c.translationSource}`, t(`badge_${c.translationSource}`)));
      }
      list.append(item);
    }
    wrap.append(list);
    return wrap;
  }

  function actions(data) {
    const bar = el('div', 'actions');
    const up = el('button', 'vote', `👍 ${t('helpful')}`);
    const down = el('button', 'vote', `👎 ${t('notHelpful')}`);
    up.setAttribute('aria-label', t('helpful'));
    down.setAttribute('aria-label', t('notHelpful'));
    const form = el('form', 'feedback');
    form.hidden = true;
    const comment = el('input');
    comment.type = 'text';
    comment.maxLength = 2000;
    comment.placeholder = t('comment');
    comment.setAttribute('aria-label', t('comment'));
    const submit = el('button', '', t('sendFeedback'));
    submit.type = 'submit';
    form.append(comment, submit);
    let rating = null;
    for (const [button, value] of [[up, 'up'], [down, 'down']]) {
      button.type = 'button';
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => {
        rating = value;
        up.setAttribute('aria-pressed', String(value === 'up'));
        down.setAttribute('aria-pressed', String(value === 'down'));
        form.hidden = false;
        comment.focus();
      });
    }
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const response = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ conversationId: data.conversationId, turn: data.turn, rating, comment: comment.value }),
      });
      form.replaceWith(el('span', 'thanks', response.ok ? t('thanks') : t('error') + response.status));
    });
    const copy = el('button', 'copy', t('copy'));
    copy.type = 'button';
    copy.addEventListener('click', async () => {
      const lines = [data.answer, '', t('sources') + ':'];
      for (const c of data.citations) lines.push(`[${c.marker}] ${c.title} (${c.published}): ${c.quote}`);
      await navigator.clipboard?.writeText(lines.join('\n')).catch(() => {});
      copy.textContent = t('copied');
    });
    bar.append(up, down, copy, form);
    return bar;
  }

  let opener = null;
  function openSource(c, from) {
    opener = from;
    $('source-title').textContent = `[${c.marker}] ${c.title}`;
    $('source-title-en').textContent = c.titleEn || '';
    $('source-meta').textContent = `${t('published')} ${c.published}${c.source ? ' · ' + t('source') + ': ' + c.source : ''}`;
    highlight($('source-text'), c.text, c.quote);
    $('source-translation-heading').textContent = t(`heading_${c.translationSource || 'human'}`);
    highlight($('source-translation'), c.translation || t('notTranslated'), c.quoteTranslation);
    panel.hidden = false;
    $('close-source').focus();
  }

  function highlight(node, text, quote) {
    node.textContent = '';
    const at = quote ? text.indexOf(quote) : -1;
    if (at < 0) {
      node.textContent = text;
      return;
    }
    node.append(document.createTextNode(text.slice(0, at)), el('mark', 'quote', quote),
      document.createTextNode(text.slice(at + quote.length)));
  }

  function closeSource() {
    panel.hidden = true;
    opener?.focus();
  }

  async function restore() {
    if (!conversationId) return;
    const response = await fetch(`/api/conversations/${conversationId}`).catch(() => null);
    if (!response || !response.ok) {
      localStorage.removeItem('scqa.conversationId');
      conversationId = null;
      return;
    }
    const data = await response.json();
    if (data.turns.length) $('welcome').hidden = true;
    for (const turnData of data.turns) {
      const turn = el('section', 'turn');
      turn.append(el('p', 'question', turnData.question));
      const answer = el('div', 'answer');
      turn.append(answer);
      log.append(turn);
      renderAnswer(turn, answer, { ...turnData.answer, answer: turnData.answer.text,
        conversationId: data.conversationId, turn: turnData.turn });
    }
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  applyLanguage();
  restore();
})();
