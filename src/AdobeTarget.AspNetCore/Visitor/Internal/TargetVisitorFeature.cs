using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.Internal;

/// <summary>
/// One request's Target state. Created by the middleware with nothing read; the cookies are parsed on first use.
/// Calls of the request share one session id and leave one consistent pair of cookies, written when the response
/// starts. Thread-safe: calls of one request may run in parallel.
/// </summary>
internal sealed class TargetVisitorFeature(HttpContext http, TargetVisitorServices services) : ITargetVisitorFeature
{
    private State? _state;

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

    /// <summary>Records a call's outcome and makes sure the cookies are written when the response starts.</summary>
    public void Apply(MboxCookie cookie, string? hint, TargetCookie mboxCookie, TargetCookie? hintCookie)
    {
        var state = Read();
        lock (state)
        {
            state.Cookie = cookie;
            state.Hint = hint ?? state.Hint;
            state.PendingMbox = mboxCookie;
            state.PendingHint = hintCookie ?? state.PendingHint;
            if (!services.Options.WriteCookies)
            {
                return;
            }

            if (state.Written || (!state.WriteScheduled && http.Response.HasStarted))
            {
                if (!state.WarnedLate)
                {
                    state.WarnedLate = true;
                    TargetVisitorLog.ResponseAlreadyStarted(services.Logger, http.Request.Path.Value ?? "/");
                }

                return;
            }

            if (!state.WriteScheduled)
            {
                state.WriteScheduled = true;
                http.Response.OnStarting(static feature => ((TargetVisitorFeature)feature).WriteCookies(), this);
            }
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
