namespace AdobeTarget.LocalEdge;

/// <summary>What a local edge counted, per activity and experience.</summary>
/// <param name="Activities">The activities, in file order.</param>
public sealed record LocalEdgeReport(IReadOnlyList<LocalActivityReport> Activities);

/// <summary>The counts of one activity.</summary>
/// <param name="Id">The activity id.</param>
/// <param name="Name">The activity name.</param>
/// <param name="Location">Where it runs: <c>mbox:home</c>, <c>view:cart</c> or <c>pageLoad</c>.</param>
/// <param name="Experiences">Its experiences.</param>
public sealed record LocalActivityReport(long Id, string? Name, string Location, IReadOnlyList<LocalExperienceReport> Experiences);

/// <summary>The counts of one experience.</summary>
/// <param name="Id">The experience id.</param>
/// <param name="Name">The experience name.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Visitors">Distinct visitors with at least one impression.</param>
/// <param name="Impressions">Executes and display notifications.</param>
/// <param name="Conversions">Click notifications.</param>
public sealed record LocalExperienceReport(long Id, string? Name, double Weight, long Visitors, long Impressions, long Conversions);
