// Staff review: recent answers with feedback, abstentions and figure-check failures, and a CSV export.
// The admin token stays in this tab's session storage and goes only to this origin.
(() => {
  const $ = (id) => document.getElementById(id);
  $('token').value = sessionStorage.getItem('scqa.adminToken') || '';

  function query() {
    const params = new URLSearchParams({ filter: $('filter').value, q: $('search').value });
    return params.toString();
  }

  function headers() {
    sessionStorage.setItem('scqa.adminToken', $('token').value);
    return { Authorization: `Bearer ${$('token').value}` };
  }

  $('controls').addEventListener('submit', async (e) => {
    e.preventDefault();
    const response = await fetch(`/api/admin/turns?${query()}`, { headers: headers() });
    if (!response.ok) {
      $('message').textContent = `Refused (${response.status}): check the admin token.`;
      return;
    }
    const rows = await response.json();
    $('message').textContent = `${rows.length} answers`;
    const body = document.querySelector('#rows tbody');
    body.textContent = '';
    for (const r of rows) body.append(row(r));
  });

  $('export').addEventListener('click', async () => {
    const response = await fetch(`/api/admin/turns.csv?${query()}`, { headers: headers() });
    if (!response.ok) {
      $('message').textContent = `Refused (${response.status}): check the admin token.`;
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = 'science-city-qa-answers.csv';
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  });

  function row(r) {
    const tr = document.createElement('tr');
    tr.dataset.conversation = r.conversationId;
    const checks = r.grounded ? (r.figuresNotFound ? `${r.figuresNotFound} figure(s) not found` : 'figures ok') : 'no answer';
    const feedback = r.rating ? `${r.rating === 'up' ? '👍' : '👎'} ${r.comment || ''}` : '';
    for (const [text, cls] of [[r.askedAt.replace('T', ' ').slice(0, 19), ''], [r.question, ''], [r.answer, 'answer-cell'],
      [r.mode, ''], [checks, r.figuresNotFound || !r.grounded ? 'flag' : ''], [feedback, r.rating || '']]) {
      const td = document.createElement('td');
      td.textContent = text;
      if (cls) td.className = cls;
      tr.append(td);
    }
    return tr;
  }

  // Translation coverage, and machine translations to accept or correct.
  $('load-translations').addEventListener('click', loadTranslations);

  async function loadTranslations() {
    const response = await fetch('/api/admin/translations', { headers: headers() });
    if (!response.ok) {
      $('translation-message').textContent = `Refused (${response.status}): check the admin token.`;
      return;
    }
    const report = await response.json();
    const coverage = document.querySelector('#coverage tbody');
    coverage.textContent = '';
    for (const a of report.articles) {
      const tr = document.createElement('tr');
      for (const text of [`${a.title} (${a.articleId})`, a.passages, a.human, a.reviewed, a.machine, a.none]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      if (a.none > 0) tr.className = 'flag';
      coverage.append(tr);
    }
    const pending = document.querySelector('#pending tbody');
    pending.textContent = '';
    for (const p of report.unreviewed) pending.append(reviewRow(p));
    $('translation-message').textContent = `${report.articles.length} articles, ${report.unreviewed.length} machine translations to review`;
  }

  function reviewRow(p) {
    const tr = document.createElement('tr');
    tr.dataset.passage = p.passageId;
    const zh = document.createElement('td');
    zh.lang = 'zh';
    zh.textContent = p.chinese;
    const en = document.createElement('td');
    const text = document.createElement('textarea');
    text.lang = 'en';
    text.rows = 4;
    text.value = p.english;
    en.append(text);
    const model = document.createElement('td');
    model.textContent = `${p.model}, ${p.translatedAt.slice(0, 10)}`;
    const act = document.createElement('td');
    const save = document.createElement('button');
    save.type = 'button';
    save.textContent = 'Accept';
    text.addEventListener('input', () => { save.textContent = 'Save correction'; });
    save.addEventListener('click', async () => {
      const corrected = text.value.trim() !== p.english.trim();
      const response = await fetch(`/api/admin/translations/${p.passageId}${corrected ? '' : '/accept'}`, {
        method: corrected ? 'PUT' : 'POST',
        headers: { ...headers(), 'Content-Type': 'application/json' },
        body: corrected ? JSON.stringify({ english: text.value }) : undefined,
      });
      act.textContent = response.ok ? (corrected ? 'corrected' : 'accepted') : `refused (${response.status})`;
    });
    act.append(save);
    tr.append(zh, en, model, act);
    return tr;
  }

  // Articles: draft from a pasted page or a .txt file, edit, publish with progress (Server-Sent
  // Events read from the POST's response), replace, withdraw; and what was done, when.
  $('raw-file').addEventListener('change', async () => {
    const file = $('raw-file').files[0];
    if (file) $('raw').value = await file.text();
  });

  $('draft-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const response = await fetch('/api/admin/articles/drafts', {
      method: 'POST',
      headers: { ...headers(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: $('raw').value, id: $('draft-id').value.trim() }),
    });
    if (!response.ok) return refused(response, 'publish-message');
    showDraft(await response.json());
    $('publish-message').textContent = 'Draft ready: check the fields and the notes, then publish.';
  });

  function showDraft(d) {
    $('article-id').value = d.id;
    $('article-title').value = d.title;
    $('article-published').value = d.published;
    $('article-source').value = d.source;
    $('article-body').value = d.body;
    $('article-basis').textContent = d.publishedBasis ? `Date: ${d.publishedBasis}` : '';
    const notes = $('article-notes');
    notes.textContent = '';
    for (const n of d.notes) {
      const li = document.createElement('li');
      li.textContent = n;
      notes.append(li);
    }
    $('replace-label').hidden = !d.taken;
    $('article-replace').checked = false;
    $('article-form').hidden = false;
  }

  $('article-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const progress = $('publish-progress');
    const message = $('publish-message');
    $('publish').disabled = true;
    try {
      const response = await fetch('/api/admin/articles', {
        method: 'POST',
        headers: { ...headers(), 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({
          id: $('article-id').value.trim(), title: $('article-title').value, published: $('article-published').value,
          source: $('article-source').value, body: $('article-body').value, replace: $('article-replace').checked,
        }),
      });
      if (!response.ok) return refused(response, 'publish-message');
      progress.hidden = false;
      progress.value = 0;
      const steps = { EMBEDDING: 'Embedding', WRITING: 'Writing' };
      let settled = false;
      let published = '';
      await readEvents(response, (name, data) => {
        if (name === 'progress' && data.step === 'TRANSLATING') {
          // After publishing: the article is answerable already; its English drafts follow.
          message.textContent = `${published} English drafts for review: ${data.done} of ${data.total} passages.`;
        } else if (name === 'progress') {
          progress.max = Math.max(1, data.total);
          progress.value = data.done;
          message.textContent = `${steps[data.step]}: ${data.done} of ${data.total} passages`;
        } else if (name === 'published') {
          settled = true;
          progress.max = 1;
          progress.value = 1;
          published = `${data.action === 'REPLACED' ? 'Replaced' : 'Published'} ${data.articleId}: `
            + `${data.passages} passages (${data.embedded} embedded) in ${(data.millis / 1000).toFixed(1)} s. `
            + 'It is answerable now.';
          message.textContent = published;
          message.dataset.published = data.articleId;
          $('article-form').hidden = true;
        } else if (name === 'failed') {
          settled = true;
          progress.hidden = true;
          message.textContent = data.detail;
        }
      });
      if (!settled) message.textContent = 'The connection ended before the article was published: reload the list to see whether it was.';
      loadArticles();
    } catch {
      message.textContent = 'The connection was lost: reload the list to see whether the article was published.';
    } finally {
      $('publish').disabled = false;
    }
  });

  // One event per blank-line-separated block: "event: name" and "data: json" lines.
  async function readEvents(response, onEvent) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        let name = 'message';
        const data = [];
        for (const line of block.split(/\r?\n/)) {
          if (line.startsWith('event:')) name = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5));
        }
        if (data.length) onEvent(name, JSON.parse(data.join('\n')));
      }
    }
  }

  async function refused(response, target) {
    let detail = `Refused (${response.status})`;
    try {
      const problem = await response.json();
      if (problem.detail) detail = `${detail}: ${problem.detail}`;
    } catch { /* not a problem body */ }
    if (response.status === 401 || response.status === 403) detail += ' Check the admin token.';
    $(target).textContent = detail;
  }

  $('load-articles').addEventListener('click', loadArticles);

  async function loadArticles() {
    const [articles, history] = await Promise.all([
      fetch('/api/admin/articles', { headers: headers() }),
      fetch('/api/admin/articles/history', { headers: headers() }),
    ]);
    if (!articles.ok) return refused(articles, 'publish-message');
    const rows = document.querySelector('#articles tbody');
    rows.textContent = '';
    for (const a of await articles.json()) rows.append(articleRow(a));
    const events = document.querySelector('#history tbody');
    events.textContent = '';
    if (!history.ok) return;
    for (const h of await history.json()) {
      events.append(cells([h.at.replace('T', ' ').slice(0, 19), h.action.toLowerCase(), `${h.title} (${h.articleId})`,
        h.passages, h.embedded]));
    }
  }

  function articleRow(a) {
    const tr = cells([`${a.title} (${a.id})`, a.published, a.source, a.origin === 'STAFF' ? 'staff page' : 'corpus/',
      a.state.toLowerCase(), a.translated ? 'translated' : 'not yet']);
    tr.dataset.article = a.id;
    const act = document.createElement('td');
    const replace = document.createElement('button');
    replace.type = 'button';
    replace.textContent = 'Replace';
    replace.addEventListener('click', async () => {
      const response = await fetch(`/api/admin/articles/${encodeURIComponent(a.id)}`, { headers: headers() });
      if (!response.ok) return refused(response, 'publish-message');
      showDraft(await response.json());
      $('article-replace').checked = true;
      $('article-form').scrollIntoView();
    });
    act.append(replace);
    if (a.state === 'PUBLISHED') {
      const withdraw = document.createElement('button');
      withdraw.type = 'button';
      withdraw.textContent = 'Withdraw';
      withdraw.addEventListener('click', async () => {
        if (!confirm(`Withdraw ${a.id}? Its passages leave the index; earlier answers keep their citations.`)) return;
        const response = await fetch(`/api/admin/articles/${encodeURIComponent(a.id)}/withdraw`, { method: 'POST', headers: headers() });
        if (!response.ok) return refused(response, 'publish-message');
        const w = await response.json();
        $('publish-message').textContent = `Withdrew ${w.articleId}: ${w.passagesRemoved} passages left the index.`;
        loadArticles();
      });
      act.append(withdraw);
    }
    tr.append(act);
    return tr;
  }

  function cells(values) {
    const tr = document.createElement('tr');
    for (const v of values) {
      const td = document.createElement('td');
      td.textContent = v;
      tr.append(td);
    }
    return tr;
  }
})();
