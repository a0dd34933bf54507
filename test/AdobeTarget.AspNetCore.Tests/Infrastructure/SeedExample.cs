using AdobeTarget.AspNetCore.Tests.Delivery;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A prefetch response shaped as the seed document's (Adobe's "Send Notifications (Python)" page) for the <c>home</c>
/// and <c>product1</c> mboxes: its tntId and edge host; state and token values are illustrative.
/// </summary>
public static class SeedExample
{
    public const string TntId = "08210e2d751a44779b8313e2d2692b96.21_27";
    public const string Product1State = "J+W1Fq18hxliDDJonTPfV0S+mzxapAO3J2OvbVqc/yEoaYF/ZXobyATV6sEEe2q74yyh3cZeeQZKwKVoVbOs3w==";
    public const string Product1Token = "mhFIzJSF7JWb-RsnVfFI02qipfsIHvVzTQxHolz2IpSCnQ9Y9OaLL2gsdrWQTvE54PwSz67rmXWmSnkXpSSS2Q==";
    public const string HomeState = "J+W1Fq18hxliDDJonTPfV0S+mzxapAO3J2OvbVqc/yFEL/CkMKx1+D9Y5KTf9/3ck3hWhlFTAqlpOafsEaSgrw==";
    public const string HomeToken = "t0FRvoWosOqHmYL5G18QCZNWHtnQtQrJfmRrQugEa2qCnQ9Y9OaLL2gsdrWQTvE54PwSz67rmXWmSnkXpSSS2Q==";
    public const string HomeClickToken = "click-home-token";

    public const string PrefetchResponse = $$$"""
        {"status":200,"requestId":"e8ac2dbf5f7d4a9f9280f6071f24a01e","id":{"tntId":"{{{TntId}}}"},"client":"adobetargetmobile","edgeHost":"mboxedge21.tt.omtrdc.net",
         "prefetch":{"mboxes":[
           {"index":0,"name":"home","state":"{{{HomeState}}}","options":[{"content":"HOME OFFER","type":"html","eventToken":"{{{HomeToken}}}","responseTokens":{"profile.memberlevel":"0","geo.city":"bucharest"}}],
            "metrics":[{"type":"click","eventToken":"{{{HomeClickToken}}}"}]},
           {"index":1,"name":"product1","state":"{{{Product1State}}}","options":[{"content":"TEST OFFER 1","type":"html","eventToken":"{{{Product1Token}}}"}]}]}}
        """;

    public static Func<RecordedRequest, HttpContext, Task> PrefetchThenDefault =>
        (request, context) => request.Json["prefetch"] is not null
            ? TargetClientResponseTests.Json(PrefetchResponse)(request, context)
            : StubEdge.RespondDefaultAsync(request, context);
}
