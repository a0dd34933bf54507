using System.Text.Json.Nodes;
using AdobeTarget.Decisioning.Decisions;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning;

/// <summary>
/// Decides Delivery API requests locally from a <see cref="TargetArtifact"/>, as Adobe's on-device engine does:
/// rules in artifact order (first match for a named mbox, every match for the global mbox and views), allocation
/// by MurmurHash3 of the visitor id, options shaped as the edge shapes them, display notifications for execute.
/// Thread-safe; keep one instance.
/// </summary>
public sealed class OnDeviceDecider
{
    private readonly TimeProvider _timeProvider;
    private readonly PublicSuffixList _suffixes = PublicSuffixList.LoadBundled();
    private readonly UserAgentCache _userAgents = new();

    /// <summary>Creates a decider.</summary>
    /// <param name="timeProvider">The clock for <c>current_timestamp</c>/<c>current_day</c>/<c>current_time</c>, notification timestamps and timings.</param>
    public OnDeviceDecider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Whether the request's geo must be looked up from its IP address before deciding: the artifact has geo rules,
    /// <c>context.geo.ipAddress</c> is a valid address (or <c>unknownIpAddress</c>) and no geo value is given. Pass
    /// the result as <see cref="OnDeviceRequest.LookedUpGeo"/>.
    /// </summary>
    /// <param name="artifact">The artifact.</param>
    /// <param name="request">The Delivery API request.</param>
    /// <returns>True when a lookup is needed.</returns>
    public static bool NeedsGeoLookup(TargetArtifact artifact, DeliveryRequest request)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(request);
        return GeoLookupRule.NeedsLookup(artifact, request);
    }

    /// <summary>Decides a request. Never calls the network; bad request values decide as absent.</summary>
    /// <param name="artifact">The compiled artifact.</param>
    /// <param name="request">The request and what the server knows.</param>
    /// <returns>The response, pending notifications and telemetry.</returns>
    public OnDeviceDecision Decide(TargetArtifact artifact, OnDeviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Request);
        var started = _timeProvider.GetTimestamp();
        var now = _timeProvider.GetUtcNow();
        var delivery = request.Request;
        var clientCode = request.ClientCode ?? string.Empty;

        var visitor = VisitorIdentity.Prepare(delivery.Id, request.LocationHint);
        var requestId = string.IsNullOrEmpty(delivery.RequestId) ? NotificationIds.Next() : delivery.RequestId;
        var context = delivery.Context;
        var requestContext = new RequestContext(
            now,
            new UserContext(_userAgents.Parse(context?.UserAgent, context?.ClientHints)),
            ParseUrl(context?.Address?.Url),
            ParseUrl(context?.Address?.ReferringUrl),
            GeoContext.From(request.LookedUpGeo ?? context?.Geo));
        var parsed = _timeProvider.GetTimestamp();

        var ruleContext = new RuleContext(requestContext, clientCode, VisitorIdentity.AllocationId(visitor));
        var notifications = new NotificationCollector(now.ToUnixTimeMilliseconds());
        var traceHeader = delivery.Trace is null ? null : CreateTraceHeader(artifact, request, clientCode, visitor);
        var run = new DecisionRun(artifact, ruleContext, new OutcomeShaper(artifact, requestContext.Geo), ParseUrl, delivery.Property?.Token, traceHeader, notifications);

        var dependency = artifact.GetEdgeDependency(delivery);
        var response = new DeliveryResponse
        {
            Status = dependency.IsRemoteNeeded ? 206 : 200,
            RequestId = requestId,
            Id = visitor,
            Client = clientCode,
            Execute = delivery.Execute is null ? null : run.DecideExecute(delivery.Execute),
            Prefetch = delivery.Prefetch is null ? null : run.DecidePrefetch(delivery.Prefetch),
            AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement>(StringComparer.Ordinal)
            {
                ["remoteMboxes"] = DecisioningJsonContext.StringArrayElement(dependency.RemoteMboxes),
                ["remoteViews"] = DecisioningJsonContext.StringArrayElement(dependency.RemoteViews),
            },
        };

        var telemetry = TelemetryFacts.Create(delivery, requestId, now, _timeProvider.GetElapsedTime(started), _timeProvider.GetElapsedTime(started, parsed));
        return new OnDeviceDecision(response, notifications.Notifications.AsReadOnly(), telemetry);
    }

    private UrlContext ParseUrl(string? url) =>
        string.IsNullOrEmpty(url) ? UrlContext.Empty : UrlContext.From(UrlParser.Parse(url, _suffixes));

    private static TraceHeader CreateTraceHeader(TargetArtifact artifact, OnDeviceRequest request, string clientCode, VisitorId visitor)
    {
        var artifactJson = new JsonObject
        {
            ["artifactLocation"] = request.ArtifactLocation ?? "Not Applicable",
            ["artifactVersion"] = artifact.Version,
        };
        foreach (var (key, value) in artifact.Meta)
        {
            artifactJson[key] = TraceJson.ToNode(value);
        }

        var visitorJson = TraceJson.ToObject(visitor);
        if (visitor.TntId is { } tntId)
        {
            var parts = tntId.Split('.');
            visitorJson["tntId"] = parts[0];
            if (parts.Length > 1)
            {
                visitorJson["profileLocation"] = parts[1];
            }
        }

        return new TraceHeader(clientCode, artifactJson, new JsonObject { ["visitorId"] = visitorJson }, request.SessionId, artifact.Environment);
    }
}
