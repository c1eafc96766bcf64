#include "report/html_report.hpp"

#include "report/summary.hpp"

namespace ucwa::report {

namespace {

std::string escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// JSON inside <script>: "</" would end the element.
std::string script_safe(std::string json) {
  for (auto at = json.find("</"); at != std::string::npos; at = json.find("</", at + 3))
    json.replace(at, 2, "<\\/");
  return json;
}

std::string total(const char* id, const char* label, int value) {
  return "<div class=\"total " + std::string(id) + "\"><span id=\"total-" + id + "\">" +
         std::to_string(value) + "</span> " + label + "</div>";
}

constexpr const char* kStyle = R"(
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em;margin:0 0 .2em}.meta{color:#555;margin-bottom:1em}
.totals{display:flex;gap:.6em;flex-wrap:wrap;margin-bottom:1em}
.total{padding:.5em .9em;border-radius:6px;background:#eee;font-size:1.05em}
.total span{font-weight:bold;font-size:1.3em}
.pass{background:#cdeccd}.warn{background:#fbe7b5}.fail{background:#f6c1c1}
.error{background:#e7c6f0}.skip{background:#e3e3e3}.waived{background:#c9def5}
.tests{background:#eee}
table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:2px 6px}
th{background:#f4f4f4;text-align:left}
.controls{margin:1em 0}.test{border:1px solid #ccc;border-radius:6px;margin:.4em 0;padding:.4em .7em}
.test h3{font-size:.95em;margin:0}.test pre{white-space:pre-wrap;font-size:.8em;max-height:30em;overflow:auto}
.columns{display:flex;gap:2em;align-items:flex-start;flex-wrap:wrap}
)";

constexpr const char* kScript = R"(
const run = JSON.parse(document.getElementById('run').textContent);
const rank = {fail:0, error:1, warn:2, waived:3, skip:4, pass:5};
const worst = (a, b) => (a === undefined || rank[b] < rank[a]) ? b : a;
const byClause = {};
for (const t of run.tests) {
  const row = byClause[t.clause] = byClause[t.clause] || {level: t.level};
  row[t.format] = worst(row[t.format], t.verdict);
}
const matrix = document.getElementById('matrix');
for (const id of Object.keys(byClause).sort((a, b) => a.localeCompare(b, undefined, {numeric: true}))) {
  const row = byClause[id], tr = document.createElement('tr');
  tr.innerHTML = `<td>${id}</td><td>${row.level}</td>` +
    ['Json', 'Xml'].map(f => `<td class="${row[f] || ''}">${row[f] || '-'}</td>`).join('');
  matrix.appendChild(tr);
}
const areas = [...new Set(run.tests.map(t => t.area))].sort();
const areaSelect = document.getElementById('area');
for (const a of areas) areaSelect.add(new Option(a, a));
const escape = s => s.replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
function render() {
  const verdict = document.getElementById('verdict').value, area = areaSelect.value;
  const list = document.getElementById('tests');
  list.innerHTML = '';
  const shown = run.tests.filter(t => (!verdict || t.verdict === verdict) && (!area || t.area === area))
    .sort((a, b) => rank[a.verdict] - rank[b.verdict] || a.name.localeCompare(b.name));
  for (const t of shown) {
    const div = document.createElement('div');
    div.className = 'test ' + t.verdict;
    div.innerHTML = `<h3>${t.verdict.toUpperCase()} ${escape(t.name)} <small>${t.clause} ${t.level}</small></h3>` +
      (t.message ? `<pre>${escape(t.message)}</pre>` : '') +
      (t.evidence ? `<details><summary>evidence</summary><pre>${escape(t.evidence)}</pre></details>` : '');
    list.appendChild(div);
  }
  document.getElementById('shown').textContent = shown.length;
}
document.getElementById('verdict').onchange = render;
areaSelect.onchange = render;
render();
)";

}  // namespace

std::string html_report(const RunRecord& run) {
  const Totals totals = totals_of(run);
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">";
  html += "<title>ucwa-conform report</title><style>" + std::string(kStyle) + "</style></head>";
  html += "<body><h1>ucwa-conform: escalateAudioVideo conformance</h1>";
  html += "<div class=\"meta\">target " + escaped(run.target) + " &middot; started " +
          escaped(run.started) + " &middot; harness " + escaped(run.harness_version) + "</div>";
  html += "<div class=\"totals\">" + total("tests", "tests", totals.tests) +
          total("pass", "passed", totals.passed) + total("warn", "warned", totals.warned) +
          total("fail", "failed", totals.failed) + total("error", "errors", totals.errors) +
          total("skip", "skipped", totals.skipped) + total("waived", "waived", totals.waived) +
          "</div>";
  if (!run.stale_waivers.empty() || !run.expired_waivers.empty()) {
    html += "<p>";
    for (const auto& waiver : run.stale_waivers)
      html += "Stale waiver " + escaped(waiver.ticket) + " (its tests pass now). ";
    for (const auto& waiver : run.expired_waivers)
      html += "Expired waiver " + escaped(waiver.ticket) + " (" + escaped(waiver.expires) + "). ";
    html += "</p>";
  }
  html +=
      "<div class=\"columns\"><div><h2>Clauses by format</h2><table><thead><tr><th>Clause"
      "</th><th>Level</th><th>JSON</th><th>XML</th></tr></thead><tbody id=\"matrix\">"
      "</tbody></table></div><div style=\"flex:1;min-width:30em\"><h2>Tests</h2>"
      "<div class=\"controls\">Verdict <select id=\"verdict\"><option value=\"\">all"
      "</option><option>fail</option><option>error</option><option>warn</option><option>"
      "waived</option><option>skip</option><option>pass</option></select> Area <select "
      "id=\"area\"><option value=\"\">all</option></select> <span id=\"shown\"></span> "
      "shown</div><div id=\"tests\"></div></div></div>";
  html += "<script type=\"application/json\" id=\"run\">" + script_safe(summary_json(run)) +
          "</script><script>" + kScript + "</script></body></html>\n";
  return html;
}

}  // namespace ucwa::report
