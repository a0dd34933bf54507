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

    /// <summary>Gets how many queued notifications never reached the edge (queued but neither sent nor failed, or failed, or dropped).</summary>
    public long NotificationsLost => NotificationsQueued - NotificationsSent;

    /// <summary>Gets a value indicating whether no page failed and every notification is accounted for and, here, delivered.</summary>
    public bool Passed =>
        Phases.All(p => p.Failed == 0) &&
        NotificationsQueued == NotificationsSent + NotificationsFailed &&
        NotificationsSent == EdgeImpressions &&
        NotificationsFailed == 0 && NotificationsDropped == 0;

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var phase in Phases)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{phase.Name,-9} {phase.Requests,8} requests, {phase.Failed} failed, {phase.DefaultContent} served default content; p50 {phase.P50Ms:0.0} ms, p99 {phase.P99Ms:0.0} ms, max {phase.MaxMs:0.0} ms");
            if (phase is { AfterOpen: { } open, OpenedAfterMs: { } openedAfter })
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"          breaker opened {openedAfter / 1000:0.0} s in; {open.Count} pages after: p50 {open.P50Ms:0.0} ms, p99 {open.P99Ms:0.0} ms, max {open.MaxMs:0.0} ms");
            }
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"faults injected: {FaultsInjected}; circuit state changes: {CircuitStateChanges}; thread pool: at most {MaxThreads} threads, {MaxPendingWorkItems} queued work items");
        text.AppendLine(CultureInfo.InvariantCulture, $"notifications: {NotificationsQueued} queued, {NotificationsSent} sent, {NotificationsFailed} failed, {NotificationsDropped} dropped, {NotificationsLost} lost; the edge counted {EdgeImpressions}");
        text.Append(Passed ? "PASS: no failed request, every notification delivered" : "FAIL");
        return text.ToString();
    }
}
