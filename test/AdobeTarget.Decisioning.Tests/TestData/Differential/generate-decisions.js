// Decides seeded random requests over artifact.json with Adobe's Node engine (@adobe/target-decisioning-engine
// 1.9.3, psl 1.9.0 as the Node SDK wires it) and writes requests + responses + notification tokens to decisions.json.
// Usage: npm install @adobe/target-decisioning-engine@1.9.3 psl@1.9.0 && node generate-decisions.js <out dir>
const fs = require("fs");
const path = require("path");
const psl = require("psl");
const FIXED = Date.UTC(2026, 10, 27, 8, 30, 0); // Friday 08:30 UTC
const RealDate = Date;
global.Date = class extends RealDate {
  constructor(...args) { if (args.length === 0) { super(FIXED); } else { super(...args); } }
  static now() { return FIXED; }
};
const Engine = require("@adobe/target-decisioning-engine");

// The Node SDK's domain parser: psl, with a leading "www" cut from the subdomain.
function parseDomainPsl(host) {
  if (!psl.isValid(host)) { return { subdomain: "", domain: host, topLevelDomain: "" }; }
  const p = psl.parse(host);
  return { subdomain: p.subdomain ? (p.subdomain.startsWith("www") ? p.subdomain.substring(4) : p.subdomain) : "", domain: p.domain, topLevelDomain: p.tld };
}

let seed = 4242;
const rnd = () => { seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = a => a[Math.floor(rnd() * a.length)];
const maybe = (p, v) => (rnd() < p ? v() : undefined);

const artifact = JSON.parse(fs.readFileSync(process.env.ARTIFACT || path.join(__dirname, "..", "on-device", "artifact.json"), "utf8"));
const mboxNames = [...Object.keys(artifact.rules.mboxes), "100k", "unknown-mbox"];
const viewNames = [...Object.keys(artifact.rules.views), "nope"];
const uas = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
  "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
  "curl/8.0", ""];
const urls = ["http://local-target-test/", "http://local-target-test:8080/?foo=bar", "https://www.hooli.com/?implementation=psl",
  "https://pied.piper.decentralized.test.hooli.com/x", "https://test.hooli.com/", "https://target-perf-site.netlify.app/",
  "https://wayne-enterprises.us-east-1.elasticbeanstalk.com/", "https://www.example.com/bar?x=1#f", "not a url", ""];
const params = [
  () => ({ foo: "bar" }), () => ({ greg: "correct", jason: "correct" }), () => ({ "favorite.color": pick(["Red", "blue"]), "favorite.movie": "The Big Lebowski" }),
  () => ({ "first.programming.language": pick(["Racket", "c#"]) }), () => ({}), () => undefined];
const geos = [() => undefined, () => ({ city: "SAN FRANCISCO", stateCode: "CA", countryCode: "US", latitude: 37.75, longitude: -122.4 }),
  () => ({ city: "VANCOUVER", stateCode: "BC", countryCode: "CA" }), () => ({ countryCode: "JP" }), () => ({ latitude: 37.71 })];

function visitor(i) {
  switch (Math.floor(rnd() * 3)) {
    case 0: return { tntId: `tnt${Math.floor(rnd() * 500)}.28_0` };
    case 1: return { marketingCloudVisitorId: `mcid${Math.floor(rnd() * 500)}` };
    default: return { thirdPartyId: `3p${i}` };
  }
}

function randomRequest(i) {
  const mboxes = () => Array.from({ length: Math.floor(rnd() * 4) }, (_, index) => ({ index, name: pick(mboxNames), parameters: pick(params)() }));
  const request = {
    requestId: `req${i}`,
    id: visitor(i),
    property: maybe(0.1, () => ({ token: "token1" })),
    context: { channel: "web", userAgent: pick(uas), address: { url: pick(urls), referringUrl: pick(urls) }, geo: pick(geos)() },
  };
  if (rnd() < 0.5) {
    request.execute = { mboxes: mboxes(), pageLoad: maybe(0.3, () => ({ parameters: pick(params)() })) };
  } else {
    request.prefetch = { mboxes: mboxes(), views: maybe(0.4, () => [rnd() < 0.5 ? { name: pick(viewNames) } : { parameters: pick(params)() }]),
      pageLoad: maybe(0.2, () => ({})) };
  }
  return JSON.parse(JSON.stringify(request));
}

(async () => {
  let sent = [];
  const engine = await Engine({ client: "targettesting", organizationId: "74F652E95F1B16FE0A495C92@AdobeOrg", artifactPayload: artifact,
    pollingInterval: 0, parseDomainImpl: parseDomainPsl, telemetryEnabled: false, logger: { debug() {}, error() {} },
    sendNotificationFunc: n => { sent.push(n); return Promise.resolve(); } });
  const rows = [];
  for (let i = 0; i < 1000; i++) {
    const request = randomRequest(i);
    sent = [];
    const response = await engine.getOffers({ request: JSON.parse(JSON.stringify(request)), sessionId: "session" });
    await new Promise(resolve => setTimeout(resolve, 1));
    const notifications = sent.flatMap(n => (n.request.notifications || []).map(x => ({ mbox: x.mbox.name, tokens: x.tokens, timestamp: x.timestamp })));
    rows.push({ request, response, notifications });
  }
  engine.stopPolling();
  fs.writeFileSync(path.join(process.argv[2], "decisions.json"), JSON.stringify(rows).replace(/\},\{"request"/g, "},\n{\"request\""));
})();
