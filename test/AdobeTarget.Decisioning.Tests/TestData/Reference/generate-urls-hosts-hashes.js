// Generates reference tables from Adobe's Node SDK 2.4.3 bundle (engine 1.9.3, psl 1.9.0, parseUri loose).
const r = require("./sdk.js").__ref;
let seed = 12345;
const rnd = () => { seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = a => a[Math.floor(rnd() * a.length)];
const hosts = ["example.com","www.example.com","WWW.Example.COM","shop.example.co.uk","a.b.c.example.co.uk","example.co.uk","co.uk","uk",
 "wwwfoo.hooli.com","www.hooli.com","www1.hooli.com","www.www.hooli.com","foo.www.hooli.com","www","www.ck","foo.www.ck","bar.ck","x.bar.ck",
 "city.kawasaki.jp","a.city.kawasaki.jp","foo.kawasaki.jp","a.foo.kawasaki.jp","kawasaki.jp","localhost","local-target-test","foo.local","printer.local",
 "192.168.0.1","10.0.0.1.","127.0.0.1","[::1]","a_b.example.com","_dmarc.example.com","-bad.example.com","bad-.example.com","example.com.",
 "example.com..","münchen.de","www.münchen.de","xn--mnchen-3ya.de","www.xn--mnchen-3ya.de","例え.jp","sub.例え.テスト","ÉCOLE.fr","İstanbul.com.tr",
 "foo.s3.amazonaws.com","bucket.s3.amazonaws.com","github.io","user.github.io","a.user.github.io","blogspot.com","x.blogspot.com","unlisted.tld",
 "foo.bar.unlisted","a".repeat(63)+".com","a".repeat(64)+".com",("abcdefghi.").repeat(26)+"com","example。com","a.example．com","test.",
 "", ".", "..", "a..b.com","ex ample.com","exa\u0000mple.com","foo.COM","Foo.Co.Uk","mail.google.com","amazon.co.jp","www.amazon.co.jp","bbc.co.uk",
 "www.gov.uk","x.appspot.com","nic.ac","com.ac","www.com.ac","sch.uk","x.sch.uk","y.x.sch.uk","city.nagoya.jp","a.city.nagoya.jp","\ud800x.com","x\udc00.com","😀.com","www.😀.com"];
const schemes = ["http://","https://","","//","ftp://","HTTP://","mailto:","localhost:","javascript:","a.b:","http:/","http:"];
const users = ["","","","user@","u:p@","a@b@","@",":@","u:p:q@"];
const ports = ["","","",":8080",":",":abc",":80x/"];
const paths = ["","/","/a/b","/a/b/","/a.b/c","/file.html","/dir/file.tar.gz","/a/.hidden","/a/b.","/x@y","/a:b/c","/dir.v1/sub/page.php","//double//slash","/a/b.c?","/%20/é","/a\nb.c"];
const queries = ["","","?","?a=1","?a=b?c","?email=a@b.com","?q=/x.y","?a=1&b=2#"];
const frags = ["","","#","#f","#a\nb","#x?y","#/p.q","#\u2028z"];
const urls = new Set(["", "http://", "?", "#", "/", "//", "http://www.example.com/", "https://u:p@www.Example.co.uk:8080/a/b.html?x=1#frag",
 "localhost:8080/x", "mailto:foo@bar.com", "http://example.com/path?email=a@b.com", "http://host:abc/path?q#f", "www.example.com/index.html",
 "example.com", "/relative/path.html?x", "http://[::1]:8080/", "http://192.168.1.1/a", "http://local-target-test/", "http://localhost:3000/"]);
const noise = ["@",":","/","?","#",".","\n","\u0000","é","\ud800"," ","%","\\"];
while (urls.size < 2000) {
  let u = pick(schemes) + pick(users) + pick(hosts) + pick(ports) + pick(paths) + pick(queries) + pick(frags);
  if (rnd() < 0.3) { const i = Math.floor(rnd() * (u.length + 1)); u = u.slice(0, i) + pick(noise) + u.slice(i); }
  urls.add(u);
}
const urlRows = [...urls].map(u => { const p = r.parseURL(u, r.parseDomainPsl);
  return [u, p.path, p.query, p.fragment, p.domain, p.subdomain, p.topLevelDomain]; });
const hostRows = hosts.map(h => { const p = r.parseDomainPsl(h); return [h, p.domain, p.subdomain, p.topLevelDomain]; });
require("fs").writeFileSync(process.argv[2] + "/urls.json", JSON.stringify(urlRows, null, 0).replace(/\],\[/g, "],\n["));
require("fs").writeFileSync(process.argv[2] + "/hosts.json", JSON.stringify(hostRows, null, 0).replace(/\],\[/g, "],\n["));
// Hashes over random strings incl. odd lengths, non-ASCII and lone surrogates.
const hashRows = [];
const alphabet = "abcXYZ0129.-_é€😀\ud800\udc00 ";
for (let i = 0; i < 1000; i++) { let s = ""; const n = Math.floor(rnd() * 40); for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
  hashRows.push([s, r.hashUnencodedCharsRaw(s)]); }
require("fs").writeFileSync(process.argv[2] + "/hashes.json", JSON.stringify(hashRows).replace(/\],\[/g, "],\n["));
