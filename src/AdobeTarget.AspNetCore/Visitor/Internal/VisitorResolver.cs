using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// The one owner of "who is this call's visitor", for the client and the notifier alike.
/// </summary>
/// <remarks>
/// The precedence rule: a value passed explicitly in <see cref="TargetDeliveryOptions"/> wins over one found
/// automatically (the request's cookies, read by <c>UseAdobeTarget()</c>); between two explicit values, the session in
/// <see cref="TargetDeliveryOptions.TargetCookie"/> wins over <see cref="TargetDeliveryOptions.SessionId"/>, as in
/// Adobe's SDKs. A caller that passes a cookie manages the visitor's cookies itself: the request's are neither read nor
/// written for that call.
/// </remarks>
internal sealed class VisitorResolver(IHttpContextAccessor httpContextAccessor, IOptions<AdobeTargetOptions> options, TimeProvider timeProvider)
{
    /// <summary>Resolves the visitor of a call.</summary>
    /// <exception cref="ArgumentException">The explicit session id is not a valid one.</exception>
    public ResolvedVisitor Resolve(TargetDeliveryOptions call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var explicitSession = ValidSessionOption(call.SessionId);
        var explicitHint = LocationHint.Validate(call.TargetLocationHint);
        if (call.TargetCookie is not null)
        {
            var cookie = MboxCookieCodec.Parse(call.TargetCookie, timeProvider.GetUtcNow());
            return new ResolvedVisitor(
                VisitorSource.Explicit,
                cookie,
                cookie.SessionId ?? explicitSession ?? TargetSessionId.New(),
                explicitHint,
                new VisitorContext(cookie.TntId, null, call.PageView, null),
                null);
        }

        var http = httpContextAccessor.HttpContext;
        var state = http?.Features.Get<TargetVisitorState>();
        var feature = http?.Features.Get<ITargetVisitorFeature>();
        if (state is { HasEnded: false } && ReferenceEquals(state, feature))
        {
            var (cookie, hint) = state.Current();
            return new ResolvedVisitor(
                VisitorSource.Request,
                cookie,
                explicitSession ?? cookie.SessionId ?? state.NewSessionId(),
                explicitHint ?? hint,
                new VisitorContext(cookie.TntId, state.MarketingCloudVisitorId, call.PageView ?? state.PageView, state.AmbientContext),
                state);
        }

        if (feature is not null && http is not null && state?.HasEnded != true)
        {
            return FromApplicationFeature(feature, http, call, explicitSession, explicitHint);
        }

        return new ResolvedVisitor(
            VisitorSource.None,
            MboxCookie.Empty,
            explicitSession ?? TargetSessionId.New(),
            explicitHint,
            new VisitorContext(null, null, call.PageView, null),
            null);
    }

    private ResolvedVisitor FromApplicationFeature(ITargetVisitorFeature feature, HttpContext http, TargetDeliveryOptions call, string? explicitSession, string? explicitHint)
    {
        var tntId = MboxCookieCodec.IsValidValue(feature.TntId) ? feature.TntId : null;
        return new ResolvedVisitor(
            VisitorSource.Application,
            MboxCookie.Empty,
            explicitSession ?? TargetSessionId.Validate(feature.SessionId) ?? TargetSessionId.New(),
            explicitHint ?? LocationHint.Validate(feature.LocationHint),
            new VisitorContext(
                tntId,
                MarketingCloudVisitorIdReader.IsValid(feature.MarketingCloudVisitorId) ? feature.MarketingCloudVisitorId : null,
                call.PageView ?? feature.PageView,
                RequestContextReader.Read(http, options.Value.RequestContext)),
            null);
    }

    private static string? ValidSessionOption(string? sessionId) =>
        sessionId is null
            ? null
            : TargetSessionId.Validate(sessionId)
              ?? throw new ArgumentException("TargetDeliveryOptions.SessionId must be 1 to 128 printable characters without spaces, '?' or '/'.", nameof(sessionId));
}
