using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>
/// The last step of every decided call, edge or local: renews the visitor's <c>mbox</c> cookie with the session id
/// and the tntId the decision returned (or the request carried), picks the location hint, writes the cookies into the
/// request's visitor state and shapes the <see cref="TargetDeliveryResponse"/>. One piece of code, so a visitor
/// moving between decisioning methods keeps their identity.
/// </summary>
internal static class TargetResponseBuilder
{
    /// <summary>Builds the response of a decided call.</summary>
    /// <param name="visitor">The call's visitor.</param>
    /// <param name="completed">The completed request.</param>
    /// <param name="response">The edge's or the engine's response; <see langword="null"/> for a 204.</param>
    /// <param name="method">Which method decided.</param>
    /// <param name="now">The current time.</param>
    public static TargetDeliveryResponse Build(ResolvedVisitor visitor, DeliveryRequest completed, DeliveryResponse? response, DecisioningMethod method, DateTimeOffset now)
    {
        var tntId = response?.Id?.TntId ?? completed.Id?.TntId;
        var hint = LocationHint.FromTntId(tntId) ?? visitor.LocationHint ?? LocationHint.FromEdgeHost(response?.EdgeHost);
        var renewed = visitor.Cookie.Renew(visitor.SessionId, tntId, now);
        var targetCookie = MboxCookieCodec.Format(renewed, now);
        var hintCookie = hint is null ? null : MboxCookieCodec.WriteLocationHint(hint);
        visitor.State?.Apply(renewed, hint, targetCookie, hintCookie);
        return new TargetDeliveryResponse
        {
            Request = completed,
            Response = response,
            TargetCookie = targetCookie,
            TargetLocationHintCookie = hintCookie,
            SessionId = visitor.SessionId,
            TntId = tntId,
            LocationHint = hint,
            Meta = new TargetDeliveryMeta(method),
        };
    }
}
