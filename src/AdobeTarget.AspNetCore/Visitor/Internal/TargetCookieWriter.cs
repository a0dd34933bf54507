using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AdobeTarget.Internal;

/// <summary>Writes the Target cookies with the configured <see cref="CookieBuilder"/>, honouring a consent policy.</summary>
internal static class TargetCookieWriter
{
    public static void Write(HttpContext http, TargetVisitorServices services, TargetCookie mbox, TargetCookie? hint)
    {
        var builder = services.Options.Cookie;
        if (!builder.IsEssential && http.Features.Get<ITrackingConsentFeature>() is { CanTrack: false })
        {
            TargetVisitorLog.CookiesBlockedByConsent(services.Logger);
            return;
        }

        try
        {
            var now = services.TimeProvider.GetUtcNow();
            Append(http, builder, mbox, now);
            if (hint is not null)
            {
                Append(http, builder, hint, now);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // A cookie that cannot be written must not fail the visitor's page.
            TargetVisitorLog.CookieWriteFailed(services.Logger, e);
        }
    }

    private static void Append(HttpContext http, CookieBuilder builder, TargetCookie cookie, DateTimeOffset now)
    {
        var options = builder.Build(http, now);
        options.MaxAge = TimeSpan.FromSeconds(cookie.MaxAge);
        options.Expires = now.AddSeconds(cookie.MaxAge);
        http.Response.Cookies.Append(cookie.Name, cookie.Value, options);
    }
}
