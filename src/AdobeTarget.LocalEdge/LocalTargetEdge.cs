using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using AdobeTarget.Delivery;
using AdobeTarget.LocalEdge.Internal;

namespace AdobeTarget.LocalEdge;

/// <summary>
/// A stand-in of Target's edge that serves hand-written activities: it assigns tntIds with a location hint,
/// allocates each visitor to an experience by weight and keeps it, answers <c>execute</c> (counting an impression)
/// and <c>prefetch</c> (with event tokens, state and click metrics, counting nothing), and validates notifications
/// as the edge does (one bad token rejects the request with 400). Thread-safe.
/// </summary>
public sealed class LocalTargetEdge
{
    private readonly EventTokens _tokens;
    private readonly ConcurrentDictionary<(long Activity, long Experience), ExperienceCounters> _counters = new();
    private readonly BoundedSet<(string ImpressionId, long Activity, long Experience, char Kind)> _counted;
    private readonly BoundedSet<(long Activity, string Visitor)> _converted;

    /// <summary>Initializes a new instance of the <see cref="LocalTargetEdge"/> class.</summary>
    /// <param name="activities">The activities to serve (checked with <see cref="LocalActivitiesLoader.Check"/>).</param>
    /// <param name="options">Settings; defaults when <see langword="null"/>.</param>
    /// <exception cref="InvalidDataException">The activities cannot be served.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="LocalEdgeOptions.MaxTrackedIds"/> is not positive.</exception>
    public LocalTargetEdge(LocalActivities activities, LocalEdgeOptions? options = null)
    {
        LocalActivitiesLoader.Check(activities);
        Activities = activities;
        Options = options ?? new LocalEdgeOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxTrackedIds, "options.MaxTrackedIds");
        _counted = new(Options.MaxTrackedIds);
        _converted = new(Options.MaxTrackedIds);
        _tokens = new EventTokens(Options.TokenSecret is { } secret ? Encoding.UTF8.GetBytes(secret) : RandomNumberGenerator.GetBytes(32));
        Artifacts = new LocalArtifacts(activities, Options, _tokens);
        Geo = new LocalGeoMap(activities);
    }

    /// <summary>Gets the activities served.</summary>
    public LocalActivities Activities { get; }

    /// <summary>Gets the edge's settings.</summary>
    public LocalEdgeOptions Options { get; }

    /// <summary>
    /// Gets the rules artifact the edge publishes for production (<c>rules.json</c>, served at
    /// <c>{prefix}/{client}/production/v1/rules.json</c>): its activities as Target's on-device rules, with the edge's
    /// allocation and event tokens. Built once, on first use.
    /// </summary>
    public ReadOnlyMemory<byte> RulesJson => Artifacts.Find("production", "rules.json")!.Bytes;

    /// <summary>Gets <see cref="RulesJson"/> obfuscated as <c>rules.bin</c> with <see cref="LocalEdgeOptions.OrganizationId"/>.</summary>
    public ReadOnlyMemory<byte> RulesBin => Artifacts.Find("production", "rules.bin")!.Bytes;

    internal LocalArtifacts Artifacts { get; }

    internal LocalGeoMap Geo { get; }

    /// <summary>Gets the host name the edge reports as <c>edgeHost</c>.</summary>
    public string EdgeHost => $"mboxedge{Options.LocationHint}.tt.omtrdc.net";

    /// <summary>Answers one delivery request.</summary>
    /// <param name="request">The request body, or <see langword="null"/> when it could not be read.</param>
    /// <param name="sessionId">The <c>sessionId</c> query parameter.</param>
    /// <param name="imsOrgId">The <c>imsOrgId</c> query parameter.</param>
    /// <returns>The answer.</returns>
    public LocalEdgeAnswer Answer(DeliveryRequest? request, string? sessionId, string? imsOrgId)
    {
        if (string.IsNullOrWhiteSpace(sessionId))
        {
            return LocalEdgeAnswer.BadRequest("The sessionId query parameter is required.");
        }

        if (string.IsNullOrWhiteSpace(imsOrgId))
        {
            return LocalEdgeAnswer.BadRequest("The imsOrgId query parameter is required.");
        }

        if (request is null)
        {
            return LocalEdgeAnswer.BadRequest("The request body is not a delivery request.");
        }

        if (request.Context?.Channel is null)
        {
            return LocalEdgeAnswer.BadRequest("context.channel is required.");
        }

        var visitor = LocalVisitor.Of(request.Id, Options.LocationHint);
        var notifications = new NotificationCheck(_tokens).Check(request.Notifications);
        if (notifications.Error is { } error)
        {
            return LocalEdgeAnswer.BadRequest(error);
        }

        foreach (var (impressionId, activity, experience, kind, onDevice) in notifications.Counted)
        {
            if (impressionId is not null && !_counted.Add((impressionId, activity, experience, kind)))
            {
                continue; // as the edge does: a second request with the same impression id counts nothing
            }

            var counters = Counters(activity, experience);
            if (kind == 'd')
            {
                counters.Impression(visitor.Key, onDevice);
            }
            else if (_converted.Add((activity, visitor.Key)))
            {
                counters.Conversion(visitor.Key); // as Target reports by default: one conversion per visitor per activity
            }
        }

        var builder = new ResponseBuilder(this, _tokens, visitor, request.Property?.Token);
        var response = new DeliveryResponse
        {
            Status = 200,
            RequestId = request.RequestId ?? Guid.NewGuid().ToString("N"),
            Client = Options.ClientCode,
            Id = (request.Id ?? new VisitorId()) with { TntId = visitor.TntId },
            EdgeHost = EdgeHost,
            Execute = builder.Execute(request.Execute),
            Prefetch = builder.Prefetch(request.Prefetch),
            Notifications = request.Notifications is { Count: > 0 } sent ? [.. sent.Select(n => new NotificationResponse { Id = n.Id })] : null,
        };
        return request.Context.Beacon == true ? new LocalEdgeAnswer(204, null, null) : new LocalEdgeAnswer(200, response, null);
    }

    /// <summary>Gets what the edge has counted so far.</summary>
    /// <returns>Visitors, impressions and conversions (once per visitor per activity) per activity and experience.</returns>
    public LocalEdgeReport Report() => new(
        [.. Activities.Activities.Select(a => new LocalActivityReport(
            a.Id,
            a.Name,
            a.Mbox is not null ? $"mbox:{a.Mbox}" : a.View is not null ? $"view:{a.View}" : "pageLoad",
            [.. a.Experiences.Select(e =>
            {
                var counters = _counters.GetValueOrDefault((a.Id, e.Id));
                return new LocalExperienceReport(e.Id, e.Name, e.Weight, counters?.Visitors ?? 0, counters?.Impressions ?? 0, counters?.Conversions ?? 0)
                {
                    OnDeviceImpressions = counters?.OnDeviceImpressions ?? 0,
                };
            })]))])
    {
        UntrackedIds = _counted.Overflow + _converted.Overflow + _counters.Values.Sum(c => c.UntrackedVisitors),
    };

    /// <summary>Forgets every count.</summary>
    public void Reset()
    {
        _counters.Clear();
        _counted.Clear();
        _converted.Clear();
    }

    /// <summary>
    /// Gets the experience a visitor has in an activity: sticky, by weight, and the same as Adobe's on-device engine
    /// decides from the artifact the edge publishes (see <see cref="Decisioning.TargetAllocation"/>).
    /// </summary>
    /// <param name="activity">The activity.</param>
    /// <param name="clientCode">The client code the edge answers as (<see cref="LocalEdgeOptions.ClientCode"/>).</param>
    /// <param name="visitorId">The visitor's id as <see cref="Decisioning.TargetAllocation.VisitorIdOf"/> chooses it (an ECID, a tntId before its first dot, a third-party id).</param>
    /// <returns>The experience.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The activity has no experiences.</exception>
    public static LocalExperience ExperienceOf(LocalActivity activity, string clientCode, string visitorId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(clientCode);
        ArgumentNullException.ThrowIfNull(visitorId);
        if (activity.Experiences.Count == 0)
        {
            throw new ArgumentException($"Activity {activity.Id} has no experiences.", nameof(activity));
        }

        return Allocation.Choose(activity, clientCode, visitorId);
    }

    internal ExperienceCounters Counters(long activity, long experience) => _counters.GetOrAdd((activity, experience), static (_, max) => new ExperienceCounters(max), Options.MaxTrackedIds);
}
