using System.Globalization;
using System.Text;

namespace AdobeTarget.LoadTest;

/// <summary>The latencies and outcomes of one phase.</summary>
public sealed record PhaseResult(string Name, int Requests, int Failed, int DefaultContent, double P50Ms, double P99Ms, double MaxMs)
{
    /// <summary>Gets how long into the phase a circuit breaker first opened, or null if none opened in it.</summary>
    public double? OpenedAfterMs { get; init; }

    /// <summary>Gets the latencies of the pages started once the breaker had opened, or null if none opened.</summary>
    public Latencies? AfterOpen { get; init; }

    /// <summary>Gets how long the phase lasted, in seconds (until its last page was answered).</summary>
    public double Seconds { get; init; }

    /// <summary>Gets the pages answered per second.</summary>
    public double PagesPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    /// <summary>Gets how many pages Target answered without content for an mbox (a decision, but no offer).</summary>
    public int EmptyContent { get; init; }

    /// <summary>Gets how many pages were decided on this server (from the rules artifact).</summary>
    public int OnDevicePages { get; init; }

    /// <summary>Gets the app's artifact downloads during the phase, by outcome.</summary>
    public IReadOnlyDictionary<string, long> ArtifactDownloads { get; init; } = new Dictionary<string, long>();

    /// <summary>Gets the machine's 1-minute load average at the end of the phase, or null where it cannot be read.</summary>
    public double? LoadAverage { get; init; }
}

/// <summary>What a load run saw: per phase, the thread pool, and where every notification went.</summary>
public sealed record LoadResult(
    IReadOnlyList<PhaseResult> Phases,
    long FaultsInjected,
    int MaxThreads,
    long MaxPendingWorkItems,
    long NotificationsQueued,
    long NotificationsSent,
    long NotificationsFailed,
    long NotificationsDropped,
    long EdgeImpressions)
{
    /// <summary>Gets how many times the circuit breaker changed state (open, half-open, closed).</summary>
    public long CircuitStateChanges { get; init; }

    /// <summary>Gets where the app decided.</summary>
    public TargetDecisioningMethod Decisioning { get; init; }

    /// <summary>Gets how many of <see cref="EdgeImpressions"/> the edge counted as decided on device (by the artifact's event tokens).</summary>
    public long EdgeOnDeviceImpressions { get; init; }

    /// <summary>Gets the app's artifact downloads by outcome (<c>adobe_target.artifact.downloads</c>); empty when server-side.</summary>
    public IReadOnlyDictionary<string, long> ArtifactDownloads { get; init; } = new Dictionary<string, long>();

    /// <summary>Gets the app's artifact downloads outside the phases (before the load: the first download), by outcome.</summary>
    public IReadOnlyDictionary<string, long> ArtifactDownloadsOutsidePhases =>
        ArtifactDownloads.Select(d => (d.Key, Count: d.Value - Phases.Sum(p => p.ArtifactDownloads.GetValueOrDefault(d.Key))))
            .Where(d => d.Count != 0).ToDictionary(d => d.Key, d => d.Count);

    /// <summary>Gets the faults injected into artifact downloads, by kind.</summary>
    public IReadOnlyDictionary<ArtifactFault, long> ArtifactFaults { get; init; } = new Dictionary<ArtifactFault, long>();

    /// <summary>Gets how many artifact downloads reached the edge (no fault injected).</summary>
    public long ArtifactDownloadsPassed { get; init; }

    private bool OnDevice => Decisioning != TargetDecisioningMethod.ServerSide;

    /// <summary>Gets how many queued notifications never reached the edge (queued but neither sent nor failed, or failed, or dropped).</summary>
    public long NotificationsLost => NotificationsQueued - NotificationsSent;

    /// <summary>Gets a value indicating whether no page failed and every notification is accounted for and, here, delivered.</summary>
    public bool Passed =>
        Phases.All(p => p.Failed == 0) &&
        NotificationsQueued == NotificationsSent + NotificationsFailed &&
        NotificationsSent == EdgeImpressions &&
        NotificationsFailed == 0 && NotificationsDropped == 0 &&
        (!OnDevice || Phases.All(p => p.DefaultContent == 0 && p.EmptyContent == 0 && p.OnDevicePages == p.Requests)) &&
        (Decisioning != TargetDecisioningMethod.OnDevice || EdgeOnDeviceImpressions == EdgeImpressions);

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var phase in Phases)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{phase.Name,-9} {phase.Requests,8} requests in {phase.Seconds:0.0} s ({phase.PagesPerSecond:0} pages/s, {phase.OnDevicePages} decided on device), {phase.Failed} failed, {phase.DefaultContent} served default content, {phase.EmptyContent} without content; p50 {phase.P50Ms:0.0} ms, p99 {phase.P99Ms:0.0} ms, max {phase.MaxMs:0.0} ms; load average {(phase.LoadAverage is { } load ? load.ToString("0.00", CultureInfo.InvariantCulture) : "?")}");
            if (phase is { AfterOpen: { } open, OpenedAfterMs: { } openedAfter })
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"          breaker opened {openedAfter / 1000:0.0} s in; {open.Count} pages after: p50 {open.P50Ms:0.0} ms, p99 {open.P99Ms:0.0} ms, max {open.MaxMs:0.0} ms");
            }
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"faults injected into delivery calls: {FaultsInjected}; circuit state changes: {CircuitStateChanges}; thread pool: at most {MaxThreads} threads, {MaxPendingWorkItems} queued work items");
        text.AppendLine(CultureInfo.InvariantCulture, $"notifications: {NotificationsQueued} queued, {NotificationsSent} sent, {NotificationsFailed} failed, {NotificationsDropped} dropped, {NotificationsLost} lost; the edge counted {EdgeImpressions}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  of which decided on device: {EdgeOnDeviceImpressions}");
        if (OnDevice)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"artifact downloads by outcome: {Join(ArtifactDownloads)} (outside the phases: {Join(ArtifactDownloadsOutsidePhases)}; per phase: {string.Join("; ", Phases.Select(p => $"{p.Name} {Join(p.ArtifactDownloads)}"))})");
            text.AppendLine(CultureInfo.InvariantCulture, $"faults injected into artifact downloads: {Join(ArtifactFaults)}; {ArtifactDownloadsPassed} downloads reached the edge");
        }

        text.Append(Passed ? "PASS: no failed request, every notification delivered" + (OnDevice ? ", every page decided on device with Target content" : "") : "FAIL");
        return text.ToString();
    }

    private static string Join<TKey>(IReadOnlyDictionary<TKey, long> counts)
        where TKey : notnull =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));
}
