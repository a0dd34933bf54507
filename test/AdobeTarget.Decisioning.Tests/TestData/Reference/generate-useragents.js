// User-agent reference rows from Adobe's Node SDK 2.4.3 bundle: [userAgent, hints|null, browserType, browserVersion, platform].
const r = require("./sdk.js").__ref;
let seed = 777;
const rnd = () => { seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = a => a[Math.floor(rnd() * a.length)];
const uas = [
 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
 "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
 "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36",
 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.61",
 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
 "Mozilla/5.0 (Linux; Android 10; HD1913) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36 EdgA/120.0.2210.84",
 "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/120.2210.60 Mobile/15E148 Safari/605.1.15",
 "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
 "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
 "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
 "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1",
 "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0",
 "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:109.0) Gecko/20100101 Firefox/119.0",
 "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0",
 "Mozilla/5.0 (Android 14; Mobile; rv:120.0) Gecko/120.0 Firefox/120.0",
 "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/120.0 Mobile/15E148 Safari/605.1.15",
 "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
 "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)",
 "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)",
 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/105.0.0.0",
 "Opera/9.80 (Windows NT 6.1; U; en) Presto/2.10.229 Version/11.62",
 "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
 "Mozilla/5.0 (X11; FreeBSD amd64; rv:109.0) Gecko/20100101 Firefox/118.0",
 "Mozilla/5.0 (Linux; Android 13; SM-S908B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Mobile Safari/537.36",
 "Mozilla/5.0 (Linux; Android 7.0; SM-G930V Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/59.0.3071.125 Mobile Safari/537.36",
 "curl/8.4.0", "Googlebot/2.1 (+http://www.google.com/bot.html)", "", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/120.0 extra",
 "Mozilla/5.0 CHROME/V99 x", "Chrome/v", "Chrome/.5", "Firefox/-5", "Firefox/-0", "Edge/", "edg/99999999999999", "msie 7.0", "(ie 6.0",
 "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; Touch; rv:11.0) like Gecko", "trident x rv 5.5 y like\u00a0gecko", "version/1.0mobile/abc safari",
 "Version/12mobile/x safari", "version/3 x mobile/ab\u2028safari", "Version/4.0 \n Safari", "Version/5.1 safari", "Version/kelvin safari"
];
const hints = [null, null, null,
 {browserUAWithMajorVersion: "\"Not_A Brand\";v=\"8\", \"Chromium\";v=\"120\", \"Google Chrome\";v=\"120\"", platform: "Windows"},
 {browserUAWithFullVersion: "\"Not_A Brand\";v=\"8.0.0.0\", \"Chromium\";v=\"120.0.6099.71\", \"Microsoft Edge\";v=\"120.0.2210.61\"", platform: "macOS"},
 {browserUAWithMajorVersion: "\"Chromium\";v=\"119\"", platform: "Linux"},
 {platform: "Chrome OS"}, {platform: "Android"}, {platform: ""},
 {browserUAWithFullVersion: "", browserUAWithMajorVersion: "\"Safari\";v=\"17\""},
 {browserUAWithMajorVersion: "\"FIREFOX\";v=\".\""}];
const rows = [];
const seen = new Set();
const add = (ua, h) => { const k = JSON.stringify([ua, h]); if (seen.has(k)) return; seen.add(k);
  const c = r.createBrowserContext(h ? {userAgent: ua, clientHints: h} : {userAgent: ua});
  rows.push([ua, h, c.browserType, Object.is(c.browserVersion, -0) ? 0 : c.browserVersion, c.platform]); };
for (const ua of uas) add(ua, null);
const noise = ["/", " ", ";", "(", ")", ".", "Mobile/", "Safari", "Version/", "rv:", "\n", "K", "\u212a", "1"];
while (rows.length < 600) {
  let ua = pick(uas);
  for (let n = Math.floor(rnd() * 3); n > 0; n--) { const i = Math.floor(rnd() * (ua.length + 1)); ua = ua.slice(0, i) + pick(noise) + ua.slice(i); }
  if (rnd() < 0.2) ua = ua.toUpperCase();
  add(ua, pick(hints));
}
require("fs").writeFileSync(process.argv[2] + "/useragents.json", JSON.stringify(rows).replace(/\],\[/g, "],\n["));
