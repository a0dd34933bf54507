using System.Text.Json;
using AdobeTarget.Delivery;

namespace AdobeTarget;

/// <summary>The result of an <see cref="ITargetClient"/> call, shaped as the official SDKs return it.</summary>
public sealed class TargetDeliveryResponse
{
    private IReadOnlyList<AnalyticsResponse>? _analyticsDetails;
    private IReadOnlyList<IDictionary<string, JsonElement>>? _trace;
    private IReadOnlyList<IDictionary<string, JsonElement>>? _responseTokens;

    /// <summary>Gets the request as it was sent, completed by the client (visitor ids, context, analytics, property).</summary>
    public DeliveryRequest? Request { get; init; }

    /// <summary>Gets the edge's response; <see langword="null"/> for a beacon request, which the edge answers with 204 and no body.</summary>
    public DeliveryResponse? Response { get; init; }

    /// <summary>Gets the <c>mbox</c> cookie to hand back to the visitor.</summary>
    public required TargetCookie TargetCookie { get; init; }

    /// <summary>Gets the <c>mboxEdgeCluster</c> cookie, when the visitor's location hint is known.</summary>
    public TargetCookie? TargetLocationHintCookie { get; init; }

    /// <summary>Gets the session id the call used.</summary>
    public required string SessionId { get; init; }

    /// <summary>Gets the visitor's tntId after the call, when known.</summary>
    public string? TntId { get; init; }

    /// <summary>Gets the visitor's location hint after the call, when known.</summary>
    public string? LocationHint { get; init; }

    /// <summary>Gets the Analytics payloads of the response, for client-side Analytics for Target.</summary>
    /// <remarks>Gathered from <see cref="Response"/> on first read unless set.</remarks>
    public IReadOnlyList<AnalyticsResponse> AnalyticsDetails
    {
        get => _analyticsDetails ??= Internal.ResponseItems.AnalyticsOf(Response);
        init => _analyticsDetails = value;
    }

    /// <summary>Gets the trace data of every mbox, view and page load that carried some.</summary>
    /// <remarks>Gathered from <see cref="Response"/> on first read unless set.</remarks>
    public IReadOnlyList<IDictionary<string, JsonElement>> Trace
    {
        get => _trace ??= Internal.ResponseItems.TraceOf(Response);
        init => _trace = value;
    }

    /// <summary>Gets the response tokens of every option that carried some.</summary>
    /// <remarks>Gathered from <see cref="Response"/> on first read unless set.</remarks>
    public IReadOnlyList<IDictionary<string, JsonElement>> ResponseTokens
    {
        get => _responseTokens ??= Internal.ResponseItems.ResponseTokensOf(Response);
        init => _responseTokens = value;
    }

    /// <summary>Gets how the response was decided.</summary>
    public TargetDeliveryMeta Meta { get; init; } = new(DecisioningMethod.ServerSide);

    /// <summary>Gets or sets the notifier's view of this response, made on first use.</summary>
    internal Internal.NotificationTarget? NotificationTarget { get; set; }
}
