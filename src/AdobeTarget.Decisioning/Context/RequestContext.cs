using System.Globalization;
using AdobeTarget.Decisioning.Conditions;

namespace AdobeTarget.Decisioning;

/// <summary>
/// The request-wide part of every rule context: time, user agent, page and referring URLs, geo. Immutable.
/// </summary>
internal sealed class RequestContext
{
    /// <summary>Creates the request context.</summary>
    public RequestContext(DateTimeOffset now, UserContext user, UrlContext page, UrlContext referring, GeoContext geo)
    {
        var utc = now.UtcDateTime;
        CurrentTimestamp = JsValue.FromNumber(now.ToUnixTimeMilliseconds());
        CurrentTime = JsValue.FromString(utc.ToString("HHmm", CultureInfo.InvariantCulture));
        CurrentDay = JsValue.FromNumber(utc.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)utc.DayOfWeek);
        User = user;
        Page = page;
        Referring = referring;
        Geo = geo;
    }

    /// <summary><c>current_timestamp</c>: milliseconds since the Unix epoch.</summary>
    public JsValue CurrentTimestamp { get; }

    /// <summary><c>current_time</c>: <c>"HHmm"</c> in UTC, a string.</summary>
    public JsValue CurrentTime { get; }

    /// <summary><c>current_day</c>: 1 = Monday … 7 = Sunday, UTC, a number.</summary>
    public JsValue CurrentDay { get; }

    /// <summary><c>user</c>.</summary>
    public UserContext User { get; }

    /// <summary><c>page</c> from <c>context.address.url</c>.</summary>
    public UrlContext Page { get; }

    /// <summary><c>referring</c> from <c>context.address.referringUrl</c>.</summary>
    public UrlContext Referring { get; }

    /// <summary><c>geo</c>.</summary>
    public GeoContext Geo { get; }
}
