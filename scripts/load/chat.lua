-- wrk script: each request is one whole answer streamed over SSE from /api/chat.
local questions = {
  "西部科学城集聚了多少家高新技术企业？", "金凤实验室的核心任务是什么？", "科学城的规划面积有多大？",
  "How many universities are in Chongqing University Town?", "What is the planned area of the Science City?",
  "光大人工智能产业基地投资约多少？", "Which company is building a medical isotope base in the Science City?",
  "重庆明天天气怎么样？",
}
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = os.getenv("ACCEPT") or "text/event-stream"
wrk.path = os.getenv("TARGET_PATH") or "/api/chat"

request = function()
  counter = counter + 1
  local q = questions[(counter % #questions) + 1]
  return wrk.format(nil, nil, nil, '{"question":"' .. q .. '"}')
end

local errors = 0
response = function(status, headers, body)
  if status ~= 200 or (wrk.path == "/api/chat" and not string.find(body, "event:done", 1, true)) then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  local bad = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    + summary.errors.status
  io.write(string.format("RESULT requests=%d seconds=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, bad))
end
