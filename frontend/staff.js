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
})();
