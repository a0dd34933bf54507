namespace AdobeTarget.LocalEdge;

/// <summary>What a local edge counted, per activity and experience.</summary>
/// <param name="Activities">The activities, in file order.</param>
public sealed record LocalEdgeReport(IReadOnlyList<LocalActivityReport> Activities)
{
    /// <summary>
    /// Gets how many events were counted after a tracking set was full (<see cref="LocalEdgeOptions.MaxTrackedIds"/>):
    /// 0 means every count is exact; otherwise resent notifications or repeat conversions may count twice and some
    /// visitors are missing from the visitor counts.
    /// </summary>
    public long UntrackedIds { get; init; }
}
