using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// The <see cref="ITargetClient"/>: resolves the call's visitor, completes the request, decides it on the edge through
/// the <see cref="DeliveryChannel"/> or locally through <see cref="OnDeviceDecisions"/> (as <see cref="DecisionRouter"/>
/// chooses), and renews the visitor's cookies the same way for both.
/// </summary>
internal sealed class TargetClient(
    DeliveryChannel channel,
    VisitorResolver visitors,
    DecisionRouter router,
    OnDeviceDecisions onDevice,
    DeliveryFailureLog failureLog,
    IOptions<AdobeTargetOptions> options,
    TimeProvider timeProvider,
    ILogger<TargetClient> logger) : ITargetClient
{
    public Task<TargetDeliveryResponse> GetOffersAsync(TargetDeliveryOptions options, CancellationToken cancellationToken = default) =>
        SendAsync(RequireRequest(options), options, edgeOnly: false, cancellationToken);

    public async Task<TargetAttributes> GetAttributesAsync(IEnumerable<string> mboxNames, TargetDeliveryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mboxNames);
        var request = RequireRequest(options);
        var names = mboxNames.ToList();
        if (names.Count == 0 || names.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one mbox, and no empty names.", nameof(mboxNames));
        }

        var response = await SendAsync(AttributeRequest.WithExecutedMboxes(request, names), options, edgeOnly: false, cancellationToken).ConfigureAwait(false);
        return new TargetAttributes(response, ResponseItems.AttributesOf(response.Response));
    }

    public Task<TargetDeliveryResponse> SendNotificationsAsync(TargetDeliveryOptions options, CancellationToken cancellationToken = default)
    {
        var request = RequireRequest(options);
        NotificationRules.ThrowIfIncomplete(request.Notifications);
        return SendAsync(request, options, edgeOnly: true, cancellationToken); // notifications always go to the edge
    }

    private static DeliveryRequest RequireRequest(TargetDeliveryOptions call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.DecisioningMethod is { } method && !Enum.IsDefined(method))
        {
            throw new ArgumentException($"TargetDeliveryOptions.DecisioningMethod must be ServerSide, OnDevice or Hybrid (got {(int)method}).", nameof(call));
        }

        return call.Request ?? throw new ArgumentException("TargetDeliveryOptions.Request is required.", nameof(call));
    }

    private async Task<TargetDeliveryResponse> SendAsync(DeliveryRequest request, TargetDeliveryOptions call, bool edgeOnly, CancellationToken cancellationToken)
    {
        var visitor = visitors.Resolve(call);
        if (visitor.LocationHint is null && call.TargetLocationHint is { Length: > 0 } ignored)
        {
            TargetClientLog.LocationHintIgnored(logger, ignored.Length);
        }

        var settings = options.Value;
        var completed = DeliveryRequestCompletion.Complete(request, call, visitor.Context, settings);
        if (!edgeOnly && (call.DecisioningMethod ?? settings.DecisioningMethod) is var method && method != TargetDecisioningMethod.ServerSide)
        {
            ArtifactSnapshot? local;
            try
            {
                local = router.ChooseLocal(method, completed);
            }
            catch (TargetArtifactUnavailableException e)
            {
                onDevice.Failed(e);
                throw;
            }

            if (local is not null)
            {
                OnDeviceDecision decision;
                try
                {
                    decision = await onDevice.DecideAsync(local, completed, visitor, cancellationToken).ConfigureAwait(false);
                }
                catch (TargetDecisioningException) when (method == TargetDecisioningMethod.Hybrid)
                {
                    // Logged once by OnDeviceDecisions; hybrid still has the edge, which decides the whole request.
                    return await ExchangeAsync(completed, visitor, cancellationToken).ConfigureAwait(false);
                }

                var decided = TargetResponseBuilder.Build(visitor, completed, decision.Response, DecisioningMethod.OnDevice, timeProvider.GetUtcNow());
                await onDevice.NotifyAsync(decision, decided, cancellationToken).ConfigureAwait(false);
                return decided;
            }
        }

        return await ExchangeAsync(completed, visitor, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TargetDeliveryResponse> ExchangeAsync(DeliveryRequest completed, ResolvedVisitor visitor, CancellationToken cancellationToken)
    {
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

        return TargetResponseBuilder.Build(visitor, completed, response, DecisioningMethod.ServerSide, timeProvider.GetUtcNow());
    }
}
