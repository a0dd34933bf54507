using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Builder;

namespace AdobeTarget.AspNetCore.Tests.Visitor;

/// <summary>
/// Endpoints and helpers of the precedence tests: each endpoint passes the explicit values it is given in the query
/// (<c>session</c>, <c>cookie</c> as <c>session/tntId</c>, <c>hint</c>) to the client or the notifier.
/// </summary>
public static class PrecedenceCalls
{
    /// <summary>The request's own cookies in the in-request cases.</summary>
    public const string RequestSession = "request-session";
    public const string RequestTntId = "request-tnt.35_0";
    public const string RequestHint = "35";
    public const string Default = "acme.tt.omtrdc.net";
    public const string Edge17 = "mboxedge17.tt.omtrdc.net";
    public const string Edge21 = "mboxedge21.tt.omtrdc.net";
    public const string Edge35 = "mboxedge35.tt.omtrdc.net";
    public const string Cookie21 = "cookie-session/cookie-tnt.21_0";

    /// <summary>
    /// Inside a request with its own cookies (session, tntId with hint 35): explicit session, cookie, hint; then the
    /// session, tntId and edge host the edge must see. The client and the notifier follow the same rule.
    /// </summary>
    public static TheoryData<string?, string?, string?, string, string, string> InsideARequest => new()
    {
        { "explicit-session", null, null, "explicit-session", RequestTntId, Edge35 }, // SessionId over the request's cookie; the visitor is kept
        { null, Cookie21, null, "cookie-session", "cookie-tnt.21_0", Edge21 }, // TargetCookie over the request's cookies (hint cookie included)
        { "explicit-session", Cookie21, null, "cookie-session", "cookie-tnt.21_0", Edge21 }, // both explicit: the cookie's session
        { "explicit-session", "/cookie-tnt.21_0", null, "explicit-session", "cookie-tnt.21_0", Edge21 }, // a cookie without session: SessionId
        { null, null, "17", RequestSession, RequestTntId, Edge17 }, // TargetLocationHint over the hint cookie
        { null, Cookie21, "17", "cookie-session", "cookie-tnt.21_0", Edge17 }, // TargetLocationHint over the cookie's tntId
        { null, null, null, RequestSession, RequestTntId, Edge35 }, // nothing explicit: the request's cookies
    };

    /// <summary>Outside any request: only the explicit values count.</summary>
    public static TheoryData<string?, string?, string?, string, string?, string> OutsideARequest => new()
    {
        { "explicit-session", null, null, "explicit-session", null, Default },
        { null, Cookie21, null, "cookie-session", "cookie-tnt.21_0", Edge21 },
        { "explicit-session", Cookie21, null, "cookie-session", "cookie-tnt.21_0", Edge21 },
        { "explicit-session", "/cookie-tnt.21_0", null, "explicit-session", "cookie-tnt.21_0", Edge21 },
        { "explicit-session", null, "17", "explicit-session", null, Edge17 },
        { null, Cookie21, "17", "cookie-session", "cookie-tnt.21_0", Edge17 },
    };

    public static void Map(WebApplication app)
    {
        app.MapGet("/precedence/offers", async (string? session, string? cookie, string? hint, ITargetClient target) =>
            TestEndpoints.View(await target.GetOffersAsync(Options(session, cookie, hint, app.Services.GetTime().GetUtcNow()))));

        app.MapGet("/precedence/notify", async (string? session, string? cookie, string? hint, ITargetNotifier notifier) =>
        {
            await notifier.NotifyAsync([Display("n-1")], Options(session, cookie, hint, app.Services.GetTime().GetUtcNow()));
            return "queued";
        });

        app.MapGet("/precedence/click", async (ITargetNotifier notifier) =>
        {
            await notifier.NotifyClickAsync(TargetClick.OnMbox("home", "click-token"));
            return "clicked";
        });
    }

    /// <summary>The options of a call: explicit values only where given; <paramref name="cookie"/> is <c>session/tntId</c>.</summary>
    public static TargetDeliveryOptions Options(string? session, string? cookie, string? hint, DateTimeOffset now, DeliveryRequest? request = null)
    {
        string? raw = null;
        if (cookie is not null)
        {
            var parts = cookie.Split('/');
            raw = Requests.Cookie(now, parts[0].Length == 0 ? null : parts[0], parts[1].Length == 0 ? null : parts[1]);
        }

        return new TargetDeliveryOptions { Request = request ?? Requests.Prefetch("home"), SessionId = session, TargetCookie = raw, TargetLocationHint = hint };
    }

    public static Notification Display(string id) =>
        new() { Id = id, Type = MetricType.Display, Timestamp = 1, Mbox = new NotificationMbox { Name = "home", State = "s" }, Tokens = ["t"] };

    /// <summary>The query string of a call to a precedence endpoint.</summary>
    public static string Query(string? session, string? cookie, string? hint)
    {
        var pairs = new List<string>();
        Add(pairs, "session", session);
        Add(pairs, "cookie", cookie);
        Add(pairs, "hint", hint);
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    /// <summary>The visitor's cookies as the browser sends them in the in-request cases.</summary>
    public static (string Name, string Value)[] RequestCookies(DateTimeOffset now) =>
        [("mbox", Requests.Cookie(now, RequestSession, RequestTntId)), ("mboxEdgeCluster", RequestHint)];

    /// <summary>Asserts the session id, tntId (<see langword="null"/>: none sent) and host the edge saw.</summary>
    public static void AssertSent(RecordedRequest sent, string expectedSession, string? expectedTntId, string expectedHost)
    {
        Assert.Equal(expectedSession, sent.Query["sessionId"]);
        Assert.Equal(expectedTntId, sent.Json["id"]?["tntId"]?.GetValue<string>());
        Assert.Equal(expectedHost, sent.Host);
    }

    private static void Add(List<string> pairs, string name, string? value)
    {
        if (value is not null)
        {
            pairs.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private static TimeProvider GetTime(this IServiceProvider services) =>
        (TimeProvider)services.GetService(typeof(TimeProvider))!;
}
