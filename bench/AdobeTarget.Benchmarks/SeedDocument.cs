namespace AdobeTarget.Benchmarks;

/// <summary>
/// The seed document's prefetch response for the <c>home</c> and <c>product1</c> mboxes (its shape, tntId and edge
/// host; state and token values illustrative), as the stand-in edge returns it.
/// </summary>
internal static class SeedDocument
{
    public const string PrefetchResponse = """
        {"status":200,"requestId":"e8ac2dbf5f7d4a9f9280f6071f24a01e","id":{"tntId":"08210e2d751a44779b8313e2d2692b96.21_27"},"client":"adobetargetmobile","edgeHost":"mboxedge21.tt.omtrdc.net",
         "prefetch":{"mboxes":[
           {"index":0,"name":"home","state":"J+W1Fq18hxliDDJonTPfV0S+mzxapAO3J2OvbVqc/yFEL/CkMKx1+D9Y5KTf9/3ck3hWhlFTAqlpOafsEaSgrw==","options":[{"content":"HOME OFFER","type":"html","eventToken":"t0FRvoWosOqHmYL5G18QCZNWHtnQtQrJfmRrQugEa2qCnQ9Y9OaLL2gsdrWQTvE54PwSz67rmXWmSnkXpSSS2Q==","responseTokens":{"profile.memberlevel":"0","geo.city":"bucharest","activity.id":"167169","experience.name":"Experience B","geo.country":"romania"}}],"analytics":{"payload":{"pe":"tnt","tnta":"167169:1:0|2,1:1:0|1"}}},
           {"index":1,"name":"product1","state":"J+W1Fq18hxliDDJonTPfV0S+mzxapAO3J2OvbVqc/yEoaYF/ZXobyATV6sEEe2q74yyh3cZeeQZKwKVoVbOs3w==","options":[{"content":"TEST OFFER 1","type":"html","eventToken":"mhFIzJSF7JWb-RsnVfFI02qipfsIHvVzTQxHolz2IpSCnQ9Y9OaLL2gsdrWQTvE54PwSz67rmXWmSnkXpSSS2Q==","responseTokens":{"profile.memberlevel":"0","geo.city":"bucharest","activity.id":"167168","experience.name":"Experience A","geo.country":"romania"}}],"analytics":{"payload":{"pe":"tnt","tnta":"167168:0:0|2,167168:0:0|1"}}}]}}
        """;
}
