using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.Internal;

/// <summary>
/// One request's Target state, the library's own feature: the middleware sets it beside the public
/// <see cref="ITargetVisitorFeature"/> (which it also implements). Created with nothing read; the cookies are parsed on
/// first use. Calls of the request share one session id and leave one consistent pair of cookies, written when the
/// response starts. Thread-safe: calls of one request may run in parallel.
/// </summary>
internal sealed class TargetVisitorState(HttpContext http, TargetVisitorServices services) : ITargetVisitorFeature, IDisposable
{
    private State? _state;
    private volatile bool _ended;

    /// <summary>Gets a value indicating whether the request has finished (its context may be disposed already).</summary>
    public bool HasEnded => _ended;

    public string? SessionId
    {
        get
        {
            var state = Read();
            lock (state)
            {
                return state.Cookie.SessionId ?? state.NewSessionId;
            }
        }
    }

    public string? TntId
    {
        get
        {
            var state = Read();
            lock (state)
            {
                return state.Cookie.TntId;
            }
        }
    }

    public string? LocationHint
    {
        get
        {
            var state = Read();
            lock (state)
            {
                return state.Hint;
            }
        }
    }

    public string? MarketingCloudVisitorId => Read().MarketingCloudVisitorId;

    public TargetPageView PageView => Read().PageView;

    /// <summary>Gets the HTTP request's context (URL, user agent, client hints, host, IP), read once per request.</summary>
    public Context AmbientContext
    {
        get
        {
            var state = Read();
            return state.AmbientContext ??= RequestContextReader.Read(http, services.Options.RequestContext);
        }
    }

    /// <summary>Takes what a call starts from: the current cookie (as earlier calls of the request left it) and location hint.</summary>
    public (MboxCookie Cookie, string? Hint) Current()
    {
        var state = Read();
        lock (state)
        {
            return (state.Cookie, state.Hint);
        }
    }

    /// <summary>Gets the session id the calls of this request share when the visitor has none yet.</summary>
    public string NewSessionId()
    {
        var state = Read();
        lock (state)
        {
            return state.NewSessionId ??= TargetSessionId.New();
        }
    }

    /// <summary>
    /// Marks the request as finished (registered with <c>Response.RegisterForDispose</c>): a call that completes later,
    /// because a latency budget gave up waiting for it, writes no cookie.
    /// </summary>
    public void Dispose() => _ended = true;

    /// <summary>Records a call's outcome and makes sure the cookies are written when the response starts.</summary>
    public void Apply(MboxCookie cookie, string? hint, TargetCookie mboxCookie, TargetCookie? hintCookie)
    {
        var state = Read();
        lock (state)
        {
            if (_ended)
            {
                if (!state.WarnedLate)
                {
                    state.WarnedLate = true;
                    TargetVisitorLog.CallOutlivedRequest(services.Logger);
                }

                return;
            }

            state.Cookie = cookie;
            state.Hint = hint ?? state.Hint;
            state.PendingMbox = mboxCookie;
            state.PendingHint = hintCookie ?? state.PendingHint;
            if (!services.Options.WriteCookies || state.WriteScheduled)
            {
                return;
            }

            if (state.Written || ResponseStarted())
            {
                if (!state.WarnedLate)
                {
                    state.WarnedLate = true;
                    TargetVisitorLog.ResponseAlreadyStarted(services.Logger, LogText.Clean(http.Request.Path.Value, 200) ?? "/");
                }

                return;
            }

            state.WriteScheduled = true;
            http.Response.OnStarting(static visitor => ((TargetVisitorState)visitor).WriteCookies(), this);
        }
    }

    private bool ResponseStarted()
    {
        try
        {
            return http.Response.HasStarted;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }

    private Task WriteCookies()
    {
        var state = Read();
        TargetCookie? mbox;
        TargetCookie? hint;
        lock (state)
        {
            state.Written = true;
            mbox = state.PendingMbox;
            hint = state.PendingHint;
        }

        if (mbox is not null)
        {
            TargetCookieWriter.Write(http, services, mbox, hint);
        }

        return Task.CompletedTask;
    }

    private State Read()
    {
        if (_state is { } state)
        {
            return state;
        }

        var cookies = http.Request.Cookies;
        var created = new State
        {
            Cookie = MboxCookieCodec.Parse(cookies[MboxCookieCodec.CookieName], services.TimeProvider.GetUtcNow()),
            Hint = Internal.LocationHint.Validate(cookies[MboxCookieCodec.LocationHintCookieName]),
            MarketingCloudVisitorId = services.Options.OrganizationId is { } org ? MarketingCloudVisitorIdReader.Read(cookies, org) : null,
        };
        return Interlocked.CompareExchange(ref _state, created, null) ?? created;
    }

    private sealed class State
    {
        public required MboxCookie Cookie { get; set; }

        public string? Hint { get; set; }

        public string? MarketingCloudVisitorId { get; init; }

        public string? NewSessionId { get; set; }

        public TargetPageView PageView { get; } = new();

        public Context? AmbientContext { get; set; }

        public TargetCookie? PendingMbox { get; set; }

        public TargetCookie? PendingHint { get; set; }

        public bool WriteScheduled { get; set; }

        public bool Written { get; set; }

        public bool WarnedLate { get; set; }
    }
}
