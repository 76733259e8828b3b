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
})();
