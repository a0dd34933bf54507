using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// The <see cref="ITargetClient"/>: resolves the call's visitor, completes the request, exchanges it through the
/// <see cref="DeliveryChannel"/> and renews the visitor's cookies.
/// </summary>
internal sealed class TargetClient(
    DeliveryChannel channel,
    VisitorResolver visitors,
    DeliveryFailureLog failureLog,
    IOptions<AdobeTargetOptions> options,
    TimeProvider timeProvider,
    ILogger<TargetClient> logger) : ITargetClient
{
    public Task<TargetDeliveryResponse> GetOffersAsync(TargetDeliveryOptions options, CancellationToken cancellationToken = default) =>
        SendAsync(RequireRequest(options), options, cancellationToken);

    public async Task<TargetAttributes> GetAttributesAsync(IEnumerable<string> mboxNames, TargetDeliveryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mboxNames);
        var request = RequireRequest(options);
        var names = mboxNames.ToList();
        if (names.Count == 0 || names.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one mbox, and no empty names.", nameof(mboxNames));
        }

        var response = await SendAsync(AttributeRequest.WithExecutedMboxes(request, names), options, cancellationToken).ConfigureAwait(false);
        return new TargetAttributes(response, ResponseItems.AttributesOf(response.Response));
    }

    public Task<TargetDeliveryResponse> SendNotificationsAsync(TargetDeliveryOptions options, CancellationToken cancellationToken = default)
    {
        var request = RequireRequest(options);
        NotificationRules.ThrowIfIncomplete(request.Notifications);
        return SendAsync(request, options, cancellationToken);
    }

    private static DeliveryRequest RequireRequest(TargetDeliveryOptions call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.Request ?? throw new ArgumentException("TargetDeliveryOptions.Request is required.", nameof(call));
    }

    private async Task<TargetDeliveryResponse> SendAsync(DeliveryRequest request, TargetDeliveryOptions call, CancellationToken cancellationToken)
    {
        var visitor = visitors.Resolve(call);
        if (visitor.LocationHint is null && call.TargetLocationHint is { Length: > 0 } ignored)
        {
            TargetClientLog.LocationHintIgnored(logger, ignored.Length);
        }

        var completed = DeliveryRequestCompletion.Complete(request, call, visitor.Context, options.Value);
        var routeHint = visitor.LocationHint ?? LocationHint.FromTntId(completed.Id?.TntId);
        DeliveryResponse? response;
        try
        {
            response = await channel.ExchangeAsync(completed, visitor.SessionId, routeHint, cancellationToken).ConfigureAwait(false);
        }
        catch (TargetException e)
        {
            failureLog.Failed(e, e.EdgeAuthority ?? "edge");
            throw;
        }

        var now = timeProvider.GetUtcNow();
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
        };
    }
}
