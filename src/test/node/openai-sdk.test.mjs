// The official openai SDK as a real client of the service's OpenAI-compatible endpoint.
// Run by OpenAiSdkTest (JUnit) against the service it started; SCQA_BASE_URL names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';

const client = new OpenAI({ baseURL: `${process.env.SCQA_BASE_URL}/v1`, apiKey: 'not-needed', maxRetries: 0 });

test('lists the service as a model', async () => {
  const models = await client.models.list();
  const ids = [];
  for await (const model of models) ids.push(model.id);
  assert.deepEqual(ids, ['science-city-qa']);
});

test('streams a cited answer', async () => {
  const stream = await client.chat.completions.create({
    model: 'science-city-qa',
    stream: true,
    messages: [{ role: 'user', content: '西部科学城集聚了多少家高新技术企业？' }],
  });
  let text = '';
  let chunks = 0;
  let last;
  for await (const chunk of stream) {
    chunks += 1;
    text += chunk.choices[0]?.delta?.content ?? '';
    last = chunk;
  }
  assert.ok(chunks > 3, `expected several chunks, got ${chunks}`);
  assert.match(text, /702/);
  assert.match(text, /\[1]/);
  assert.match(text, /来源：\n\[1] /);
  assert.equal(last.choices[0].finish_reason, 'stop');
  assert.ok(last.citations[0].text.includes('702家高新技术企业'));
  assert.equal(last.checks.allFiguresFound, true);
});

test('answers without streaming, and follows up on the history it is sent', async () => {
  const first = await client.chat.completions.create({
    model: 'science-city-qa',
    messages: [{ role: 'user', content: 'What is the Jinfeng Laboratory?' }],
  });
  assert.equal(first.choices[0].message.role, 'assistant');
  assert.match(first.choices[0].message.content, /Jinfeng Laboratory/);
  const followUp = await client.chat.completions.create({
    model: 'science-city-qa',
    messages: [
      { role: 'user', content: 'What is the Jinfeng Laboratory?' },
      { role: 'assistant', content: first.choices[0].message.content },
      { role: 'user', content: 'And what is its core task?' },
    ],
  });
  assert.match(followUp.choices[0].message.content, /diagnosis/);
});

test('refuses an empty question with a 400', async () => {
  await assert.rejects(
    client.chat.completions.create({ model: 'science-city-qa', messages: [{ role: 'user', content: '  ' }] }),
    (error) => error.status === 400,
  );
});
