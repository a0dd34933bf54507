namespace AdobeTarget.LocalEdge;

/// <summary>What a local edge counted, per activity and experience.</summary>
/// <param name="Activities">The activities, in file order.</param>
public sealed record LocalEdgeReport(IReadOnlyList<LocalActivityReport> Activities);
